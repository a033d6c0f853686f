"""Enterprise and post service: credit-code checks, area class, uniqueness, posts."""

from __future__ import annotations

import dataclasses

import pytest

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.dto import ListQuery, PostDraft
from tests.factories import enterprise_draft


def test_create_sets_minimum_wage_area_class_from_county(services):
    enterprise_id = services.enterprises.create(enterprise_draft())
    detail = services.enterprises.get(enterprise_id)
    assert detail.min_wage_area_class == 1  # 长春市南关区: class 1 (rulebook §4.2)
    assert detail.draft.uscc == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("uscc", "code"),
    [
        ("91350100M000100Y4Z", "uscc.format"),
        ("91350100M000100Y44", "uscc.checksum"),
        ("", "required"),
    ],
)
def test_bad_credit_codes_are_refused(services, uscc, code):
    with pytest.raises(ValidationFailed) as info:
        services.enterprises.create(enterprise_draft(uscc=uscc))
    assert ("uscc", code) in {(v.field, v.code) for v in info.value.violations}
    assert services.enterprises.count(ListQuery()) == 0


def test_lower_case_and_spaces_are_normalised_and_duplicates_refused(services):
    services.enterprises.create(enterprise_draft(uscc="9135 0100 m000 100y43"))
    with pytest.raises(ValidationFailed) as info:
        services.enterprises.create(enterprise_draft(name="另一家", uscc="91350100M000100Y43"))
    assert info.value.violations[0].code == "uscc.duplicate"


def test_posts_are_saved_validated_and_listed(services):
    enterprise_id = services.enterprises.create(enterprise_draft())
    post_id = services.enterprises.save_post(
        enterprise_id,
        PostDraft(
            title="装配工",
            hazards=("height",),
            physical_intensity_level=2,
            same_post_wage_fen=450_000,
            on_post_staff=40,
        ),
    )
    [row] = services.enterprises.posts_of(enterprise_id)
    assert row.id == post_id and row.draft.hazards == ("height",)
    with pytest.raises(ValidationFailed):
        services.enterprises.save_post(
            enterprise_id, PostDraft(title="x", physical_intensity_level=5)
        )
    with pytest.raises(ValidationFailed):
        services.enterprises.save_post(enterprise_id, PostDraft(title="x", hazards=("lava",)))
    listed = services.enterprises.page(ListQuery(), after=None, limit=10)
    assert listed[0].post_count == 1


def test_update_with_stale_version_conflicts(services):
    from jilin_apprentice.domain.errors import ConflictError

    enterprise_id = services.enterprises.create(enterprise_draft())
    version = services.enterprises.get(enterprise_id).version
    services.enterprises.update(
        enterprise_id,
        dataclasses.replace(enterprise_draft(), on_post_staff=9),
        expected_version=version,
    )
    with pytest.raises(ConflictError):
        services.enterprises.update(enterprise_id, enterprise_draft(), expected_version=version)
