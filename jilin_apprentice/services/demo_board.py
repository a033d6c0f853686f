"""Demo post board: spring-2027 openings at the demo enterprises' posts, students' wishes.

Deterministic (random.Random(seed)), written through BoardService so everything is validated.
Planted for the officer to find:
- an opening at a KTV's reception desk: every student is excluded by R-PROH-1 (entertainment
  venue, REG-2021 Art 16(5)) — the suggestions list says so;
- an opening wanting 汽车运用与维修, a major the school does not teach: no suggestions;
- an opening on a post with very few on-post staff: the caps (R-CAP-2) leave fewer places than
  offered;
- an opening open to every grade year: first-year students are sifted out by R-AGE-2;
- a few students whose availability starts after the spring openings begin;
- one opening already filled from the board (two draft placements), one closed.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from sqlalchemy import select

from jilin_apprentice.services.board_dto import OpeningDraft, Preference
from jilin_apprentice.services.reference_data import area_by_code
from jilin_apprentice.storage.models import Enterprise, Major, Post, SchoolClass, Student

if TYPE_CHECKING:
    from jilin_apprentice.services.container import Services

START, END = dt.date(2027, 3, 1), dt.date(2027, 6, 30)
PAY_YUAN = (3000, 3200, 3500, 3800, 4000, 4200)


def _posts(services: Services) -> tuple[list[tuple[int, int, str, str, int, str]], dict[str, str]]:
    """(post, enterprise, post title, category, post staff, venue) of ordinary demo posts, and
    the school's majors by 专业大类."""
    with services.uow.read() as session:
        rows = session.execute(
            select(
                Post.id,
                Post.enterprise_id,
                Post.title,
                Post.major_category,
                Post.on_post_staff,
                Enterprise.venue_type,
            )
            .join(Enterprise, Enterprise.id == Post.enterprise_id)
            .where(Enterprise.credit_status != "restricted")
            .order_by(Post.id)
        ).all()
        majors = {
            category: name
            for name, category in session.execute(
                select(Major.name, Major.category)
                .join(SchoolClass, SchoolClass.major_id == Major.id)
                .order_by(Major.id)
            )
        }
    return [(p, e, t, c or "", s or 0, v.value) for p, e, t, c, s, v in rows], majors


def _openings(services: Services, rng: random.Random) -> list[int]:
    posts, majors = _posts(services)
    wanted = [p for p in posts if p[3] in majors and p[5] == "ordinary" and p[4] >= 20]
    rng.shuffle(wanted)
    chosen, seen = [], set()
    for post in wanted:
        if post[1] not in seen:  # one opening per enterprise, so the caps stay readable
            seen.add(post[1])
            chosen.append(post)
        if len(chosen) == 10:
            break
    made: list[int] = []
    for i, (post, ent, title, category, _staff, _venue) in enumerate(chosen):
        majors_wanted = (majors[category],) if i % 3 else (category,)
        made.append(
            services.board.save_opening(
                OpeningDraft(
                    enterprise_id=ent,
                    post_id=post,
                    title=f"{title}（2027春季岗位实习）",
                    count=rng.randint(2, 6),
                    start_date=START,
                    end_date=END,
                    majors=majors_wanted,
                    grade_years=() if i == 4 else (3,),
                    pay_amount_fen=rng.choice(PAY_YUAN) * 100,
                    notes="企业提供统一住宿与工作餐" if i % 2 else None,
                )
            )
        )
    ktv = next((p for p in posts if p[5] != "ordinary"), None)
    if ktv is not None:  # planted: an entertainment venue (R-PROH-1)
        made.append(_plain(services, ktv, f"{ktv[2]}（寒假）", (), 3))
    car = next((p for p in posts if p[2] == "车辆检修工"), None)
    if car is not None:  # planted: a major the school does not teach
        made.append(
            _plain(services, car, "车辆检修工（汽车运用与维修专业）", ("汽车运用与维修",), 6)
        )
    small = next(
        (p for p in posts if 0 < p[4] < 10 and p[3] in majors and p[5] == "ordinary"), None
    )
    if small is not None:  # planted: the post's caps leave fewer places than offered
        made.append(_plain(services, small, f"{small[2]}（小岗位）", (majors[small[3]],), 4))
    return made


def _plain(services: Services, post: tuple, title: str, majors: tuple[str, ...], n: int) -> int:
    return services.board.save_opening(
        OpeningDraft(
            enterprise_id=post[1],
            post_id=post[0],
            title=title,
            count=n,
            start_date=START,
            end_date=END,
            majors=majors,
            grade_years=(3,),
            pay_amount_fen=380_000,
        )
    )


def _preferences(services: Services, rng: random.Random) -> int:
    with services.uow.read() as session:
        students = session.scalars(
            select(Student.id)
            .join(SchoolClass, SchoolClass.id == Student.class_id)
            .where(Student.status == "enrolled", SchoolClass.cohort_year <= 2025)
            .order_by(Student.id)
        ).all()
        enterprises = session.execute(
            select(Enterprise.id, Enterprise.industry_code, Enterprise.county_code).order_by(
                Enterprise.id
            )
        ).all()
    cities = sorted({a.city for _, _, c in enterprises if c and (a := area_by_code(c))})
    picked = rng.sample(list(students), min(50, len(students)))
    for n, sid in enumerate(sorted(picked)):
        ent_id, industry, _ = rng.choice(enterprises)
        late = n % 12 == 5  # planted: free only after the spring openings start
        services.board.save_preference(
            Preference(
                sid,
                available_from=dt.date(2027, 3, 15) if late else dt.date(2027, 2, 20),
                available_to=dt.date(2027, 7, 15),
                industries=(industry,),
                cities=tuple(rng.sample(cities, min(len(cities), rng.randint(1, 2)))),
                enterprises=(ent_id,) if n % 3 == 0 else (),
                note="希望离家近" if n % 7 == 0 else None,
            )
        )
    return len(picked)


def seed_demo_board(services: Services, seed: int = 20261126) -> int:
    """Openings, wishes, one opening filled from the board and one closed; returns the count."""
    rng = random.Random(seed)
    openings = _openings(services, rng)
    made = len(openings) + _preferences(services, rng)
    if len(openings) >= 2:
        services.board.close_opening(openings[1])
    for oid in openings[2:]:
        offer = services.board.suggestions(oid)
        take = min(offer.places, services.board.get_opening(oid).count, len(offer.rows))
        if take >= 2:
            pairs = [(s.student_id, oid) for s in offer.rows[:take]]
            if take == services.board.get_opening(oid).count:
                made += len(services.board.accept_all(pairs))
                break
    return made
