"""The demo seeder: valid identities, determinism, integrity, and every planted rule case.

The planted cases are what the compliance screen will show, so each one is checked to exist and,
just as important, to be the *only* placement that trips its rule.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.domain.rules.reference_keys import REFERENCE_KEYS
from jilin_apprentice.domain.validators import (
    age_on,
    is_known_area_code,
    parse_resident_id,
    validate_uscc,
)
from jilin_apprentice.services.demo_seed import REFERENCE_DATE, SeedReport, seed_database
from jilin_apprentice.services.reference_data import (
    area_by_code,
    industries,
    jilin_areas,
    majors_catalogue,
)
from jilin_apprentice.storage.engine import make_engine, sqlite_url
from jilin_apprentice.storage.migrate import upgrade_database

SIZE = 300
MOBILE = re.compile(r"1[3-9][0-9]{9}")


def _fresh_engine(path: Path) -> Engine:
    engine = make_engine(sqlite_url(path))
    upgrade_database(engine)
    return engine


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, SeedReport]]:
    engine = _fresh_engine(tmp_path_factory.mktemp("seed") / "demo.db")
    calls: list[tuple[int, int]] = []
    report = seed_database(engine, size=SIZE, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (100, 100)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    yield engine, report
    engine.dispose()


@pytest.fixture
def conn(seeded: tuple[Engine, SeedReport]) -> Iterator[Connection]:
    with seeded[0].connect() as connection:
        yield connection


def _rows(conn: Connection, sql: str, **params: object) -> list[tuple]:  # type: ignore[type-arg]
    return [tuple(r) for r in conn.execute(text(sql), params)]


def _d(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def test_sizes_match_the_report(seeded: tuple[Engine, SeedReport], conn: Connection) -> None:
    report = seeded[1]
    assert report.students == SIZE
    for table, expected in (
        ("student", SIZE),
        ("enterprise", report.enterprises),
        ("placement", report.placements),
        ("staff", report.staff),
        ("school_profile", 1),
        ("audit_log", 1),
        ("reference_value", len(REFERENCE_KEYS)),
    ):
        assert _rows(conn, f"SELECT count(*) FROM {table}")[0][0] == expected, table
    assert report.enterprises >= 30
    assert report.guardians >= SIZE
    assert 0.05 * SIZE <= report.apprenticeships <= 0.12 * SIZE
    kinds = dict(_rows(conn, "SELECT kind, count(*) FROM staff GROUP BY kind"))
    assert kinds["school_supervisor"] >= SIZE // 30
    assert kinds["enterprise_mentor"] >= report.enterprises


def test_every_id_number_is_valid_and_matches_birth_date_and_sex(conn: Connection) -> None:
    rows = _rows(conn, "SELECT id_number, birth_date, sex, phone FROM student")
    assert len({r[0] for r in rows}) == SIZE
    for number, birth, sex, phone in rows:
        rid, violations = parse_resident_id(number, today=REFERENCE_DATE)
        assert rid is not None and violations == [], (number, violations)
        assert rid.birth_date == _d(birth)
        assert rid.sex == sex
        assert phone is None or MOBILE.fullmatch(phone)
    for (phone,) in _rows(conn, "SELECT phone FROM guardian"):
        assert MOBILE.fullmatch(phone)


def test_ages_fit_the_cohorts(conn: Connection) -> None:
    rows = _rows(
        conn,
        """SELECT s.birth_date, s.enrolment_date, c.cohort_year FROM student s
                          JOIN school_class c ON c.id = s.class_id""",
    )
    assert {r[2] for r in rows} == {2024, 2025, 2026}
    young = 0
    for birth, enrolled, cohort in rows:
        assert _d(enrolled) == dt.date(cohort, 9, 1)
        assert 15 <= age_on(_d(birth), REFERENCE_DATE) <= 22
        at_entry = age_on(_d(birth), _d(enrolled))
        assert 14 <= at_entry <= 17
        young += at_entry == 14
    assert young == 1  # only the student planted for the under-16 case


def test_credit_codes_are_valid_and_unique(conn: Connection) -> None:
    codes = [r[0] for r in _rows(conn, "SELECT uscc FROM enterprise")]
    codes += [r[0] for r in _rows(conn, "SELECT uscc FROM school_profile")]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert validate_uscc(code) == (code, []), code


def test_enterprises_use_known_areas_and_their_wage_class(conn: Connection) -> None:
    for county, area_class, staff in _rows(
        conn, "SELECT county_code, min_wage_area_class, on_post_staff FROM enterprise"
    ):
        area = area_by_code(county)
        assert area is not None and area.min_wage_class == area_class
        assert 20 <= staff <= 2000


def test_foreign_keys_hold(conn: Connection) -> None:
    assert _rows(conn, "PRAGMA foreign_key_check") == []
    assert _rows(conn, "PRAGMA foreign_keys") == [(1,)]


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    def people(name: str, seed: int) -> list[tuple]:  # type: ignore[type-arg]
        engine = _fresh_engine(tmp_path / name)
        seed_database(engine, size=120, seed=seed)
        with engine.connect() as c:
            found = _rows(c, "SELECT name, id_number FROM student ORDER BY id")
        engine.dispose()
        return found

    first = people("a.db", 7)
    assert first == people("b.db", 7)
    assert first != people("c.db", 8)


def test_seeding_twice_is_refused(seeded: tuple[Engine, SeedReport], conn: Connection) -> None:
    with pytest.raises(DomainError) as caught:
        seed_database(seeded[0], size=10)
    assert caught.value.code == "seed.not_empty"
    assert _rows(conn, "SELECT count(*) FROM student")[0][0] == SIZE


def _only(conn: Connection, where: str) -> set[int]:
    """Ids of placements matching a rule-breaking condition (student, post, enterprise joined)."""
    sql = f"""SELECT p.id FROM placement p JOIN student s ON s.id = p.student_id
              JOIN post po ON po.id = p.post_id JOIN enterprise e ON e.id = p.enterprise_id
              WHERE {where}"""
    return {r[0] for r in _rows(conn, sql)}


CASES = {
    "night_shift": "p.shift_end > '22:00' OR p.shift_start < '06:00'",
    "overtime_allowed": "p.overtime_allowed",
    "self_chosen_cognitive": "p.type = 'cognitive' AND p.source = 'self_chosen'",
    "ktv_venue": "e.venue_type != 'ordinary'",
    "credit_restricted": "e.credit_status = 'restricted'",
    "guardian_consent_missing": "p.type = 'post' AND p.status != 'draft'"
    " AND NOT p.consent_guardian_signed",
    "pay_below_80pct": "p.type = 'post' AND p.pay_amount_fen < 0.8 * po.same_post_wage_fen"
    " AND p.pay_amount_fen < e.lowest_wage_grade_fen",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_planted_case_is_the_only_one_of_its_kind(
    seeded: tuple[Engine, SeedReport], conn: Connection, case: str
) -> None:
    assert _only(conn, CASES[case]) == {seeded[1].flagged[f"placement.{case}"]}


def test_under_16_on_a_post_placement(seeded: tuple[Engine, SeedReport], conn: Connection) -> None:
    under = {
        pid
        for pid, birth, start in _rows(
            conn,
            """
        SELECT p.id, s.birth_date, p.start_date FROM placement p
        JOIN student s ON s.id = p.student_id WHERE p.type = 'post'""",
        )
        if age_on(_d(birth), _d(start)) < 16
    }
    assert under == {seeded[1].flagged["placement.age_under_16"]}


def test_planted_enterprises(seeded: tuple[Engine, SeedReport], conn: Connection) -> None:
    flagged = seeded[1].flagged
    ktv = _rows(conn, "SELECT id FROM enterprise WHERE venue_type = 'ktv'")
    assert ktv == [(flagged["enterprise.ktv"],)]
    agent = _rows(conn, "SELECT id FROM enterprise WHERE is_intermediary_or_dispatch")
    assert agent == [(flagged["enterprise.intermediary"],)]
    events = _rows(
        conn,
        "SELECT status, source FROM credit_event WHERE enterprise_id = :e ORDER BY recorded_on",
        e=flagged["enterprise.credit_restricted"],
    )
    assert [s for s, _ in events] == ["good", "restricted"]
    assert all(source for _, source in events)


def test_insurance_covers_placements_except_the_planted_gap(
    seeded: tuple[Engine, SeedReport], conn: Connection
) -> None:
    gap_id = seeded[1].flagged["placement.insurance_gap"]
    covered: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for pid, start, end in _rows(
        conn,
        """
        SELECT c.placement_id, c.start_date, c.end_date FROM coverage c
        JOIN insurance_policy i ON i.id = c.policy_id WHERE i.type = 'internship_liability'""",
    ):
        covered.setdefault(pid, []).append((_d(start), _d(end)))
    placements = _rows(
        conn,
        """SELECT id, start_date, end_date FROM placement
                                WHERE type != 'cognitive' AND status != 'draft'""",
    )
    assert placements
    for pid, start, end in placements:
        day, last = _d(start), _d(end)
        for lo, hi in sorted(covered.get(pid, [])):
            if lo <= day:
                day = max(day, hi + dt.timedelta(days=1))
        if pid == gap_id:
            assert day == last - dt.timedelta(days=13)  # cover stops 14 days before the end
        else:
            assert day > last, pid
    payers = {r[0] for r in _rows(conn, "SELECT premium_payer FROM insurance_policy")}
    assert "student" not in payers  # R-INS-2


def test_reference_values_and_audit(conn: Connection) -> None:
    values = {
        k: (json.loads(v), _d(since), bool(ok))
        for k, v, since, ok in _rows(
            conn, "SELECT key, value_json, effective_from, verified FROM reference_value"
        )
    }
    wage, since, verified = values["min_wage.jilin"]
    assert since == dt.date(2021, 12, 1) and not verified
    assert [c["monthly_fen"] for c in wage["classes"]] == [188000, 176000, 164000, 154000]
    assert [c["hourly_part_time_fen"] for c in wage["classes"]] == [1900, 1800, 1700, 1600]
    assert values["night_window"][0] == {"start": "22:00", "end": "06:00"}
    assert values["intern_caps"][0] == {"enterprise_max_pct": 10, "post_max_pct": 20}
    assert values["intern_caps"][2] is True
    actor, action, entity, new_value = _rows(
        conn, "SELECT actor, action, entity, new_value FROM audit_log"
    )[0]
    assert (actor, action, entity) == ("seed", "seed", "database")
    assert json.loads(new_value)["student"] == SIZE


def test_search_text_is_filled(conn: Connection) -> None:
    assert _rows(conn, "SELECT count(*) FROM student WHERE search_text = ''")[0][0] == 0


def test_reference_files_are_consistent() -> None:
    areas = jilin_areas()
    assert all(is_known_area_code(a.code) for a in areas if a.code is not None)
    classes = {a.code: a.min_wage_class for a in areas}
    assert classes["220102"] == 1 and classes["220204"] == 2 and classes["222404"] == 2
    assert classes["220721"] == 3 and classes["220621"] == 3 and classes["220302"] == 3
    assert classes["220802"] == 4 and classes["220581"] == 4 and classes["220122"] == 4
    assert classes[None] == 4  # 长白山保护开发区
    groups = {i.group for i in industries()}
    assert {"traditional", "advantaged", "emerging", "energy_hightech"} <= groups
    codes = {i.code for i in industries()}
    assert {m.industry_code for m in majors_catalogue()} <= codes
