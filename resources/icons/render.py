"""Regenerate the application icon's PNGs and app.ico from the SVGs (run after editing them).

    .venv/bin/python resources/icons/render.py

Qt's SVG renderer draws each size separately (sharp edges at every size, unlike scaling one
bitmap); 16 and 24 px use app_small.svg, where the gear would only blur the cap. Pillow packs
the PNGs into one multi-size .ico for the Windows executable and installer. The navigation
icons (nav/*.svg) become PNGs at 100, 150 and 200 % of their 20 px: the window loads PNGs, so
the bundle needs no Qt SVG icon plugin.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL = (16, 24)
NAV_SIZES = (20, 30, 40)


def render_png(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = []
    for size in SIZES:
        svg = HERE / ("app_small.svg" if size in SMALL else "app.svg")
        out = HERE / f"app_{size}.png"
        render_png(svg, size, out)
        pngs.append(out)
    (HERE / "app.png").write_bytes((HERE / "app_256.png").read_bytes())
    images = [Image.open(path).convert("RGBA") for path in pngs]
    # Pillow writes one entry per size; append_images supplies the hand-rendered small ones
    # (otherwise it would downscale the 256 px image).
    images[-1].save(
        HERE / "app.ico",
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=images[:-1],
    )
    navs = sorted((HERE / "nav").glob("*.svg"))
    for svg in navs:
        for size in NAV_SIZES:
            render_png(svg, size, svg.with_name(f"{svg.stem}_{size}.png"))
    print(f"wrote {len(pngs)} PNGs, app.png and app.ico, {len(navs)} navigation icons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
