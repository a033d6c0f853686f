"""Money is integer fen; shown as yuan with two decimals, computed exactly (no float)."""

from __future__ import annotations


def format_yuan(fen: int) -> str:
    """188000 -> "1,880.00"; -5 -> "-0.05"."""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{'-' if fen < 0 else ''}{whole:,}.{cents:02d}"


def yuan_or_blank(fen: int | None) -> str:
    return "" if fen is None else format_yuan(fen)
