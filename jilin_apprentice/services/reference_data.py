"""Read-only reference lists shipped in `resources/data/`: industries, Jilin areas, majors.

They are data, not code, so that a new minimum-wage class assignment or a renamed county can be
shipped without touching a rule. Each file is parsed once per process (the files never change at
run time) and handed out as frozen dataclasses, so no caller can corrupt the cached copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from jilin_apprentice.paths import resources_dir

INDUSTRIES_FILE = "industries.json"
AREAS_FILE = "jilin_areas.json"
MAJORS_FILE = "majors.json"


@dataclass(frozen=True)
class Industry:
    """An industry of the seed §(8) list; `group` is the policy group it belongs to."""

    code: str
    group: str  # traditional / advantaged / emerging / energy_hightech / services / other
    group_zh: str
    name_zh: str
    name_en: str
    seed_ref: str | None  # e.g. "§(8)1"; None for groups the seed does not name


@dataclass(frozen=True)
class Area:
    """A county-level division of Jilin with its minimum-wage area class (rulebook §4.2)."""

    code: str | None  # GB/T 2260; None for 长白山保护开发区, which has no county code
    name: str
    city: str
    min_wage_class: int  # 1..4 (R-JL-MW-1)
    kind: str  # district / county / county_city / other
    note: str | None = None

    @property
    def full_name(self) -> str:
        """City and county together, as officers write them (e.g. 长春市南关区)."""
        return self.name if self.name == self.city else f"{self.city}{self.name}"


@dataclass(frozen=True)
class CatalogueMajor:
    """A vocational major the school may run, linked to the industry it serves."""

    code: str
    name_zh: str
    name_en: str
    short_zh: str  # used in class names, e.g. 2024级汽修1班
    category: str  # 专业大类 (R-MAJ-1)
    industry_code: str
    code_verified: bool  # False: recalled from the 2021 catalogue, not checked against it


def _read(name: str) -> Any:
    with (resources_dir() / "data" / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def _industries() -> tuple[Industry, ...]:
    rows = tuple(Industry(**row) for row in _read(INDUSTRIES_FILE))
    _require_unique([r.code for r in rows], INDUSTRIES_FILE)
    return rows


@cache
def _areas() -> tuple[Area, ...]:
    rows = tuple(Area(**row) for row in _read(AREAS_FILE)["areas"])
    _require_unique([r.code for r in rows if r.code is not None], AREAS_FILE)
    for row in rows:
        if row.min_wage_class not in (1, 2, 3, 4):
            raise ValueError(f"{AREAS_FILE}: {row.name} has class {row.min_wage_class}")
    return rows


@cache
def _areas_by_code() -> dict[str, Area]:
    return {a.code: a for a in _areas() if a.code is not None}


@cache
def _majors() -> tuple[CatalogueMajor, ...]:
    rows = tuple(CatalogueMajor(**row) for row in _read(MAJORS_FILE)["majors"])
    _require_unique([r.code for r in rows], MAJORS_FILE)
    known = {i.code for i in _industries()}
    for row in rows:
        if row.industry_code not in known:
            raise ValueError(f"{MAJORS_FILE}: {row.code} has unknown industry {row.industry_code}")
    return rows


def _require_unique(codes: list[str], file: str) -> None:
    """A duplicated code would make lookups silently pick one row: refuse the file instead."""
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValueError(f"{file}: duplicate code {code}")
        seen.add(code)


def industries() -> list[Industry]:
    """All industries in file order (grouped as in seed §(8), then services, then other)."""
    return list(_industries())


def industry_by_code(code: str) -> Industry | None:
    return next((i for i in _industries() if i.code == code), None)


def jilin_areas() -> list[Area]:
    """All Jilin county-level areas in GB/T 2260 order (长白山保护开发区 last, without a code)."""
    return list(_areas())


def area_by_code(code: str) -> Area | None:
    """The area for a six-digit county code, or None if it is not a current Jilin county."""
    return _areas_by_code().get(code)


def majors_catalogue() -> list[CatalogueMajor]:
    """The majors a demo or new school starts from, each linked to an industry code."""
    return list(_majors())
