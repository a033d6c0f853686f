"""The Korean reading copy of a generated agreement (issue 9): what the PDF says, that the
Chinese agreement is left as it was, the school's setting, and the refusals."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from jilin_apprentice import messages, messages_reading_copy
from jilin_apprentice.domain.enums import Role
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.access import PermissionDenied, Principal
from jilin_apprentice.services.agreement_reading_copy import (
    SETTING_KEY,
    UNTRANSLATED,
    ReadingCopyService,
)
from jilin_apprentice.services.agreement_templates import ClauseText
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import AuditEntry, ReferenceValue, Student
from tests.factories import END, START, build_world, insure

BANNER_KO = "참고용 한국어 번역본입니다. 법적 효력은 중국어 원본에만 있습니다"
BANNER_ZH = "本译本仅供阅读参考，以中文文本为准"
SETTING = "Offer a Korean reading copy of agreements"
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>'
)
WATERMARK_HEIGHT = 40  # points: body text is 10, the watermark 54 on a slant


@pytest.fixture(autouse=True)
def reading_copy_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English texts as messages.py holds them once messages_reading_copy is merged."""
    for code, text in messages_reading_copy.CODES.items():
        monkeypatch.setitem(messages.CODES, code, text)


@pytest.fixture
def ready(services):
    """A placement whose agreement can be generated (as in test_agreements.py): pay, insurance
    paid by the school, both mentors; the student is a minor."""
    w = build_world(services)
    insure(services, w.students[0])
    draft = PlacementDraft(
        student_id=w.students[0],
        enterprise_id=w.enterprise,
        post_id=w.post,
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        filing_ref="备案-1",
        type="post",
        start_date=START,
        end_date=END,
        pay_amount_fen=350_000,
    )
    return w, services.placements.create(draft)


@pytest.fixture
def copies(services) -> ReadingCopyService:
    return services.reading_copies


def pages_of(path: Path) -> list[str]:
    """The extracted text of each page, lines joined (a value may wrap onto the next line)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return [" ".join(page.split()) for page in out.stdout.split("\f") if page.strip()]


def watermarks(path: Path) -> list[str]:
    """Per page, the large glyphs (the rotated watermark), left to right."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    for page in out.split("<page ")[1:]:
        big = [
            (float(x), word)
            for x, y0, y1, word in WORD.findall(page)
            if float(y1) - float(y0) > WATERMARK_HEIGHT
        ]
        found.append("".join(word for _x, word in sorted(big)))
    return found


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_copy_is_korean_with_the_values_a_banner_per_page_and_the_original_sha(
    services, ready, copies, tmp_path
):
    _w, pid = ready
    row = services.agreements.generate(pid)
    original = Path(row.file_path).read_bytes()
    copies.set_offered(True)
    result = copies.export_for_placement(pid, tmp_path / "reading.pdf")

    pages = pages_of(result.path)
    assert len(pages) == result.pages >= 2
    assert watermarks(result.path) == ["참고용/仅供参考"] * len(pages)
    sha = hashlib.sha256(original).hexdigest()
    assert result.original_pdf_sha256 == sha
    for page in pages:  # the banner, the watermark and the footer on every page
        assert BANNER_KO in page and BANNER_ZH in page
        assert sha in page and row.number in page
    text = squeezed(" ".join(pages))
    for expected in (
        "직업학교학생직무실습3자협약서",  # the Korean title
        "제4조실습보수및지급방법",  # a numbered Korean heading
        "「직업학교학생실습관리규정」(职业学校学生实习管理规定)",  # a law, Chinese in brackets
        "3,500.00위안/월",  # the amount in yuan, as stored
        "2027년3월1일부터",  # the start date in Korean
        "长春一汽配套有限公司",  # the enterprise as stored
        "学生0",  # the student's name as stored
        "汽车维修工",  # the post as stored
        "长白财产保险실습책임보험",  # the insurance line
        "보험료는갑이부담하며",  # the premium payer (the school)
        "정(법정후견인)",  # a minor: the guardian's block
    ):
        assert expected in text, expected
    assert "签署人" not in text and "（盖章）" not in text and "日期：" not in text
    assert "220102********0019" in text  # the ID number is masked by default
    assert result.untranslated == 0 and result.masked
    # the Chinese agreement is only read: same bytes, same record
    assert Path(row.file_path).read_bytes() == original
    after = services.agreements.get(row.id)
    assert (after.status, after.content_sha256, after.file_path) == (
        row.status,
        row.content_sha256,
        row.file_path,
    )
    with services.uow.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "agreement_reading_copy")
        ).all()
    recorded = {e.field: e.new_value for e in entries}
    assert {e.action for e in entries} == {"export"} and entries[0].entity_id == row.id
    assert recorded["file"] == "reading.pdf" and recorded["original_pdf_sha256"] == sha


def test_the_setting_is_off_by_default_and_the_refusal_names_it(services, ready, copies, tmp_path):
    _w, pid = ready
    services.agreements.generate(pid)
    assert copies.offered() is False
    with pytest.raises(DomainError) as caught:
        copies.export_for_placement(pid, tmp_path / "reading.pdf")
    assert caught.value.code == "reading_copy.off"
    assert SETTING in messages.render(caught.value.code, caught.value.params)
    assert not (tmp_path / "reading.pdf").exists()


def test_turning_it_on_and_off_on_one_day_corrects_one_dated_row(services, copies):
    copies.set_offered(True)
    assert copies.offered() is True
    copies.set_offered(False)
    assert copies.offered() is False
    with services.uow.read() as session:
        rows = session.scalars(select(ReferenceValue).where(ReferenceValue.key == SETTING_KEY))
        dates = sorted(r.effective_from for r in rows)
    assert dates == sorted({*dates}) and len(dates) == 2  # the seeded default and today's


def test_a_placement_without_an_agreement_gets_a_clear_message(services, ready, copies, tmp_path):
    _w, pid = ready
    copies.set_offered(True)
    with pytest.raises(DomainError) as caught:
        copies.export_for_placement(pid, tmp_path / "reading.pdf")
    assert caught.value.code == "reading_copy.no_agreement"
    text = messages.render(caught.value.code, caught.value.params)
    assert f"Placement {pid} has no generated agreement" in text


def test_a_record_changed_since_generation_is_refused(services, ready, copies, tmp_path):
    _w, pid = ready
    row = services.agreements.generate(pid)
    copies.set_offered(True)
    detail = services.placements.get(pid)
    changed = dataclasses.replace(detail.draft, pay_amount_fen=360_000)
    services.placements.update(pid, changed, version=detail.version)
    with pytest.raises(DomainError) as caught:
        copies.export(row.id, tmp_path / "reading.pdf")
    assert caught.value.code == "reading_copy.changed"
    assert row.number in messages.render(caught.value.code, caught.value.params)


def test_a_paragraph_the_school_reworded_is_printed_in_chinese_and_marked(
    services, ready, copies, tmp_path
):
    _w, pid = ready
    current = services.templates.current("post")
    clauses = [ClauseText(c.heading, c.paragraphs) for c in current.clauses]
    reworded = "（一）各方约定的其他事项：{other_terms}。本条经学校修改。"
    clauses[12] = ClauseText(clauses[12].heading, (reworded, *clauses[12].paragraphs[1:]))
    services.templates.save("post", clauses)
    row = services.agreements.generate(pid)
    copies.set_offered(True)
    result = copies.export(row.id, tmp_path / "reading.pdf")
    assert result.untranslated == 1
    text = squeezed(" ".join(pages_of(result.path)))
    assert squeezed(UNTRANSLATED) + "（一）各方约定的其他事项：无。本条经学校修改。" in text
    assert "제12조기타약정사항" in text  # the heading was not reworded: still Korean


def test_the_full_id_number_needs_the_personal_data_right(services, ready, copies, tmp_path):
    _w, pid = ready
    services.agreements.generate(pid)
    copies.set_offered(True)
    full = copies.export_for_placement(pid, tmp_path / "full.pdf", unmasked=True)
    assert not full.masked
    with services.uow.read() as session:
        number = session.get(Student, services.placements.get(pid).draft.student_id).id_number
    assert number in squeezed(" ".join(pages_of(full.path)))
    services.access.principal = Principal("clerk", "Clerk", Role.OFFICER, can_see_pii=False)
    with pytest.raises(PermissionDenied):
        copies.export_for_placement(pid, tmp_path / "again.pdf", unmasked=True)
    assert not (tmp_path / "again.pdf").exists()
