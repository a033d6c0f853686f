"""Settings ▸ General: whether the school offers a Korean reading copy of agreements (issue 9).

A school-wide choice, stored as a dated rule setting like the others (so it is audited); only
an administrator may change it. The agreement itself stays Chinese whatever is chosen here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.access import ADMIN
from jilin_apprentice.services.agreement_reading_copy import ReadingCopyService
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.widgets.form_fields import HINT_STYLE

if TYPE_CHECKING:
    from jilin_apprentice.services.container import Services


class ReadingCopyBox(QGroupBox):
    def __init__(self, service: ReadingCopyService, admin: bool, parent: QWidget | None = None):
        super().__init__(self.tr("Agreements"), parent)
        self.setObjectName("readingCopyBox")
        self.service = service
        self.offer = QCheckBox(self.tr("Offer a Korean reading copy of agreements"))
        self.offer.setObjectName("offerReadingCopy")
        self.offer.setChecked(service.offered())
        self.offer.setEnabled(admin)
        hint = QLabel(
            self.tr(
                "The agreement stays Chinese: it is the legal text and the only one signed. "
                "When this is on, the Agreements page can also save a Korean translation of a "
                "generated agreement, marked on every page as for reading only."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offer)
        layout.addWidget(hint)
        self.offer.toggled.connect(self._toggled)

    @classmethod
    def of(cls, services: Services, parent: QWidget | None = None) -> ReadingCopyBox:
        return cls(services.reading_copies, services.access.can(ADMIN), parent)

    def _toggled(self, on: bool) -> None:
        try:
            self.service.set_offered(on)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
            self.offer.blockSignals(True)
            self.offer.setChecked(self.service.offered())
            self.offer.blockSignals(False)
