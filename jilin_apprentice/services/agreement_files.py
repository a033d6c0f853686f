"""Files of the agreement service: the rendering worker entry point and the output folders."""

from __future__ import annotations

from pathlib import Path

from jilin_apprentice.domain.errors import ValidationFailed, Violation
from jilin_apprentice.pdf.agreement_model import AgreementContent


def render_to(content: AgreementContent, path: str, placement_id: int) -> str:
    """Worker entry point (picklable): render one PDF, return the content SHA-256."""
    from jilin_apprentice.pdf.agreement_pdf import render_agreement

    return render_agreement(content, Path(path), placement_id=placement_id).content_sha256


def ensure_folder(folder: Path) -> None:
    """An output folder that cannot be made or written is a message for the officer, not a crash."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationFailed(
            [Violation("folder", "export.folder_not_writable", {"path": str(folder)})]
        ) from exc
    if not folder.is_dir():
        raise ValidationFailed(
            [Violation("folder", "export.folder_not_writable", {"path": str(folder)})]
        )
