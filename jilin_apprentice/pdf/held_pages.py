"""A ReportLab canvas that draws each page's header and footer once the page count is known."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas


class HeldPagesCanvas(Canvas):
    """Holds the pages back until `save`, then calls `_chrome(page, total)` on each: "page x of
    y" needs y, which only the end of the document knows (agreements, reading copies)."""

    def __init__(self, *args: object, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for page, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            self._chrome(page, len(self._held))
            Canvas.showPage(self)
        Canvas.save(self)

    def _chrome(self, page: int, total: int) -> None:
        raise NotImplementedError
