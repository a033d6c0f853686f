"""Rotating file log with personal data masked; a console handler only when there is a console."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from jilin_apprentice.domain.masking import mask_text_pii

_fault_file: TextIO | None = None


class PiiMaskingFilter(logging.Filter):
    """Masks ID and mobile numbers in every record so the log files never hold them (R-PI-7)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text_pii(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Log to `log_dir/jilin_apprentice.log` (rotated); returns the path for crash dialogs."""
    global _fault_file
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / "jilin_apprentice.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_jilin", False):
            root.removeHandler(handler)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handlers: list[logging.Handler] = [file_handler]
    if sys.stderr is not None:  # None in a PyInstaller windowed build
        handlers.append(logging.StreamHandler(sys.stderr))
        handlers[-1].setLevel(logging.DEBUG if verbose else logging.WARNING)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(PiiMaskingFilter())
        handler._jilin = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if _fault_file is None:
        _fault_file = (log_dir / "faults.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return log_path
