"""Words of the post board: score parts, reasons a student is left out, statuses.

One QObject (never subclassed) so lupdate files every string under one context.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from jilin_apprentice.domain.money import format_yuan


class BoardTexts(QObject):
    def header(self, key: str) -> str:
        """Column titles of the openings list (built before its QObject exists)."""
        return {
            "opening": self.tr("Opening"),
            "enterprise": self.tr("Enterprise"),
            "post": self.tr("Post"),
            "places": self.tr("Places"),
            "remaining": self.tr("Remaining"),
            "majors": self.tr("Majors wanted"),
            "years": self.tr("Years"),
            "period": self.tr("Period"),
            "pay": self.tr("Pay"),
            "status": self.tr("Status"),
            "title": self.tr("Openings"),
        }[key]

    def part(self, code: str) -> str:
        return {
            "major_exact": self.tr("major wanted"),
            "major_category": self.tr("same 专业大类"),
            "major_other": self.tr("other major"),
            "pref_enterprise": self.tr("wants this enterprise"),
            "pref_industry": self.tr("wants this industry"),
            "pref_city": self.tr("wants this city"),
            "cohort_final": self.tr("final year"),
            "cohort": self.tr("not final year"),
            "available": self.tr("availability"),
            "available_unknown": self.tr("availability unknown"),
        }.get(code, code)

    def explain(self, parts: Iterable[tuple[str, int]]) -> str:
        return " · ".join(f"{self.part(code)} +{points}" for code, points in parts if points)

    def reason(self, code: str) -> str:
        text = {
            "major": self.tr("major not wanted"),
            "grade_year": self.tr("grade year not wanted"),
            "busy": self.tr("another placement on these dates"),
            "unavailable": self.tr("not available for the whole period"),
            "places_taken": self.tr("the places they could take went to others"),
            "not_free": self.tr("not an enrolled full-time student"),
            "none": self.tr("no opening chosen"),
        }.get(code)
        return text if text is not None else self.tr("rule %1").replace("%1", code)

    def reasons(self, codes: Iterable[str]) -> str:
        return "; ".join(self.reason(c) for c in codes)

    def excluded(self, counts: dict[str, int]) -> str:
        if not counts:
            return ""
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        items = ", ".join(f"{self.reason(code)} {n}" for code, n in ordered)
        return self.tr("Not suggested: %1").replace("%1", items)

    def status(self, code: str) -> str:
        return {
            "open": self.tr("Open"),
            "filled": self.tr("Filled"),
            "closed": self.tr("Closed"),
        }.get(code, code)

    def kind(self, code: str) -> str:
        return {
            "post": self.tr("Post internship"),
            "cognitive": self.tr("Cognitive internship"),
        }.get(code, code)

    def pay(self, fen: int | None, unit: str) -> str:
        if fen is None:
            return ""
        per = {"month": self.tr("/month"), "day": self.tr("/day"), "hour": self.tr("/hour")}
        return f"¥{format_yuan(fen)}{per.get(unit, '')}"

    def unit(self, code: str) -> str:
        return {
            "month": self.tr("per month"),
            "day": self.tr("per day"),
            "hour": self.tr("per hour"),
        }.get(code, code)

    def years(self, years: Iterable[int]) -> str:
        chosen = list(years)
        if not chosen:
            return self.tr("any")
        return ", ".join(self.tr("Year %1").replace("%1", str(y)) for y in chosen)

    def majors(self, majors: Iterable[str]) -> str:
        chosen = list(majors)
        return "、".join(chosen) if chosen else self.tr("any")

    def places(self, remaining: int, places: int, cap_limited: bool) -> str:
        if cap_limited:
            text = self.tr("%1 places remain; the interns caps (R-CAP-1/2) allow %2 now.")
            return text.replace("%1", str(remaining)).replace("%2", str(places))
        return self.tr("%1 places remain.").replace("%1", str(remaining))
