"""Crash safety, proven: a child process is SIGKILLed at random moments during a students import
(preview + commit), a placement batch and a backup; afterwards `PRAGMA integrity_check` is ok and
each operation is complete or absent, never half done.

The default suite kills each operation JILIN_CRASH_KILLS times (10); raise it for a long run:
`JILIN_CRASH_KILLS=200 pytest tests/e2e/test_crash_safety.py -s` prints where the kills landed.
Half of the kills are timed over the whole operation, half inside its write (after the child
says it started committing), so the dangerous window is always hit.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import os
import random
import select
import shutil
import signal
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from jilin_apprentice.domain.validators import make_resident_id
from jilin_apprentice.services.container import open_services
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage import backup_files
from tests.conftest import TODAY
from tests.factories import build_world

KILLS = int(os.environ.get("JILIN_CRASH_KILLS", "10"))
ROWS = 300
CLASS = "2024级汽修1班"
HEADER = "姓名,身份证号,性别,班级,手机号,入学日期,学号\n"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def roster(path: Path, prefix: str, first_day: int) -> Path:
    lines = []
    for i in range(ROWS):
        born = dt.date(2008, 1, 1) + dt.timedelta(days=first_day + i)
        number = make_resident_id("220102", born, 100 + 2 * (i % 300), "M")
        lines.append(f"{prefix}{i},{number},男,{CLASS},,,")
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclasses.dataclass
class Base:
    db: Path
    import_file: Path
    class_id: int
    student_ids: list[int]
    template: PlacementDraft


@pytest.fixture(scope="module")
def base(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Base:
    """A database with the factory world plus 300 students to place, and a file of 300 more."""
    folder = tmp_path_factory.mktemp("crash")
    db = folder / "base.db"
    shutil.copy(template_db, db)
    services = open_services(f"sqlite:///{db}", actor="tester", today=lambda: TODAY)
    world = build_world(services)
    preview = services.imports.preview("students", roster(folder / "class.csv", "在校", 0))
    created = services.imports.commit(preview).created
    assert len(created) == ROWS
    with services.uow() as session:  # a large enterprise, so 300 interns stay within the caps
        from jilin_apprentice.storage.models import Enterprise, Post

        session.get(Enterprise, world.enterprise).on_post_staff = 5000
        session.get(Post, world.post).on_post_staff = 3000
    services.close()
    template = PlacementDraft(
        enterprise_id=world.enterprise,
        post_id=world.post,
        type="post",
        start_date=dt.date(2027, 3, 1),
        end_date=dt.date(2027, 6, 30),
        enterprise_mentor_id=world.mentor,
        school_supervisor_id=world.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    file = roster(folder / "import.csv", "导入", 2000)
    return Base(db, file, world.class_id, list(created), template)


# --- the child ---------------------------------------------------------------------------------
def _child(op: str, base: Base, db: Path, out: Path, fd: int) -> None:
    services = open_services(f"sqlite:///{db}", actor="tester", today=lambda: TODAY)
    os.write(fd, b"S")
    if op == "import":
        os.write(fd, b"P")
        preview = services.imports.preview("students", base.import_file)
        os.write(fd, b"C")
        services.imports.commit(preview)
    elif op == "batch":
        os.write(fd, b"P")
        os.write(fd, b"C")
        services.workflow.create_batch(
            "2027春 汽修", base.class_id, base.student_ids, base.template
        )
    else:
        backup_files.PAGES_PER_STEP = 4  # many small steps: more moments to be killed in
        os.write(fd, b"P")
        os.write(fd, b"C")
        services.backups.backup(out)
    os.write(fd, b"D")


def run_child(
    op: str, base: Base, db: Path, out: Path, pick: Callable[[dict[str, float]], float] | None
) -> tuple[str, dict[str, float], bool]:
    """Fork a child running `op`; kill it `pick(marks)` seconds after its mark (None: let it
    finish). Returns the last phase reached, the parent-side times of each mark, killed?"""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_fd)
            _child(op, base, db, out, write_fd)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    marks: dict[str, float] = {}
    start = time.monotonic()
    deadline: float | None = None
    killed = False
    while True:
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([read_fd], [], [], timeout)
        if not ready:  # the moment chosen has come
            os.kill(pid, signal.SIGKILL)
            killed = True
            break
        data = os.read(read_fd, 16)
        if not data:
            break  # the child finished (or died) before the moment
        for mark in data.decode():
            marks[mark] = time.monotonic() - start
        if pick is not None and deadline is None:
            delay = pick(marks)
            if delay >= 0:
                deadline = time.monotonic() + delay
    os.waitpid(pid, 0)
    tail = b""
    while chunk := os.read(read_fd, 16):  # marks written between the last read and the kill
        tail += chunk
    os.close(read_fd)
    for mark in tail.decode():
        marks.setdefault(mark, -1.0)
    phase = {"S": "opened", "P": "working", "C": "writing", "D": "done"}
    last = next((phase[m] for m in "DCPS" if m in marks), "starting")
    return last, marks, killed


# --- checks ------------------------------------------------------------------------------------
def integrity(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:  # read-write: recovers the WAL as the app would
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]


def scalar(db: Path, sql: str) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute(sql).fetchone()[0])


def state_of(op: str, db: Path, out: Path) -> str:
    """'complete', 'absent' or a description of a half-done operation."""
    if op == "import":
        rows = scalar(db, "SELECT count(*) FROM student WHERE name LIKE '导入%'")
        audit = scalar(
            db,
            "SELECT count(*) FROM audit_log WHERE action='import' AND field='file' "
            "AND new_value LIKE '%import.csv'",
        )
        states = {(ROWS, 1): "complete", (0, 0): "absent"}
        return states.get((rows, audit), f"half: {rows} students, {audit} import entries")
    if op == "batch":
        rows = scalar(db, "SELECT count(*) FROM placement")
        batches = scalar(db, "SELECT count(*) FROM placement_batch")
        states = {(ROWS, 1): "complete", (0, 0): "absent"}
        return states.get((rows, batches), f"half: {rows} placements, {batches} batches")
    made = list(out.glob("*.db")) if out.exists() else []
    if not made:
        return "absent"
    (file,) = made
    if integrity(file) != ["ok"]:
        return f"half: {file.name} is damaged"
    students = scalar(file, "SELECT count(*) FROM student")
    expected = scalar(db, "SELECT count(*) FROM student")
    return "complete" if students == expected else f"half: backup holds {students} students"


@pytest.mark.parametrize("op", ["import", "batch", "backup"])
def test_killed_at_random_moments_the_database_is_intact_and_the_operation_all_or_nothing(
    base: Base, tmp_path: Path, op: str
):
    rng = random.Random(f"{op}-{KILLS}")
    db, out = tmp_path / "live.db", tmp_path / "usb"
    shutil.copy(base.db, db)
    _, marks, _ = run_child(op, base, db, out, None)  # one uncut run: how long each part takes
    assert state_of(op, db, out) == "complete"
    total, write = marks["D"] - marks["S"], marks["D"] - marks["C"]
    landed: collections.Counter[str] = collections.Counter()
    outcomes: collections.Counter[str] = collections.Counter()
    for i in range(KILLS):
        shutil.copy(base.db, db)
        for side in ("-wal", "-shm"):
            Path(str(db) + side).unlink(missing_ok=True)
        shutil.rmtree(out, ignore_errors=True)
        if i % 2:  # somewhere inside the write

            def pick(m: dict[str, float]) -> float:
                return rng.uniform(0, write) if "C" in m else -1
        else:  # anywhere from the moment the database is open

            def pick(m: dict[str, float]) -> float:
                return rng.uniform(0, total) if "S" in m else -1

        phase, _, killed = run_child(op, base, db, out, pick)
        landed[phase if killed else "finished"] += 1
        assert integrity(db) == ["ok"], (op, i, phase)
        state = state_of(op, db, out)
        outcomes[state] += 1
        assert state in ("complete", "absent"), (op, i, phase, state)
        if phase == "done":
            assert state == "complete", (op, i)
        if phase in ("starting", "opened", "working") and op != "backup":
            assert state == "absent", (op, i, phase)
        reopened = open_services(f"sqlite:///{db}", backup_dir=tmp_path / "b", today=lambda: TODAY)
        assert reopened.backups.check_integrity().ok
        reopened.close()
        backup_files.remove_partials(out)
        assert not list(out.glob("*.partial*")) if out.exists() else True
    print(f"\ncrash safety {op}: {KILLS} kills; phase reached: {dict(landed)}; {dict(outcomes)}")
    assert landed["writing"] >= KILLS // 4  # the write itself was really interrupted
