"""Backups: automatic and rotated, manual to any folder, restore with a preview, integrity check."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select

from jilin_apprentice import messages
from jilin_apprentice.domain.enums import Role
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.access import PermissionDenied, Principal
from jilin_apprentice.services.backups import list_folder, restore_damaged
from jilin_apprentice.services.container import open_services
from jilin_apprentice.storage.migrate import alembic_config, head_revision
from jilin_apprentice.storage.models import AuditEntry, ReferenceValue, SchoolProfile
from tests import pg
from tests.conftest import TODAY
from tests.factories import build_world, student_draft

pytestmark = pytest.mark.skipif(pg.enabled(), reason="file backups are of SQLite")


def students(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM student").fetchone()[0])


def audit_actions(services) -> list[tuple[str, str]]:
    with services.uow.read() as session:
        return [(e.action, e.entity) for e in session.scalars(select(AuditEntry))]


def damage(path: Path) -> None:
    """Overwrite the b-tree pages after the header page: the header still says SQLite."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096, size, 4096 * 3):
            handle.seek(offset)
            handle.write(b"\xde\xad\xbe\xef" * 256)


@pytest.fixture
def world(services):
    w = build_world(services)
    with services.uow() as session:
        session.add(SchoolProfile(name="吉林省汽车工业/高级技工学校"))
    return w


def test_manual_backup_to_a_folder_is_named_after_school_date_and_time(services, world, tmp_path):
    usb = tmp_path / "usb"
    info = services.backups.backup(usb)
    assert info.kind == "manual" and Path(info.path).parent == usb
    assert info.name.startswith("吉林省汽车工业_高级技工学校-备份-20")  # "/" is not a file name
    assert info.name.endswith(".db") and info.size_bytes == Path(info.path).stat().st_size
    assert students(Path(info.path)) == 4
    assert not list(usb.glob("*.partial*"))
    assert ("export", "backup") in audit_actions(services)


def test_manual_backup_to_a_db_path_and_refusal_of_the_live_file(services, world, tmp_path):
    info = services.backups.backup(tmp_path / "stick" / "mine.db")
    assert info.name == "mine.db" and students(Path(info.path)) == 4
    with pytest.raises(DomainError) as caught:
        services.backups.backup(services.backups.sqlite_file)
    assert caught.value.code == "backup.same_file"


def test_preview_counts_what_the_backup_holds(services, world, tmp_path):
    info = services.backups.backup(tmp_path)
    services.students.create(student_draft(world.class_id, name="新生", seq=97))
    preview = services.backups.inspect(Path(info.path))
    assert (preview.students, preview.enterprises, preview.placements) == (4, 2, 0)
    assert preview.agreements == 0 and preview.integrity_ok and not preview.needs_migration
    assert preview.revision == preview.current_revision == head_revision()
    assert preview.school_name == "吉林省汽车工业/高级技工学校"
    assert preview.last_audit_at is not None and preview.size_bytes > 0


def test_restore_takes_a_safety_backup_copies_in_place_and_audits(services, world, tmp_path):
    info = services.backups.backup(tmp_path)
    new_id = services.students.create(student_draft(world.class_id, name="新生", seq=97))
    result = services.backups.restore(Path(info.path))
    assert services.student_count() == 4  # the same engine and pool: connections stay valid
    assert Path(result.safety_backup).parent == services.backups.backup_dir
    assert students(Path(result.safety_backup)) == 5  # what was there before the restore
    assert not result.migrated
    with services.uow.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.action, last.entity) == ("restore", "database")
    with pytest.raises(DomainError):
        services.students.get(new_id)
    assert services.backups.check_integrity().ok
    kinds = {b.kind for b in services.backups.backups()}
    assert "pre-restore" in kinds


def test_restore_of_an_older_version_migrates_it(services, tmp_path):
    script = ScriptDirectory.from_config(alembic_config())
    previous = script.get_revision(head_revision()).down_revision
    assert isinstance(previous, str)
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous)
    engine.dispose()
    preview = services.backups.inspect(old)
    assert preview.needs_migration and preview.revision == previous
    result = services.backups.restore(old)
    assert result.migrated
    with sqlite3.connect(services.backups.sqlite_file) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    assert services.student_count() == 0
    assert ("restore", "database") in audit_actions(services)


def test_refuses_files_that_are_not_a_backup_of_ours(services, tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("姓名,身份证号\n", encoding="utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    cases = {
        tmp_path / "missing.db": "backup.not_found",
        tmp_path: "backup.not_found",
        text: "backup.not_sqlite",
        other: "backup.not_ours",
        garbage: "backup.not_sqlite",
        services.backups.sqlite_file: "backup.same_file",
    }
    before = students(services.backups.sqlite_file)
    for path, code in cases.items():
        with pytest.raises(DomainError) as caught:
            services.backups.restore(path)
        assert caught.value.code == code, path
        text_shown = messages.render(caught.value.code, caught.value.params)
        assert str(path) in text_shown and "{" not in text_shown
    assert students(services.backups.sqlite_file) == before
    assert not any(b.kind == "pre-restore" for b in services.backups.backups())


def test_refuses_a_backup_from_a_newer_version(services, world, tmp_path):
    info = services.backups.backup(tmp_path)
    with sqlite3.connect(info.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DomainError) as caught:
        services.backups.inspect(Path(info.path))
    assert caught.value.code == "backup.newer_version"
    assert caught.value.params["revision"] == "9999_future"
    assert "newer version" in messages.render(caught.value.code, caught.value.params)
    with pytest.raises(DomainError):
        services.backups.restore(Path(info.path))
    assert services.student_count() == 4


def test_a_damaged_backup_is_previewed_as_damaged_and_not_restored(services, world, tmp_path):
    info = services.backups.backup(tmp_path)
    damage(Path(info.path))
    try:
        preview = services.backups.inspect(Path(info.path))
    except DomainError as exc:  # damage in the schema page: not readable at all
        assert exc.code == "backup.not_sqlite"
    else:
        assert not preview.integrity_ok and preview.problems
        with pytest.raises(DomainError) as caught:
            services.backups.restore(Path(info.path))
        assert caught.value.code == "backup.damaged"
    assert services.student_count() == 4


def test_permissions_are_checked_before_any_file_is_written(services, world, tmp_path):
    info = services.backups.backup(tmp_path / "ok")
    services.access.principal = Principal("t", "老师", Role.READ_ONLY)
    with pytest.raises(PermissionDenied):
        services.backups.backup(tmp_path / "ro")
    assert not (tmp_path / "ro").exists()
    services.access.principal = Principal("o", "干事", Role.OFFICER)
    services.backups.backup(tmp_path / "officer")  # officers may export
    with pytest.raises(PermissionDenied):
        services.backups.restore(Path(info.path))  # only administrators replace the database
    assert not any(b.kind == "pre-restore" for b in services.backups.backups())


def test_daily_automatic_backup_is_made_once_and_rotated(services, world):
    folder = services.backups.backup_dir
    autos = [b for b in list_folder(folder) if b.kind == "auto"]
    assert len(autos) == 1  # opening the services made today's
    assert services.backups.automatic() is None  # not twice a day
    with services.uow() as session:
        row = session.scalars(select(ReferenceValue).where(ReferenceValue.key == "backups")).one()
        row.value_json = '{"keep": 3}'
    source = Path(autos[0].path)
    for day in range(1, 7):  # older days' backups, named as the app names them
        shutil.copy(source, folder / f"jilin_apprentice-202611{day:02d}-030000-000000-auto.db")
    (folder / "jilin_apprentice-20261125-030000-000000-auto.db.partial").write_bytes(b"half")
    source_bytes = source.read_bytes()
    source.unlink()  # so today has none yet
    made = services.backups.automatic()
    assert made is not None and made.made_at.date() == made.made_at.today().date()
    autos = [b.name for b in list_folder(folder) if b.kind == "auto"]
    (folder / "other-20261101-030000-000000-auto.db").write_bytes(source_bytes)
    assert len(autos) == 3 and autos[0] == made.name
    assert autos[1:] == [
        "jilin_apprentice-20261106-030000-000000-auto.db",
        "jilin_apprentice-20261105-030000-000000-auto.db",
    ]
    assert not list(folder.glob("*.partial"))  # what a killed backup left is cleared
    services.backups.rotate()  # another database's backups in the same folder are not touched
    assert (folder / "other-20261101-030000-000000-auto.db").exists()


def test_opening_twice_on_one_day_makes_one_automatic_backup(db_path):
    folder = db_path.parent / "backups"
    for _ in range(2):
        open_services(f"sqlite:///{db_path}", backup_dir=folder, today=lambda: TODAY).close()
    assert [b.kind for b in list_folder(folder)] == ["auto"]


def test_a_new_database_gets_no_automatic_backup(tmp_path):
    open_services(f"sqlite:///{tmp_path / 'new.db'}", backup_dir=tmp_path / "b").close()
    assert list_folder(tmp_path / "b") == []


def test_a_damaged_database_stops_the_start_naming_the_newest_good_backup(services, world):
    newer = services.backups.backup(services.backups.backup_dir / "newer-but-damaged.db")
    live = services.backups.sqlite_file
    folder = services.backups.backup_dir
    services.close()
    damage(live)
    damage(Path(newer.path))
    with pytest.raises(DomainError) as caught:
        open_services(f"sqlite:///{live}", backup_dir=folder)
    assert caught.value.code == "db.damaged"
    newest = caught.value.params["backup"]
    assert Path(newest).name.endswith("-auto.db")  # the damaged newer one is passed over
    text = messages.render(caught.value.code, caught.value.params)
    assert str(live) in text and newest in text and "python -m jilin_apprentice restore" in text
    kept = restore_damaged(live, Path(newest), folder)
    assert kept.exists() and kept.parent == folder
    assert list_folder(folder)[0].kind == "damaged"
    reopened = open_services(f"sqlite:///{live}", backup_dir=folder)
    assert reopened.student_count() == students(Path(newest))
    assert reopened.backups.check_integrity().ok
    reopened.close()


def test_a_damaged_database_without_any_backup_says_so(db_path, tmp_path):
    damage(db_path)
    with pytest.raises(DomainError) as caught:
        open_services(f"sqlite:///{db_path}", backup_dir=tmp_path / "none")
    assert caught.value.code == "db.damaged_no_backup"
    assert "no good backup" in messages.render(caught.value.code, caught.value.params)


def test_postgres_style_services_have_no_file_backups(services):
    from jilin_apprentice.services.backups import BackupService

    remote = BackupService(services.uow, services.backups._audit, services.today)
    assert not remote.available and remote.automatic() is None
    with pytest.raises(DomainError) as caught:
        remote.backup(Path("/tmp"))
    assert caught.value.code == "backup.sqlite_only"


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def test_a_full_disk_removes_the_partial_file_and_leaves_the_database(services, world, tmp_path):
    stick = tmp_path / "small-stick"
    if not _mount_tmpfs(stick, "200k"):
        pytest.skip("needs root to mount a 200 KB tmpfs (the read-only test covers the rest)")
    try:
        before = services.backups.sqlite_file.read_bytes()
        with pytest.raises(DomainError) as caught:
            services.backups.backup(stick)
        assert caught.value.code == "backup.disk_full"
        assert list(stick.iterdir()) == []  # no partial file left on the stick
        assert str(stick) in messages.render(caught.value.code, caught.value.params)
        assert services.backups.check_integrity().ok and services.student_count() == 4
        assert services.backups.sqlite_file.read_bytes() == before
        assert ("export", "backup") not in audit_actions(services)
    finally:
        subprocess.run(["umount", str(stick)], check=False)


def test_an_unwritable_folder_gives_a_clear_message(services, world, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DomainError) as caught:
        services.backups.backup(blocker / "sub")  # a folder under a file cannot exist
    assert caught.value.code == "backup.write_failed"
    assert "database is unchanged" in messages.render(caught.value.code, caught.value.params)
    assert services.student_count() == 4


def test_a_database_locked_by_another_program_is_not_called_damaged(db_path, tmp_path):
    blocker = sqlite3.connect(db_path)
    blocker.execute("PRAGMA journal_mode=DELETE")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DomainError) as caught:
            open_services(f"sqlite:///{db_path}", backup_dir=tmp_path / "b")
        assert caught.value.code == "db.locked"
    finally:
        blocker.rollback()
        blocker.close()
