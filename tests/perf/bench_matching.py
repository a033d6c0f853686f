"""Benchmark: allocating 500 students to 100 openings (issue 7 target: under 2 s).

    .venv/bin/python tests/perf/bench_matching.py [--students 500] [--openings 100] [--runs 3]

Three shapes of the same size, solved by domain/assignment.py (exact Hungarian with potentials):
- "majors": each opening wants 1-2 of 10 majors (about a fifth of the pairs allowed, as on the
  board), 3-8 places each, scores 0-100;
- "dense": every pair allowed (the worst case for the search), scores 0-100;
- "scarce": every pair allowed but only 100 places for 500 students (long augmenting paths).
It also times the whole service call on a demo-like database (`BoardService.propose` for 500
students and up to 100 openings: eligibility through the rule engine plus the solver) and prints
the ratio target / measured for each figure. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from jilin_apprentice.domain.assignment import solve_assignment
from tests.perf._report import emit

TARGET_S = 2.0


def shape(kind: str, n: int, m: int, rng: random.Random) -> tuple[list[int], list]:
    if kind == "majors":
        major_of = [rng.randrange(10) for _ in range(n)]
        wants = [set(rng.sample(range(10), rng.randint(1, 2))) for _ in range(m)]
        caps = [rng.randint(3, 8) for _ in range(m)]
        edges = [
            (s, o, rng.randint(0, 100))
            for s in range(n)
            for o in range(m)
            if major_of[s] in wants[o]
        ]
        return caps, edges
    caps = [rng.randint(3, 8) for _ in range(m)] if kind == "dense" else [1] * m
    return caps, [(s, o, rng.randint(0, 100)) for s in range(n) for o in range(m)]


def time_solver(kind: str, n: int, m: int, runs: int) -> float:
    times = []
    for run in range(runs):
        caps, edges = shape(kind, n, m, random.Random(run))
        began = time.perf_counter()
        result = solve_assignment(n, caps, edges)
        times.append(time.perf_counter() - began)
    print(
        f"solver {kind:7s} {n}x{m}: {len(edges)} pairs, {sum(caps)} places, "
        f"placed {result.placed}, median {statistics.median(times):.3f} s, "
        f"ratio target/measured {TARGET_S / statistics.median(times):.1f}"
    )
    if kind == "dense":
        emit("matching.solver", f"allocation solver, {n} students × {m} openings, all "
             f"{len(edges):,} pairs allowed", statistics.median(times), "s")  # fmt: skip
    return statistics.median(times)


def time_service(n: int, m: int) -> None:
    """The whole allocation on a demo database grown to n free students and m openings."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        services, student_ids, opening_ids = board_world(Path(folder), n, m)
        began = time.perf_counter()
        proposal = services.board.propose(student_ids, opening_ids)
        took = time.perf_counter() - began
        print(
            f"service propose {len(student_ids)} students x {len(opening_ids)} openings: "
            f"{proposal.pairs_checked} pairs checked by the rules, placed "
            f"{len(proposal.assigned)}, {took:.3f} s, ratio target/measured {TARGET_S / took:.1f}"
        )
        emit("matching.service", f"the whole allocation, {len(student_ids)} students × "
             f"{len(opening_ids)} openings", took, "s", TARGET_S,
             f"{proposal.pairs_checked:,} rule-engine checks, then the solver")  # fmt: skip
        services.close()


def board_world(folder: Path, n: int, m: int) -> tuple[object, list[int], list[int]]:
    """The size-300 demo plus n third-year students of the demo majors and m openings."""
    import datetime as dt

    from sqlalchemy import select

    from jilin_apprentice.domain.validators import make_resident_id
    from jilin_apprentice.services.board_dto import OpeningDraft
    from jilin_apprentice.services.container import open_services
    from jilin_apprentice.services.demo import build_demo
    from jilin_apprentice.services.dto import StudentDraft
    from jilin_apprentice.storage.models import Enterprise, Major, Post, SchoolClass

    services = open_services(
        f"sqlite:///{folder / 'bench.db'}", today=lambda: dt.date(2026, 11, 26)
    )
    build_demo(services, size=300, seed=20261126)
    with services.uow() as session:
        majors = session.scalars(select(Major).order_by(Major.id)).all()
        classes = []
        for k, major in enumerate(majors):
            cls = SchoolClass(name=f"2024级基准{k + 1}班", major=major, cohort_year=2024)
            session.add(cls)
            session.flush()
            classes.append(cls.id)
        categories = [mj.category for mj in majors]
        posts = session.execute(
            select(Post.id, Post.enterprise_id, Post.title, Post.major_category)
            .join(Enterprise, Enterprise.id == Post.enterprise_id)
            .where(Enterprise.venue_type == "ordinary", Post.major_category.in_(categories))
            .order_by(Post.id)
        ).all()
    rng = random.Random(1)
    students = []
    for i in range(n):
        birth = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(600))
        students.append(
            services.students.create(
                StudentDraft(
                    name=f"基准{i}",
                    id_number=make_resident_id("220102", birth, 100 + i % 800, "M"),
                    class_id=classes[i % len(classes)],
                    enrolment_date=dt.date(2024, 9, 1),
                )
            )
        )
    openings = []
    for j in range(m):
        post, ent, title, category = posts[j % len(posts)]
        openings.append(
            services.board.save_opening(
                OpeningDraft(
                    ent,
                    post,
                    f"{title}{j}",
                    rng.randint(3, 8),
                    dt.date(2027, 3, 1),
                    dt.date(2027, 6, 30),
                    majors=(category,),
                    pay_amount_fen=380_000,
                )
            )
        )
    return services, students, openings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=500)
    parser.add_argument("--openings", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-service", action="store_true")
    args = parser.parse_args()
    for kind in ("majors", "dense", "scarce"):
        time_solver(kind, args.students, args.openings, args.runs)
    if not args.no_service:
        time_service(args.students, args.openings)


if __name__ == "__main__":
    main()
