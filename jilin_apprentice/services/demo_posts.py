"""The posts the demo placements draw from, and what the planner knows of each student.

Split from demo_placements.py; demo_enterprises.py fills the pool while it writes enterprises,
and the planner takes from it, so neither reads the database back.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection


class RowSink(Protocol):
    """Where rows go: `demo_writer.BulkWriter` (a Protocol here to keep imports one-way)."""

    conn: Connection

    def add(self, model: Any, row: dict[str, Any]) -> int: ...


@dataclass(frozen=True, slots=True)
class SeedStudent:
    """What the planner needs to know about a student, without reading the database back."""

    id: int
    name: str
    birth: dt.date
    sex: str
    cohort: int
    category: str  # 专业大类 of the student's major (R-MAJ-1)
    supervisor_id: int
    placeable: bool  # full-time and enrolled (R-SCOPE-1): the only ones placed normally


@dataclass(frozen=True, slots=True)
class PostSlot:
    """A post a placement can use, with the pay benchmarks of R-PAY-2."""

    post_id: int
    enterprise_id: int
    wage_fen: int  # same_post_wage_fen
    lowest_fen: int  # the enterprise's lowest wage grade
    category: str


class PostPool:
    """Lawful posts by 专业大类, with the intern caps of REG-2021 Art 11 (R-CAP-1/2) counted down.

    Caps are counted over every placement handed out, whatever its type, status or dates, which
    is stricter than the rule (active 岗位实习 on a date) and so never produces a finding.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.special: dict[str, PostSlot] = {}  # planted enterprises: "ktv", "restricted", ...
        self._by_category: dict[str, list[PostSlot]] = {}
        self._post_left: dict[int, int] = {}
        self._ent_left: dict[int, int] = {}
        self._mentors: dict[int, list[int]] = {}
        self._used: dict[int, int] = {}

    def add_enterprise(self, ent_id: int, capacity: int, mentors: list[int]) -> None:
        self._ent_left[ent_id] = capacity
        self._mentors[ent_id] = mentors
        self._used[ent_id] = 0

    def add_post(self, slot: PostSlot, capacity: int, special: str | None) -> None:
        if special:
            self.special.setdefault(special, slot)
        elif capacity > 0 and self._ent_left[slot.enterprise_id] > 0:
            self._post_left[slot.post_id] = capacity
            self._by_category.setdefault(slot.category, []).append(slot)

    def mentor(self, ent_id: int) -> int:
        """Mentors take turns, so none exceeds its max_load (R-APP-10)."""
        mentors = self._mentors[ent_id]
        return mentors[self._used[ent_id] % len(mentors)]

    def take(self, category: str) -> PostSlot | None:
        """A random post of this 专业大类 with room left; full ones are dropped as found."""
        candidates = self._by_category.get(category, [])
        while candidates:
            i = self.rng.randrange(len(candidates))
            slot = candidates[i]
            if self._post_left[slot.post_id] > 0 and self._ent_left[slot.enterprise_id] > 0:
                self._post_left[slot.post_id] -= 1
                self._ent_left[slot.enterprise_id] -= 1
                self._used[slot.enterprise_id] += 1
                return slot
            candidates[i] = candidates[-1]
            candidates.pop()
        return None

    def take_near(self, category: str) -> PostSlot | None:
        """The student's own 专业大类 first, else any (planted cases must exist in small demos)."""
        return self.take(category) or next(
            (s for c in sorted(self._by_category) if (s := self.take(c))), None
        )
