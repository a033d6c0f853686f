"""All ORM models; importing this package registers every table on Base.metadata."""

from jilin_apprentice.storage.models.admin import AuditEntry, ReferenceValue, UserAccount
from jilin_apprentice.storage.models.agreements import (
    Agreement,
    AgreementSignature,
    AgreementTemplate,
)
from jilin_apprentice.storage.models.apprenticeships import (
    ApprenticeshipProgramme,
    Certificate,
    Evaluation,
    FinalGrade,
    LogEntry,
    MentorPayment,
    ModuleProgress,
    ProgrammeMember,
    SiteAssessment,
    SiteVisit,
    TrainingDay,
    TrainingModule,
)
from jilin_apprentice.storage.models.board import (
    ComplianceSnapshot,
    ImportPreset,
    Opening,
    OpeningFill,
    StudentPreference,
)
from jilin_apprentice.storage.models.enterprises import CreditEvent, Enterprise, Post, Staff
from jilin_apprentice.storage.models.finance import (
    Coverage,
    Incident,
    InsurancePolicy,
    Payment,
    PaymentDeduction,
    PayPeriod,
)
from jilin_apprentice.storage.models.people import (
    Guardian,
    Major,
    SchoolClass,
    SchoolProfile,
    Student,
    StudentConsent,
)
from jilin_apprentice.storage.models.placements import (
    Apprenticeship,
    Placement,
    PlacementBatch,
    PlacementPostHistory,
)
from jilin_apprentice.storage.models.privacy import PrivacyNoticeAck

__all__ = [
    "Agreement",
    "AgreementSignature",
    "AgreementTemplate",
    "Apprenticeship",
    "ApprenticeshipProgramme",
    "AuditEntry",
    "Certificate",
    "ComplianceSnapshot",
    "Coverage",
    "CreditEvent",
    "Enterprise",
    "Evaluation",
    "FinalGrade",
    "Guardian",
    "ImportPreset",
    "Incident",
    "InsurancePolicy",
    "LogEntry",
    "Major",
    "MentorPayment",
    "ModuleProgress",
    "Opening",
    "OpeningFill",
    "PayPeriod",
    "Payment",
    "PaymentDeduction",
    "Placement",
    "PlacementBatch",
    "PlacementPostHistory",
    "Post",
    "PrivacyNoticeAck",
    "ProgrammeMember",
    "ReferenceValue",
    "SchoolClass",
    "SchoolProfile",
    "SiteAssessment",
    "SiteVisit",
    "Staff",
    "Student",
    "StudentConsent",
    "StudentPreference",
    "TrainingDay",
    "TrainingModule",
    "UserAccount",
]
