"""`agreement sign` / `agreement verify` as the command line runs them: exit codes and output.

The functions are called directly (capsys); cli.py wires `python -m jilin_apprentice agreement
sign|verify` to them.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from jilin_apprentice import messages, messages_agreements
from jilin_apprentice.services.signing_cli import PASSWORD_ENV, cli_sign, cli_verify
from tests.service.test_signing import PASSWORD, SCHOOL, make_p12, make_pdf


@pytest.fixture(autouse=True)
def agreement_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English texts as messages.py will hold them once messages_agreements is merged."""
    for code, text in messages_agreements.CODES.items():
        monkeypatch.setitem(messages.CODES, code, text)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    return {
        "pdf": make_pdf(tmp_path / "agreement.pdf"),
        "p12": make_p12(tmp_path / "school.p12"),
        "data": tmp_path / "data",
    }


def test_sign_registers_the_certificate_and_verify_accepts_the_file(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_sign(files["pdf"], files["p12"], None, files["data"], None) == 0
    signed = files["pdf"].with_name("agreement-signed.pdf")
    out = capsys.readouterr()
    assert f"signed: {signed}" in out.out and out.err == ""
    assert (files["data"] / "certs" / "school.p12").read_bytes() == files["p12"].read_bytes()

    assert cli_verify(signed, files["data"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "intact: yes"
    assert lines[1].startswith(f"signed by {SCHOOL} at ") and "(known certificate" in lines[1]
    assert lines[2] == "agreement JL-2026-000123 version 2 placement 17 (post)"
    assert len(lines) == 3  # no problem lines


def test_verify_in_a_data_folder_that_does_not_know_the_signer_fails(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "final.pdf"
    assert cli_sign(files["pdf"], files["p12"], out, files["data"], None) == 0
    capsys.readouterr()
    assert cli_verify(out, tmp_path / "another-data-folder") == 1
    text = capsys.readouterr().out
    assert "certificate not known here" in text
    assert "not one of this school's known certificates" in text


def test_verify_reports_tampering(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "final.pdf"
    assert cli_sign(files["pdf"], files["p12"], out, files["data"], PASSWORD) == 0
    out.write_bytes(out.read_bytes() + b"\n% edited\n")
    capsys.readouterr()
    assert cli_verify(out, files["data"]) == 1
    text = capsys.readouterr().out
    assert text.startswith("intact: no")
    assert "problem: Something was added to the file after it was signed" in text


def test_wrong_password_is_one_line_and_nothing_is_written(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    assert cli_sign(files["pdf"], files["p12"], None, files["data"], None) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"The password does not open the certificate {files['p12']}."
    assert not files["pdf"].with_name("agreement-signed.pdf").exists()
    assert not (files["data"] / "certs" / "school.p12").exists()


def test_no_password_and_no_terminal(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a TTY: never wait for a prompt
    assert cli_sign(files["pdf"], files["p12"], None, files["data"], None) == 2
    assert PASSWORD_ENV in capsys.readouterr().err


def test_bad_inputs_exit_2_with_a_message(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = tmp_path / "scan.pdf"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a JPEG")
    assert cli_sign(photo, files["p12"], None, files["data"], None) == 2
    assert "is not a PDF file" in capsys.readouterr().err
    assert cli_verify(photo, files["data"]) == 2
    assert "is not a PDF file" in capsys.readouterr().err
    expired = make_p12(tmp_path / "old.p12", days_from=-400, days_to=-1)
    assert cli_sign(files["pdf"], expired, None, files["data"], None) == 2
    assert "cannot sign today" in capsys.readouterr().err
    blocker = tmp_path / "blocker"
    blocker.write_text("file")
    assert cli_sign(files["pdf"], files["p12"], blocker / "x.pdf", files["data"], None) == 2
    assert "is not writable" in capsys.readouterr().err
    assert cli_verify(tmp_path / "missing.pdf", files["data"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_pdf_that_is_not_ours_is_not_accepted(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoice = make_pdf(tmp_path / "invoice.pdf", meta=None)
    out = tmp_path / "invoice-signed.pdf"
    assert cli_sign(invoice, files["p12"], out, files["data"], None) == 0
    capsys.readouterr()
    assert cli_verify(out, files["data"]) == 1
    text = capsys.readouterr().out
    assert "(known certificate" in text and "not an agreement made by Jilin Apprentice" in text
