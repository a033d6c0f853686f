"""What an agreement PDF shows, as plain data: the services fill it, the renderer draws it.

Keeping this free of the database and of Qt lets the renderer run in worker processes (batch
generation on both cores) and lets tests render every template variant without a database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field

# Clause is defined in the domain (the templates fill it; the domain may not import pdf) and
# re-exported here unchanged: import it from either module.
from jilin_apprentice.domain.agreement_templates import Clause

__all__ = [
    "METADATA_KEY",
    "QR_PREFIX",
    "AgreementContent",
    "Clause",
    "Party",
    "SignatureBlock",
    "agreement_metadata",
    "qr_payload",
]
METADATA_KEY = "JAAgreement"  # document-info entry (/JAAgreement) holding agreement_metadata JSON
QR_PREFIX = "JA1"


@dataclass(frozen=True)
class Party:
    """One party block (甲方 school, 乙方 enterprise, 丙方 student, 丁方 guardian of a minor)."""

    role: str  # "school" | "enterprise" | "student" | "guardian"
    title: str  # as printed: "甲方（学校）"
    lines: tuple[tuple[str, str], ...]  # (label, value) rows: 名称, 统一社会信用代码, 地址, 联系人…


@dataclass(frozen=True)
class SignatureBlock:
    """Where a party signs; `image_png` is a drawn or imported signature/seal (None: blank)."""

    role: str
    label: str  # "甲方（盖章）" / "丁方（法定监护人签字）"
    signer_name: str = ""
    signed_on: dt.date | None = None
    image_png: bytes | None = None


@dataclass(frozen=True)
class AgreementContent:
    """Everything printed in one agreement document (or one informed-consent form)."""

    kind: str  # "post" | "cognitive" | "apprenticeship" | "consent"
    title: str
    number: str  # agreement number, printed on every page and in the QR code
    version: int
    template_version: int
    parties: tuple[Party, ...]
    clauses: tuple[Clause, ...]
    signatures: tuple[SignatureBlock, ...]
    footer_note: str = ""
    copies: int = 3
    extra: dict[str, str] = field(default_factory=dict)

    def content_sha256(self) -> str:
        """SHA-256 of what was agreed (parties, clauses, number, versions), not of the PDF
        bytes: the QR code carries it, and a re-rendered or signed file keeps the same value."""
        agreed = asdict(self)
        agreed["signatures"] = [
            {"role": s.role, "label": s.label} for s in self.signatures
        ]  # signing does not change what was agreed
        text = json.dumps(agreed, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def qr_payload(content: AgreementContent, sha: str | None = None) -> str:
    """What the QR code on every page carries: "JA1|{number}|v{version}|{content sha256}".
    Here rather than in the renderer so a verifier can rebuild it without ReportLab."""
    return f"{QR_PREFIX}|{content.number}|v{content.version}|{sha or content.content_sha256()}"


def agreement_metadata(
    content: AgreementContent, placement_id: int | None, sha: str | None = None
) -> dict[str, object]:
    """The JSON stored under /JAAgreement in the document info (and as the keywords), so a
    verifier can tell which placement and version a file belongs to."""
    return {
        "number": content.number,
        "version": content.version,
        "placement_id": placement_id,
        "sha256": sha or content.content_sha256(),
        "kind": content.kind,
        "template_version": content.template_version,
    }
