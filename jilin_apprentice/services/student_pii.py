"""Masking a student's record for a user without the personal-data right (R-PI-7, issue 8).

Such a user edits a record whose ID number and phones show as `220102********1234`; saving must
not replace the real number with asterisks, so a field still holding exactly the masked text of
the stored value keeps the stored value. Anything else typed is validated as usual.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from jilin_apprentice.domain.masking import mask_id_number, mask_phone
from jilin_apprentice.services.dto import StudentDetail, StudentDraft


def _mask(value: str | None, masker: Callable[[str], str]) -> str | None:
    return masker(value) if value else value


def masked_detail(detail: StudentDetail) -> StudentDetail:
    """The record with ID number, phone and guardians' phones masked."""
    return dataclasses.replace(
        detail,
        id_number=mask_id_number(detail.id_number),
        phone=_mask(detail.phone, mask_phone),
        guardians=tuple(
            dataclasses.replace(g, phone=_mask(g.phone, mask_phone)) for g in detail.guardians
        ),
    )


def holds_mask(draft: StudentDraft) -> bool:
    """Whether any personal-data field of the draft could be masked text."""
    texts = [draft.id_number, draft.phone or "", *(g.phone or "" for g in draft.guardians)]
    return any("*" in t for t in texts)


def _keep(typed: str | None, stored: str | None, masker: Callable[[str], str]) -> str | None:
    if typed and stored and "*" in typed and typed.strip() == masker(stored):
        return stored
    return typed


def keep_stored(
    draft: StudentDraft,
    id_number: str,
    phone: str | None,
    guardian_phones: Sequence[str | None],
) -> StudentDraft:
    """The draft with every still-masked field replaced by the stored value it masks."""
    stored_phones = list(guardian_phones)
    guardians = tuple(
        dataclasses.replace(
            g,
            phone=_keep(g.phone, stored_phones[i] if i < len(stored_phones) else None, mask_phone),
        )
        for i, g in enumerate(draft.guardians)
    )
    return dataclasses.replace(
        draft,
        id_number=_keep(draft.id_number, id_number, mask_id_number) or "",
        phone=_keep(draft.phone, phone, mask_phone),
        guardians=guardians,
    )
