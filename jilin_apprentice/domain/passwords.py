"""Password hashing with scrypt, a memory-hard KDF from the standard library (R-PI-7, issue 8).

The stored text names its own parameters (`scrypt$n$r$p$salt$hash`), so a later version can raise
the cost for new passwords while old hashes still verify. Comparison is constant-time. Pure: the
salt comes from `os.urandom` unless a test passes one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
# scrypt needs 128 * n * r bytes; allow headroom for parameters raised later
_MAXMEM = 256 * 1024 * 1024


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=length
    )


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """The self-describing stored form of a new password (random 16-byte salt)."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = _derive(password, salt, N, R, P, KEY_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True if `password` matches `stored`; a missing or malformed hash never matches."""
    if not stored:
        return False
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
        if n < 2 or n & (n - 1) or r < 1 or p < 1 or not expected:
            return False
        actual = _derive(password, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    """True when the stored hash uses weaker parameters than the current ones."""
    parts = stored.split("$")
    try:
        return parts[0] != SCHEME or (int(parts[1]), int(parts[2]), int(parts[3])) < (N, R, P)
    except (IndexError, ValueError):
        return True


def password_problem(password: str, min_length: int) -> tuple[str, dict[str, int]] | None:
    """Why a new password is refused (code, params), or None: too short, or only spaces."""
    if not password.strip():
        return "password.required", {}
    if len(password) < min_length:
        return "password.too_short", {"min": min_length}
    return None


def strength(password: str) -> int:
    """A rough 0-4 strength hint for the setup dialog: length and kinds of characters."""
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    score = (len(password) >= 8) + (len(password) >= 12) + (kinds >= 2) + (kinds >= 3)
    return min(4, score)
