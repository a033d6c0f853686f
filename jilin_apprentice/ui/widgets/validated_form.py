"""A form layout whose fields show their own violation messages as the user types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.messages import field_key
from jilin_apprentice.ui.errors import translate_error, translate_violation

ERROR_STYLE = "color: #b00020;"
WARN_STYLE = "color: #8a6d00;"


class ValidatedForm(QFormLayout):
    """Rows are registered by field code, so a Violation lands under the widget it concerns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._reveal_all = False
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add_field(self, field: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"error_{field}")
        message.setWordWrap(True)
        message.setVisible(False)
        layout.addWidget(message)
        self._messages[field] = message
        self.addRow(label, box)
        for signal_name in ("textEdited", "activated", "dateChanged", "valueChanged"):
            signal = getattr(widget, signal_name, None)
            if signal is not None:
                signal.connect(lambda *_args, f=field: self._touched.add(f))
        return widget

    def reveal_all(self) -> None:
        """After a save attempt (or when editing a stored record) every message is shown."""
        self._reveal_all = True

    def _quiet(self, v: Violation, key: str) -> bool:
        """A fresh form does not shout "required" at fields the user has not reached yet."""
        return v.code == "required" and not self._reveal_all and key not in self._touched

    def show_violations(
        self, violations: list[Violation], notes: Sequence[tuple[str, str, str]] = ()
    ) -> list[Violation]:
        """Place each violation (and each (field, text, severity) note, e.g. a rule finding)
        under its field; returns the violations with no field on this form."""
        texts: dict[str, list[tuple[str, str]]] = {}
        unplaced = []
        for v in violations:
            key = v.field if v.field in self._messages else field_key(v.field)
            if key not in self._messages:
                unplaced.append(v)
                continue
            if self._quiet(v, key):
                continue
            texts.setdefault(key, []).append((translate_violation(v), v.severity))
        for field, text, severity in notes:
            if field in self._messages:
                texts.setdefault(field, []).append((text, severity))
        for field, label in self._messages.items():
            items = texts.get(field, [])
            label.setVisible(bool(items))
            label.setText("\n".join(text for text, _ in items))
            blocking = any(sev == "block" for _, sev in items)
            label.setStyleSheet(ERROR_STYLE if blocking else WARN_STYLE)
        return unplaced

    def has_field(self, field: str) -> bool:
        return field in self._messages

    def message_of(self, field: str) -> str:
        label = self._messages.get(field)
        return label.text() if label and not label.isHidden() else ""


class CheckedSave:
    """The check-as-you-type and save-or-stay-open behaviour of a record dialog.

    The dialog provides `form` (ValidatedForm), `general_error` (QLabel), `buttons`
    (QDialogButtonBox), `_timer` (the typing debounce), `draft()`, and the two service calls
    `_validate(draft) -> violations` and `_store(draft) -> id`; `saved_id` is set on success.
    """

    form: ValidatedForm
    general_error: QLabel
    saved_id: int | None

    def _validate(self, draft: Any) -> list[Violation]:
        raise NotImplementedError

    def _store(self, draft: Any) -> int:
        raise NotImplementedError

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def revalidate(self) -> None:
        violations = self._validate(self.draft())  # type: ignore[attr-defined]
        self._show(violations)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def save(self) -> None:
        self._timer.stop()  # type: ignore[attr-defined]
        try:
            self.saved_id = self._store(self.draft())  # type: ignore[attr-defined]
        except ValidationFailed as exc:
            self.form.reveal_all()
            self._show(exc.violations)
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()  # type: ignore[attr-defined]
