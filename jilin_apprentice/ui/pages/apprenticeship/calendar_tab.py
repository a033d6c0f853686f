"""Each apprentice's typed days shown as a calendar, with the summary and working-time findings.

The officer picks a programme and one of its apprentices (both remembered), sets the
programme's alternation pattern, generates every member's calendar, and marks leave or
corrects single days; R-TIME-2 / R-TIME-4 findings on the enterprise days are listed beside.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.calendar_dto import CalendarDay
from jilin_apprentice.services.table_export import write_xlsx
from jilin_apprentice.ui.dialogs.calendar_pattern_dialog import (
    CalendarPatternDialog,
    DayTypeDialog,
    day_type_labels,
)
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.finding_text import finding_text, severity_text
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.apprenticeship.calendar_sheet import sheet_table
from jilin_apprentice.ui.widgets.year_calendar import CellInfo, YearCalendar, legend_grid

COLORS = {
    DayType.ENTERPRISE: QColor("#f4b183"),
    DayType.SCHOOL: QColor("#9dc3e6"),
    DayType.HOLIDAY: QColor("#ffe699"),
    DayType.LEAVE: QColor("#c9b3e6"),
}
PROGRAMME_KEY = "apprenticeships/calendar/programme"
MEMBER_KEY = "apprenticeships/calendar/member"
SPLIT_KEY = "apprenticeships/calendar/splitter"


def _hours(x10: int | None) -> str:
    if x10 is None:
        return ""
    return str(x10 // 10) if x10 % 10 == 0 else f"{x10 / 10:.1f}"


class CalendarTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("calendarTab")
        self.page = page
        self.title = self.tr("Calendar")
        self._days: list[CalendarDay] = []
        self._build()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.programme = QComboBox(objectName="calendarProgramme")
        self.member = QComboBox(objectName="calendarMember")
        for label, combo in (
            (self.tr("&Programme"), self.programme),
            (self.tr("&Apprentice"), self.member),
        ):
            text = QLabel(label)
            text.setBuddy(combo)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            pick.addWidget(text)
            pick.addWidget(combo, 1)
        outer.addLayout(pick)
        bar = QHBoxLayout()
        self.pattern_button = self._button(
            bar, "patternButton", self.tr("Pattern…"), self.edit_pattern
        )
        self.generate_button = self._button(
            bar, "generateButton", self.tr("Generate calendar"), self.generate
        )
        self.set_button = self._button(
            bar, "setDaysButton", self.tr("Set day type…"), self.set_days
        )
        self.leave_button = self._button(
            bar, "leaveButton", self.tr("Mark leave…"), lambda: self.set_days(DayType.LEAVE)
        )
        self.export_button = self._button(
            bar, "exportButton", self.tr("Export to Excel…"), self.export
        )
        bar.addStretch(1)
        outer.addLayout(bar)
        self.notice = QLabel(objectName="calendarNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="calendarSplitter")
        self.grid = YearCalendar()
        self.scroll = QScrollArea(objectName="calendarScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self._side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        outer.addWidget(self.splitter, 1)
        self.programme.currentIndexChanged.connect(self._programme_changed)
        self.member.currentIndexChanged.connect(self._member_changed)
        self.grid.selectionChanged.connect(self._selection_changed)
        self.grid.activated.connect(self.set_days)
        self.grid.currentMoved.connect(self._ensure_visible)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.set_days(DayType.LEAVE))
        QShortcut(QKeySequence("Ctrl+G"), self, self.generate)
        self._enable()

    def _button(self, bar: QHBoxLayout, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(lambda: slot())
        bar.addWidget(button)
        return button

    def _side(self) -> QWidget:
        side = QWidget(objectName="calendarSide")
        col = QVBoxLayout(side)
        col.setContentsMargins(4, 0, 0, 0)
        self.labels = {
            DayType.ENTERPRISE: self.tr("Ent"),
            DayType.SCHOOL: self.tr("Sch"),
            DayType.HOLIDAY: self.tr("Hol"),
            DayType.LEAVE: self.tr("Lv"),
        }
        names = day_type_labels()
        col.addLayout(
            legend_grid([(c, self.labels[k], names[k], k.value) for k, c in COLORS.items()])
        )
        manual = QLabel(self.tr("◥ set by hand (kept when the calendar is generated again)"))
        manual.setWordWrap(True)
        col.addWidget(manual)
        self.selection_label = QLabel(objectName="calendarSelection")
        self.selection_label.setWordWrap(True)
        col.addWidget(self.selection_label)
        self.summary = QLabel(objectName="calendarSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.summary)
        col.addWidget(QLabel(self.tr("Working-time findings")))
        self.findings = QListWidget(objectName="calendarFindings")
        self.findings.setWordWrap(True)
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings.setResizeMode(QListWidget.ResizeMode.Adjust)
        col.addWidget(self.findings, 1)
        return side

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Fetch again from the services; the chosen programme and apprentice stay chosen."""
        keep = self.programme.currentData() or self._remembered(PROGRAMME_KEY)
        self.programme.blockSignals(True)
        self.programme.clear()
        for p in self.page.services.calendar.programme_choices():
            self.programme.addItem(f"{p.name} ({p.start_date} – {p.end_date})", p.id)
        self.programme.setCurrentIndex(max(0, self.programme.findData(keep)))
        self.programme.blockSignals(False)
        self._programme_changed()

    def _remembered(self, key: str) -> int | None:
        value = self.page.state.value(key, "")
        return int(value) if value.isdigit() else None

    def _programme_changed(self, *_: object) -> None:
        keep = self.member.currentData() or self._remembered(MEMBER_KEY)
        self.member.blockSignals(True)
        self.member.clear()
        programme_id = self.programme.currentData()
        if programme_id is not None:
            for m in self.page.services.calendar.member_choices(programme_id):
                label = m.student_name + (f" · {m.student_no}" if m.student_no else "")
                self.member.addItem(label, m.apprenticeship_id)
                self.member.setItemData(self.member.count() - 1, m, Qt.ItemDataRole.UserRole + 1)
        self.member.setCurrentIndex(max(0, self.member.findData(keep)))
        self.member.blockSignals(False)
        self._member_changed()

    def _member_changed(self, *_: object) -> None:
        member = self.member.currentData(Qt.ItemDataRole.UserRole + 1)
        if member is None:
            self.grid.set_range(None, None)
            self._days = []
        else:
            self.grid.set_range(member.start_date, member.end_date)
            today = self.page.services.today()
            if member.start_date <= today <= member.end_date:
                self.grid.current = today
        self._refresh()
        self._enable()

    def _refresh(self) -> None:
        app_id = self.member.currentData()
        cal = self.page.services.calendar
        self._days = cal.days(app_id) if app_id is not None else []
        names = day_type_labels()
        cells = {}
        for d in self._days:
            tip = names[d.day_type]
            if d.hours_x10 is not None:
                tip += " · " + self.tr("%1 h").replace("%1", _hours(d.hours_x10))
            if d.note:
                tip += " · " + d.note
            if d.manual:
                tip += " · " + self.tr("set by hand")
            cells[d.day] = CellInfo(COLORS[d.day_type], self.labels[d.day_type], tip, d.manual)
        self.grid.set_cells(cells)
        self._show_summary(app_id)
        self._show_findings(app_id)
        self._selection_changed()
        if self.grid.current is not None:
            rect = self.grid.cell_rect(self.grid.current)
            if rect is not None:
                self._ensure_visible(rect)

    def _show_summary(self, app_id: int | None) -> None:
        if app_id is None:
            self.summary.setText(self.tr("Choose a programme and an apprentice."))
            return
        s = self.page.services.calendar.summary(app_id)
        if s.first_day is None:
            self.summary.setText(self.tr("No days yet: set the pattern and generate the calendar."))
            return
        c = s.days_by_type
        lines = [
            self.tr("At the enterprise: %1 days, %2 h")
            .replace("%1", str(c[DayType.ENTERPRISE]))
            .replace("%2", _hours(s.enterprise_hours_x10)),
            self.tr("At school: %1 days, %2 h")
            .replace("%1", str(c[DayType.SCHOOL]))
            .replace("%2", _hours(s.school_hours_x10)),
            self.tr("Public holidays: %1 · Leave: %2")
            .replace("%1", str(c[DayType.HOLIDAY]))
            .replace("%2", str(c[DayType.LEAVE])),
            self.tr("Enterprise share of the training hours: %1 %").replace(
                "%1", "–" if s.enterprise_share_pct is None else str(s.enterprise_share_pct)
            ),
            self.tr("From %1 to %2").replace("%1", str(s.first_day)).replace("%2", str(s.last_day)),
        ]
        self.summary.setText("\n".join(lines))

    def _show_findings(self, app_id: int | None) -> None:
        self.findings.clear()
        if app_id is None:
            return
        found = self.page.services.calendar.findings(app_id)
        if not found:
            self.findings.addItem(self.tr("No working-time problems found."))
            return
        for f in found:
            message = finding_text(f.rule_id, f.field, f.params, f.severity)
            text = f"{severity_text(f.severity)}: {message}"
            where = f.params.get("dates") or f.params.get("weeks")
            if where:
                text += " " + self.tr("(%1; %2 in all)").replace("%1", where).replace(
                    "%2", str(f.params.get("count", ""))
                )
            self.findings.addItem(text)

    def _selection_changed(self) -> None:
        chosen = self.grid.selection()
        if not chosen:
            self.selection_label.setText("")
        elif len(chosen) == 1:
            self.selection_label.setText(self.tr("Selected: %1").replace("%1", str(chosen[0])))
        else:
            self.selection_label.setText(
                self.tr("Selected: %1 days, %2 – %3")
                .replace("%1", str(len(chosen)))
                .replace("%2", str(chosen[0]))
                .replace("%3", str(chosen[-1]))
            )
        self._enable()

    def _ensure_visible(self, rect: QRect) -> None:
        self.scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width(), rect.height())

    def _enable(self) -> None:
        has_programme = self.programme.currentData() is not None
        has_member = self.member.currentData() is not None
        self.pattern_button.setEnabled(has_programme)
        self.generate_button.setEnabled(has_programme)
        for b in (self.set_button, self.leave_button):
            b.setEnabled(has_member and bool(self.grid.selection()))
        self.export_button.setEnabled(has_member)

    def _notify(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- actions -----------------------------------------------------------------------------
    def edit_pattern(self) -> bool:
        programme_id = self.programme.currentData()
        if programme_id is None:
            return False
        cal = self.page.services.calendar
        pattern = cal.pattern(programme_id) or cal.default_pattern(programme_id)
        dialog = CalendarPatternDialog(self.page.services, programme_id, pattern, self)
        if not dialog.exec():
            return False
        self._notify(self.tr("Pattern saved. Generate the calendar to apply it."))
        return True

    def generate(self) -> bool:
        programme_id = self.programme.currentData()
        if programme_id is None:
            return False
        question = self.tr(
            "Generate the calendar of every apprentice of this programme? Generated days are "
            "replaced; days set by hand (leave, corrections) are kept."
        )
        if not Dialogs.confirm(self, self.tr("Generate calendar"), question):
            return False
        try:
            result = self.page.services.calendar.generate(programme_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Calendar not generated"), translate_error(exc))
            return False
        lines = [
            self.tr("%1 days generated for %2 apprentice(s); %3 day(s) set by hand kept.")
            .replace("%1", str(result.days_written))
            .replace("%2", str(result.members))
            .replace("%3", str(result.days_kept))
        ]
        lines += [translate_error(DomainError(n.code, **n.params)) for n in result.notes]
        self._notify("\n".join(lines))
        self._refresh()
        return True

    def set_days(self, day_type: DayType | None = None) -> bool:
        app_id, dates = self.member.currentData(), self.grid.selection()
        if app_id is None or not dates:
            return False
        if day_type is None:
            stored = {d.day: d.day_type for d in self._days}
            day_type = stored.get(dates[0], DayType.LEAVE)
        dialog = DayTypeDialog(self.page.services, app_id, dates, day_type, self)
        if not dialog.exec():
            return False
        self._notify(self.tr("%1 day(s) changed.").replace("%1", str(dialog.count)))
        self._refresh()
        return True

    def export(self, path: Path | None = None) -> Path | None:
        app_id = self.member.currentData()
        if app_id is None:
            return None
        if path is None:
            path = self.page.ask_save_path(f"calendar-{self.page.services.today()}.xlsx")
            if path is None:
                return None
        headers, rows = sheet_table(self._days)
        title = f"{self.member.currentText()} {self.title}"
        try:
            written = write_xlsx(path, title, headers, rows)
        except OSError as exc:
            text = self.tr("The file could not be written: %1").replace("%1", str(exc))
            Dialogs.warning(self, self.tr("Not exported"), text)
            return None
        self._notify(self.page.texts.exported(len(rows), str(written)))
        return written

    def save_state(self) -> None:
        """Remember the programme, the apprentice and the splitter."""
        for key, combo in ((PROGRAMME_KEY, self.programme), (MEMBER_KEY, self.member)):
            if combo.currentData() is not None:
                self.page.state.set_value(key, str(combo.currentData()))
        self.page.state.save_splitter(self.splitter, SPLIT_KEY)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_restored", False):
            self._restored = True
            width = max(self.width(), 600)
            self.splitter.setSizes([width * 3 // 4, width // 4])
            self.page.state.restore_splitter(self.splitter, SPLIT_KEY)
