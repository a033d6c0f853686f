"""Rule parameters as data: every key seeded with its source, edits checked and audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.domain.rules.reference_keys import REFERENCE_KEYS
from jilin_apprentice.services.reference_values import ReferenceDraft
from jilin_apprentice.storage.models import AuditEntry


def test_a_new_database_holds_every_parameter_with_its_source(services):
    rows = services.reference_values.list()
    assert {r.key for r in rows} == {k.key for k in REFERENCE_KEYS}
    assert all(r.source for r in rows)
    wage = next(r for r in rows if r.key == "min_wage.jilin")
    assert (wage.effective_from, wage.verified) == (dt.date(2021, 12, 1), False)


@pytest.mark.parametrize(
    ("key", "value", "field", "code"),
    [
        ("night_window", "{not json", "value", "reference.json"),
        ("night_window", '{"start": "25:00", "end": "06:00"}', "value", "reference.shape"),
        (
            "intern_caps",
            '{"enterprise_max_pct": -1, "post_max_pct": 20}',
            "value",
            "reference.shape",
        ),
        ("no_such_key", "{}", "key", "choice.invalid"),
    ],
)
def test_unusable_values_are_refused(services, key, value, field, code):
    draft = ReferenceDraft(key, value, dt.date(2027, 1, 1), "test")
    with pytest.raises(ValidationFailed) as caught:
        services.reference_values.save(draft)
    assert (caught.value.violations[0].field, caught.value.violations[0].code) == (field, code)


def test_one_value_per_parameter_and_date_and_every_change_is_audited(services):
    table = {
        "currency": "CNY",
        "classes": [
            {"class": c, "monthly_fen": f, "hourly_part_time_fen": 2000}
            for c, f in ((1, 199_000), (2, 187_000), (3, 175_000), (4, 165_000))
        ],
    }
    draft = ReferenceDraft("min_wage.jilin", json.dumps(table), dt.date(2025, 7, 1), "test table")
    row_id = services.reference_values.save(draft)
    with pytest.raises(ValidationFailed) as caught:
        services.reference_values.save(draft)
    assert caught.value.violations[0].code == "reference.duplicate"
    with services.uow.read() as session:
        audited = session.scalars(
            select(AuditEntry.field).where(
                AuditEntry.entity == "reference_value", AuditEntry.entity_id == row_id
            )
        ).all()
    assert {"key", "value_json", "effective_from", "source"} <= set(audited)
