"""Users: first-run setup, login and lockout, last-administrator protection (issue 8, R-PI-7)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.services import users as users_module
from jilin_apprentice.services.access import PermissionDenied, Principal
from jilin_apprentice.services.user_dto import UserDraft
from jilin_apprentice.services.users import LoginRefused
from jilin_apprentice.storage.base import utcnow
from jilin_apprentice.storage.models import AuditEntry, UserAccount

PW = "jilin-demo"


class Clock:
    """Moves the users module's notion of now (naive UTC) in tests."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = utcnow()
        monkeypatch.setattr(users_module, "_now", lambda: self.now)

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def team(services):
    """An administrator, an officer and a read-only teacher; the system principal acts."""
    services.users.create_first_admin("admin", "系统管理员", PW)
    services.users.logout()
    officer = services.users.save(UserDraft("officer", "李老师", "officer", password=PW))
    teacher = services.users.save(UserDraft("teacher", "张老师", "read_only", password=PW))
    return services, officer, teacher


def login_entries(services) -> list[AuditEntry]:
    with services.uow.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == "login").order_by(AuditEntry.id)
            )
        )


def test_new_database_needs_setup_until_an_active_admin_exists(services) -> None:
    assert services.users.needs_setup()
    principal = services.users.create_first_admin("admin", "系统管理员", PW)
    assert principal == Principal("admin", "系统管理员", Role.ADMIN, True)
    assert services.access.principal == principal  # logged in straight away
    assert not services.users.needs_setup()
    with pytest.raises(DomainError) as exc:
        services.users.create_first_admin("second", "另一个", PW)
    assert exc.value.code == "user.setup_done"


def test_first_admin_is_validated(services) -> None:
    with pytest.raises(ValidationFailed) as exc:
        services.users.create_first_admin("my admin", "", "short")
    codes = {(v.field, v.code) for v in exc.value.violations}
    assert codes == {
        ("username", "username.spaces"),
        ("display_name", "required"),
        ("password", "password.too_short"),
    }
    assert services.users.needs_setup()


def test_password_is_stored_as_scrypt_and_never_logged(team) -> None:
    services, officer, _ = team
    with services.uow.read() as session:
        stored = session.get(UserAccount, officer).password_hash
        texts = [f"{e.old_value} {e.new_value}" for e in session.scalars(select(AuditEntry))]
    assert stored.startswith("scrypt$16384$8$1$")
    services.users.login("officer", PW)
    services.users.login("officer", PW)
    with pytest.raises(LoginRefused):
        services.users.login("officer", "wrong-password")
    with services.uow.read() as session:
        texts += [f"{e.old_value} {e.new_value}" for e in session.scalars(select(AuditEntry))]
    assert not any(PW in t or stored in t or "wrong-password" in t for t in texts)


def test_login_sets_the_principal_and_logout_restores_the_system(team) -> None:
    services, _, _ = team
    principal = services.users.login("Officer", PW)  # user names are not case-sensitive
    assert principal == Principal("officer", "李老师", Role.OFFICER, False)
    assert services.access.principal == principal
    entry = login_entries(services)[-1]
    assert (entry.actor, entry.field, entry.new_value) == ("officer", "result", "success")
    services.users.logout()
    assert services.access.principal.username == "tester"
    assert services.access.principal.role == Role.ADMIN


def test_wrong_unknown_and_inactive_give_the_same_refusal(team) -> None:
    services, _, teacher = team
    services.users.save(UserDraft("teacher", "张老师", "read_only", active=False), teacher)
    for name, pw in (("officer", "nope-nope"), ("nobody", PW), ("teacher", PW)):
        with pytest.raises(LoginRefused) as exc:
            services.users.login(name, pw)
        assert exc.value.code == "login.failed"
        assert exc.value.params == {"max": 5, "minutes": 15}
    assert services.access.principal.username == "tester"
    results = [(e.new_value) for e in login_entries(services) if e.field == "result"]
    assert results[-3:] == ["failed", "failed", "failed"]


def test_lockout_at_exactly_max_failures_not_one_fewer(team, clock) -> None:
    services, officer, _ = team
    for _ in range(4):
        with pytest.raises(LoginRefused) as exc:
            services.users.login("officer", "bad-password")
        assert exc.value.code == "login.failed"
    assert services.users.login("officer", PW).username == "officer"  # 4 of 5: still open
    services.users.logout()
    for _attempt in range(5):  # the success reset the counter: five more to lock
        with pytest.raises(LoginRefused) as exc:
            services.users.login("officer", "bad-password")
    assert exc.value.code == "login.locked"
    expected = clock.now + dt.timedelta(minutes=15)
    with services.uow.read() as session:
        user = session.get(UserAccount, officer)
        assert (user.failed_attempts, user.locked_until) == (5, expected)
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(LoginRefused) as exc:  # the right password while locked
        services.users.login("officer", PW)
    assert exc.value.code == "login.locked"
    until = exc.value.params["until"]
    assert until == expected.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert services.access.principal.username == "tester"
    clock.advance(seconds=1)  # the lock has run out
    assert services.users.login("officer", PW).username == "officer"
    with services.uow.read() as session:
        user = session.get(UserAccount, officer)
        assert (user.failed_attempts, user.locked_until) == (0, None)


def test_an_expired_lock_restarts_the_count(team, clock) -> None:
    services, _, _ = team
    for _ in range(5):
        with pytest.raises(LoginRefused):
            services.users.login("officer", "bad-password")
    clock.advance(minutes=16)
    with pytest.raises(LoginRefused) as exc:
        services.users.login("officer", "bad-password")
    assert exc.value.code == "login.failed"  # one failure after the lock, not locked again


def test_limits_come_from_the_reference_key(team, clock) -> None:
    services, _, _ = team
    from jilin_apprentice.storage.models import ReferenceValue

    with services.uow() as session:
        row = session.scalar(select(ReferenceValue).where(ReferenceValue.key == "login"))
        row.value_json = '{"max_failures": 2, "lock_minutes": 1, "min_password_length": 12}'
    with pytest.raises(LoginRefused) as exc:
        services.users.login("officer", "bad-password")
    assert exc.value.params == {"max": 2, "minutes": 1}
    with pytest.raises(LoginRefused) as exc:
        services.users.login("officer", "bad-password")
    assert exc.value.code == "login.locked"
    with pytest.raises(ValidationFailed) as exc:
        services.users.save(UserDraft("new", "新人", password="elevenchars"))
    assert exc.value.violations[0].params == {"min": 12}


def test_admin_unlocks(team, clock) -> None:
    services, officer, _ = team
    for _ in range(5):
        with pytest.raises(LoginRefused):
            services.users.login("officer", "bad-password")
    row = next(r for r in services.users.list() if r.id == officer)
    assert row.locked_until is not None and row.failed_attempts == 5
    services.users.unlock(officer)
    assert services.users.login("officer", PW).username == "officer"


def test_last_active_admin_cannot_be_demoted_or_deactivated(team) -> None:
    services, officer, _ = team
    admin = next(r for r in services.users.list() if r.username == "admin")
    for change in ({"role": "officer"}, {"active": False}, {"role": "read_only", "active": False}):
        draft = UserDraft("admin", "系统管理员", **{"role": "admin", "can_see_pii": True, **change})
        with pytest.raises(ValidationFailed) as exc:
            services.users.save(draft, admin.id)
        assert exc.value.violations[0].code == "user.last_admin"
    services.users.save(UserDraft("officer", "李老师", "admin"), officer)  # a second admin
    services.users.save(UserDraft("admin", "系统管理员", "officer"), admin.id)  # now allowed
    assert not services.users.needs_setup()
    with pytest.raises(ValidationFailed):
        services.users.save(UserDraft("officer", "李老师", "admin", active=False), officer)


def test_usernames_are_unique_ignoring_case(team) -> None:
    services, officer, _ = team
    with pytest.raises(ValidationFailed) as exc:
        services.users.save(UserDraft("OFFICER", "另一个", password=PW))
    assert exc.value.violations[0].code == "username.taken"
    services.users.save(UserDraft("officer", "李老师（改）", "officer", True), officer)
    row = next(r for r in services.users.list() if r.id == officer)
    assert (row.display_name, row.can_see_pii) == ("李老师（改）", True)


def test_only_an_admin_manages_users(team) -> None:
    services, _officer, teacher = team
    services.users.login("officer", PW)
    for call in (
        services.users.list,
        lambda: services.users.save(UserDraft("x", "X", password=PW)),
        lambda: services.users.save(UserDraft("teacher", "张老师", "admin"), teacher),
        lambda: services.users.unlock(teacher),
        lambda: services.users.set_password(teacher, "new-password"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert services.users.me().username == "officer"


def test_set_password_by_admin_and_by_the_user_with_the_old_one(team) -> None:
    services, _, teacher = team
    services.users.set_password(teacher, "admin-set-1")  # the system principal is an admin
    services.users.login("teacher", "admin-set-1")  # read-only may change their own
    with pytest.raises(ValidationFailed) as exc:
        services.users.set_password(teacher, "teacher-own-1", old="wrong-old")
    assert exc.value.violations[0].code == "password.old_wrong"
    with pytest.raises(ValidationFailed) as exc:
        services.users.set_password(teacher, "short", old="admin-set-1")
    assert exc.value.violations[0].code == "password.too_short"
    services.users.set_password(teacher, "teacher-own-1", old="admin-set-1")
    services.users.logout()
    assert services.users.login("teacher", "teacher-own-1").role == Role.READ_ONLY
    changed = [e for e in login_entries(services) if e.field == "password"]
    assert [(e.actor, e.new_value) for e in changed] == [
        ("tester", "changed"),
        ("teacher", "changed"),
    ]


def test_edit_of_oneself_updates_the_principal(team) -> None:
    services, officer, _ = team
    services.users.save(UserDraft("officer", "李老师", "admin", True), officer)
    services.users.login("officer", PW)
    services.users.save(UserDraft("officer", "李主任", "admin", False), officer)
    assert services.access.principal.display_name == "李主任"
    assert not services.access.principal.can_see_pii


def test_demo_database_has_the_documented_users(demo_services) -> None:
    services = demo_services
    assert not services.users.needs_setup()
    roles = {r.username: (r.role, r.can_see_pii) for r in services.users.list()}
    assert roles == {
        "admin": ("admin", True),
        "officer": ("officer", False),
        "teacher": ("read_only", False),
    }
    for name in roles:
        assert services.users.login(name, PW).username == name
        services.users.logout()
