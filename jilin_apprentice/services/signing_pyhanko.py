"""pyHanko helpers of the verification in signing.py that raise nothing: keep its logging
quiet, and read our agreement metadata back from the revision a signature covers.

pyHanko is imported inside the functions (see signing.py: start-up should not pay for it).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from jilin_apprentice.services.signing_dto import VerifyResult

AGREEMENT_KEY = "/JAAgreement"  # JSON {"number","version","placement_id","sha256","kind"}


@contextlib.contextmanager
def quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs an untrusted or modified signature as an ERROR with a traceback; the outcome
    is already in the result we return, so keep it out of the console and the app's log."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def read_agreement(handler: Any, result: VerifyResult) -> None:
    """Our renderer writes JSON under /JAAgreement in the Info dictionary; others do not.

    `handler` is the revision the newest signature covers: resolving through it (not the
    reader) ignores an /Info replaced by a later, unsigned update."""
    from pyhanko.pdf_utils.generic import IndirectObject

    info = handler.trailer_view.raw_get("/Info") if "/Info" in handler.trailer_view else None
    if isinstance(info, IndirectObject):
        info = handler.get_object(info.reference)
    raw = info.get(AGREEMENT_KEY) if isinstance(info, dict) else None
    if isinstance(raw, IndirectObject):
        raw = handler.get_object(raw.reference)
    result.take_agreement(raw)
