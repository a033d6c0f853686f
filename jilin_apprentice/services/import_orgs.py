"""Enterprises (matched by USCC, GB 32100) and their posts (matched by enterprise + title)
from a sheet: read, check with EnterpriseService's rules, write."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import sheet_values as sv
from jilin_apprentice.domain.enums import VenueType
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.pay_schedule import money_fen
from jilin_apprentice.domain.validators import normalize_uscc
from jilin_apprentice.services.audit import diff
from jilin_apprentice.services.dto import EnterpriseDraft, PostDraft
from jilin_apprentice.services.enterprises import EnterpriseService
from jilin_apprentice.services.import_dto import DUPLICATE, INVALID, OK, PreviewRow, Written
from jilin_apprentice.services.reference_data import area_by_code, industries
from jilin_apprentice.storage.models import Enterprise, Post


@dataclass(frozen=True)
class OrgImport:
    draft: Any  # EnterpriseDraft or PostDraft
    present: frozenset[str]
    enterprise_id: int | None = None  # posts


def industry_code(value: Any) -> str | None:
    """所属行业 as the code, the Chinese name, or a longer name containing it (汽车制造业)."""
    shown = sv.compact(value)
    if not shown:
        return None
    for ind in industries():
        if shown in (ind.code, ind.name_zh, ind.name_en):
            return ind.code
    hits = [i for i in industries() if i.name_zh and i.name_zh in shown]
    return max(hits, key=lambda i: len(i.name_zh)).code if hits else None


def _flag(cells: dict[str, Any], field: str, reasons: list[Violation]) -> bool:
    flag, ok = sv.yes_no_cell(cells.get(field))
    if not ok:
        reasons.append(Violation(field, "import.yes_no"))
    return bool(flag)


def _count(cells: dict[str, Any], field: str, reasons: list[Violation], default: int) -> int:
    count, ok = sv.int_cell(cells.get(field))
    if not ok:
        reasons.append(Violation(field, "import.number_format"))
    return default if count is None else count


class EnterpriseKind:
    name, entity = "enterprises", "enterprise"

    def __init__(self, enterprises: EnterpriseService) -> None:
        self._enterprises = enterprises

    def context(self, session: Session, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
        return {
            "uscc": dict(session.execute(select(Enterprise.uscc, Enterprise.id)).all()),
            "seen": {},
        }

    def check(
        self, number: int, cells: dict[str, Any], ctx: dict[str, Any], present: frozenset[str]
    ) -> PreviewRow:
        reasons: list[Violation] = []
        code_text, code_problem = sv.code_cell(cells.get("uscc"))
        if code_problem:
            reasons.append(Violation("uscc", code_problem, {"value": code_text}))
        industry = industry_code(cells.get("industry"))
        if industry is None and sv.text(cells.get("industry")):
            shown = sv.text(cells.get("industry"))
            reasons.append(Violation("industry_code", "import.unknown_industry", {"value": shown}))
        county = sv.compact(cells.get("county_code")) or None
        draft = EnterpriseDraft(
            name=sv.text(cells.get("name")),
            uscc="" if code_problem else code_text,
            industry_code=industry or "",
            address=sv.text(cells.get("address")) or None,
            county_code=county,
            legal_representative=sv.compact(cells.get("legal_representative")) or None,
            contact_person=sv.compact(cells.get("contact_person")) or None,
            contact_phone=sv.phone_cell(cells.get("contact_phone")) or None,
            on_post_staff=_count(cells, "on_post_staff", reasons, 0),
            is_training_base=_flag(cells, "is_training_base", reasons),
            is_intermediary_or_dispatch=_flag(cells, "is_intermediary_or_dispatch", reasons),
            notes=sv.text(cells.get("notes")) or None,
        )
        found = self._enterprises.validate(draft)
        skip = {"uscc"} if code_problem else set()
        skip |= {"industry_code"} if any(v.field == "industry_code" for v in reasons) else set()
        reasons += [v for v in found if v.severity == "block" and v.field not in skip]
        warnings = [v for v in found if v.severity != "block"]
        key = normalize_uscc(draft.uscc) if draft.uscc else ""
        existing = ctx["uscc"].get(key) if key else None
        if key and key in ctx["seen"]:
            reasons.append(Violation("uscc", "import.repeated", {"first": ctx["seen"][key]}))
        elif key:
            ctx["seen"][key] = number
        status = INVALID if reasons else DUPLICATE if existing else OK
        draft = dataclasses.replace(draft, uscc=key)
        return PreviewRow(
            number,
            status,
            key or code_text,
            draft.name,
            tuple(reasons),
            tuple(warnings),
            existing,
            draft=OrgImport(draft, present),
        )

    def write(self, session: Session, item: OrgImport, existing_id: int | None) -> Written:
        d: EnterpriseDraft = item.draft
        values: dict[str, Any] = {"name": d.name, "uscc": d.uscc, "industry_code": d.industry_code}
        sheet_fields = {
            "address": d.address,
            "county_code": d.county_code,
            "legal_representative": d.legal_representative,
            "contact_person": d.contact_person,
            "contact_phone": d.contact_phone,
            "on_post_staff": d.on_post_staff,
            "is_training_base": d.is_training_base,
            "is_intermediary_or_dispatch": d.is_intermediary_or_dispatch,
            "notes": d.notes,
        }
        values.update({k: v for k, v in sheet_fields.items() if k in item.present})
        if "county_code" in values:
            area = area_by_code(d.county_code) if d.county_code else None
            values["min_wage_area_class"] = area.min_wage_class if area else None
        return write_row(session, Enterprise, existing_id, values, venue_type=VenueType.ORDINARY)


def write_row(
    session: Any, model: type, existing_id: int | None, values: dict[str, Any], **on_create: Any
) -> Written:
    """Create the record (with `on_create` defaults) or update the sheet's columns of the
    existing one; the changes go to the audit trail."""
    if existing_id is None:
        row = model(**on_create, **values)
        session.add(row)
        changes = {k: (None, v) for k, v in values.items() if v not in (None, "", False)}
        return Written(row, "create", changes)
    row = session.get(model, existing_id)
    assert row is not None
    changes = diff({k: getattr(row, k) for k in values}, values)
    for key, value in values.items():
        setattr(row, key, value)
    return Written(row, "update", changes)


class PostKind:
    name, entity = "posts", "post"

    def __init__(self, enterprises: EnterpriseService) -> None:
        self._enterprises = enterprises

    def context(self, session: Session, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
        orgs = session.execute(select(Enterprise.id, Enterprise.name, Enterprise.uscc)).all()
        names: dict[str, list[int]] = {}
        for i, n, _ in orgs:
            names.setdefault(sv.compact(n), []).append(i)
        posts = session.execute(select(Post.enterprise_id, Post.title, Post.id)).all()
        return {
            "names": names,
            "uscc": {u: i for i, _, u in orgs},
            "posts": {(e, sv.compact(t)): i for e, t, i in posts},
            "seen": {},
        }

    def check(
        self, number: int, cells: dict[str, Any], ctx: dict[str, Any], present: frozenset[str]
    ) -> PreviewRow:
        reasons: list[Violation] = []
        enterprise_id = self._enterprise(cells, ctx, reasons)
        wage, ok = money_fen(cells.get("same_post_wage_fen"))
        if not ok:
            reasons.append(Violation("same_post_wage_fen", "import.amount_format"))
        draft = PostDraft(
            title=sv.text(cells.get("title")),
            major_category=sv.text(cells.get("major_category")) or None,
            description=sv.text(cells.get("description")) or None,
            physical_intensity_level=_count(cells, "physical_intensity_level", reasons, 1),
            minor_prohibited=_flag(cells, "minor_prohibited", reasons),
            female_prohibited=_flag(cells, "female_prohibited", reasons),
            same_post_wage_fen=wage,
            on_post_staff=_count(cells, "on_post_staff", reasons, 0),
        )
        found = self._enterprises.validate_post(draft)
        reasons += [v for v in found if v.severity == "block"]
        warnings = [v for v in found if v.severity != "block"]
        key = (enterprise_id, sv.compact(draft.title))
        existing = ctx["posts"].get(key) if enterprise_id else None
        if enterprise_id and draft.title and key in ctx["seen"]:
            reasons.append(Violation("title", "import.repeated", {"first": ctx["seen"][key]}))
        elif enterprise_id and draft.title:
            ctx["seen"][key] = number
        status = INVALID if reasons else DUPLICATE if existing else OK
        who = sv.text(cells.get("enterprise_name")) or sv.compact(cells.get("uscc"))
        return PreviewRow(
            number,
            status,
            f"{who} / {draft.title}",
            draft.title,
            tuple(reasons),
            tuple(warnings),
            existing,
            draft=OrgImport(draft, present, enterprise_id),
        )

    @staticmethod
    def _enterprise(
        cells: dict[str, Any], ctx: dict[str, Any], reasons: list[Violation]
    ) -> int | None:
        """By credit code when the sheet has one, else by name (one enterprise of that name)."""
        code_text, problem = sv.code_cell(cells.get("uscc"))
        if problem:
            reasons.append(Violation("uscc", problem, {"value": code_text}))
            return None
        if code_text:
            found = ctx["uscc"].get(normalize_uscc(code_text))
            if found is None:
                reasons.append(Violation("uscc", "import.unknown_enterprise", {"value": code_text}))
            return found
        name = sv.text(cells.get("enterprise_name"))
        hits = ctx["names"].get(sv.compact(name), [])
        if not name:
            reasons.append(Violation("enterprise", "required"))
        elif not hits:
            reasons.append(Violation("enterprise", "import.unknown_enterprise", {"value": name}))
        elif len(hits) > 1:
            reasons.append(Violation("enterprise", "import.ambiguous_enterprise", {"value": name}))
        return hits[0] if len(hits) == 1 else None

    def write(self, session: Session, item: OrgImport, existing_id: int | None) -> Written:
        d: PostDraft = item.draft
        values: dict[str, Any] = {"title": d.title}
        sheet_fields = {f.name: getattr(d, f.name) for f in dataclasses.fields(d)}
        values.update(
            {k: v for k, v in sheet_fields.items() if k in item.present and k != "hazards"}
        )
        return write_row(
            session, Post, existing_id, values, enterprise_id=item.enterprise_id, hazards=""
        )
