"""`agreement sign` / `agreement verify` on the command line (wired by app.py), over signing.py.

Kept apart from the service so the service stays about certificates and signatures; the exit
codes and the one-line messages on stderr are what scripts and the school's IT rely on.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.services.signing import SigningService

PASSWORD_ENV = "JA_CERT_PASSWORD"


def read_password() -> str | None:
    """JA_CERT_PASSWORD, else a prompt when a person is at the terminal, else None."""
    if (password := os.environ.get(PASSWORD_ENV)) is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Certificate password: ")
    return None


def _error_text(exc: DomainError) -> str:
    from jilin_apprentice.messages import render

    if isinstance(exc, ValidationFailed):
        return "; ".join(render(v.code, v.params, v.field) for v in exc.violations)
    return render(exc.code, exc.params)


def default_signed_path(pdf: Path) -> Path:
    return pdf.with_name(f"{pdf.stem}-signed.pdf")


def cli_sign(pdf: Path, cert: Path, out: Path | None, data_dir: Path, password: str | None) -> int:
    """Sign `pdf` with `cert` and make `cert` the school's certificate in `data_dir`.

    Exit 0 signed; 2 bad input (one line on stderr; nothing written).
    """
    password = password if password is not None else read_password()
    if password is None:
        print(_error_text(DomainError("cert.no_password", env=PASSWORD_ENV)), file=sys.stderr)
        return 2
    service = SigningService(Path(data_dir), today=dt.date.today)
    try:
        service.ensure_folders()  # before the output exists, so a refusal leaves nothing behind
        result = service.sign_pdf(
            Path(pdf), Path(out or default_signed_path(Path(pdf))), password, p12=Path(cert)
        )
        info = service.import_certificate(Path(cert), password)
    except DomainError as exc:
        print(_error_text(exc), file=sys.stderr)
        return 2
    print(f"signed: {result.out}")
    print(f"school certificate: {info.common_name} (SHA-256 {info.fingerprint})")
    return 0


def cli_verify(pdf: Path, data_dir: Path) -> int:
    """Exit 0 only for an intact file, signed by a known certificate, covering the whole file and
    carrying our agreement metadata; 1 when the file fails a check; 2 when it cannot be read."""
    service = SigningService(Path(data_dir), today=dt.date.today)
    try:
        result = service.verify_pdf(Path(pdf))
    except DomainError as exc:
        print(_error_text(exc), file=sys.stderr)
        return 2
    for line in result.report_lines():
        print(line)
    return 0 if result.ok else 1
