"""Plain data the signing service returns (issue 5): no pyHanko or cryptography objects leave it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CertInfo:
    """A certificate as the settings and verify screens show it.

    `fingerprint` (SHA-256 of the DER certificate, lower-case hex) is the certificate's identity:
    it names the file under certs/known/ and is what the school reads out to a partner who
    wants to be sure a file was signed by this school.
    """

    common_name: str
    organisation: str
    fingerprint: str
    not_before: dt.datetime
    not_after: dt.datetime
    days_left: int  # until not_after, from the service's today(); negative once expired
    is_current: bool = False  # the school's signing certificate (certs/school.p12)


@dataclass(frozen=True)
class SignResult:
    """One signed file: where it went and what a verifier will see."""

    out: Path
    signer: str
    fingerprint: str
    signed_at: dt.datetime
    size: int
    elapsed_ms: float


@dataclass
class VerifyResult:
    """What a file says about itself, checked offline against the known certificates.

    `problems` are message codes (messages_agreements.CODES); the file is good only when there
    are none (see `ok`). The agreement fields come from the /JAAgreement entry of the revision
    the newest signature covers (of the file itself when it is unsigned).
    """

    path: Path
    intact: bool = False  # every signature's signed bytes are unchanged and the CMS is valid
    signed: bool = False
    signer: str | None = None
    signed_at: dt.datetime | None = None
    known_signer: bool = False  # newest signature chains to a certificate in certs/known
    covers_whole_file: bool = False  # nothing was added after the newest signature
    tampered: bool = False
    signatures: int = 0
    signer_fingerprint: str | None = None
    number: str | None = None
    version: int | None = None
    placement_id: int | None = None
    sha256: str | None = None
    kind: str | None = None
    problems: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0

    @property
    def ok(self) -> bool:
        """The only state `agreement verify` accepts (exit 0)."""
        return (
            self.intact
            and self.signed
            and self.known_signer
            and self.covers_whole_file
            and not self.tampered
            and self.number is not None
            and not self.problems
        )

    def take_agreement(self, raw: str | bytes | None) -> None:
        """Copy the renderer's /JAAgreement JSON in; without a number the file is not ours."""
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            meta = json.loads(text) if text is not None else None
        except (UnicodeDecodeError, ValueError, TypeError):
            meta = None
        if not isinstance(meta, dict) or not meta.get("number"):
            self.problems.append("pdf.not_ours")
            return
        self.number = str(meta["number"])
        self.version = _as_int(meta.get("version"))
        self.placement_id = _as_int(meta.get("placement_id"))
        self.sha256 = str(meta["sha256"]) if meta.get("sha256") else None
        self.kind = str(meta["kind"]) if meta.get("kind") else None

    def report_lines(self) -> list[str]:
        """The verify report in English, one fact a line (the verify screen translates codes)."""
        from jilin_apprentice.messages import render

        lines = [f"intact: {'yes' if self.intact and not self.tampered else 'no'}"]
        if self.signed:
            when = (
                self.signed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
                if self.signed_at
                else "?"
            )
            known = "known certificate" if self.known_signer else "certificate not known here"
            lines.append(
                f"signed by {self.signer} at {when} ({known}, SHA-256 {self.signer_fingerprint})"
            )
        else:
            lines.append("signed: no")
        if self.number is not None:
            kind = f" ({self.kind})" if self.kind else ""
            which = f"version {self.version} placement {self.placement_id}{kind}"
            lines.append(f"agreement {self.number} {which}")
        params = {"path": str(self.path), "signer": self.signer or ""}
        return lines + [f"problem: {render(code, params)}" for code in self.problems]


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
