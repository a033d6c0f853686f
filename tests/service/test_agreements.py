"""Agreements against a real database and real PDFs: the gate, versions, signatures, the
school's signature, R-AGR-1, batches (issue 5)."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from jilin_apprentice.domain.errors import RuleBlocked, ValidationFailed
from jilin_apprentice.services.placement_dto import PlacementDraft
from tests.factories import END, START, build_world, insure

SIGN_DAY = END.replace(year=2026, month=11, day=20)
DRAFT_FIELDS = dict(type="post", start_date=START, end_date=END, pay_amount_fen=350_000)


def png() -> bytes:
    image = Image.new("RGBA", (120, 40), (0, 0, 0, 0))
    for x in range(10, 110):
        image.putpixel((x, 20 + (x % 7)), (0, 0, 120, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def text_of(path: str) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def ready(services):
    """A placement with everything the agreement must state (pay, insurance, both mentors)."""
    w = build_world(services)
    insure(services, w.students[0])
    draft = PlacementDraft(
        student_id=w.students[0],
        enterprise_id=w.enterprise,
        post_id=w.post,
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        filing_ref="备案-1",
        **DRAFT_FIELDS,
    )
    return w, services.placements.create(draft)


def test_generate_writes_a_pdf_with_the_record_and_a_minor_has_a_guardian_line(services, ready):
    _w, pid = ready
    row = services.agreements.generate(pid)
    assert (row.status, row.version, row.current) == ("generated", 1, True)
    text = text_of(row.file_path)
    for expected in (row.number, "学生0", "汽车维修工", "2027年3月1日", "3,500.00", "长白财产保险"):
        assert expected in text, expected
    assert row.required_parties == ("school", "enterprise", "student", "guardian")  # born 2009
    assert "法定监护人签字" in text


def test_a_blocking_rule_or_a_missing_fact_refuses_and_writes_nothing(services, ready):
    w, pid = ready
    night = dataclasses.replace(
        services.placements.get(pid).draft, shift_start=dt_time(15), shift_end=dt_time(23)
    )
    services.placements.update(pid, night, version=services.placements.get(pid).version)
    with pytest.raises(RuleBlocked) as caught:
        services.agreements.generate(pid)
    assert [f.rule_id for f in caught.value.findings] == ["R-TIME-3"]
    other = services.placements.create(
        PlacementDraft(
            student_id=w.students[1],
            enterprise_id=w.enterprise,
            post_id=w.post,
            enterprise_mentor_id=w.mentor,
            school_supervisor_id=w.supervisor,
            **DRAFT_FIELDS,
        )
    )
    with pytest.raises(RuleBlocked) as caught:  # no insurance for this student
        services.agreements.generate(other)
    assert "R-INS-1" in {f.rule_id for f in caught.value.findings}
    assert services.agreements.list() == []
    assert not any(services.agreements.folder.glob("*.pdf"))


def test_signatures_then_a_change_makes_a_new_version_and_the_old_stays(services, ready):
    _w, pid = ready
    row = services.agreements.generate(pid)
    size_before = Path(row.file_path).stat().st_size
    for party in row.required_parties[:-1]:
        row = services.agreements.record_signature(
            row.id, party, f"{party} 签字人", SIGN_DAY, "drawn", png()
        )
    assert row.status == "partially_signed"
    assert Path(row.file_path).stat().st_size > size_before  # the images are drawn in
    row = services.agreements.record_signature(row.id, "guardian", "王建国", SIGN_DAY, "wet_ink")
    assert row.status == "signed_all"
    facts = {
        f.rule_id
        for f in services.placements.evaluate(
            services.placements.get(pid).draft,
            services.placements.context(services.placements.get(pid).draft, pid, "approved"),
        )
    }
    assert "R-AGR-1" not in facts
    first_file = Path(row.file_path).read_bytes()
    changed = dataclasses.replace(services.placements.get(pid).draft, pay_amount_fen=360_000)
    services.placements.update(pid, changed, version=services.placements.get(pid).version)
    with pytest.raises(ValidationFailed):  # a signed version is never redrawn with new terms
        services.agreements.record_signature(row.id, "school", "李校长", SIGN_DAY, "seal")
    new = services.agreements.generate(pid)
    assert (new.version, new.status) == (2, "generated")
    versions = {r.version: r for r in services.agreements.list(pid)}
    assert versions[1].status == "superseded" and not versions[1].current
    assert Path(versions[1].file_path).read_bytes() == first_file  # kept on file, unchanged
    assert "3,600.00" in text_of(new.file_path)


def test_the_school_signs_the_final_file_and_it_verifies(services, ready, tmp_path):
    _w, pid = ready
    row = services.agreements.generate(pid)
    for party in row.required_parties:
        row = services.agreements.record_signature(row.id, party, "签字人", SIGN_DAY, "wet_ink")
    services.signing.create_certificate("北辰职业技术学校", "北辰职业技术学校", "pw-123")
    signed = Path(row.file_path).with_name(f"{row.number}-signed.pdf")
    services.signing.sign_pdf(Path(row.file_path), signed, "pw-123", reason="三方协议")
    row = services.agreements.archive(row.id, signed)
    assert row.status == "archived"
    result = services.signing.verify_pdf(signed)
    assert result.ok and (result.number, result.placement_id) == (row.number, pid)


def test_a_batch_keeps_going_past_a_failure(services, ready):
    w, pid = ready
    uninsured = services.placements.create(
        PlacementDraft(
            student_id=w.students[1],
            enterprise_id=w.enterprise,
            post_id=w.post,
            enterprise_mentor_id=w.mentor,
            school_supervisor_id=w.supervisor,
            **DRAFT_FIELDS,
        )
    )
    seen: list[tuple[int, int]] = []
    report = services.agreements.batch_generate(
        [uninsured, pid], progress=lambda done, total: seen.append((done, total))
    )
    assert report.done == [pid] and list(report.failed) == [uninsured]
    assert "R-INS-1" in report.failed[uninsured]
    assert seen[-1] == (2, 2) and not report.cancelled
    assert [r.placement_id for r in services.agreements.list()] == [pid]


def test_a_cancelled_batch_keeps_what_was_done(services, ready):
    _w, pid = ready
    report = services.agreements.batch_generate([pid], cancelled=lambda: True)
    assert report.cancelled
    stored = {r.placement_id for r in services.agreements.list()}
    assert stored == set(report.done)  # nothing half-recorded either way


def dt_time(hour: int):
    import datetime as dt

    return dt.time(hour, 0)
