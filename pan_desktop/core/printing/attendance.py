"""Attendance sheet for a training session of one module: session details to fill in and numbered
blank rows to sign, as many as fit (at least ``rows``)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph, Table, TableStyle

from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, margins, page_size, write_pdf
from pan_desktop.core.printing.flowables import bilingual, gap
from pan_desktop.core.printing.handout import pack_version_note
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import markup
from pan_desktop.core.printing.styles import Styles

MAX_ROWS = 500


def build_attendance(pack, out: Path | str, options: PrintOptions, rows: int = 0,
                     progress: ProgressFn | None = None) -> PrintResult:
    """Write an attendance sheet for module ``pack``; ``rows`` 0 fills the first page."""
    styles = Styles(options)
    setup = PageSetup(f"{label('attendance', options.primary)} — {pack.title.get(options.primary)}",
                      pack_version_note(pack, options), orientation="landscape" if options.paper == "A5" else "portrait")
    width = frame_width(options, setup)
    pal = styles.palette
    story: list = [Paragraph(markup(label("attendance", options.lang).upper()), styles.kicker)]
    story += bilingual(pack.title.vi, pack.title.en, options, styles.scaled("title", 0.75), styles.subtitle)
    fields = [("date", "venue"), ("facilitator", "organisation")]
    info = Table([[Paragraph(markup(label(a, options.lang)) + ":", styles.label), "",
                   Paragraph(markup(label(b, options.lang)) + ":", styles.label), ""] for a, b in fields],
                 colWidths=[width * 0.19, width * 0.31, width * 0.15, width * 0.35], rowHeights=[styles.base_size * 2.3] * 2)
    info.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (1, 0), (1, -1), 0.6, pal.ink),
                              ("LINEBELOW", (3, 0), (3, -1), 0.6, pal.ink), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [info, gap(styles, 1.0)]

    row_h = styles.base_size * 2.6
    head = [Paragraph(markup(label(k, options.lang)), styles.cell_head)
            for k in ("no_", "full_name", "organisation", "contact", "signature")]
    count = rows or _rows_that_fit(options, setup, styles, row_h)
    count = max(1, min(count, MAX_ROWS))
    body = [[Paragraph(str(n), styles.scaled("small", 1.0, alignment=1)), "", "", "", ""] for n in range(1, count + 1)]
    table = Table([head] + body, colWidths=[width * f for f in (0.07, 0.3, 0.25, 0.2, 0.18)],
                  rowHeights=[None] + [row_h] * count, repeatRows=1)
    table.setStyle(TableStyle([CELL_FONT, ("GRID", (0, 0), (-1, -1), 0.5, pal.rule), ("BOX", (0, 0), (-1, -1), 0.9, pal.ink),
                               ("BACKGROUND", (0, 0), (-1, 0), pal.tint), ("LINEBELOW", (0, 0), (-1, 0), 1.2, pal.accent),
                               ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (0, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 0), (-1, 0), 6)]))
    story.append(table)
    return write_pdf(story, out, options, setup, styles, progress)


def _rows_that_fit(options: PrintOptions, setup: PageSetup, styles: Styles, row_h: float) -> int:
    """How many signing rows fill the first page under the title and session fields."""
    top, _, bottom, _ = margins(options, setup)
    height = page_size(options, setup.orientation)[1] - top - bottom
    used = styles.base_size * 16 + (styles.title.fontSize * 1.5 if options.lang == "both" else 0)
    return max(5, int((height - used) // row_h))
