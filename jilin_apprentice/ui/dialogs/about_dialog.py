"""Help ▸ About: the version, and the bundled libraries and font with their versions and licences.

Versions come from the installed distributions' metadata (importlib.metadata), never from
importing the libraries: ReportLab, pyHanko and openpyxl must stay unloaded until first needed
(start-up time). The list itself is data: resources/licences/third_party.json.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice import __version__
from jilin_apprentice.paths import resources_dir
from jilin_apprentice.ui.dialogs.help_dialog import fit_to_screen

UNKNOWN = "—"


@dataclass(frozen=True)
class Component:
    """One bundled library or font: what the About table shows and the licence files."""

    name: str
    dist: str | None
    version: str
    licence: str
    url: str
    files: tuple[str, ...]


def licences_dir() -> Path:
    return resources_dir() / "licences"


def _version(entry: dict[str, object]) -> str:
    dist = entry.get("dist")
    if entry["name"] == "Python":
        return platform.python_version()
    if not dist:
        return str(entry.get("version") or UNKNOWN)
    try:
        version = metadata.version(str(dist))
    except metadata.PackageNotFoundError:  # a bundle built without its metadata
        return UNKNOWN
    if str(dist).startswith("PySide6"):
        version += f" (Qt {qVersion()})"
    return version


def load_components(path: Path | None = None) -> list[Component]:
    """The bundled components with their installed versions, in the data file's order."""
    data = json.loads((path or licences_dir() / "third_party.json").read_text(encoding="utf-8"))
    return [
        Component(
            name=str(entry["name"]),
            dist=entry.get("dist"),
            version=_version(entry),
            licence=str(entry["licence"]),
            url=str(entry.get("url", "")),
            files=tuple(entry.get("files", ())),
        )
        for entry in data["components"]
    ]


def versions_text(components: list[Component]) -> str:
    """Plain text for a support call or e-mail: the app, the system, every component."""
    lines = [
        f"Jilin Apprentice {__version__}",
        f"{platform.platform()} ({platform.machine()})",
        "",
    ]
    lines += [f"{c.name}: {c.version} ({c.licence})" for c in components]
    return "\n".join(lines) + "\n"


def licence_text(component: Component) -> str:
    parts = []
    for name in component.files:
        path = licences_dir() / name
        try:
            parts.append(path.read_text(encoding="utf-8"))
        except OSError:
            parts.append(f"[{name}: missing]")
    return ("\n\n" + "=" * 72 + "\n\n").join(parts)


class AboutDialog(QDialog):
    """Name, version, purpose; a table of components; the selected one's licence text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Jilin Apprentice"))
        self.components = load_components()
        logo = QLabel()
        pixmap = QPixmap(str(resources_dir() / "icons" / "app_128.png"))
        logo.setPixmap(
            pixmap.scaled(
                64,
                64,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(objectName="aboutHeading", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setText(
            "<h2>"
            + self.tr("Jilin Apprentice")
            + "</h2><p>"
            + self.tr("Version %1").replace("%1", __version__)
            + "</p><p>"
            + self.tr(
                "Offline internship and apprenticeship management for vocational schools. "
                "It uses the following free software and font; their licences are shown "
                "below and ship with the program."
            )
            + "</p>"
        )
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(self.heading, 1)
        self.table = self._make_table()
        self.licence = QPlainTextEdit(objectName="licenceText", readOnly=True)
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence)
        splitter.setSizes([260, 140])
        self.copy_button = QPushButton(self.tr("Copy versions"), objectName="copyVersions")
        self.copy_button.setToolTip(self.tr("Copy the versions for a support request"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        self.table.setCurrentCell(0, 0)
        fit_to_screen(self, 760, 600)

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        table = QTableWidget(len(self.components), len(headers), objectName="componentsTable")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                item = QTableWidgetItem(text)
                if column == 0 and component.url:
                    item.setToolTip(component.url)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.components):
            component = self.components[row]
            head = f"{component.name} {component.version} — {component.licence}\n"
            head += f"{component.url}\n\n" if component.url else "\n"
            self.licence.setPlainText(head + licence_text(component))

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(versions_text(self.components))
        self.copy_button.setText(self.tr("Copied"))
