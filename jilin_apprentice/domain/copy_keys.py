"""Fast text normalisation and shingle keys for the copy detector (copy_detection.py).

Cutting ~200 shingles out of each of 20,000 entries one slice at a time was most of the check's
time. Here the cutting happens in C: the normalised text is encoded as UTF-16 (two bytes a
character) and read as fixed-size pieces from each of the n starting offsets (array slicing for
the default n = 4, a regular expression for other n), so every n-gram becomes one key without a
Python-level loop.

A key stands for its n-gram one to one: a 64-bit int made of the four UTF-16 units (n = 4), else
the n-gram's UTF-16 bytes (a normalised text holds no lone surrogates: they are not word
characters). So set sizes and intersections, hence every similarity figure, are those of the
string shingles. Texts with characters beyond the Basic Multilingual Plane (four bytes each) take
the slow path, which yields the same keys; a text shorter than n is its own single shingle.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from functools import cache
from itertools import chain

Key = int | bytes
_UTF16 = "utf-16-le"
_PACKED = array("I").itemsize == 4 and array("Q").itemsize == 8
_DROP = re.compile(r"[\W_]+")  # whitespace, punctuation, symbols (Unicode-aware)
# Full-width ASCII forms and the ideographic space: NFKD maps each to one ASCII character
_WIDE = re.compile("[\u3000\uff01-\uff5e]")


_NARROW = {c: unicodedata.normalize("NFKD", c) for c in map(chr, [0x3000, *range(0xFF01, 0xFF5F)])}


def _narrow(match: re.Match[str]) -> str:
    return _NARROW[match.group()]


def normalise(text: str) -> str:
    """NFKC (full-width → half-width), lower case, no whitespace or punctuation.

    NFKC is the canonical composition of the NFKD decomposition, so replacing a character by
    its own NFKD form first never changes the result; doing so for the full-width forms usually
    leaves a text that is NFKC already, and the (slow) full normalisation is skipped.
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = text.replace("，", ",")  # the commonest full-width form, replaced in C
        if not unicodedata.is_normalized("NFKC", text):
            text = _WIDE.sub(_narrow, text)
            if not unicodedata.is_normalized("NFKC", text):
                text = unicodedata.normalize("NFKC", text)
    return _DROP.sub("", text).lower()


def shingle_keys(norm: str, n: int) -> frozenset[Key]:
    """One key per distinct character n-gram of a normalised text (the text itself if shorter)."""
    size = len(norm)
    if size < n:
        return frozenset((norm.encode(_UTF16),)) if norm else frozenset()
    raw = norm.encode(_UTF16)
    if len(raw) != 2 * size:  # characters beyond the BMP: cut the string itself
        return frozenset(_key(norm[i : i + n]) for i in range(size - n + 1))
    if n == 4 and _PACKED:
        return _packed4(raw)
    return frozenset(chain.from_iterable(_cutter(n).findall(raw, r) for r in range(0, 2 * n, 2)))


def _key(gram: str) -> Key:
    """One n-gram's key on the slow path, equal to what the fast paths give."""
    raw = gram.encode(_UTF16)
    if len(raw) == 8 and len(gram) == 4 and _PACKED:
        return int.from_bytes(raw[0::2] + raw[1::2], sys.byteorder)
    return raw


def _packed4(raw: bytes) -> frozenset[Key]:
    """4-grams as 64-bit ints: the low bytes of the four UTF-16 units, then the high bytes.

    The low bytes vary most (the high byte of most Chinese characters is one of a dozen values),
    and the low bits of an int are its hash, so this order keeps a large set of keys well spread.
    From each offset r, runs of four low and four high bytes are interleaved by array slicing.
    """
    low, high = raw[0::2], raw[1::2]
    size = len(low)
    runs = []
    for r in range(min(4, size - 3)):
        m = (size - r) // 4
        pair = array("I", bytes(8 * m))
        pair[0::2] = array("I", low[r : r + 4 * m])
        pair[1::2] = array("I", high[r : r + 4 * m])
        runs.append(array("Q", pair.tobytes()))
    return frozenset(chain.from_iterable(runs))


def cannot_reach(chars_a: frozenset[str], size_a: int, norm_b: str, n: int, pct: int) -> bool:
    """Whether the characters alone prove that text B's shingles cannot reach `pct` % against
    text A (`chars_a`: A's characters, `size_a`: A's number of distinct shingles).

    A shingle holding a character the other text lacks is not shared. Each such character of B,
    but the last n - 1 ones, starts a different such shingle, so B has at least
    d_b = |chars(B) - chars(A)| - n + 1 shingles that A lacks, and likewise A at least d_a. With
    b = |B| and `shared` the shingles in common: if b <= size_a the threshold needs
    (b - d_b) * 100 >= shared * 100 >= pct * b, impossible when size_a * (100 - pct) < 100 * d_b;
    if b > size_a it needs (size_a - d_a) * 100 >= pct * size_a.
    """
    if not 0 <= pct <= 100:
        return False
    most_b = max(len(norm_b) - n + 1, min(len(norm_b), 1))  # B's shingles, at most
    if most_b <= size_a:  # b > size_a is impossible; B's first characters often settle it
        first = norm_b[: 2 * (size_a * (100 - pct) // 100 + n)]
        d_b = len(set(first).difference(chars_a)) - n + 1
        if size_a * (100 - pct) < 100 * d_b:
            return True
    chars_b = set(norm_b)
    only_a = len(chars_a - chars_b)
    only_b = len(chars_b) - (len(chars_a) - only_a)
    d_a, d_b = only_a - n + 1, only_b - n + 1
    first_case_out = size_a * (100 - pct) < 100 * d_b
    return first_case_out and (most_b <= size_a or (size_a - d_a) * 100 < pct * size_a)


@cache
def _cutter(n: int) -> re.Pattern[bytes]:
    """Consecutive 2n-byte pieces: from offset 2r, the n-grams starting at r, r + n, r + 2n..."""
    return re.compile(b"." * (2 * n), re.DOTALL)
