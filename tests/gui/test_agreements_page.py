"""The agreements page against real services on the demo school: generating (one, refused, a
batch with progress and cancel), signatures drawn on the pad, the school's certificate and
digital signature, and the verify screen on an intact and on a tampered file."""

from __future__ import annotations

import datetime as dt
import math
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QInputDevice,
    QPainter,
    QPen,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from jilin_apprentice.services.agreements import AgreementRow
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.agreement_batch_dialog import (
    AgreementBatchDialog,
    PlacementPickDialog,
)
from jilin_apprentice.ui.dialogs.certificate_dialog import CertificateDialog, PasswordDialog
from jilin_apprentice.ui.dialogs.signature_dialog import SignatureDialog, SignaturePad
from jilin_apprentice.ui.dialogs.verify_dialog import VerifyDialog
from jilin_apprentice.ui.finding_text import finding_text
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.agreement_models import STATUSES
from jilin_apprentice.ui.pages.agreements_page import AgreementsPage
from jilin_apprentice.ui.state import UiState
from tests.gui.helpers import ok_button, run_modal

TODAY = dt.date(2026, 11, 26)
PASSWORD = "campus-2026"
BATCH_TIMEOUT_MS = 120_000


@pytest.fixture
def services(demo_services: Services) -> Services:
    """Every test here runs on a copy of the session's demo database."""
    return demo_services


@pytest.fixture
def demo(services: Services) -> Services:
    return services


@pytest.fixture
def page(qtbot, demo: Services, ui_state: UiState) -> AgreementsPage:
    widget = AgreementsPage(demo, ui_state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()  # the first show loads the table
    return widget


def cell(page: AgreementsPage, title: str, row: int | None = None) -> object:
    column = next(i for i, c in enumerate(page.model.columns) if c.title == title)
    row = page.table.currentIndex().row() if row is None else row
    return page.proxy.index(row, column).data()


def draw(pad: SignaturePad) -> None:
    """A wavy stroke with the mouse, as an officer's test signature."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 70))
    for i in range(1, 50):
        QTest.mouseMove(pad, QPoint(30 + i * 5, int(70 + 25 * math.sin(i / 3))))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(275, 70))


def generated(page: AgreementsPage) -> AgreementRow:
    row = page.generate_for(page.services.agreements.ready_placements()[0])
    assert row is not None and page.current() is not None and page.current().id == row.id
    return row


def sign_all(services: Services, row: AgreementRow) -> AgreementRow:
    for party in row.required_parties:
        row = services.agreements.record_signature(row.id, party, "签署人", TODAY, "wet_ink")
    return row


def test_generating_for_a_ready_placement_adds_a_generated_row_with_a_pdf(
    page: AgreementsPage, demo: Services
) -> None:
    pid = demo.agreements.ready_placements()[0]
    before = page.model.rowCount()

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, PlacementPickDialog)
        combo = dialog.picker.combo
        assert combo.count() > 0  # without a search: the ready placements
        combo.setCurrentIndex(combo.findData(pid))
        assert "No agreement yet" in dialog.existing.text()
        ok_button(dialog).click()

    run_modal(page.generate_for, pick)
    assert page.model.rowCount() == before + 1
    row = page.current()
    assert row is not None and row.placement_id == pid
    assert cell(page, "Status") == "Generated" and cell(page, "Current") == "Yes"
    assert Path(row.file_path).is_file()
    assert Path(row.file_path).read_bytes().startswith(b"%PDF-")
    assert page.sign_action.isEnabled() and not page.school_action.isEnabled()
    assert row.number in page.notice.text()


def test_a_blocked_placement_lists_its_findings_and_adds_nothing(
    page: AgreementsPage, demo: Services
) -> None:
    finding = next(f for f in demo.compliance.scan(ledgers=False) if f.rule_id == "R-AGE-1")
    before = len(demo.agreements.list())
    assert page.generate_for(finding.placement_id) is None
    title, text = Dialogs.shown[-1]
    assert title == "Not generated"
    assert "R-AGE-1" in text
    assert finding_text("R-AGE-1", finding.field, finding.params, "block") in text
    assert len(demo.agreements.list()) == before == page.model.rowCount()


def test_the_pad_exports_png_and_the_signature_is_stored_in_the_pdf(
    qtbot, page: AgreementsPage, demo: Services
) -> None:
    row = generated(page)
    size_before = Path(row.file_path).stat().st_size
    dialog = SignatureDialog(demo, row, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pad.is_empty() and dialog.pad.png_bytes() == b""
    dialog.save()  # nothing drawn: refused in the dialog, nothing stored
    assert dialog.general_error.isVisible() and dialog.saved is None
    draw(dialog.pad)
    png = dialog.pad.png_bytes()
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert image.hasAlphaChannel() and image.width() > 200
    assert image.pixelColor(0, 0).alpha() == 0  # transparent around the ink
    dialog.party.setCurrentIndex(dialog.party.findData("enterprise"))
    dialog.signer.setText("王经理")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.signed_parties == ("enterprise",)
    assert dialog.saved.status == "partially_signed"
    stored = demo.agreements.folder / "signatures" / f"{row.number}-enterprise.png"
    assert stored.read_bytes() == png
    assert Path(row.file_path).stat().st_size > size_before  # the image is drawn into the PDF


def test_pen_pressure_touch_and_an_imported_seal_all_give_ink(
    qtbot, demo: Services, tmp_path: Path
) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 200)
    pad.show()
    pen = QPointingDevice(
        "pen",
        7,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )
    for kind, x, pressure in [(QEvent.Type.TabletPress, 20, 0.2)] + [
        (QEvent.Type.TabletMove, x, x / 300) for x in range(30, 300, 10)
    ]:
        at = QPointF(x, 50 + x / 5)
        left = Qt.MouseButton.LeftButton
        event = QTabletEvent(
            kind,
            pen,
            at,
            pad.mapToGlobal(at),
            pressure,
            0,
            0,
            0,
            0,
            0,
            Qt.KeyboardModifier.NoModifier,
            left,
            left,
        )
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()  # no synthesized mouse events: the stroke is drawn once
    assert pad.png_bytes().startswith(b"\x89PNG")
    pad.clear()
    assert pad.is_empty()
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(20, 50)).commit()
    for x in range(30, 200, 10):
        QTest.touchEvent(pad, finger).move(0, QPoint(x, 50 + x // 5)).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(200, 90)).commit()
    assert not pad.is_empty()

    seal = QImage(600, 600, QImage.Format.Format_ARGB32)
    seal.fill(Qt.GlobalColor.transparent)
    painter = QPainter(seal)
    painter.setPen(QPen(QColor("#c00000"), 12))
    painter.drawEllipse(20, 20, 560, 560)
    painter.end()
    path = tmp_path / "seal.png"
    seal.save(str(path))
    row = demo.agreements.generate(demo.agreements.ready_placements()[0])
    dialog = SignatureDialog(demo, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_open_file = lambda *_args: (str(path), "")
    dialog.import_button.click()
    assert dialog.method.currentData() == "image" and not dialog.pad.is_empty()
    assert QImage.fromData(dialog.pad.png_bytes()).width() == 600  # the seal at its own size
    assert not dialog.import_image(tmp_path / "missing.png")
    assert "not an image" in dialog.general_error.text()


def test_signing_every_required_party_on_the_page_makes_it_signed_by_all(
    page: AgreementsPage, demo: Services
) -> None:
    row = generated(page)
    assert len(row.required_parties) >= 3
    for index, party in enumerate(row.required_parties):

        def sign(dialog: QDialog, party: str = party, drawn: bool = index == 0) -> None:
            assert isinstance(dialog, SignatureDialog)
            assert dialog.party.currentData() == party  # the next party still to sign
            dialog.signer.setText(f"签署人{party}")
            if drawn:
                draw(dialog.pad)
            else:
                dialog.method.setCurrentIndex(dialog.method.findData("wet_ink"))
                assert not dialog.pad.isEnabled()
            ok_button(dialog).click()

        run_modal(page.sign, sign)
    assert page.current().status == "signed_all"
    assert cell(page, "Status") == "Signed by all"
    assert cell(page, "Signed") == f"{len(row.required_parties)} / {len(row.required_parties)}"
    assert page.school_action.isEnabled() and not page.sign_action.isEnabled()


def test_a_new_certificate_then_the_school_signature_archives_a_verifiable_file(
    page: AgreementsPage, demo: Services
) -> None:
    row = sign_all(demo, generated(page))
    page.load(row.id)

    def create(dialog: QDialog) -> None:
        assert isinstance(dialog, CertificateDialog)
        assert "None yet" in dialog.cert_name.text()
        dialog.name.setText("吉林示范职校协议签章")
        dialog.organisation.setText("吉林示范职业学校")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD + "x")
        dialog.create_button.click()
        assert "differ" in dialog.error.text()
        dialog.repeat.setText(PASSWORD)
        dialog.create_button.click()
        assert dialog.cert_name.text() == "吉林示范职校协议签章"
        assert len(dialog.fingerprint.text().replace(" ", "")) == 64

    run_modal(page.certificate, create)
    assert demo.signing.current_certificate().common_name == "吉林示范职校协议签章"

    assert page.school_sign("wrong password") is None
    title, text = Dialogs.shown[-1]
    assert title == "Not signed" and text.startswith("The password does not open the certificate")

    def password(dialog: QDialog) -> None:
        assert isinstance(dialog, PasswordDialog)
        dialog.password.setText("still wrong")
        ok_button(dialog).click()
        assert dialog.isVisible() and "does not open" in dialog.error.text()
        dialog.password.setText(PASSWORD)
        ok_button(dialog).click()

    run_modal(page.school_sign, password)
    signed = demo.agreements.folder / f"{row.number}-signed.pdf"
    assert signed.is_file()
    assert page.current().status == "archived" and cell(page, "Status") == "Archived"
    assert page.current().file_path == str(signed)

    def verified(dialog: QDialog) -> None:
        assert isinstance(dialog, VerifyDialog)
        assert dialog.headline.property("good") is True
        assert dialog.result.ok and dialog.result.number == row.number
        assert dialog.fields["intact"].text() == "Yes"
        assert dialog.fields["certificate"].text() == "Known to this school"
        assert dialog.fields["signer"].text() == "吉林示范职校协议签章"
        assert dialog.fields["placement"].text().startswith(f"{row.placement_id} · ")

    run_modal(lambda: page.verify_file(signed), verified)


def test_the_verify_screen_reports_a_tampered_copy(qtbot, demo: Services, tmp_path: Path) -> None:
    pid = demo.agreements.ready_placements()[0]
    row = sign_all(demo, demo.agreements.generate(pid))
    demo.signing.create_certificate("校章", "吉林示范职业学校", PASSWORD)
    signed = tmp_path / "signed.pdf"
    demo.signing.sign_pdf(Path(row.file_path), signed, PASSWORD)
    data = bytearray(signed.read_bytes())
    at = data.index(b"stream", data.index(b"/Contents")) + 40  # inside the first page's text
    data[at] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))

    dialog = VerifyDialog(demo.signing, tampered)
    qtbot.addWidget(dialog)
    assert dialog.result is not None and dialog.result.tampered
    assert dialog.headline.property("good") is False
    assert "Tampered" in dialog.headline.text()
    assert dialog.fields["intact"].text() == "No"
    assert "changed after it was signed" in dialog.fields["problems"].text()

    assert dialog.verify(signed) is not None and dialog.headline.property("good") is True
    not_pdf = tmp_path / "scan.pdf"
    not_pdf.write_text("not a pdf")
    assert dialog.verify(not_pdf) is None
    assert dialog.headline.property("good") is False
    assert "is not a PDF file" in dialog.fields["problems"].text()


def test_a_batch_over_all_ready_placements_completes_and_lists_the_failures(
    qtbot, demo: Services
) -> None:
    dialog = AgreementBatchDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    ids = dialog.chosen_ids()
    assert sorted(ids) == demo.agreements.ready_placements()
    with qtbot.waitSignal(dialog.batch_done, timeout=BATCH_TIMEOUT_MS):
        assert dialog.start()
        assert dialog.running and not dialog.start_button.isEnabled()
    report = dialog.report
    assert report is not None and not report.cancelled
    assert len(report.done) + len(report.failed) == len(ids)
    assert dialog.progress_seen[-1] == (len(ids), len(ids))
    assert dialog.progress.value() == dialog.progress.maximum() == len(ids)
    assert report.failed  # the demo has placements that lack what the agreement must state
    lines = dialog.failures.toPlainText().splitlines()
    assert dialog.failures.isVisible() and len(lines) == len(report.failed)
    assert all("cannot be generated" in line or "Blocked by" in line for line in lines)
    assert "generated" in dialog.state.text() and "failed" in dialog.state.text()
    current = {r.placement_id: r for r in demo.agreements.list() if r.current}
    assert all(current[pid].status == "generated" for pid in report.done)
    assert dialog.cancel_button.text() == "Close"


def test_cancel_right_after_start_keeps_the_finished_agreements(qtbot, demo: Services) -> None:
    dialog = AgreementBatchDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    ids = dialog.chosen_ids()
    with qtbot.waitSignal(dialog.batch_done, timeout=BATCH_TIMEOUT_MS):
        dialog.start()
        dialog.reject()  # Escape or Cancel while running: a cancel request, the dialog stays
        assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    report = dialog.report
    assert report is not None and report.cancelled
    assert len(report.done) + len(report.failed) < len(ids)  # the ones not started: left out
    current = {r.placement_id: r for r in demo.agreements.list() if r.current}
    for pid in report.done:
        assert current[pid].status == "generated" and Path(current[pid].file_path).is_file()
    assert "cancelled" in dialog.state.text()
    dialog.reject()
    assert not dialog.isVisible()


def test_filter_sort_open_attach_and_remembered_columns(
    qtbot, page: AgreementsPage, demo: Services, ui_state: UiState, tmp_path: Path
) -> None:
    row = generated(page)
    opened: list[QUrl] = []
    page.open_url = lambda url: opened.append(url) or True
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert [u.toLocalFile() for u in opened] == [row.file_path]

    page.status_filter.setCurrentIndex(page.status_filter.findData("generated"))
    assert page.proxy.rowCount() >= 1
    assert {cell(page, "Status", r) for r in range(page.proxy.rowCount())} == {"Generated"}
    page.search.setText(row.number)
    page.apply_filter()
    assert page.proxy.rowCount() == 1 and "1 of" in page.count.text()
    page.search.clear()
    page.status_filter.setCurrentIndex(0)

    scan = tmp_path / "scan.jpg"
    shutil.copyfile(Path(row.file_path), scan)
    page.select(row.id)
    assert page.attach_scan(scan) is not None
    assert cell(page, "Scanned copy") == "Yes" and page.open_scan_action.isEnabled()

    header = page.table.horizontalHeader()
    status = next(i for i, c in enumerate(page.model.columns) if c.title == "Status")
    header.setSortIndicator(status, Qt.SortOrder.DescendingOrder)
    shown = [page.proxy.row_at(r).status for r in range(page.proxy.rowCount())]
    assert shown == sorted(shown, key=STATUSES.index, reverse=True)
    header.resizeSection(2, 171)
    page.save_state()
    again = AgreementsPage(demo, ui_state)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(2) == 171
    assert again.table.horizontalHeader().sortIndicatorSection() == status


def test_the_wording_editor_saves_a_new_template_version(qtbot, services):
    from jilin_apprentice.domain.agreement_templates import DEFAULT_TEMPLATES
    from jilin_apprentice.ui.dialogs.template_dialog import TemplateDialog

    dialog = TemplateDialog(services.templates)
    qtbot.addWidget(dialog)
    dialog.clauses.setCurrentRow(dialog.clauses.count() - 1)
    dialog.body.setPlainText(dialog.body.toPlainText() + "\n乙方为丙方提供工作餐。")
    dialog.save()
    assert dialog.saved_version == DEFAULT_TEMPLATES["post"].version + 1
    assert "工作餐" in services.templates.current("post").clauses[-1].paragraphs[-1]
    broken = TemplateDialog(services.templates)
    qtbot.addWidget(broken)
    broken.clauses.setCurrentRow(2)  # 实习的时间、地点… holds the dates
    broken.body.setPlainText("实习时间另行约定。")  # drops {start_date} and {end_date}
    broken.save()
    assert broken.saved_version is None and "start_date" in broken.error.text()
