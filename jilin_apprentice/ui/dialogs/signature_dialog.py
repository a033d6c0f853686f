"""One party signs an agreement: drawn on screen (mouse, pen, finger), an imported signature or
seal image, or wet ink on paper. The image goes into the party's signature block of the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.agreements import AgreementRow
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.models.agreement_models import (
    METHODS,
    method_label,
    missing_parties,
    parties_text,
    party_label,
)
from jilin_apprentice.ui.widgets.form_fields import hint_label
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog

INK = QColor("#10207a")  # blue-black, as a fountain pen: reads as a signature, not as print
BASE_WIDTH = 2.4
MAX_IMPORT_SIDE = 1200  # px; a 12-megapixel phone photo of a seal would bloat every PDF


class SignaturePad(QWidget):
    """Draws smooth strokes into a transparent QImage; `png_bytes()` exports the ink only."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(320, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.placeholder = self.tr("Sign here")
        self._image = self._blank(self.width(), self.height())
        self._bounds = QRectF()
        self._points: list[QPointF] = []
        self._width = BASE_WIDTH
        self._drawing = False
        self._imported: QImage | None = None  # exported as is unless drawn over

    # --- state -----------------------------------------------------------------------------
    def _blank(self, width: int, height: int) -> QImage:
        ratio = self.devicePixelRatioF()
        width, height = max(1, width), max(1, height)
        image = QImage(
            round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        return image

    def is_empty(self) -> bool:
        return self._bounds.isEmpty() and self._imported is None

    def clear(self) -> None:
        self._image = self._blank(self.width(), self.height())
        self._bounds = QRectF()
        self._imported = None
        self.update()
        self.changed.emit()

    def set_image(self, image: QImage) -> None:
        """An imported signature or seal, shown fitted into the pad."""
        self.clear()
        if image.width() > MAX_IMPORT_SIDE or image.height() > MAX_IMPORT_SIDE:
            image = image.scaled(
                MAX_IMPORT_SIDE,
                MAX_IMPORT_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self._imported = image.convertToFormat(QImage.Format.Format_ARGB32)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(QPointF(0, 0), size)
        target.moveCenter(area.center())
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        painter.end()
        self._bounds = target
        self.update()
        self.changed.emit()

    def png_bytes(self) -> bytes:
        """The ink cropped to what was drawn (transparent around it), as PNG; b"" when empty."""
        if self.is_empty():
            return b""
        if self._imported is not None:
            image = self._imported
        else:
            ratio = self._image.devicePixelRatio()
            margin = self._width * 2
            crop = self._bounds.adjusted(-margin, -margin, margin, margin)
            physical = QRectF(crop.topLeft() * ratio, crop.size() * ratio).toAlignedRect()
            image = self._image.copy(physical.intersected(self._image.rect()))
            image.setDevicePixelRatio(1.0)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # --- drawing ---------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float) -> None:
        if self._imported is not None:  # drawing over an import: export the composition
            self._imported = None
        self._drawing = True
        self._points = [pos]
        self._width = BASE_WIDTH * (0.6 + 0.8 * pressure)
        self._stroke(QPainterPath(pos), pos)  # a dot for a tap

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if not self._drawing:
            return
        previous = self._points[-1]
        if (pos - previous).manhattanLength() < 1.0:
            return
        # quadratic curve through midpoints: smooth ink instead of a polyline of mouse samples
        start = (self._points[-2] + previous) / 2 if len(self._points) > 1 else previous
        middle = (previous + pos) / 2
        path = QPainterPath(start)
        path.quadTo(previous, middle)
        self._width = 0.7 * self._width + 0.3 * BASE_WIDTH * (0.6 + 0.8 * pressure)
        self._points.append(pos)
        self._stroke(path, pos)

    def _end(self, pos: QPointF) -> None:
        if self._drawing and self._points:
            last = self._points[-1]
            path = QPainterPath((self._points[-2] + last) / 2 if len(self._points) > 1 else last)
            path.quadTo(last, pos)  # from where the last curve stopped to the pen's lift
            self._stroke(path, pos)
        self._drawing = False
        self._points = []
        self.changed.emit()

    def _stroke(self, path: QPainterPath, pos: QPointF) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, self._width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if path.elementCount() == 1:
            painter.drawPoint(pos)
        else:
            painter.drawPath(path)
        painter.end()
        touched = path.boundingRect().united(QRectF(pos, pos))
        pad = self._width
        self._bounds = self._bounds.united(touched.adjusted(-pad, -pad, pad, pad))
        self.update(touched.adjusted(-pad - 2, -pad - 2, pad + 2, pad + 2).toAlignedRect())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 0.5)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position(), 0.5)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        """A pen's pressure makes the line thicker, as on paper."""
        kind, pos, pressure = event.type(), event.position(), event.pressure()
        if kind == QEvent.Type.TabletPress:
            self._begin(pos, pressure)
        elif kind == QEvent.Type.TabletMove:
            self._extend(pos, pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._end(pos)
        event.accept()  # no synthesized mouse events: each stroke is drawn once

    def event(self, event: QEvent) -> bool:
        kinds = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
        if event.type() in kinds and isinstance(event, QTouchEvent) and event.points():
            pos = event.points()[0].position()
            if event.type() == QEvent.Type.TouchBegin:
                self._begin(pos, 0.5)
            elif event.type() == QEvent.Type.TouchUpdate:
                self._extend(pos, 0.5)
            else:
                self._end(pos)
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Growing keeps what was drawn (the dialog may be resized mid-signature)."""
        old = self._image
        ratio = old.devicePixelRatio()
        width, height = round(old.width() / ratio), round(old.height() / ratio)
        if self.width() > width or self.height() > height:
            image = self._blank(max(width, self.width()), max(height, self.height()))
            painter = QPainter(image)
            painter.drawImage(0, 0, old)
            painter.end()
            self._image = image
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#c8c8c8"), 1, Qt.PenStyle.DashLine))
        line_y = round(self.height() * 0.75)
        painter.drawLine(16, line_y, self.width() - 16, line_y)
        painter.setPen(QColor("#a0a0a0"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.is_empty():
            painter.drawText(
                self.rect().adjusted(0, 0, 0, -self.height() // 3),
                Qt.AlignmentFlag.AlignCenter,
                self.placeholder,
            )
        painter.drawImage(0, 0, self._image)
        painter.end()


class SignatureDialog(QDialog):
    """Record one party's signature; `saved` is the agreement as stored afterwards."""

    def __init__(
        self, services: Services, row: AgreementRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SignatureDialog")
        self.setWindowTitle(self.tr("Sign agreement %1").replace("%1", row.number))
        self._services, self._row = services, row
        self.saved: AgreementRow | None = None
        self.ask_open_file = QFileDialog.getOpenFileName  # replaceable (tests, automation)
        inner = QWidget()
        heading = QLabel(f"<b>{row.number}</b> · {row.student_name} · {row.enterprise_name}")
        heading.setWordWrap(True)
        missing = missing_parties(row)
        still = self.tr("Still to sign: %1").replace("%1", parties_text(missing) or "—")
        self.party = QComboBox(objectName="party")
        for code in row.required_parties:
            text = party_label(code)
            if code in row.signed_parties:
                text = self.tr("%1 (signed; signing again replaces it)").replace("%1", text)
            self.party.addItem(text, code)
        self.party.setCurrentIndex(max(0, self.party.findData(missing[0] if missing else None)))
        self.signer = QLineEdit(objectName="signerName")
        self.signer.setMaxLength(60)
        self.signed_on = QDateEdit(objectName="signedOn")
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        today = services.today()
        self.signed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.signed_on.setDate(QDate(today.year, today.month, today.day))
        self.method = QComboBox(objectName="method")
        for code in METHODS:
            self.method.addItem(method_label(code), code)
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("Clear"), objectName="clearPad")
        self.import_button = QPushButton(self.tr("Import image…"), objectName="importImage")
        self.hint = hint_label("methodHint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.import_button)
        form = QFormLayout()
        form.addRow(self.tr("Party"), self.party)
        form.addRow(self.tr("Signed by"), self.signer)
        form.addRow(self.tr("Date"), self.signed_on)
        form.addRow(self.tr("Method"), self.method)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint_label("stillToSign", still))
        layout.addLayout(form)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save, scroll=False)
        self.layout().takeAt(1)  # frame_dialog's stretch: the pad takes the height instead
        self.clear_button.clicked.connect(self.pad.clear)
        self.import_button.clicked.connect(lambda: self.import_image())
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.party.currentIndexChanged.connect(lambda _i: self._prefill())
        self._prefilled = ""
        self._prefill()
        self._method_changed()
        fit_to_screen(self, 620, 520)

    def _prefill(self) -> None:
        """The student signs as themself; other signers are typed (a person, not a company)."""
        if self.signer.text() in ("", self._prefilled):
            self._prefilled = (
                self._row.student_name if self.party.currentData() == "student" else ""
            )
            self.signer.setText(self._prefilled)

    def _method_changed(self) -> None:
        method = self.method.currentData()
        on_paper = method == "wet_ink"
        for widget in (self.pad, self.clear_button, self.import_button):
            widget.setEnabled(not on_paper)
        self.hint.setText(
            {
                "drawn": self.tr("Draw with the mouse, a pen or a finger."),
                "image": self.tr("Import a scan or photo of the handwritten signature."),
                "seal": self.tr("Import the seal image (PNG with a transparent background)."),
                "wet_ink": self.tr("Signed on the printed copy: attach the scan afterwards."),
            }.get(method, "")
        )

    def import_image(self, path: Path | None = None) -> bool:
        """Load a signature or seal picture into the pad (a file dialog unless given)."""
        if path is None:
            chosen, _ = self.ask_open_file(
                self,
                self.tr("Signature or seal image"),
                str(Path.home()),
                self.tr("Images (*.png *.jpg *.jpeg *.bmp)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        image = QImage(str(path))
        if image.isNull():
            self._error(self.tr("%1 is not an image that can be read.").replace("%1", str(path)))
            return False
        self.pad.set_image(image)
        if self.method.currentData() in ("drawn", "wet_ink"):
            self.method.setCurrentIndex(self.method.findData("image"))
        self.general_error.hide()
        return True

    def _error(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(True)

    def save(self) -> None:
        method = self.method.currentData()
        image = None if method == "wet_ink" else self.pad.png_bytes()
        if method != "wet_ink" and not image:
            self._error(self.tr("Draw the signature in the box, or import an image."))
            return
        day = self.signed_on.date()
        try:
            self.saved = self._services.agreements.record_signature(
                self._row.id,
                self.party.currentData(),
                self.signer.text(),
                dt.date(day.year(), day.month(), day.day()),
                method,
                image,
            )
        except DomainError as exc:
            self._error(translate_error(exc))
            return
        self.accept()
