"""The page frame every printable shares, and the one way a PDF is written.

:func:`write_pdf` lays out a story on pages of the chosen paper with a running header, a footer
("Page n/N", print date, content version, the organisation's name), the organisation's logo on the
first page, and writes it to ``<out>.partial`` before renaming it — a cancelled or failed print never
leaves half a PDF under the real name.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, landscape, letter
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from pan_desktop import __version__
from pan_desktop.core.printing.flowables import keep_headings_with_next
from pan_desktop.core.printing.fonts import BASE
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles

log = logging.getLogger(__name__)
PAGE_SIZES = {"A4": A4, "A5": A5, "Letter": letter}
ProgressFn = Callable[[int, int], None]  # (pages done, pages expected or 0)


@dataclass
class PrintResult:
    """What was written: the file, its page count and size, and anything the person should know."""

    path: Path
    pages: int
    size: int
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"path": str(self.path), "pages": self.pages, "bytes": self.size, "warnings": self.warnings}


@dataclass
class PageSetup:
    """One printable's frame: its title (PDF metadata and running header) and footer version note."""

    title: str
    version_note: str = ""
    orientation: str = "portrait"
    header: bool = True
    footer: bool = True  # page numbers, print date and version (certificates have none)
    margins_mm: tuple[float, float, float, float] | None = None  # top, right, bottom, left
    decorate: Callable | None = None  # extra drawing on every page: fn(canvas, doc)


def page_size(options: PrintOptions, orientation: str = "portrait") -> tuple[float, float]:
    size = PAGE_SIZES[options.paper]
    return landscape(size) if orientation == "landscape" else size


def margins(options: PrintOptions, setup: PageSetup | None = None) -> tuple[float, float, float, float]:
    """Top, right, bottom, left margins in points."""
    chosen = setup.margins_mm if setup and setup.margins_mm else ((14, 13, 16, 13) if options.paper == "A5" else (18, 18, 20, 18))
    return tuple(x * mm for x in chosen)


def frame_width(options: PrintOptions, setup: PageSetup | None = None) -> float:
    """Width of the text column for these options."""
    _, right, _, left = margins(options, setup)
    return page_size(options, setup.orientation if setup else "portrait")[0] - left - right


def logo_reader(options: PrintOptions, warnings: list[str]):
    """The organisation's logo as an ImageReader, or None (with a warning when it cannot be read)."""
    if not options.org_logo:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(os.fspath(options.org_logo))
        reader.getSize()
        return reader
    except Exception as exc:  # noqa: BLE001 - any unreadable image: print without it and say so
        from pan_desktop.core.printing.warnings import logo_unreadable

        warnings.append(logo_unreadable(str(options.org_logo), exc.__class__.__name__))
        return None


def _numbered_canvas(footer: Callable[[rl_canvas.Canvas, int, int], None]):
    """A canvas class that keeps pages until the end so the footer can say "page n of N"."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                footer(self, n, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def write_pdf(story: list, out: Path | str, options: PrintOptions, setup: PageSetup, styles: Styles,
              progress: ProgressFn | None = None, expected_pages: int = 0, warnings: list[str] | None = None) -> PrintResult:
    """Lay out ``story`` and write the PDF to ``out`` (via ``out.partial``)."""
    out = Path(out)
    warnings = list(warnings or [])
    size = page_size(options, setup.orientation)
    w, h = size
    top, right, bottom, left = margins(options, setup)
    pal = styles.palette
    logo = logo_reader(options, warnings) if setup.footer else None
    footer_size = 8.5 if options.large_print else 7.5  # the margins stay small even in large print
    org = clean(options.org_name).strip()
    left_text = markup(org or "PAN Desktop")
    right_text = markup(" · ".join(x for x in (label("printed", options.primary, date=options.print_date.strftime("%d/%m/%Y")),
                                                clean(setup.version_note)) if x))
    foot_style = styles.scaled("small", footer_size / styles.small.fontSize)
    span = w - left - right
    head_text = markup(_fit_line(clean(setup.title), span, footer_size))
    # Laid out once, drawn on every page.
    feet = []
    for text, x, width, align in ((left_text, left, span * 0.36, 0), (right_text, left + span * 0.56, span * 0.44, 2)):
        para = Paragraph(text, foot_style.clone("f", alignment=align))
        para.wrap(width, footer_size * 4)
        feet.append((para, x))
    head = Paragraph(head_text, foot_style)
    head.wrap(span, footer_size * 3)
    # The lowest footer line sits a third of the bottom margin above the paper edge (printers clip ~4 mm);
    # a footer text that wraps grows upwards.
    foot_h = max(p.height for p, _ in feet)
    line_h = foot_style.leading

    def draw_footer(c: rl_canvas.Canvas, n: int, total: int) -> None:
        c.saveState()
        y = max(bottom * 0.4, 5 * mm) + foot_h - line_h  # baseline of the first footer line
        c.setStrokeColor(pal.rule)
        c.setLineWidth(0.5)
        c.line(left, y + footer_size * 1.6, w - right, y + footer_size * 1.6)
        for para, x in feet:
            para.drawOn(c, x, y - para.height + footer_size)  # first baseline on the page number
        c.setFont(BASE, footer_size)
        c.setFillColor(pal.muted)
        c.drawCentredString(w / 2, y, label("page", options.primary, n=n, total=total))
        c.restoreState()

    def on_page(c: rl_canvas.Canvas, doc) -> None:
        page = c.getPageNumber()
        if setup.decorate:
            setup.decorate(c, doc)
        if page == 1 and logo is not None and setup.footer:
            lw, lh = logo.getSize()
            box_h = max(8 * mm, top - 8 * mm)  # inside the top margin, clear of the page edge
            box_w = min(45 * mm, box_h * lw / max(lh, 1))
            c.drawImage(logo, w - right - box_w, h - 5 * mm - box_h, box_w, box_h,
                        preserveAspectRatio=True, anchor="ne", mask="auto")
        elif page > 1 and setup.header and setup.footer:
            c.saveState()
            head.drawOn(c, left, h - top * 0.62)
            c.setStrokeColor(pal.rule)
            c.setLineWidth(0.5)
            c.line(left, h - top * 0.62 - 2.5, w - right, h - top * 0.62 - 2.5)
            c.restoreState()
        if progress is not None:
            progress(page, expected_pages)

    frame = Frame(left, bottom, w - left - right, h - top - bottom, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tmp = out.with_name(out.name + ".partial")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = BaseDocTemplate(str(tmp), pagesize=size, title=clean(setup.title), author=org or "PAN Desktop",
                          creator=f"PAN Desktop {__version__}", subject=clean(setup.title),
                          pageTemplates=[PageTemplate("page", [frame], onPage=on_page)],
                          leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
                          lang="vi" if options.primary == "vi" else "en",
                          initialFontName=BASE, initialFontSize=styles.base_size)  # no stray Helvetica
    try:
        doc.build(keep_headings_with_next(story), canvasmaker=_numbered_canvas(draw_footer) if setup.footer else rl_canvas.Canvas)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PrintResult(out, doc.page, out.stat().st_size, warnings)


def _fit_line(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis so it fits one line of ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, BASE, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", BASE, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
