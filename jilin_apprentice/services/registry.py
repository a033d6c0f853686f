"""The services of one open database, each built (and its module imported) on first use.

Why lazy: importing all 30 services and what they pull in (PDF, QR codes, spreadsheets,
signatures) cost about 0.4 s of a cold start, while the first window needs only a few of them
(issue 9: a usable window within 1.0 s). `cached_property` builds each service once; Python 3.11
guards it with a lock, so the background start-up checks and the GUI thread cannot build one
twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, func, select

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.access import Access
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from jilin_apprentice.services.agreement_reading_copy import ReadingCopyService
    from jilin_apprentice.services.agreement_templates import AgreementTemplateService
    from jilin_apprentice.services.agreements import AgreementService
    from jilin_apprentice.services.audit_trail import AuditTrailService
    from jilin_apprentice.services.backups import BackupService
    from jilin_apprentice.services.board import BoardService
    from jilin_apprentice.services.certificates import CertificateService
    from jilin_apprentice.services.compliance import ComplianceService
    from jilin_apprentice.services.enterprises import EnterpriseService
    from jilin_apprentice.services.evaluations import EvaluationService
    from jilin_apprentice.services.exports import ExportService
    from jilin_apprentice.services.imports import ImportService
    from jilin_apprentice.services.incidents import IncidentService
    from jilin_apprentice.services.insurance import InsuranceService
    from jilin_apprentice.services.logbook import LogbookService
    from jilin_apprentice.services.mentors import MentorService
    from jilin_apprentice.services.pay_ledger import PayLedgerService
    from jilin_apprentice.services.payroll_import import PayrollImportService
    from jilin_apprentice.services.placement_workflow import PlacementWorkflow
    from jilin_apprentice.services.placements import PlacementService
    from jilin_apprentice.services.privacy import PrivacyService
    from jilin_apprentice.services.programmes import ProgrammeService
    from jilin_apprentice.services.reference_values import ReferenceValueService
    from jilin_apprentice.services.signing import SigningService
    from jilin_apprentice.services.site_visits import SiteVisitService
    from jilin_apprentice.services.staff import StaffService
    from jilin_apprentice.services.statistics import StatisticsService
    from jilin_apprentice.services.students import StudentService
    from jilin_apprentice.services.training_calendar import TrainingCalendarService
    from jilin_apprentice.services.users import UserService

log = logging.getLogger(__name__)


class Services:
    """Everything the UI and the command line call; built once per database."""

    def __init__(
        self,
        *,
        engine: Engine,
        uow: UnitOfWork,
        url: str,
        access: Access,
        today: Callable[[], dt.date],
        sqlite_file: Path | None,
        backup_dir: Path | None,
    ) -> None:
        self.engine = engine
        self.uow = uow
        self.url = url
        self.access = access
        self.today = today
        self.deferred_checks = False
        self._audit = AuditWriter(access)
        self._sqlite_file = sqlite_file
        self._backup_dir = backup_dir
        self._data_dir = backup_dir.parent if backup_dir is not None else None

    # --- people and organisations -----------------------------------------------------------
    @cached_property
    def students(self) -> StudentService:
        from jilin_apprentice.services.students import StudentService

        return StudentService(self.uow, self._audit, self.today)

    @cached_property
    def enterprises(self) -> EnterpriseService:
        from jilin_apprentice.services.enterprises import EnterpriseService

        return EnterpriseService(self.uow, self._audit, self.today)

    @cached_property
    def staff(self) -> StaffService:
        from jilin_apprentice.services.staff import StaffService

        return StaffService(self.uow, self._audit)

    @cached_property
    def users(self) -> UserService:
        from jilin_apprentice.services.users import UserService

        return UserService(self.uow, self._audit, self.today)

    # --- placements and their rules ---------------------------------------------------------
    @cached_property
    def placements(self) -> PlacementService:
        from jilin_apprentice.services.placements import PlacementService

        return PlacementService(self.uow, self._audit, self.today)

    @cached_property
    def workflow(self) -> PlacementWorkflow:
        from jilin_apprentice.services.placement_workflow import PlacementWorkflow

        return PlacementWorkflow(self.uow, self._audit, self.today)

    @cached_property
    def compliance(self) -> ComplianceService:
        """The home screen's scan; the other services' findings join it when it runs."""
        from jilin_apprentice.services.compliance import ComplianceService

        compliance = ComplianceService(self.uow, self.today)
        compliance.sources += [
            lambda today: self.pay.findings_for_all(today),
            lambda today: self.insurance.findings_for_all(today),
            lambda _today: self.incidents.findings_for_all(),
            lambda today: self.mentors.findings_for_all(today),
            lambda today: self.programmes.findings_for_all(today),
            lambda today: self.calendar.findings_for_all(today),
            lambda today: self.visits.findings_for_all(today),
            lambda today: self.evaluations.findings_for_all(today),
            lambda today: self.logbook.findings_for_all(today),
        ]
        return compliance

    @cached_property
    def reference_values(self) -> ReferenceValueService:
        from jilin_apprentice.services.reference_values import ReferenceValueService

        return ReferenceValueService(self.uow, self._audit)

    # --- pay and insurance ------------------------------------------------------------------
    @cached_property
    def insurance(self) -> InsuranceService:
        from jilin_apprentice.services.insurance import InsuranceService

        return InsuranceService(self.uow, self._audit, self.today, self._data_dir)

    @cached_property
    def incidents(self) -> IncidentService:
        from jilin_apprentice.services.incidents import IncidentService

        return IncidentService(self.uow, self._audit, self.today)

    @cached_property
    def pay(self) -> PayLedgerService:
        from jilin_apprentice.services.pay_ledger import PayLedgerService

        return PayLedgerService(self.uow, self._audit, self.today)

    @cached_property
    def payroll(self) -> PayrollImportService:
        from jilin_apprentice.services.payroll_import import PayrollImportService

        return PayrollImportService(self.uow, self.pay, self.today)

    # --- agreements -------------------------------------------------------------------------
    @cached_property
    def agreements(self) -> AgreementService:
        from jilin_apprentice.services.agreements import AgreementService

        scan = self.compliance.scan
        return AgreementService(self.uow, self._audit, self.today, self._data_dir, scan)

    @cached_property
    def reading_copies(self) -> ReadingCopyService:
        """The optional Korean reading copy of an agreement (issue 9); the Chinese stays legal."""
        from jilin_apprentice.services.agreement_reading_copy import ReadingCopyService

        return ReadingCopyService(self.uow, self._audit, self.today)

    @cached_property
    def templates(self) -> AgreementTemplateService:
        from jilin_apprentice.services.agreement_templates import AgreementTemplateService

        return AgreementTemplateService(self.uow, self._audit)

    @cached_property
    def signing(self) -> SigningService:
        from jilin_apprentice.services.signing import SigningService

        return SigningService(self._data_dir or Path.cwd(), self.today)

    # --- apprenticeships (issue 6) ----------------------------------------------------------
    @cached_property
    def programmes(self) -> ProgrammeService:
        from jilin_apprentice.services.programmes import ProgrammeService

        return ProgrammeService(self.uow, self._audit, self.today)

    @cached_property
    def calendar(self) -> TrainingCalendarService:
        from jilin_apprentice.services.training_calendar import TrainingCalendarService

        return TrainingCalendarService(self.uow, self._audit, self.today)

    @cached_property
    def mentors(self) -> MentorService:
        from jilin_apprentice.services.mentors import MentorService

        return MentorService(self.uow, self._audit, self.today)

    @cached_property
    def certificates(self) -> CertificateService:
        from jilin_apprentice.services.certificates import CertificateService

        return CertificateService(self.uow, self._audit, self.today)

    @cached_property
    def logbook(self) -> LogbookService:
        from jilin_apprentice.services.logbook import LogbookService

        return LogbookService(self.uow, self._audit, self.today)

    @cached_property
    def visits(self) -> SiteVisitService:
        from jilin_apprentice.services.site_visits import SiteVisitService

        return SiteVisitService(self.uow, self._audit, self.today)

    @cached_property
    def evaluations(self) -> EvaluationService:
        from jilin_apprentice.services.evaluations import EvaluationService

        return EvaluationService(self.uow, self._audit, self.today)

    # --- data in and out, statistics (issue 7) ----------------------------------------------
    @cached_property
    def imports(self) -> ImportService:
        from jilin_apprentice.services.imports import ImportService

        return ImportService(self.uow, self._audit, self.today)

    @cached_property
    def exports(self) -> ExportService:
        from jilin_apprentice.services.exports import ExportService

        return ExportService(self.uow, self._audit, self.today)

    @cached_property
    def board(self) -> BoardService:
        from jilin_apprentice.services.board import BoardService

        return BoardService(self.uow, self._audit, self.today, self.placements)

    @cached_property
    def statistics(self) -> StatisticsService:
        from jilin_apprentice.services.statistics import StatisticsService

        return StatisticsService(self.uow, self._audit, self.today, self.compliance)

    # --- trust (issue 8) --------------------------------------------------------------------
    @cached_property
    def audit_trail(self) -> AuditTrailService:
        from jilin_apprentice.services.audit_trail import AuditTrailService

        return AuditTrailService(self.uow, self._audit, self.today)

    @cached_property
    def backups(self) -> BackupService:
        from jilin_apprentice.services.backups import BackupService

        return BackupService(
            self.uow,
            self._audit,
            self.today,
            sqlite_file=self._sqlite_file,
            backup_dir=self._backup_dir,
        )

    @cached_property
    def privacy(self) -> PrivacyService:
        from jilin_apprentice.services.privacy import PrivacyService

        return PrivacyService(self.uow, self._audit, self.today)

    # --- the database as a whole ------------------------------------------------------------
    def student_count(self) -> int:
        from jilin_apprentice.storage.models import Student

        with self.uow.read() as session:
            return int(session.scalar(select(func.count(Student.id))) or 0)

    def daily_backup(self) -> None:
        try:
            self.backups.automatic()  # daily, rotated; a full disk must not stop the start
        except DomainError as exc:
            log.warning("Automatic backup not made: %s %s", exc.code, exc.params)

    def start_up_checks(self) -> DomainError | None:
        """The deferred integrity check, then the daily backup (only of a sound file); returns
        the problem as the same message a damaged file gives at start, or None. Runs off the
        GUI thread."""
        if not self.deferred_checks:
            return None
        report = self.backups.check_integrity()
        if not report.ok:
            good = self.backups.newest_good_backup()
            where = {"path": str(self.backups.sqlite_file), "detail": report.problems[0]}
            if good is None:
                return DomainError(
                    "db.damaged_no_backup", **where, folder=str(self.backups.backup_dir)
                )
            return DomainError("db.damaged", **where, backup=good.path)
        self.daily_backup()
        return None

    def close(self) -> None:
        self.engine.dispose()
