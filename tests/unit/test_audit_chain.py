"""The audit chain (R-PI-7): the payload never changes; every kind of tampering is named."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from jilin_apprentice.domain.audit_chain import (
    DELETED,
    EDITED,
    INSERTED,
    REORDERED,
    ChainBreak,
    chain_hash,
    verify_chain,
)

T0 = dt.datetime(2026, 11, 26, 1, 2, 3, 456789)


def reference_hash(prev, at, *fields) -> str:
    """The payload exactly as services/audit.py wrote it before issue 8."""
    import hashlib

    payload = json.dumps([prev, at.isoformat(), *fields], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def make_chain(n: int, *, start_id: int = 1) -> list[tuple]:
    rows, prev = [], None
    for i in range(n):
        fields = ("tester", "update", "student", i, "phone", "138****5678", f"新值{i}")
        at = T0 + dt.timedelta(seconds=i)
        h = chain_hash(prev, at, *fields)
        rows.append((start_id + i, prev, h, at, *fields))
        prev = h
    return rows


def locator(rows):
    return lambda h: next((r[0] for r in rows if r[2] == h), None)


def rehash(row: tuple, prev: str | None) -> tuple:
    return (row[0], prev, chain_hash(prev, *row[3:]), *row[3:])


# --- the payload --------------------------------------------------------------------------------
def test_the_fast_payload_is_byte_for_byte_the_json_one():
    rng = random.Random(8)
    alphabet = 'ab"\\/\n\t\x00\x1f\u2028\u2029é王小明😀 ,[]{}:'
    for _ in range(2000):

        def text():
            return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))

        maybe = lambda: None if rng.random() < 0.3 else text()  # noqa: E731
        at = T0.replace(microsecond=rng.choice((0, 1, 999999)))
        entity_id = rng.choice((None, 0, 1, -5, 2**40))
        fields = (text(), text(), text(), entity_id, maybe(), maybe(), maybe())
        prev = rng.choice((None, "f" * 64))
        assert chain_hash(prev, at, *fields) == reference_hash(prev, at, *fields)


def test_a_whole_second_keeps_isoformat_without_microseconds():
    at = dt.datetime(2026, 1, 1, 8, 0, 0)
    fields = ("a", "create", "student", 1, None, None, None)
    assert chain_hash(None, at, *fields) == reference_hash(None, at, *fields)


# --- intact chains ------------------------------------------------------------------------------
def test_an_intact_chain_passes_with_counts():
    report = verify_chain(make_chain(50))
    assert report.intact and report.first_break is None
    assert (report.checked, report.edited, report.broken_links) == (50, 0, 0)
    assert (report.first_id, report.last_id, report.id_gaps) == (1, 50, 0)


def test_an_empty_trail_is_intact():
    report = verify_chain([])
    assert report.intact and report.checked == 0 and report.first_id is None


def test_a_single_entry_is_intact_and_its_prev_must_be_empty():
    assert verify_chain(make_chain(1)).intact
    row = make_chain(1)[0]
    pointing = rehash(row, "a" * 64)  # the oldest entry names a predecessor: head deleted
    report = verify_chain([pointing])
    assert report.first_break == ChainBreak(1, DELETED)


def test_unused_ids_with_intact_links_are_counted_not_broken():
    """PostgreSQL sequences skip numbers when a transaction rolls back."""
    rows = make_chain(5)
    rows = [(r[0] + (10 if r[0] > 2 else 0), *r[1:]) for r in rows]  # ids 1, 2, 13, 14, 15
    report = verify_chain(rows)
    assert report.intact and report.id_gaps == 10


# --- tampering ----------------------------------------------------------------------------------
@pytest.mark.parametrize("index", [0, 7, 19])
def test_an_edited_value_is_found_at_that_entry(index: int):
    rows = make_chain(20)
    r = rows[index]
    rows[index] = (*r[:10], "伪造的值")  # UPDATE audit_log SET new_value = ...
    report = verify_chain(rows)
    assert report.first_break == ChainBreak(r[0], EDITED, after_id=r[0] - 1 if index else None)
    assert (report.edited, report.broken_links) == (1, 0)


def test_an_edited_actor_and_an_edited_time_are_found():
    rows = make_chain(5)
    rows[2] = (*rows[2][:4], "someone_else", *rows[2][5:])
    assert verify_chain(rows).first_break.entry_id == 3
    rows = make_chain(5)
    rows[3] = (*rows[3][:3], rows[3][3] + dt.timedelta(microseconds=1), *rows[3][4:])
    assert verify_chain(rows).first_break.entry_id == 4


def test_an_edit_with_its_hash_recomputed_is_found_by_the_next_link():
    rows = make_chain(10)
    edited = (*rows[4][:10], "伪造")
    rows[4] = rehash(edited, rows[4][1])  # content and own hash consistent again
    report = verify_chain(rows, locator(rows))
    assert report.first_break == ChainBreak(5, EDITED, after_id=4)
    assert (report.edited, report.broken_links) == (0, 1)


@pytest.mark.parametrize("index", [1, 5, 8])
def test_a_deleted_entry_is_found_with_how_many_are_missing(index: int):
    rows = make_chain(10)
    gone = rows.pop(index)
    report = verify_chain(rows, locator(rows))
    assert report.first_break == ChainBreak(gone[0] + 1, DELETED, after_id=gone[0] - 1, missing=1)
    assert report.broken_links == 1 and report.edited == 0


def test_several_deleted_entries_in_a_row():
    rows = make_chain(10)
    del rows[3:6]  # ids 4, 5, 6
    report = verify_chain(rows, locator(rows))
    assert report.first_break == ChainBreak(7, DELETED, after_id=3, missing=3)


def test_deleting_the_oldest_entries_is_found():
    rows = make_chain(10)[2:]
    assert verify_chain(rows).first_break == ChainBreak(3, DELETED)


def test_the_newest_entry_deleted_is_not_detectable_by_the_chain_alone():
    """Documented limit: a shorter chain is still a valid chain."""
    assert verify_chain(make_chain(10)[:-1]).intact


def test_an_inserted_entry_is_named():
    rows = make_chain(6, start_id=10)
    rows = [(r[0] * 2, *r[1:]) for r in rows]  # ids 20, 22, 24, ... leave room
    forged_fields = ("tester", "delete", "student", 99, None, None, None)
    at = rows[2][3] + dt.timedelta(milliseconds=1)
    forged = (25, rows[2][2], chain_hash(rows[2][2], at, *forged_fields), at, *forged_fields)
    rows.insert(3, forged)  # correct link to its predecessor, but the next entry skips it
    report = verify_chain(rows, locator(rows))
    assert report.first_break == ChainBreak(25, INSERTED, after_id=24)


def test_two_swapped_entries_are_reported_as_reordered():
    rows = make_chain(8)
    a, b = rows[2], rows[5]
    rows[2] = (a[0], *b[1:])  # contents and hashes swapped between ids 3 and 6
    rows[5] = (b[0], *a[1:])
    report = verify_chain(rows, locator(rows))
    assert report.first_break == ChainBreak(3, REORDERED, after_id=2, points_to=5)
    assert report.edited == 0 and report.broken_links >= 2


def test_counts_continue_after_the_first_break():
    rows = make_chain(10)
    for i in (2, 6):
        rows[i] = (*rows[i][:10], "x")
    report = verify_chain(rows)
    assert report.first_break.entry_id == 3 and report.edited == 2 and report.checked == 10


def test_a_broken_chain_is_one_school_wide_finding():
    from jilin_apprentice.domain.audit_chain import chain_findings
    from jilin_apprentice.domain.rules.model import WARN

    assert chain_findings(verify_chain(make_chain(3))) == []
    rows = make_chain(3)
    rows[1] = (*rows[1][:10], "x")
    (finding,) = chain_findings(verify_chain(rows))
    assert (finding.rule_id, finding.severity, finding.field) == ("R-PI-7", WARN, "audit_log")
    assert finding.params == {"entry_id": 2, "kind": EDITED, "checked": 3}
