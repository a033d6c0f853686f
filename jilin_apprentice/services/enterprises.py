"""Enterprises and their posts: register, check the credit code on the spot, keep history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, func, or_, select, tuple_
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import CreditStatus, Hazard, VenueType
from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.record_checks import blocking, check_enterprise, check_post
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.dto import (
    Changes,
    EnterpriseDetail,
    EnterpriseDraft,
    EnterpriseRow,
    ListQuery,
    PostDraft,
    PostRow,
)
from jilin_apprentice.services.reference_data import area_by_code
from jilin_apprentice.storage.models import Enterprise, Placement, Post
from jilin_apprentice.storage.search import like_pattern
from jilin_apprentice.storage.uow import UnitOfWork

SORT_COLUMNS: dict[str, Any] = {
    "name": func.gb_sort_key(Enterprise.name),  # pinyin order (storage/search.py)
    "uscc": Enterprise.uscc,
    "industry_code": Enterprise.industry_code,
    "on_post_staff": Enterprise.on_post_staff,
    "credit_status": Enterprise.credit_status,
}
_FIELDS = tuple(EnterpriseDraft.__dataclass_fields__)
_POST_FIELDS = tuple(PostDraft.__dataclass_fields__)


def _flags(e: Any) -> tuple[str, ...]:
    flags = []
    if e.venue_type != VenueType.ORDINARY:
        flags.append("venue")
    if e.is_intermediary_or_dispatch:
        flags.append("intermediary")
    if e.credit_status == CreditStatus.RESTRICTED:
        flags.append("credit_restricted")
    if e.is_training_base:
        flags.append("training_base")
    return tuple(flags)


class EnterpriseService:
    """CRUD for enterprises and posts; one unit of work per call; every write audited."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._audit = audit
        self._today = today

    def _filtered(self, stmt: Select[Any], query: ListQuery) -> Select[Any]:
        term = query.search.strip()
        if term:
            pattern = like_pattern(term)
            stmt = stmt.where(
                or_(
                    func.lower(Enterprise.name).like(pattern, escape="\\"),
                    func.lower(Enterprise.uscc).like(pattern, escape="\\"),
                    func.lower(Enterprise.address).like(pattern, escape="\\"),
                )
            )
        return stmt

    def count(self, query: ListQuery) -> int:
        with self._uow.read() as session:
            return int(
                session.scalar(self._filtered(select(func.count(Enterprise.id)), query)) or 0
            )

    def page(
        self, query: ListQuery, *, after: tuple[object, int] | None, limit: int
    ) -> list[EnterpriseRow]:
        column = SORT_COLUMNS.get(query.sort, Enterprise.name)
        posts = (
            select(func.count(Post.id)).where(Post.enterprise_id == Enterprise.id).scalar_subquery()
        )
        stmt = self._filtered(select(Enterprise, posts, column), query)
        key = tuple_(column, Enterprise.id)
        if after is not None:
            stmt = stmt.where(key < tuple_(*after) if query.descending else key > tuple_(*after))
        order = (
            (column.desc(), Enterprise.id.desc()) if query.descending else (column, Enterprise.id)
        )
        with self._uow.read() as session:
            rows = session.execute(stmt.order_by(*order).limit(limit)).all()
            return [
                EnterpriseRow(
                    id=e.id,
                    name=e.name,
                    uscc=e.uscc,
                    industry_code=e.industry_code,
                    county_code=e.county_code,
                    on_post_staff=e.on_post_staff,
                    post_count=n,
                    credit_status=e.credit_status.value,
                    flags=_flags(e),
                    sort_key=(k, e.id),
                )
                for e, n, k in rows
            ]

    def get(self, enterprise_id: int) -> EnterpriseDetail:
        with self._uow.read() as session:
            e = session.get(Enterprise, enterprise_id)
            if e is None:
                raise NotFound("enterprise.not_found", id=enterprise_id)
            values = {k: getattr(e, k) for k in _FIELDS}
            values["venue_type"] = e.venue_type.value
            return EnterpriseDetail(
                id=e.id,
                version=e.version,
                draft=EnterpriseDraft(**values),
                min_wage_area_class=e.min_wage_area_class,
                credit_status=e.credit_status.value,
            )

    def validate(self, draft: EnterpriseDraft) -> list[Violation]:
        return self._check(draft)[1]

    def _check(self, draft: EnterpriseDraft) -> tuple[str | None, list[Violation]]:
        """One pass: the normalised credit code (if valid) and every violation."""
        code, violations = check_enterprise(
            name=draft.name,
            uscc=draft.uscc,
            industry_code=draft.industry_code,
            on_post_staff=draft.on_post_staff,
            contact_phone=draft.contact_phone,
        )
        if draft.county_code and area_by_code(draft.county_code) is None:
            violations.append(Violation("county_code", "area.unknown", severity="warn"))
        try:
            VenueType(draft.venue_type)
        except ValueError:
            violations.append(Violation("venue_type", "choice.invalid"))
        return code, violations

    def _values(self, draft: EnterpriseDraft) -> dict[str, Any]:
        code, violations = self._check(draft)
        problems = blocking(violations)
        if problems or code is None:
            raise ValidationFailed(problems)
        values = {k: getattr(draft, k) for k in _FIELDS}
        values.update(name=draft.name.strip(), uscc=code, venue_type=VenueType(draft.venue_type))
        area = area_by_code(draft.county_code) if draft.county_code else None
        values["min_wage_area_class"] = area.min_wage_class if area else None
        return values

    @staticmethod
    def _check_unique(session: Session, uscc: str, own_id: int | None) -> None:
        clash = session.scalar(
            select(Enterprise.id).where(Enterprise.uscc == uscc, Enterprise.id != (own_id or 0))
        )
        if clash is not None:
            raise ValidationFailed([Violation("uscc", "uscc.duplicate")])

    def create(self, draft: EnterpriseDraft) -> int:
        values = self._values(draft)
        with self._uow() as session:
            self._check_unique(session, values["uscc"], None)
            enterprise = Enterprise(**values)
            session.add(enterprise)
            session.flush()
            self._audit.record(
                session,
                action="create",
                entity="enterprise",
                entity_id=enterprise.id,
                changes={k: (None, v) for k, v in values.items() if v not in (None, "", False)},
            )
            return enterprise.id

    def update(
        self, enterprise_id: int, draft: EnterpriseDraft, *, expected_version: int
    ) -> Changes:
        values = self._values(draft)
        with self._uow() as session:
            e = session.get(Enterprise, enterprise_id)
            if e is None:
                raise NotFound("enterprise.not_found", id=enterprise_id)
            if e.version != expected_version:
                raise ConflictError("record.conflict")
            self._check_unique(session, values["uscc"], enterprise_id)
            before = {k: getattr(e, k) for k in values}
            for key, value in values.items():
                setattr(e, key, value)
            changes = diff(before, values)
            if changes:
                self._audit.record(
                    session,
                    action="update",
                    entity="enterprise",
                    entity_id=enterprise_id,
                    changes=changes,
                )
        return Changes(frozenset({"enterprise"}), (enterprise_id,))

    def delete(self, enterprise_id: int) -> Changes:
        """Delete an enterprise without placements (placements are legal records)."""
        with self._uow() as session:
            e = session.get(Enterprise, enterprise_id)
            if e is None:
                raise NotFound("enterprise.not_found", id=enterprise_id)
            used = session.scalar(
                select(func.count(Placement.id)).where(Placement.enterprise_id == enterprise_id)
            )
            if used:
                raise ValidationFailed([Violation("enterprise", "enterprise.has_placements")])
            session.delete(e)
            self._audit.record(
                session,
                action="delete",
                entity="enterprise",
                entity_id=enterprise_id,
                changes={"name": (e.name, None), "uscc": (e.uscc, None)},
            )
        return Changes(frozenset({"enterprise", "post"}), (enterprise_id,))

    # --- posts -------------------------------------------------------------------------------
    def posts_of(self, enterprise_id: int) -> list[PostRow]:
        with self._uow.read() as session:
            posts = session.scalars(
                select(Post)
                .where(Post.enterprise_id == enterprise_id)
                .order_by(Post.title, Post.id)
            ).all()
            return [self._post_row(p) for p in posts]

    @staticmethod
    def _post_row(p: Post) -> PostRow:
        values = {k: getattr(p, k) for k in _POST_FIELDS if k != "hazards"}
        hazards = tuple(h for h in p.hazards.split(",") if h)
        return PostRow(p.id, p.version, p.enterprise_id, PostDraft(hazards=hazards, **values))

    @staticmethod
    def validate_post(draft: PostDraft) -> list[Violation]:
        violations = check_post(
            title=draft.title,
            physical_intensity_level=draft.physical_intensity_level,
            same_post_wage_fen=draft.same_post_wage_fen,
            on_post_staff=draft.on_post_staff,
        )
        known = {h.value for h in Hazard}
        if any(h not in known for h in draft.hazards):
            violations.append(Violation("hazards", "choice.invalid"))
        return violations

    def _post_values(self, draft: PostDraft) -> dict[str, Any]:
        problems = blocking(self.validate_post(draft))
        if problems:
            raise ValidationFailed(problems)
        values = {k: getattr(draft, k) for k in _POST_FIELDS}
        values["title"] = draft.title.strip()
        values["hazards"] = ",".join(sorted(set(draft.hazards)))
        return values

    def save_post(
        self,
        enterprise_id: int,
        draft: PostDraft,
        *,
        post_id: int | None = None,
        expected_version: int | None = None,
    ) -> int:
        """Create (post_id None) or update a post of this enterprise."""
        values = self._post_values(draft)
        with self._uow() as session:
            if session.get(Enterprise, enterprise_id) is None:
                raise NotFound("enterprise.not_found", id=enterprise_id)
            if post_id is None:
                post = Post(enterprise_id=enterprise_id, **values)
                session.add(post)
                session.flush()
                changes = {k: (None, v) for k, v in values.items() if v not in (None, "", False)}
                action = "create"
            else:
                found = session.get(Post, post_id)
                if found is None or found.enterprise_id != enterprise_id:
                    raise NotFound("post.not_found", id=post_id)
                if expected_version is not None and found.version != expected_version:
                    raise ConflictError("record.conflict")
                post = found
                changes = diff({k: getattr(post, k) for k in values}, values)
                for key, value in values.items():
                    setattr(post, key, value)
                action = "update"
            if changes:
                self._audit.record(
                    session, action=action, entity="post", entity_id=post.id, changes=changes
                )
            return post.id

    def delete_post(self, post_id: int) -> None:
        with self._uow() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise NotFound("post.not_found", id=post_id)
            used = session.scalar(
                select(func.count(Placement.id)).where(Placement.post_id == post_id)
            )
            if used:
                raise ValidationFailed([Violation("post", "post.has_placements")])
            session.delete(post)
            self._audit.record(
                session,
                action="delete",
                entity="post",
                entity_id=post_id,
                changes={"title": (post.title, None)},
            )
