"""Password hashing (scrypt, self-describing) and the password rules (R-PI-7)."""

from __future__ import annotations

import base64

from jilin_apprentice.domain.passwords import (
    hash_password,
    needs_rehash,
    password_problem,
    strength,
    verify_password,
)


def test_round_trip_and_self_describing_format() -> None:
    stored = hash_password("jilin-demo")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(key)) == 32
    assert verify_password("jilin-demo", stored)
    assert "jilin-demo" not in stored


def test_wrong_password_and_near_misses_fail() -> None:
    # (A trailing NUL would match: scrypt's PBKDF2-HMAC pads short keys with zeros. A password
    # field cannot produce one, so it is not tested as a miss.)
    stored = hash_password("jilin-demo")
    for wrong in ("jilin-dem", "jilin-demo ", "Jilin-demo", "", "jilin-demo1"):
        assert not verify_password(wrong, stored)


def test_salt_is_random_so_equal_passwords_hash_differently() -> None:
    assert hash_password("same-password") != hash_password("same-password")


def test_fixed_salt_is_deterministic() -> None:
    salt = b"0123456789abcdef"
    assert hash_password("x" * 8, salt=salt) == hash_password("x" * 8, salt=salt)


def test_chinese_password_round_trips() -> None:
    assert verify_password("吉林职校密码2026", hash_password("吉林职校密码2026"))


def test_malformed_or_missing_hash_never_matches() -> None:
    good = hash_password("password1")
    parts = good.split("$")
    for bad in (
        None,
        "",
        "password1",
        "bcrypt$" + "$".join(parts[1:]),
        "$".join(parts[:5]),
        "$".join([parts[0], "1000", *parts[2:]]),  # n not a power of two
        "$".join([*parts[:4], "not base64!", parts[5]]),
        "$".join([*parts[:5], ""]),
    ):
        assert not verify_password("password1", bad)


def test_raised_parameters_still_verify_and_older_ones_need_rehash() -> None:
    import hashlib

    salt = b"saltsaltsaltsalt"
    key = hashlib.scrypt(b"password1", salt=salt, n=2**12, r=8, p=1, dklen=32)
    old = "$".join(
        [
            "scrypt",
            "4096",
            "8",
            "1",
            base64.b64encode(salt).decode(),
            base64.b64encode(key).decode(),
        ]
    )
    assert verify_password("password1", old)
    assert needs_rehash(old)
    assert not needs_rehash(hash_password("password1"))
    assert needs_rehash("garbage")


def test_password_length_boundary() -> None:
    assert password_problem("1234567", 8) == ("password.too_short", {"min": 8})
    assert password_problem("12345678", 8) is None
    assert password_problem("        ", 8) == ("password.required", {})
    assert password_problem("", 8) == ("password.required", {})


def test_strength_hint_grows_with_length_and_variety() -> None:
    assert strength("") == 0
    assert strength("abcdefgh") == 1
    assert strength("abcdefgh12") == 2
    assert strength("Abcdefgh12!x") == 4
