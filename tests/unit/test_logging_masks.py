"""The log files never hold full ID or mobile numbers (PIPL, R-PI-7)."""

from __future__ import annotations

import logging
from pathlib import Path

from jilin_apprentice.logging_setup import setup_logging


def test_log_file_masks_id_and_phone_numbers(tmp_path: Path):
    log_path = setup_logging(tmp_path)
    logging.getLogger("jilin_apprentice.test").warning(
        "saved student %s with phone %s", "11010519491231002X", "+86 138-1234-5678"
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "11010519491231002X" not in text
    assert "1234-5678" not in text and "13812345678" not in text
    assert "110105********002X" in text
