"""Tripartite agreements: generate from the record, collect signatures, sign as the school,
archive; signed versions are never overwritten (a change is a new version). Issue 5.

Lifecycle: generated → partially signed → signed by all → archived (digitally signed by the
school); an unsigned version is regenerated in place, a signed one is superseded by a new one.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.agreement_templates import MissingPlaceholders, fill
from jilin_apprentice.domain.enums import AgreementStatus as A
from jilin_apprentice.domain.errors import NotFound, RuleBlocked, ValidationFailed, Violation
from jilin_apprentice.pdf.agreement_model import AgreementContent, SignatureBlock
from jilin_apprentice.services.agreement_dto import AgreementRow, BatchReport
from jilin_apprentice.services.agreement_files import ensure_folder, render_to
from jilin_apprentice.services.agreement_queries import (
    agreement_rows,
    blocking_for_agreement,
    get_agreement,
    latest_agreement,
    template_for,
)
from jilin_apprentice.services.agreement_values import load_agreement_facts
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.placement_workflow import findings_for
from jilin_apprentice.storage.base import utcnow
from jilin_apprentice.storage.models import Agreement, AgreementSignature, Placement
from jilin_apprentice.storage.uow import UnitOfWork

SIGNED_STATES = (A.PARTIALLY_SIGNED, A.SIGNED_ALL, A.ARCHIVED)
PARTIES = ("school", "enterprise", "student", "guardian")


class AgreementService:
    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
        data_dir: Path | None,
        scan: Callable[..., list[Any]],
    ) -> None:
        self._scan = scan  # ComplianceService.scan: every open placement's findings at once
        self._uow = uow
        self._audit = audit
        self._today = today
        self.folder = (data_dir or Path.cwd()) / "agreements"

    # --- reading ------------------------------------------------------------------------
    def list(self, placement_id: int | None = None) -> list[AgreementRow]:
        """Every agreement (of one placement) in one query, signatures included."""
        where = [] if placement_id is None else [Agreement.placement_id == placement_id]
        with self._uow.read() as session:
            return agreement_rows(session, where)

    def get(self, agreement_id: int) -> AgreementRow:
        with self._uow.read() as session:
            a = get_agreement(session, agreement_id)
            rows = agreement_rows(session, [Agreement.placement_id == a.placement_id])
            return next(r for r in rows if r.id == agreement_id)

    def get_in(self, session: Session, agreement_id: int) -> AgreementRow:
        session.flush()
        rows = agreement_rows(session, [Agreement.id == agreement_id])
        return rows[0]

    # --- generating ---------------------------------------------------------------------
    def prepare(
        self,
        session: Session,
        placement_id: int,
        images: dict[str, tuple[str, dt.date, bytes | None]] | None = None,
    ) -> tuple[AgreementContent, int]:
        """Content of the next (or current unsigned) version; raises RuleBlocked or
        ValidationFailed listing what stands in the way. Returns (content, version)."""
        placement = session.get(Placement, placement_id)
        if placement is None:
            raise NotFound("placement.not_found", id=placement_id)
        stopping = blocking_for_agreement(findings_for(session, placement, self._today()))
        if stopping:
            raise RuleBlocked(stopping)
        facts = load_agreement_facts(session, placement_id, self._today())
        template = template_for(session, facts.kind)
        try:
            clauses = fill(template, facts.fill_values())
        except MissingPlaceholders as exc:
            raise ValidationFailed(
                [
                    Violation(
                        "agreement", "agreement.missing_fields", {"fields": ", ".join(exc.fields)}
                    )
                ]
            ) from exc
        latest = latest_agreement(session, placement_id)
        version = (
            latest.agreement_version
            if latest is not None and latest.status in (A.DRAFT, A.GENERATED)
            else (latest.agreement_version + 1 if latest is not None else 1)
        )
        signatures = tuple(
            SignatureBlock(b.role, b.label, *images[b.role]) if images and b.role in images else b
            for b in facts.signatures
        )
        content = facts.content(
            template,
            clauses,
            placement_id=placement_id,
            number=f"SX{facts.start_year}-{placement_id:06d}-{version}",
            version=version,
            signatures=signatures,
        )
        return content, version

    def generate(self, placement_id: int, out_dir: Path | None = None) -> AgreementRow:
        """Render the agreement of a placement and record it (one unit of work)."""
        folder = out_dir or self.folder
        with self._uow() as session:
            content, version = self.prepare(session, placement_id)
            ensure_folder(folder)
            path = folder / f"{content.number}.pdf"
            sha = render_to(content, str(path), placement_id)
            row = self._store(session, placement_id, content, version, path, sha)
            return self.get_in(session, row.id)

    def _store(
        self,
        session: Session,
        placement_id: int,
        content: AgreementContent,
        version: int,
        path: Path,
        sha: str,
    ) -> Agreement:
        latest = latest_agreement(session, placement_id)
        if latest is not None and latest.agreement_version == version:
            row = latest  # an unsigned version is regenerated in place
        else:
            if latest is not None:  # stays on file; the new version is the current one
                latest.status = A.SUPERSEDED
            row = Agreement(placement_id=placement_id, agreement_version=version)
            session.add(row)
        row.number = content.number
        row.status = A.GENERATED
        row.file_path = str(path)
        row.content_sha256 = sha
        row.generated_at = utcnow()
        session.flush()
        self._audit.record(
            session,
            action="create",
            entity="agreement",
            entity_id=row.id,
            changes={
                "number": (None, row.number),
                "version": (None, version),
                "content_sha256": (None, sha),
            },
        )
        return row

    # --- signing ------------------------------------------------------------------------
    def record_signature(
        self,
        agreement_id: int,
        party: str,
        signer_name: str,
        signed_on: dt.date,
        method: str,
        image_png: bytes | None = None,
    ) -> AgreementRow:
        """One party signed (drawn, image, seal, wet ink); the PDF is redrawn with the image."""
        problems = []
        if party not in PARTIES:
            problems.append(Violation("party", "choice.invalid"))
        if not signer_name.strip():
            problems.append(Violation("signer_name", "required"))
        if signed_on > self._today():
            problems.append(Violation("signed_on", "date.too_far_future"))
        if problems:
            raise ValidationFailed(problems)
        with self._uow() as session:
            a = get_agreement(session, agreement_id)
            if a.status not in (A.GENERATED, A.PARTIALLY_SIGNED):
                raise ValidationFailed(
                    [Violation("agreement", "agreement.closed", {"status": a.status.value})]
                )
            image_path = None
            if image_png:
                folder = self.folder / "signatures"
                ensure_folder(folder)
                image_path = folder / f"{a.number}-{party}.png"
                image_path.write_bytes(image_png)
            old = next((s for s in a.signatures if s.party == party), None)
            if old is not None:
                a.signatures.remove(old)
                session.flush()
            a.signatures.append(
                AgreementSignature(
                    party=party,
                    signer_name=signer_name.strip(),
                    signed_on=signed_on,
                    method=method,
                    image_path=str(image_path) if image_path else None,
                )
            )
            session.flush()
            facts = load_agreement_facts(session, a.placement_id, self._today())
            required = {b.role for b in facts.signatures}
            signed = {s.party for s in a.signatures}
            a.status = A.SIGNED_ALL if required <= signed else A.PARTIALLY_SIGNED
            self._redraw(session, a)
            self._audit.record(
                session,
                action="sign",
                entity="agreement",
                entity_id=a.id,
                changes={f"signature.{party}": (None, f"{signer_name.strip()} {signed_on}")},
            )
            return self.get_in(session, a.id)

    def _redraw(self, session: Session, a: Agreement) -> None:
        images = {
            s.party: (
                s.signer_name,
                s.signed_on,
                Path(s.image_path).read_bytes() if s.image_path else None,
            )
            for s in a.signatures
        }
        status = a.status
        a.status = A.GENERATED  # prepare() reuses this version's number
        try:
            content, _ = self.prepare(session, a.placement_id, images)
        finally:
            a.status = status
        if content.content_sha256() != a.content_sha256:
            raise ValidationFailed([Violation("agreement", "agreement.changed")])
        render_to(content, str(a.file_path), a.placement_id)

    def archive(self, agreement_id: int, signed_file: Path) -> AgreementRow:
        """The school's digitally signed file is the final copy (status archived)."""
        with self._uow() as session:
            a = get_agreement(session, agreement_id)
            if a.status is not A.SIGNED_ALL:
                raise ValidationFailed(
                    [Violation("agreement", "agreement.not_fully_signed", {"status": a.status})]
                )
            a.file_path, a.status = str(signed_file), A.ARCHIVED
            self._audit.record(
                session,
                action="update",
                entity="agreement",
                entity_id=a.id,
                changes={
                    "status": (A.SIGNED_ALL, A.ARCHIVED),
                    "file_path": (None, str(signed_file)),
                },
            )
            return self.get_in(session, a.id)

    def attach_scan(self, agreement_id: int, source: Path) -> AgreementRow:
        if not source.is_file():
            raise ValidationFailed([Violation("scan", "file.not_found", {"path": str(source)})])
        with self._uow() as session:
            a = get_agreement(session, agreement_id)
            folder = self.folder / "scans"
            ensure_folder(folder)
            target = folder / f"{a.number}{source.suffix.lower()}"
            shutil.copyfile(source, target)
            a.scanned_copy_path = str(target)
            self._audit.record(
                session,
                action="update",
                entity="agreement",
                entity_id=a.id,
                changes={"scanned_copy_path": (None, str(target))},
            )
            return self.get_in(session, a.id)

    def prepare_job(self, placement_id: int) -> tuple[AgreementContent, int]:
        """`prepare` in its own read-only unit of work (for the batch)."""
        with self._uow.read() as session:
            return self.prepare(session, placement_id)

    def store_job(
        self, placement_id: int, content: AgreementContent, version: int, path: Path, sha: str
    ) -> None:
        """Record one PDF drawn elsewhere, in its own unit of work (for the batch)."""
        with self._uow() as session:
            self._store(session, placement_id, content, version, path, sha)

    def batch_generate(
        self,
        placement_ids: list[int],
        out_dir: Path | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        workers: int = 2,
    ) -> BatchReport:
        """Generate many agreements on `workers` processes (agreement_batch.py)."""
        from jilin_apprentice.services.agreement_batch import run_batch

        return run_batch(self, placement_ids, out_dir or self.folder, progress, cancelled, workers)

    def ready_placements(self) -> list[int]:
        """Open placements with no finding that stops generation and no current agreement.

        One compliance scan answers for every placement (checking them one by one loaded the
        surroundings of each: minutes at 20,000 placements).
        """
        with self._uow.read() as session:
            versions = session.execute(
                select(Agreement.placement_id, Agreement.agreement_version, Agreement.status)
            ).all()
            ids = session.scalars(
                select(Placement.id)
                .where(Placement.status.in_(("draft", "approved", "active")))
                .order_by(Placement.id)
            ).all()
            latest: dict[int, tuple[int, A]] = {}
            for pid, version, status in versions:
                if pid not in latest or version > latest[pid][0]:
                    latest[pid] = (version, status)
        blocked = {f.placement_id for f in blocking_for_agreement(self._scan(ledgers=False))}
        return [
            pid
            for pid in ids
            if pid not in blocked and (pid not in latest or latest[pid][1] is A.SUPERSEDED)
        ]
