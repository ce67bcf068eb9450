"""Attendance sheet for a training session of one module: session details to fill in and numbered
blank rows to sign, as many as fit (at least ``rows``). The columns give what donors ask to see
disaggregated: sex, year of birth or age band, and role (a numbered legend above the table)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, margins, page_size, write_pdf
from pan_desktop.core.printing.flowables import bilingual, gap, tick_size
from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.handout import pack_version_note
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles

MAX_ROWS = 500
PREFILL_BLANKS = 5  # blank rows after the enrolled people, for those who come unannounced
ROLES = ("role_waste_picker", "role_junk_shop", "role_factory", "role_household", "role_student", "role_official",
         "role_other")
# (label key, share of the width); the signature takes what is left.
COLUMNS = (("no_", 0.045), ("full_name", 0.18), ("sex", 0.095), ("birth_year", 0.09), ("role", 0.075),
           ("organisation", 0.19), ("phone", 0.115), ("signature", 0.0))


class SexBoxes(Flowable):
    """Two tick boxes side by side, labelled (e.g. "□ Nam  □ Nữ")."""

    def __init__(self, labels: tuple[str, str], box: float, style, color):
        super().__init__()
        self.labels, self.box, self.style, self.color = labels, box, style, color

    def wrap(self, avail_w, avail_h):
        self._w = avail_w
        return avail_w, self.box

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.canv
        c.saveState()
        c.setLineWidth(0.8)
        c.setStrokeColor(self.color)
        c.setFont(self.style.fontName, self.style.fontSize)
        x = 0.0
        for text in self.labels:
            c.rect(x, 0, self.box, self.box)
            c.drawString(x + self.box + 2, self.box * 0.2, text)
            x += self.box + 2 + stringWidth(text, self.style.fontName, self.style.fontSize) + 5
        c.restoreState()


@dataclass(frozen=True)
class Prefill:
    """A planned session's sheet: its details and the enrolled people, printed before the blank rows.
    ``people`` rows are (name, sex label, year of birth, role number in the legend, organisation)."""

    date: str = ""
    venue: str = ""
    facilitator: str = ""
    people: tuple[tuple[str, str, str, str, str], ...] = ()


def build_attendance(pack, out: Path | str, options: PrintOptions, rows: int = 0,
                     progress: ProgressFn | None = None, prefill: Prefill | None = None) -> PrintResult:
    """Write an attendance sheet for module ``pack`` (landscape); ``rows`` 0 fills the first page (after
    the people of ``prefill``, with at least a few blank rows for those who come unannounced)."""
    styles = Styles(options)
    setup = PageSetup(f"{label('attendance', options.primary)} — {pack.title.get(options.primary)}",
                      pack_version_note(pack, options), orientation="landscape")
    width = frame_width(options, setup)
    pal = styles.palette
    story: list = [Paragraph(markup(label("attendance", options.lang).upper()), styles.kicker)]
    story += bilingual(pack.title.vi, pack.title.en, options, styles.scaled("title", 0.7), styles.subtitle)
    story += [_session_fields(options, styles, width, prefill), gap(styles, 0.5), _role_legend(options, styles),
              gap(styles, 0.4)]

    row_h = styles.base_size * 2.5
    head_style = styles.scaled("cell_head", 0.9)
    head = [Paragraph(markup(label(k, options.lang)), head_style) for k, _ in COLUMNS]
    count = rows or _rows_that_fit(options, setup, width, story + [Table([head], colWidths=_widths(width))], row_h)
    people = prefill.people if prefill else ()
    if people:
        count = max(count, len(people) + PREFILL_BLANKS)
    count = max(1, min(count, MAX_ROWS))
    small = styles.scaled("small", 0.95)
    sexes = (clean(label("male", options.primary)), clean(label("female", options.primary)))
    box = tick_size(styles) * 0.85
    number = styles.scaled("small", 1.0, alignment=1)
    body = [[Paragraph(str(n), number), "", SexBoxes(sexes, box, small, pal.ink), "", "", "", "", ""]
            for n in range(1, count + 1)]
    for i, (name, sex, year, role, org) in enumerate(people[:count]):
        body[i][1:6] = [Paragraph(markup(name), styles.cell), Paragraph(markup(sex), small) if sex else body[i][2],
                        Paragraph(markup(year), small), Paragraph(markup(role), number), Paragraph(markup(org), small)]
    table = Table([head] + body, colWidths=_widths(width), rowHeights=[None] + [row_h] * count, repeatRows=1)
    table.setStyle(TableStyle([CELL_FONT, ("GRID", (0, 0), (-1, -1), 0.5, pal.rule), ("BOX", (0, 0), (-1, -1), 0.9, pal.ink),
                               ("BACKGROUND", (0, 0), (-1, 0), pal.tint), ("LINEBELOW", (0, 0), (-1, 0), 1.2, pal.accent),
                               ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 5)]))
    story.append(table)
    return write_pdf(story, out, options, setup, styles, progress)


def _session_fields(options: PrintOptions, styles: Styles, width: float, prefill: Prefill | None = None) -> Table:
    """Labelled blanks for the date, venue, facilitator and the organiser (filled with the organisation
    from the settings when there is one, and with a planned session's details)."""
    pal = styles.palette
    org = clean(options.org_name).strip()

    def known(text: str):
        return Paragraph(markup(clean(text)), styles.cell) if text else ""

    p = prefill or Prefill()
    cells = [[Paragraph(markup(label("date", options.lang)) + ":", styles.label), known(p.date),
              Paragraph(markup(label("venue", options.lang)) + ":", styles.label), known(p.venue)],
             [Paragraph(markup(label("facilitator", options.lang)) + ":", styles.label), known(p.facilitator),
              Paragraph(markup(label("organiser", options.lang)) + ":", styles.label),
              Paragraph(markup(org), styles.cell) if org else ""]]
    t = Table(cells, colWidths=[width * 0.13, width * 0.33, width * 0.13, width * 0.41],
              rowHeights=[styles.base_size * 2.2] * 2)
    t.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (1, 0), (1, -1), 0.6, pal.ink),
                           ("LINEBELOW", (3, 0), (3, -1), 0.6, pal.ink), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _role_legend(options: PrintOptions, styles: Styles) -> Paragraph:
    items = " · ".join(f"<b>{n}</b> {markup(label(key, options.lang))}" for n, key in enumerate(ROLES, 1))
    return Paragraph(f"<b>{markup(label('roles', options.lang))}:</b> {items}", styles.small)


def _widths(width: float) -> list[float]:
    fixed = sum(share for _, share in COLUMNS)
    return [width * share for _, share in COLUMNS[:-1]] + [width * (1 - fixed)]


def _rows_that_fit(options: PrintOptions, setup: PageSetup, width: float, above: list, row_h: float) -> int:
    """How many signing rows fill the first page under ``above`` (title, fields, legend, table head)."""
    top, _, bottom, _ = margins(options, setup)
    height = page_size(options, setup.orientation)[1] - top - bottom
    used = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in above)
    return max(1, int((height - used - 4) // row_h))
