"""The school edits the clause wording; every save is a new template version (R-TPL-2).

A generated agreement records the version it used, so an old agreement keeps its wording.
An edit may change the words, not the structure: the clauses, what each covers of REG-2021
Art 15 (R-AGR-2) and the facts the record fills in stay, so no mandatory item can be lost.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import func, select

from jilin_apprentice.domain.agreement_templates import (
    DEFAULT_TEMPLATES,
    OPTIONAL_PLACEHOLDERS,
    Template,
    placeholders,
    required_placeholders,
    to_json,
)
from jilin_apprentice.domain.errors import ValidationFailed, Violation
from jilin_apprentice.services.agreement_queries import template_for
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.storage.models import AgreementTemplate
from jilin_apprentice.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ClauseText:
    heading: str
    paragraphs: tuple[str, ...]


class AgreementTemplateService:
    def __init__(self, uow: UnitOfWork, audit: AuditWriter) -> None:
        self._uow = uow
        self._audit = audit

    def current(self, kind: str) -> Template:
        with self._uow.read() as session:
            return template_for(session, kind)

    def validate(self, kind: str, clauses: list[ClauseText]) -> list[Violation]:
        base = DEFAULT_TEMPLATES[kind]
        current = self.current(kind)
        problems: list[Violation] = []
        if len(clauses) != len(current.clauses):
            problems.append(Violation("clauses", "template.structure"))
            return problems
        known = placeholders(base) | set(OPTIONAL_PLACEHOLDERS)
        edited = dataclasses.replace(current, clauses=self._merged(current, clauses))
        unknown = sorted(placeholders(edited) - known)
        if unknown:
            problems.append(Violation("clauses", "template.unknown", {"names": ", ".join(unknown)}))
        removed = sorted(set(required_placeholders(base)) - placeholders(edited))
        if removed:
            problems.append(Violation("clauses", "template.removed", {"names": ", ".join(removed)}))
        for i, clause in enumerate(clauses):
            if current.clauses[i].numbered and not clause.heading.strip():
                problems.append(Violation(f"clauses[{i}]", "required"))
        return problems

    @staticmethod
    def _merged(current: Template, clauses: list[ClauseText]) -> tuple:
        return tuple(
            dataclasses.replace(
                old,
                heading=new.heading.strip(),
                paragraphs=tuple(p.strip() for p in new.paragraphs if p.strip()),
            )
            for old, new in zip(current.clauses, clauses, strict=True)
        )

    def save(self, kind: str, clauses: list[ClauseText], title: str | None = None) -> int:
        """Store the edited wording as the next version; returns that version number."""
        problems = self.validate(kind, clauses)
        if problems:
            raise ValidationFailed(problems)
        with self._uow() as session:
            current = template_for(session, kind)
            stored = session.scalar(
                select(func.max(AgreementTemplate.template_version)).where(
                    AgreementTemplate.kind == kind
                )
            )
            version = max(stored or 0, DEFAULT_TEMPLATES[kind].version, current.version) + 1
            edited = dataclasses.replace(
                current,
                version=version,
                title=(title or current.title).strip(),
                clauses=self._merged(current, clauses),
            )
            row = AgreementTemplate(
                kind=kind, template_version=version, clauses_json=to_json(edited)
            )
            session.add(row)
            session.flush()
            self._audit.record(
                session,
                action="create",
                entity="agreement_template",
                entity_id=row.id,
                changes={"kind": (None, kind), "template_version": (current.version, version)},
            )
            return version
