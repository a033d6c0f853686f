"""The school's PAdES signature on final agreement PDFs, and offline verification (issue 5).

Everything works without a network: the school's certificate is self-signed (or imported), kept
under data_dir/certs, and every certificate the school ever used stays in certs/known, so a file
signed years ago still verifies after the certificate was replaced. pyHanko and cryptography are
imported inside the functions that need them: together they cost ~0.2 s, which the app's start-up
and every other command should not pay.

The pieces that raise nothing live beside it (signing_certs, signing_files, signing_pyhanko) and
the command line in signing_cli; the service's error codes stay here, where test_signing checks
that each has an English text.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.services.signing_certs import build_self_signed_p12, cert_info, fingerprint
from jilin_apprentice.services.signing_dto import CertInfo, SignResult, VerifyResult
from jilin_apprentice.services.signing_files import atomic_write
from jilin_apprentice.services.signing_pyhanko import quiet_pyhanko, read_agreement

log = logging.getLogger(__name__)

SCHOOL_P12, SCHOOL_PEM = "school.p12", "school.pem"
DEFAULT_REASON = "学校电子签章：确认本协议文本"
MAX_VALID_DAYS = 36500


def _read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise DomainError("file.not_found", path=str(path)) from exc
    except OSError as exc:
        raise DomainError(
            "file.unreadable", path=str(path), error=exc.strerror or str(exc)
        ) from exc


def _read_pdf(path: Path) -> bytes:
    """Refuse anything without a PDF header before a parser sees it (a .docx, a photo…)."""
    data = _read_file(path)
    if b"%PDF-" not in data[:1024]:
        raise DomainError("pdf.not_a_pdf", path=str(path))
    return data


def _open_p12(data: bytes, password: str, path: Path, opener: Callable[..., Any]) -> Any:
    """`opener(data, passphrase)`, telling a wrong password from a file that is no PKCS#12.

    cryptography (and pyHanko through it) say "Invalid password or PKCS12 data" for both, so the
    outer PKCS#12 structure is parsed first without the password (asn1crypto ships with pyHanko).
    """
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        _ = pfx["version"].native, pfx["auth_safe"]["content_type"].native
    except (ValueError, TypeError, KeyError) as exc:
        raise DomainError("cert.invalid", path=str(path)) from exc
    candidates: list[bytes | None] = [password.encode("utf-8")] + ([None] if not password else [])
    for passphrase in candidates:
        try:
            return opener(data, passphrase)
        except ValueError:
            continue
        except TypeError as exc:  # no key or no certificate inside
            raise DomainError("cert.invalid", path=str(path)) from exc
    raise DomainError("cert.wrong_password", path=str(path))


def _load_certificate(data: bytes, password: str, path: Path) -> Any:
    """The certificate of a PKCS#12 (cryptography object), once the password opened it."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    def opener(blob: bytes, passphrase: bytes | None) -> Any:
        key, cert, _extra = pkcs12.load_key_and_certificates(blob, passphrase)
        if key is None or cert is None:
            raise TypeError("no key or certificate")
        return cert

    return _open_p12(data, password, path, opener)


def _load_signer(data: bytes, password: str, path: Path) -> tuple[Any, Any]:
    """(pyHanko signer, cryptography certificate): one PKCS#12 decryption (~30 ms) per signing."""
    from cryptography import x509
    from pyhanko.sign import signers

    def opener(blob: bytes, passphrase: bytes | None) -> Any:
        return signers.SimpleSigner.load_pkcs12_data(blob, other_certs=[], passphrase=passphrase)

    signer = _open_p12(data, password, path, opener)
    return signer, x509.load_der_x509_certificate(signer.signing_cert.dump())


class SigningService:
    """The school's certificate (create, import, list) and PAdES B-B signing and verification."""

    def __init__(
        self,
        data_dir: Path,
        today: Callable[[], dt.date],
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.certs_dir = Path(data_dir) / "certs"
        self.known_dir = self.certs_dir / "known"
        self._today = today
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    # -- certificates -----------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        now = self._clock()
        return now if now.tzinfo else now.astimezone()

    def _info(self, cert: Any, is_current: bool = False) -> CertInfo:
        return cert_info(cert, self._today(), is_current)

    def _check_valid_now(self, cert: Any) -> None:
        now = self._now()
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            info = self._info(cert)
            raise DomainError(
                "cert.expired",
                name=info.common_name,
                not_before=info.not_before.date().isoformat(),
                not_after=info.not_after.date().isoformat(),
                today=now.date().isoformat(),
            )

    def ensure_folders(self) -> None:
        """Fail with a clear code before a slow step (key generation, signing) is wasted."""
        try:
            self.known_dir.mkdir(parents=True, exist_ok=True)
            if not os.access(self.certs_dir, os.W_OK):
                raise PermissionError(self.certs_dir)
        except OSError as exc:
            raise DomainError("cert.folder_not_writable", path=str(self.certs_dir)) from exc

    def _install(self, p12: bytes, cert: Any) -> CertInfo:
        """Make `p12` the school's certificate; keep the previous one's key in certs/previous."""
        from cryptography.hazmat.primitives.serialization import Encoding

        pem = cert.public_bytes(Encoding.PEM)
        info = self._info(cert, is_current=True)
        current = self.current_certificate()
        self.ensure_folders()
        try:
            atomic_write(self.known_dir / f"{info.fingerprint}.pem", pem)
            old_p12 = self.certs_dir / SCHOOL_P12
            if current and current.fingerprint != info.fingerprint and old_p12.exists():
                (self.certs_dir / "previous").mkdir(exist_ok=True)
                target = self.certs_dir / "previous" / f"{current.fingerprint}.p12"
                atomic_write(target, old_p12.read_bytes(), mode=0o600)
            atomic_write(old_p12, p12, mode=0o600)
            atomic_write(self.certs_dir / SCHOOL_PEM, pem)
        except OSError as exc:
            raise DomainError("cert.folder_not_writable", path=str(self.certs_dir)) from exc
        log.info("school certificate installed: %s %s", info.common_name, info.fingerprint)
        return info

    def create_certificate(
        self, common_name: str, organisation: str, password: str, valid_days: int = 3650
    ) -> CertInfo:
        """A new self-signed school certificate, stored as certs/school.p12 and registered."""
        named = {"common_name": common_name, "organisation": organisation, "password": password}
        problems = [Violation(name, "required") for name, v in named.items() if not v.strip()]
        if not 1 <= valid_days <= MAX_VALID_DAYS:
            problems.append(Violation("valid_days", "number.range", {"min": 1, "max": 36500}))
        if problems:
            raise ValidationFailed(problems)
        self.ensure_folders()
        start = self._now() - dt.timedelta(hours=1)  # tolerate a PC clock a little behind
        p12, cert = build_self_signed_p12(
            common_name.strip(),
            organisation.strip(),
            password,
            start,
            start + dt.timedelta(days=valid_days),
        )
        return self._install(p12, cert)

    def import_certificate(self, p12_path: Path, password: str) -> CertInfo:
        """Make an existing PKCS#12 the school's certificate (the file is copied unchanged)."""
        data = _read_file(p12_path)
        cert = _load_certificate(data, password, Path(p12_path))
        self._check_valid_now(cert)
        return self._install(data, cert)

    def current_certificate(self) -> CertInfo | None:
        """The school's signing certificate (read from school.pem: the .p12 needs the password)."""
        from cryptography import x509

        path = self.certs_dir / SCHOOL_PEM
        if not path.exists():
            return None
        return self._info(x509.load_pem_x509_certificate(path.read_bytes()), is_current=True)

    def known_certificates(self) -> list[CertInfo]:
        """Every certificate the school has used: a file signed by any of them verifies."""
        from cryptography import x509

        current = self.current_certificate()
        found = []
        for path in sorted(self.known_dir.glob("*.pem")):
            try:
                cert = x509.load_pem_x509_certificate(path.read_bytes())
            except ValueError:
                log.warning("skipped unreadable certificate %s", path.name)
                continue
            info = self._info(cert)
            is_current = current is not None and info.fingerprint == current.fingerprint
            found.append(self._info(cert, is_current=is_current))
        return sorted(found, key=lambda c: c.not_before)

    # -- signing ----------------------------------------------------------------------------

    def sign_pdf(
        self,
        src: Path,
        out: Path,
        password: str,
        *,
        reason: str = DEFAULT_REASON,
        location: str = "吉林",
        field_name: str = "SchoolSignature",
        p12: Path | None = None,
    ) -> SignResult:
        """PAdES B-B signature as an incremental update of `src`, written to `out` (never `src`).

        `p12` signs with that file instead of the school's certificate (the command line does
        this, then registers it). Nothing is written unless the whole signed file is ready.
        """
        started = time.perf_counter()
        src, out = Path(src), Path(out)
        data = _read_pdf(src)
        if out.resolve() == src.resolve():
            raise DomainError("sign.would_overwrite", path=str(src))
        p12_path = Path(p12) if p12 else self.certs_dir / SCHOOL_P12
        if p12 is None and not p12_path.exists():
            raise DomainError("cert.missing")
        p12_data = _read_file(p12_path)
        signer, cert = _load_signer(p12_data, password, p12_path)
        self._check_valid_now(cert)
        info = self._info(cert)
        signed = _pades_sign(data, src, signer, reason, location, field_name)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(out, signed)
        except OSError as exc:
            raise DomainError("export.folder_not_writable", path=str(out.parent)) from exc
        elapsed = (time.perf_counter() - started) * 1000
        log.info("signed %s -> %s in %.0f ms", src.name, out, elapsed)
        signed_at = dt.datetime.now().astimezone()  # pyHanko stamps the wall clock, not _clock
        return SignResult(out, info.common_name, info.fingerprint, signed_at, len(signed), elapsed)

    # -- verification -----------------------------------------------------------------------

    def _known_roots(self) -> list[Any]:
        from pyhanko.keys import load_cert_from_pemder

        roots = []
        for path in sorted(self.known_dir.glob("*.pem")):
            try:
                roots.append(load_cert_from_pemder(str(path)))
            except (ValueError, OSError):
                log.warning("skipped unreadable certificate %s", path.name)
        return roots

    def verify_pdf(self, path: Path) -> VerifyResult:
        """Check every signature offline and read the agreement metadata the signer signed."""
        from pyhanko.pdf_utils.misc import PdfError
        from pyhanko.pdf_utils.reader import PdfFileReader

        started = time.perf_counter()
        path = Path(path)
        data = _read_pdf(path)
        result = VerifyResult(path=path)
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            if reader.encrypted:
                raise DomainError("pdf.encrypted", path=str(path))
            signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
            handler: Any = reader
            if signatures:
                _check_signatures(signatures, self._known_roots(), result)
                handler = reader.get_historical_resolver(signatures[-1].signed_revision)
            else:
                result.problems.append("sig.none")
            read_agreement(handler, result)
        except (PdfError, ValueError, KeyError, TypeError) as exc:
            raise DomainError("pdf.damaged", path=str(path), error=str(exc)) from exc
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        return result


def _pades_sign(
    data: bytes,
    src: Path,
    signer: Any,
    reason: str,
    location: str,
    field_name: str,
) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError

    # room for the CMS (hex digits, so twice its DER size): certificates, signature, attributes.
    # Sizing it here instead of by pyHanko's dummy signature saves an RSA operation (~25 ms).
    der = 4096 + sum(len(cert.dump()) for cert in (signer.signing_cert, *signer.cert_registry))
    reserved = (2 * der + 1023) // 1024 * 1024  # whole KB; pyHanko wants an even number
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        if writer.prev.encrypted:
            raise DomainError("pdf.encrypted", path=str(src))
        if any(fields.enumerate_sig_fields(writer.prev, filled_status=True, with_name=field_name)):
            raise DomainError("sign.already_signed", path=str(src), field=field_name)
        meta = signers.PdfSignatureMetadata(
            field_name=field_name,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
            reason=reason,
            location=location,
        )
        output = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(
            writer, bytes_reserved=reserved, output=output
        )
    except SigningError as exc:
        raise DomainError("sign.refused", path=str(src), error=str(exc)) from exc
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        raise DomainError("pdf.damaged", path=str(src), error=str(exc)) from exc
    return output.getvalue()


def _check_signatures(signatures: list[Any], roots: list[Any], result: VerifyResult) -> None:
    """Fill the signature fields of `result`; the newest signature decides signer and coverage."""
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    known = {fingerprint(root.dump()) for root in roots}
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})
    intact, history_ok, status = True, True, None
    with quiet_pyhanko():
        for index, signature in enumerate(signatures):
            context = ValidationContext(trust_roots=roots, allow_fetching=False)
            status = validate_pdf_signature(signature, context, key_usage_settings=usage)
            intact = intact and status.intact and status.valid
            if index < len(signatures) - 1:  # later signatures may only add what PAdES allows
                history_ok = history_ok and bool(status.docmdp_ok)
    assert status is not None
    cert = status.signing_cert
    result.signatures = len(signatures)
    result.signed = True
    result.signer = cert.subject.native.get("common_name") or cert.subject.human_friendly
    result.signer_fingerprint = fingerprint(cert.dump())
    result.signed_at = status.signer_reported_dt
    result.intact = intact
    result.covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    result.known_signer = intact and status.trusted and result.signer_fingerprint in known
    result.tampered = not (intact and history_ok and result.covers_whole_file)
    if not intact:
        result.problems.append("sig.tampered")
    elif result.tampered:
        result.problems.append("sig.changed_after_signing")
    if intact and not result.known_signer:
        known_cert = result.signer_fingerprint in known
        result.problems.append("sig.cert_not_valid" if known_cert else "sig.unknown_signer")
