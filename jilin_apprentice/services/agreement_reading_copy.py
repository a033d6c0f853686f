"""A Korean reading copy of a generated agreement, if the school offers one (issue 9).

The Chinese agreement is the legal text and is never touched: the copy is a separate PDF, read
from the same record, that says on every page it is only for reading and names the SHA-256 of the
Chinese PDF it translates. So that the copy says what the agreement says, the agreement's content
is rebuilt from the record and must match the checksum stored when it was generated; a record
changed since then is refused (generate a new version first). A paragraph the school reworded has
no translation and is printed in Chinese, marked. Each export is recorded in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.agreement_templates import (
    DEFAULT_TEMPLATES,
    OPTIONAL_PLACEHOLDERS,
    MissingPlaceholders,
    Template,
    fill,
    from_json,
)
from jilin_apprentice.domain.agreement_templates_ko import KO_OPTIONAL, KO_TEMPLATES
from jilin_apprentice.domain.errors import DomainError, NotFound
from jilin_apprentice.pdf.agreement_model import Clause
from jilin_apprentice.services.access import ADMIN, EXPORT, PII
from jilin_apprentice.services.agreement_values import load_agreement_facts
from jilin_apprentice.services.agreement_values_ko import korean_parties, korean_values
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.reference_values import ReferenceDraft, ReferenceValueService
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import Agreement, AgreementTemplate, ReferenceValue
from jilin_apprentice.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from jilin_apprentice.pdf.reading_copy_pdf import ReadingCopyContent

SETTING_KEY = "agreement_reading_copy"
SETTING_SOURCE = "School setting (Settings > General)"
UNTRANSLATED = (
    "※ 학교가 수정한 문구로 번역이 없어 중국어 원문을 싣습니다 / 学校修改的条文，附中文原文："
)
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True)
class ReadingCopyResult:
    path: Path
    agreement_id: int
    number: str
    version: int
    original_pdf_sha256: str  # of the Chinese PDF on file, printed on every page
    pages: int
    untranslated: int  # paragraphs the school reworded, printed in Chinese
    masked: bool


class ReadingCopyService:
    """Built from the open database's services (`of`); returns plain results."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- the school's setting ---------------------------------------------------------------
    def offered(self) -> bool:
        with self._uow.read() as session:
            return _offered(session, self._today())

    def set_offered(self, on: bool) -> None:
        """A dated row from today (today's row is corrected); audited like any rule setting."""
        self._audit.access.require(ADMIN)  # a school-wide choice
        today = self._today()
        with self._uow.read() as session:
            row = session.scalars(
                select(ReferenceValue).where(
                    ReferenceValue.key == SETTING_KEY, ReferenceValue.effective_from == today
                )
            ).first()
            row_id, version = (row.id, row.version) if row is not None else (None, None)
        value = json.dumps({"korean": bool(on)})
        draft = ReferenceDraft(SETTING_KEY, value, today, SETTING_SOURCE, verified=True)
        ReferenceValueService(self._uow, self._audit).save(draft, row_id=row_id, version=version)

    # --- the copy ---------------------------------------------------------------------------
    def export_for_placement(
        self, placement_id: int, out: Path, *, unmasked: bool = False
    ) -> ReadingCopyResult:
        """The reading copy of the placement's current agreement."""
        with self._uow.read() as session:
            agreement_id = session.scalar(
                select(Agreement.id)
                .where(Agreement.placement_id == placement_id, Agreement.file_path.is_not(None))
                .order_by(Agreement.agreement_version.desc())
                .limit(1)
            )
        if agreement_id is None:
            raise DomainError("reading_copy.no_agreement", placement=placement_id)
        return self.export(agreement_id, out, unmasked=unmasked)

    def export(self, agreement_id: int, out: Path, *, unmasked: bool = False) -> ReadingCopyResult:
        """Write the Korean reading copy of one agreement to `out`; the agreement is only read."""
        from jilin_apprentice.pdf.reading_copy_pdf import render_reading_copy

        self._audit.access.require(EXPORT)
        if unmasked:
            self._audit.access.require(PII)
        with self._uow() as session:
            if not _offered(session, self._today()):
                raise DomainError("reading_copy.off")
            a = session.get(Agreement, agreement_id)
            if a is None:
                raise NotFound("agreement.not_found", id=agreement_id)
            if not a.file_path or not Path(a.file_path).is_file():
                raise DomainError("reading_copy.no_file", number=a.number, path=a.file_path or "—")
            _refuse_agreement_files(session, a, Path(out))
            original = hashlib.sha256(Path(a.file_path).read_bytes()).hexdigest()
            content, untranslated = self._content(session, a, original, masked=not unmasked)
            drawn = render_reading_copy(content, Path(out))
            self._audit.record(
                session,
                action="export",
                entity="agreement_reading_copy",
                entity_id=a.id,
                changes={
                    "file": (None, Path(out).name),
                    "agreement": (None, f"{a.number} v{a.agreement_version}"),
                    "original_pdf_sha256": (None, original),
                    "masked": (None, not unmasked),
                },
            )
            return ReadingCopyResult(
                Path(out),
                a.id,
                a.number,
                a.agreement_version,
                original,
                drawn.pages,
                untranslated,
                not unmasked,
            )

    def _content(
        self, session: Session, a: Agreement, original: str, *, masked: bool
    ) -> tuple[ReadingCopyContent, int]:
        from jilin_apprentice.pdf.reading_copy_pdf import ReadingCopyContent

        facts = load_agreement_facts(session, a.placement_id, self._today())
        chinese = facts.fill_values()
        used = None
        for template in _templates(session, facts.kind):
            try:
                clauses = fill(template, chinese)
            except MissingPlaceholders:
                continue
            agreed = facts.content(
                template,
                clauses,
                placement_id=a.placement_id,
                number=a.number,
                version=a.agreement_version,
            )
            if agreed.content_sha256() == a.content_sha256:
                used = (template, agreed)
                break
        if used is None:
            raise DomainError("reading_copy.changed", number=a.number)
        template, agreed = used
        korean = korean_values(session, a.placement_id, chinese)
        ko_clauses, untranslated = korean_clauses(template, chinese, korean)
        content = ReadingCopyContent(
            title=KO_TEMPLATES[facts.kind].title,
            original_title=agreed.title,
            number=a.number,
            version=a.agreement_version,
            template_version=template.version,
            parties=korean_parties(facts.parties, masked),
            clauses=ko_clauses,
            original_pdf_sha256=original,
            content_sha256=a.content_sha256 or "",
        )
        return content, untranslated


def _offered(session: Session, on: dt.date) -> bool:
    value: Any = value_in_force(session, SETTING_KEY, on)
    return bool(value.get("korean", False)) if isinstance(value, dict) else False


def _refuse_agreement_files(session: Session, a: Agreement, out: Path) -> None:
    """The copy never replaces an agreement's PDF or scan (this one's or another's)."""
    taken = {str(out), str(out.resolve())}
    clash = session.scalar(
        select(Agreement.number).where(
            or_(Agreement.file_path.in_(taken), Agreement.scanned_copy_path.in_(taken))
        )
    )
    own = [Path(p) for p in (a.file_path, a.scanned_copy_path) if p]
    if clash is None and out.exists() and any(out.samefile(p) for p in own if p.exists()):
        clash = a.number
    if clash is not None:
        raise DomainError("reading_copy.would_replace", path=str(out), number=clash)


def _templates(session: Session, kind: str) -> list[Template]:
    """Every wording the agreement may have used: the school's versions, newest first, then
    the built-in one."""
    rows = session.scalars(
        select(AgreementTemplate.clauses_json)
        .where(AgreementTemplate.kind == kind)
        .order_by(AgreementTemplate.template_version.desc())
    ).all()
    return [*(from_json(text) for text in rows), DEFAULT_TEMPLATES[kind]]


def korean_clauses(
    used: Template, chinese: dict[str, str], korean: dict[str, str]
) -> tuple[tuple[Clause, ...], int]:
    """The Korean of every clause the agreement printed, numbered 제n조; a heading or paragraph
    the school reworded (no translation) is printed in Chinese after a marker. Returns the
    clauses and how many paragraphs stayed Chinese. Pure."""
    base, ko = DEFAULT_TEMPLATES[used.kind], KO_TEMPLATES[used.kind]

    def filled(text: str, values: dict[str, str], fallback: dict[str, str]) -> str:
        return _PLACEHOLDER.sub(
            lambda m: str(values.get(m.group(1), "")).strip() or fallback.get(m.group(1), ""),
            text,
        )

    clauses, number, untranslated = [], 0, 0
    for i, clause in enumerate(used.clauses):
        same = i < len(base.clauses) and i < len(ko.clauses)
        heading = (
            ko.clauses[i].heading
            if same and clause.heading == base.clauses[i].heading
            else filled(clause.heading, chinese, OPTIONAL_PLACEHOLDERS)
        )
        paragraphs = []
        for text in clause.paragraphs:
            optional = [n for n in _PLACEHOLDER.findall(text) if n in OPTIONAL_PLACEHOLDERS]
            if optional and not any(
                str(chinese.get(n, "")).strip() or OPTIONAL_PLACEHOLDERS[n] for n in optional
            ):
                continue  # fill() left this paragraph out of the agreement too
            if same and text in base.clauses[i].paragraphs:
                source = ko.clauses[i].paragraphs[base.clauses[i].paragraphs.index(text)]
                paragraphs.append(filled(source, korean, KO_OPTIONAL))
            else:
                untranslated += 1
                paragraphs.append(UNTRANSLATED + filled(text, chinese, OPTIONAL_PLACEHOLDERS))
        if clause.numbered:
            number += 1
            heading = f"제{number}조 {heading}"
        clauses.append(Clause(heading=heading, paragraphs=tuple(paragraphs)))
    return tuple(clauses), untranslated
