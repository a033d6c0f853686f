"""Opening a database and wiring the services: the one place the storage layer is assembled."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.access import Access, system_principal
from jilin_apprentice.services.agreement_templates import AgreementTemplateService
from jilin_apprentice.services.agreements import AgreementService
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.audit_trail import AuditTrailService
from jilin_apprentice.services.backups import BackupService, startup_check
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
from jilin_apprentice.services.rule_params import ensure_reference_defaults
from jilin_apprentice.services.signing import SigningService
from jilin_apprentice.services.site_visits import SiteVisitService
from jilin_apprentice.services.staff import StaffService
from jilin_apprentice.services.statistics import StatisticsService
from jilin_apprentice.services.students import StudentService
from jilin_apprentice.services.training_calendar import TrainingCalendarService
from jilin_apprentice.services.users import UserService
from jilin_apprentice.storage.engine import (
    make_engine,
    make_session_factory,
    translate_operational_error,
)
from jilin_apprentice.storage.migrate import upgrade_database
from jilin_apprentice.storage.models import Student
from jilin_apprentice.storage.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the UI and the command line call; built once per database."""

    engine: Engine
    uow: UnitOfWork
    students: StudentService
    enterprises: EnterpriseService
    staff: StaffService
    placements: PlacementService
    workflow: PlacementWorkflow
    compliance: ComplianceService
    reference_values: ReferenceValueService
    insurance: InsuranceService
    incidents: IncidentService
    pay: PayLedgerService
    payroll: PayrollImportService
    agreements: AgreementService
    templates: AgreementTemplateService
    signing: SigningService
    programmes: ProgrammeService
    calendar: TrainingCalendarService
    mentors: MentorService
    certificates: CertificateService
    logbook: LogbookService
    visits: SiteVisitService
    evaluations: EvaluationService
    imports: ImportService
    exports: ExportService
    board: BoardService
    statistics: StatisticsService
    users: UserService
    audit_trail: AuditTrailService
    backups: BackupService
    privacy: PrivacyService
    url: str
    access: Access = field(default_factory=Access)
    today: Callable[[], dt.date] = dt.date.today

    def student_count(self) -> int:
        with self.uow.read() as session:
            return int(session.scalar(select(func.count(Student.id))) or 0)

    deferred_checks: bool = False

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


def open_services(
    url: str,
    *,
    backup_dir: Path | None = None,
    actor: str = "officer",
    today: Callable[[], dt.date] = dt.date.today,
    defer_checks: bool = False,
) -> Services:
    """Open (creating if needed) and migrate the database, then build the services over it.

    The integrity check and the daily backup read the whole file (about 1 s for 100,000
    students); the window passes `defer_checks` and runs `Services.start_up_checks` in the
    background once it is usable. Migrations always back up first, whatever this says.
    """
    try:
        engine = make_engine(url)
    except OperationalError as exc:
        raise translate_operational_error(exc) or exc from exc
    parsed = make_url(url)
    sqlite_file = None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        sqlite_file = Path(str(parsed.database))
    existed = sqlite_file is not None and sqlite_file.exists() and sqlite_file.stat().st_size > 0
    try:
        if sqlite_file is not None and not defer_checks:
            startup_check(sqlite_file, backup_dir)  # a damaged file: say which backup to restore
        upgrade_database(engine, sqlite_file=sqlite_file, backup_dir=backup_dir)
    except OperationalError as exc:  # a PostgreSQL server that is down or unreachable
        engine.dispose()
        raise translate_operational_error(exc) or exc from exc
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError):
        engine.dispose()
        if sqlite_file is not None and defer_checks:  # damage met before the deferred check
            startup_check(sqlite_file, backup_dir)  # raises the message naming the backup
        raise
    except Exception:
        engine.dispose()
        raise
    data_dir = backup_dir.parent if backup_dir is not None else None
    uow = UnitOfWork(make_session_factory(engine))
    with uow() as session:
        ensure_reference_defaults(session)
    access = Access(system_principal(actor))
    audit = AuditWriter(access)
    insurance = InsuranceService(uow, audit, today, data_dir)
    incidents = IncidentService(uow, audit, today)
    pay = PayLedgerService(uow, audit, today)
    compliance = ComplianceService(uow, today)
    placements = PlacementService(uow, audit, today)
    services = Services(
        engine=engine,
        uow=uow,
        students=StudentService(uow, audit, today),
        enterprises=EnterpriseService(uow, audit, today),
        staff=StaffService(uow, audit),
        placements=placements,
        workflow=PlacementWorkflow(uow, audit, today),
        compliance=compliance,
        reference_values=ReferenceValueService(uow, audit),
        insurance=insurance,
        incidents=incidents,
        pay=pay,
        payroll=PayrollImportService(uow, pay, today),
        agreements=AgreementService(uow, audit, today, data_dir, compliance.scan),
        templates=AgreementTemplateService(uow, audit),
        signing=SigningService(data_dir or Path.cwd(), today),
        programmes=ProgrammeService(uow, audit, today),
        calendar=TrainingCalendarService(uow, audit, today),
        mentors=MentorService(uow, audit, today),
        certificates=CertificateService(uow, audit, today),
        logbook=LogbookService(uow, audit, today),
        visits=SiteVisitService(uow, audit, today),
        evaluations=EvaluationService(uow, audit, today),
        imports=ImportService(uow, audit, today),
        exports=ExportService(uow, audit, today),
        board=BoardService(uow, audit, today, placements),
        statistics=StatisticsService(uow, audit, today, compliance),
        users=UserService(uow, audit, today),
        audit_trail=AuditTrailService(uow, audit, today),
        backups=BackupService(uow, audit, today, sqlite_file=sqlite_file, backup_dir=backup_dir),
        privacy=PrivacyService(uow, audit, today),
        url=url,
        today=today,
        access=access,
    )
    services.compliance.sources += [
        pay.findings_for_all,
        insurance.findings_for_all,
        lambda _today: incidents.findings_for_all(),
        services.mentors.findings_for_all,
        services.programmes.findings_for_all,
        services.calendar.findings_for_all,
        services.visits.findings_for_all,
        services.evaluations.findings_for_all,
        services.logbook.findings_for_all,
    ]
    services.deferred_checks = existed and defer_checks
    if existed and not defer_checks:
        services.daily_backup()
    return services
