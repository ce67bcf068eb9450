"""A5 booklet: the handout's A5 pages imposed two-up on A4 landscape in saddle-stitch order.

Printed double-sided (flip on the short edge), the sheets stacked and folded in half read 1, 2, 3 ...
Blank pages are added at the end so the count is a multiple of four.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from pan_desktop.core.printing.document import PrintResult, ProgressFn
from pan_desktop.core.printing.options import PrintOptions


def saddle_stitch_order(pages: int) -> list[tuple[int | None, int | None]]:
    """(left, right) 0-based page indexes for each side of each sheet; ``None`` is a blank.

    For 8 pages: (7, 0), (1, 6), (5, 2), (3, 4) — front and back of sheet 1, then sheet 2.
    """
    total = (pages + 3) // 4 * 4 if pages else 0

    def real(i: int) -> int | None:
        return i if i < pages else None

    sides = []
    for sheet in range(total // 4):
        lo, hi = 2 * sheet, total - 1 - 2 * sheet
        sides.append((real(hi), real(lo)))
        sides.append((real(lo + 1), real(hi - 1)))
    return sides


def impose(source: Path | str, out: Path | str) -> int:
    """Impose the A5 pages of ``source`` two-up onto A4 landscape sheets in ``out``; returns sheet sides."""
    from pypdf import PdfReader, PdfWriter, Transformation

    reader = PdfReader(str(source))
    pages = reader.pages
    if not pages:
        raise ValueError("nothing to impose")
    pw, ph = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    from reportlab.lib.pagesizes import A4

    sheet_w, sheet_h = max(A4[1], 2 * pw), max(A4[0], ph)  # A4 landscape, the fold down the middle
    dy = (sheet_h - ph) / 2
    writer = PdfWriter()
    for left, right in saddle_stitch_order(len(pages)):
        sheet = writer.add_blank_page(width=sheet_w, height=sheet_h)
        for index, dx in ((left, sheet_w / 2 - pw), (right, sheet_w / 2)):
            if index is not None:
                sheet.merge_transformed_page(pages[index], Transformation().translate(dx, dy))
    writer.compress_identical_objects() if hasattr(writer, "compress_identical_objects") else None
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    try:
        with open(tmp, "wb") as fh:
            writer.write(fh)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(writer.pages)


def build_booklet(pack, out: Path | str, options: PrintOptions, progress: ProgressFn | None = None,
                  edition: str = "participant") -> PrintResult:
    """The ``edition`` handout of ``pack`` on A5, imposed as a fold-in-half booklet on A4 landscape."""
    from pan_desktop.core.printing.handout import build_handout

    out = Path(out)
    a5 = out.with_name(out.name + ".a5.partial.pdf")
    try:
        result = build_handout(pack, a5, replace(options, paper="A5"), progress, edition)
        sides = impose(a5, out)
    finally:
        a5.unlink(missing_ok=True)
    return PrintResult(out, sides, out.stat().st_size, result.warnings)
