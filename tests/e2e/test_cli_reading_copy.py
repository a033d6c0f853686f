"""`python -m jilin_apprentice agreement reading-copy` on a copy of the demo database (issue 9)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from jilin_apprentice import app, messages, messages_reading_copy
from jilin_apprentice.services.container import open_services
from tests.e2e.test_cli_export import run_app


@pytest.fixture(autouse=True)
def reading_copy_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English texts as messages.py holds them once messages_reading_copy is merged."""
    for code, text in messages_reading_copy.CODES.items():
        monkeypatch.setitem(messages.CODES, code, text)


def prepared(demo_template, tmp_path: Path, *, offered: bool) -> tuple[str, int, Path]:
    """A demo copy with one generated agreement; returns (url, placement, agreement PDF)."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_template[0], path)
    url = f"sqlite:///{path}"
    services = open_services(url, backup_dir=tmp_path / "backups")
    try:
        pid = services.agreements.ready_placements()[0]
        row = services.agreements.generate(pid, tmp_path / "agreements")
        if offered:
            services.reading_copies.set_offered(True)
    finally:
        services.close()
    return url, pid, Path(row.file_path or "")


def test_the_command_writes_the_copy_and_names_the_original(demo_template, tmp_path) -> None:
    url, pid, agreement = prepared(demo_template, tmp_path, offered=True)
    before = agreement.read_bytes()
    out = tmp_path / "copy.pdf"
    done = run_app(
        "--db", url, "--data-dir", str(tmp_path), "agreement", "reading-copy",
        "--placement", str(pid), "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    sha = hashlib.sha256(before).hexdigest()
    assert f"translates the Chinese PDF with SHA-256 {sha}" in done.stdout
    assert "(ID numbers and phones masked)" in done.stdout
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "법적 효력은 중국어 원본에만 있습니다" in text and sha in text
    assert agreement.read_bytes() == before


def test_off_or_without_an_agreement_exits_2_with_a_message(
    demo_template, tmp_path, capsys
) -> None:
    url, pid, _agreement = prepared(demo_template, tmp_path, offered=False)
    args = ["--db", url, "--data-dir", str(tmp_path), "agreement", "reading-copy"]
    out = str(tmp_path / "copy.pdf")
    assert app.main([*args, "--placement", str(pid), "--out", out]) == 2
    assert '"Offer a Korean reading copy of agreements"' in capsys.readouterr().err
    assert not Path(out).exists()

    services = open_services(url, backup_dir=tmp_path / "backups")
    try:
        services.reading_copies.set_offered(True)
        other = services.agreements.ready_placements()[0]  # ready: no agreement yet
    finally:
        services.close()
    assert app.main([*args, "--placement", str(other), "--out", out]) == 2
    assert f"Placement {other} has no generated agreement" in capsys.readouterr().err
    assert not Path(out).exists()
