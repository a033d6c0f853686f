"""School certificate, PAdES signing and offline verification on real files (issue 5).

The PDFs are made here with ReportLab and carry the /JAAgreement Info entry the agreement
renderer writes, so these tests do not wait for the renderer. poppler's `pdfsig` is the
independent reader that must accept our signature and reject a tampered copy.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.messages_agreements import CODES
from jilin_apprentice.services.signing import SigningService, build_self_signed_p12

SCHOOL = "吉林示范职业技术学院"
PASSWORD = "校章-2026"
META = {
    "number": "JL-2026-000123",
    "version": 2,
    "placement_id": 17,
    "sha256": "ab" * 32,
    "kind": "post",
    "title": "岗位实习三方协议",  # non-ASCII: ReportLab writes the string as UTF-16
}
MARKER = b"Agreement JL-2026-000123 page text"
needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils missing")


def make_pdf(path: Path, meta: dict[str, object] | None = META) -> Path:
    """A one-page PDF; with `meta`, its Info dictionary carries /JAAgreement like ours do."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
    from reportlab.pdfgen import canvas

    class AgreementInfo(PDFInfo):
        def format(self, document: object) -> bytes:
            entries = {"Title": PDFString("三方协议"), "Producer": PDFString("test")}
            if meta is not None:
                entries["JAAgreement"] = PDFString(json.dumps(meta, ensure_ascii=False))
            return PDFDictionary(entries).format(document)

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pageCompression=0)  # MARKER stays findable for the byte flip
    pdf._doc.info = AgreementInfo()
    pdf.drawString(72, 720, MARKER.decode())
    pdf.showPage()
    pdf.save()
    path.write_bytes(buffer.getvalue())
    return path


def make_p12(path: Path, *, days_from: int = -1, days_to: int = 365, name: str = SCHOOL) -> Path:
    """A certificate valid from/to so many days from now (negative: in the past)."""
    now = dt.datetime.now(dt.UTC)
    p12, _cert = build_self_signed_p12(
        name, name, PASSWORD, now + dt.timedelta(days=days_from), now + dt.timedelta(days=days_to)
    )
    path.write_bytes(p12)
    return path


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60).stdout


@pytest.fixture(scope="module")
def school_p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One RSA key for the module (key generation is the slow part)."""
    return make_p12(tmp_path_factory.mktemp("p12") / "school.p12")


@pytest.fixture
def service(tmp_path: Path, school_p12: Path) -> SigningService:
    svc = SigningService(tmp_path / "data", today=dt.date.today)
    svc.import_certificate(school_p12, PASSWORD)
    return svc


@pytest.fixture
def signed(service: SigningService, tmp_path: Path) -> Path:
    return service.sign_pdf(
        make_pdf(tmp_path / "agreement.pdf"), tmp_path / "signed.pdf", PASSWORD
    ).out


def code_of(excinfo: pytest.ExceptionInfo[DomainError]) -> str:
    return excinfo.value.code


def test_create_sign_verify_is_intact_known_and_names_the_agreement(tmp_path: Path) -> None:
    svc = SigningService(tmp_path / "data", today=dt.date.today)
    info = svc.create_certificate(SCHOOL, SCHOOL, PASSWORD)
    assert (info.common_name, info.organisation, info.is_current) == (SCHOOL, SCHOOL, True)
    assert info.days_left == 3650 and len(info.fingerprint) == 64
    certs = tmp_path / "data" / "certs"
    assert (certs / "school.p12").exists()
    assert (certs / "known" / f"{info.fingerprint}.pem").exists()
    assert svc.current_certificate() == info
    assert svc.known_certificates() == [info]

    src = make_pdf(tmp_path / "agreement.pdf")
    original = src.read_bytes()
    result = svc.sign_pdf(src, tmp_path / "out" / "signed.pdf", PASSWORD)
    assert src.read_bytes() == original  # never touched
    signed_bytes = result.out.read_bytes()
    assert signed_bytes.startswith(original)  # an incremental update
    assert result.size == len(signed_bytes) and result.fingerprint == info.fingerprint
    assert [p.name for p in result.out.parent.iterdir()] == ["signed.pdf"]  # no temp left

    verdict = svc.verify_pdf(result.out)
    assert verdict.ok and verdict.problems == []
    assert verdict.intact and verdict.signed and verdict.known_signer
    assert verdict.covers_whole_file and not verdict.tampered
    assert verdict.signer == SCHOOL and verdict.signer_fingerprint == info.fingerprint
    assert verdict.signed_at is not None
    assert abs(verdict.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=2)
    assert (verdict.number, verdict.version, verdict.placement_id) == ("JL-2026-000123", 2, 17)
    assert (verdict.sha256, verdict.kind) == ("ab" * 32, "post")


@needs_pdfsig
def test_pdfsig_accepts_the_signature(signed: Path) -> None:
    report = pdfsig(signed)
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report  # PAdES, not the legacy adbe.pkcs7.detached
    assert SCHOOL in report


def test_a_signer_not_among_the_known_certificates_is_reported(signed: Path, tmp_path: Path):
    elsewhere = SigningService(tmp_path / "other-school", today=dt.date.today)
    assert elsewhere.known_certificates() == []
    verdict = elsewhere.verify_pdf(signed)
    assert verdict.signed and verdict.intact and verdict.covers_whole_file
    assert not verdict.known_signer and not verdict.ok
    assert verdict.problems == ["sig.unknown_signer"]


def test_one_flipped_byte_in_the_signed_content_is_tampering(
    service: SigningService, signed: Path, tmp_path: Path
) -> None:
    data = bytearray(signed.read_bytes())
    data[data.index(MARKER) + 10] ^= 0x01  # "JL-2026-00" -> a different digit
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(bytes(data))
    verdict = service.verify_pdf(flipped)
    assert verdict.signed and not verdict.intact and verdict.tampered and not verdict.ok
    assert verdict.problems == ["sig.tampered"]
    if shutil.which("pdfsig"):
        report = pdfsig(flipped)
        assert "Digest Mismatch" in report and "Signature is Valid" not in report


def test_bytes_appended_after_signing_are_tampering(
    service: SigningService, signed: Path, tmp_path: Path
) -> None:
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed.read_bytes() + b"\n% added later\n")
    verdict = service.verify_pdf(appended)
    assert verdict.intact and not verdict.covers_whole_file and verdict.tampered
    assert verdict.problems == ["sig.changed_after_signing"] and not verdict.ok
    if shutil.which("pdfsig"):
        assert "Not total document signed" in pdfsig(appended)


def test_an_unsigned_revision_cannot_rewrite_the_agreement_it_names(
    service: SigningService, signed: Path, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    info = writer.trailer["/Info"]
    info[NameObject("/JAAgreement")] = TextStringObject(json.dumps({**META, "placement_id": 99}))
    writer.update_container(info)
    changed = tmp_path / "changed.pdf"
    with changed.open("wb") as out:
        writer.write(out)
    verdict = service.verify_pdf(changed)
    assert verdict.tampered and not verdict.covers_whole_file and not verdict.ok
    assert verdict.placement_id == 17  # what was signed, not what was added


def test_wrong_password_is_refused_and_nothing_is_written(
    service: SigningService, school_p12: Path, tmp_path: Path
) -> None:
    src = make_pdf(tmp_path / "agreement.pdf")
    with pytest.raises(DomainError) as excinfo:
        service.sign_pdf(src, tmp_path / "signed.pdf", "wrong")
    assert code_of(excinfo) == "cert.wrong_password"
    assert not (tmp_path / "signed.pdf").exists()
    fresh = SigningService(tmp_path / "fresh", today=dt.date.today)
    with pytest.raises(DomainError) as excinfo:
        fresh.import_certificate(school_p12, "wrong")
    assert code_of(excinfo) == "cert.wrong_password"
    assert not (tmp_path / "fresh").exists()


@pytest.mark.parametrize(("days_from", "days_to"), [(-400, -30), (30, 400)])
def test_expired_or_not_yet_valid_certificate_is_refused(
    tmp_path: Path, days_from: int, days_to: int
) -> None:
    p12 = make_p12(tmp_path / "old.p12", days_from=days_from, days_to=days_to)
    svc = SigningService(tmp_path / "data", today=dt.date.today)
    with pytest.raises(DomainError) as excinfo:
        svc.import_certificate(p12, PASSWORD)
    assert code_of(excinfo) == "cert.expired"
    assert svc.current_certificate() is None and not (tmp_path / "data").exists()
    src = make_pdf(tmp_path / "agreement.pdf")
    with pytest.raises(DomainError) as excinfo:
        svc.sign_pdf(src, tmp_path / "signed.pdf", PASSWORD, p12=p12)
    assert code_of(excinfo) == "cert.expired" and not (tmp_path / "signed.pdf").exists()


def test_the_school_certificate_expires_while_in_use(service: SigningService, tmp_path: Path):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    future = SigningService(service.certs_dir.parent, today=dt.date.today, clock=lambda: later)
    with pytest.raises(DomainError) as excinfo:
        future.sign_pdf(make_pdf(tmp_path / "a.pdf"), tmp_path / "s.pdf", PASSWORD)
    assert code_of(excinfo) == "cert.expired"
    assert excinfo.value.params["not_after"] < later.date().isoformat()


def test_files_that_are_not_certificates(tmp_path: Path) -> None:
    svc = SigningService(tmp_path / "data", today=dt.date.today)
    text = tmp_path / "school.p12"
    text.write_text("这不是证书", encoding="utf-8")
    with pytest.raises(DomainError) as excinfo:
        svc.import_certificate(text, PASSWORD)
    assert code_of(excinfo) == "cert.invalid"
    with pytest.raises(DomainError) as excinfo:
        svc.import_certificate(tmp_path / "missing.p12", PASSWORD)
    assert code_of(excinfo) == "file.not_found"
    with pytest.raises(DomainError) as excinfo:
        svc.sign_pdf(make_pdf(tmp_path / "a.pdf"), tmp_path / "s.pdf", PASSWORD)
    assert code_of(excinfo) == "cert.missing"


def test_a_file_that_is_not_a_pdf_is_refused(service: SigningService, tmp_path: Path) -> None:
    docx = tmp_path / "agreement.pdf"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a .docx renamed
    with pytest.raises(DomainError) as excinfo:
        service.sign_pdf(docx, tmp_path / "signed.pdf", PASSWORD)
    assert code_of(excinfo) == "pdf.not_a_pdf" and not (tmp_path / "signed.pdf").exists()
    with pytest.raises(DomainError) as excinfo:
        service.verify_pdf(docx)
    assert code_of(excinfo) == "pdf.not_a_pdf"


def test_a_pdf_that_is_not_ours_still_reports_its_signature(
    service: SigningService, tmp_path: Path
) -> None:
    foreign = make_pdf(tmp_path / "invoice.pdf", meta=None)
    unsigned = service.verify_pdf(foreign)
    assert not unsigned.signed and unsigned.problems == ["sig.none", "pdf.not_ours"]
    out = service.sign_pdf(foreign, tmp_path / "invoice-signed.pdf", PASSWORD).out
    verdict = service.verify_pdf(out)
    assert verdict.signed and verdict.intact and verdict.known_signer and not verdict.tampered
    assert verdict.number is None and verdict.problems == ["pdf.not_ours"] and not verdict.ok


def test_an_unsigned_agreement_is_not_accepted(service: SigningService, tmp_path: Path) -> None:
    verdict = service.verify_pdf(make_pdf(tmp_path / "agreement.pdf"))
    assert not verdict.signed and not verdict.ok and verdict.problems == ["sig.none"]
    assert verdict.number == "JL-2026-000123"


def test_unwritable_output_folder(service: SigningService, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "agreement.pdf")
    blocker = tmp_path / "exports"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(DomainError) as excinfo:
        service.sign_pdf(src, blocker / "signed.pdf", PASSWORD)
    assert code_of(excinfo) == "export.folder_not_writable"
    assert excinfo.value.params["path"] == str(blocker)
    if os.geteuid() != 0:  # root writes anywhere: the file-as-parent case above covers it
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(DomainError) as excinfo:
            service.sign_pdf(src, locked / "signed.pdf", PASSWORD)
        assert code_of(excinfo) == "export.folder_not_writable"
        assert list(locked.iterdir()) == []


def test_unwritable_certificate_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder")
    with pytest.raises(DomainError) as excinfo:
        SigningService(data, today=dt.date.today).create_certificate(SCHOOL, SCHOOL, PASSWORD)
    assert code_of(excinfo) == "cert.folder_not_writable"


def test_the_original_is_never_overwritten_nor_signed_twice(
    service: SigningService, signed: Path, tmp_path: Path
) -> None:
    src = tmp_path / "agreement.pdf"
    before = src.read_bytes()
    with pytest.raises(DomainError) as excinfo:
        service.sign_pdf(src, tmp_path / "." / "agreement.pdf", PASSWORD)
    assert code_of(excinfo) == "sign.would_overwrite" and src.read_bytes() == before
    with pytest.raises(DomainError) as excinfo:
        service.sign_pdf(signed, tmp_path / "twice.pdf", PASSWORD)
    assert code_of(excinfo) == "sign.already_signed" and not (tmp_path / "twice.pdf").exists()


def test_a_new_certificate_keeps_old_files_verifiable(
    service: SigningService, signed: Path, tmp_path: Path
) -> None:
    old = service.current_certificate()
    assert old is not None
    new = service.create_certificate("吉林示范职业技术学院（2027）", SCHOOL, "new-password")
    assert new.fingerprint != old.fingerprint
    assert service.current_certificate() == new
    assert {c.fingerprint for c in service.known_certificates()} == {
        old.fingerprint,
        new.fingerprint,
    }
    assert (service.certs_dir / "previous" / f"{old.fingerprint}.p12").exists()
    assert service.verify_pdf(signed).ok  # signed with the old certificate


def test_certificate_input_is_checked(tmp_path: Path) -> None:
    svc = SigningService(tmp_path / "data", today=dt.date.today)
    with pytest.raises(ValidationFailed) as excinfo:
        svc.create_certificate(" ", SCHOOL, "", valid_days=0)
    found = {(v.field, v.code) for v in excinfo.value.violations}
    assert found == {
        ("common_name", "required"),
        ("password", "required"),
        ("valid_days", "number.range"),
    }


def test_every_code_the_service_uses_has_an_english_text() -> None:
    source = Path(__file__).resolve().parents[2] / "jilin_apprentice" / "services" / "signing.py"
    text = source.read_text(encoding="utf-8")
    dto = source.with_name("signing_dto.py").read_text(encoding="utf-8")
    used = set(re.findall(r'DomainError\(\s*"([a-z_.]+)"', text))
    used |= set(re.findall(r'"((?:sig|pdf)\.[a-z_]+)"', text + dto))
    assert used and used - {"number.range"} <= set(CODES), used - set(CODES)
    assert {"cert.wrong_password", "cert.expired", "cert.invalid", "pdf.not_ours"} <= used
