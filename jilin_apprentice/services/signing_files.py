"""Crash-safe writes of the school's key, its certificate and signed agreements (signing.py)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write beside the target, then rename: a crash or a full disk never leaves half a file.

    mkstemp makes files readable by their owner only: right for a private key (mode 0o600),
    wrong for a signed agreement that is meant to be shared."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.chmod(temp, mode)
        with os.fdopen(handle, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
