"""Certificates of participation: one landscape page per participant, from a CSV with a ``name`` column
(optional ``organization``). The CSV is read whole first; any bad row stops the print with every
problem listed, so a batch never comes out with a name missing."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from pan_desktop.core.errors import NotFound, Problem, ValidationError
from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, logo_reader, page_size, write_pdf
from pan_desktop.core.printing.flowables import WriteLines, pick
from pan_desktop.core.printing.fonts import BASE
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import fmt_date
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles

MAX_NAMES = 5000
MAX_NAME_LEN = 200
_ORG_COLUMNS = ("organization", "organisation", "org", "tổ chức", "to chuc")


@dataclass(frozen=True)
class Participant:
    name: str
    organization: str = ""


def read_names(path: Path | str) -> list[Participant]:
    """Participants from a UTF-8 CSV (a BOM is fine); raises ValidationError listing every bad row."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"The names file {path} does not exist. Give the path of a CSV file with a 'name' column.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError([Problem(str(path), "encoding", f"is not UTF-8 (byte {exc.start}). Save it as "
                                       "'CSV UTF-8' in your spreadsheet program and try again.")]) from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    columns = [clean(h).strip().lower() for h in header or []]
    if "name" not in columns:
        raise ValidationError([Problem(f"{path.name}: line 1", "no_name_column",
                                       "has no 'name' column. The first line must name the columns, e.g. name,organization.")])
    name_at = columns.index("name")
    org_at = next((columns.index(c) for c in _ORG_COLUMNS if c in columns), None)
    people, problems = [], []
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue  # blank lines between groups are harmless
        name = clean(row[name_at]).strip() if name_at < len(row) else ""
        org = clean(row[org_at]).strip() if org_at is not None and org_at < len(row) else ""
        if not name:
            problems.append(Problem(f"{path.name}: line {line_no}", "empty", "the name is empty"))
        elif len(name) > MAX_NAME_LEN:
            problems.append(Problem(f"{path.name}: line {line_no}", "too_long", f"the name is longer than {MAX_NAME_LEN} characters"))
        else:
            people.append(Participant(name, org))
    if len(people) + len(problems) > MAX_NAMES:
        problems.append(Problem(path.name, "too_many", f"has more than {MAX_NAMES} names; split it into smaller files"))
    if not people and not problems:
        problems.append(Problem(path.name, "empty", "has no names under the header line"))
    if problems:
        raise ValidationError(problems)
    return people


def build_certificates(pack, people: list[Participant], out: Path | str, options: PrintOptions,
                       progress: ProgressFn | None = None, session_date: str = "") -> PrintResult:
    """One certificate page per participant for module ``pack``."""
    styles = Styles(options)
    warnings: list[str] = []
    logo = logo_reader(options, warnings)
    pal = styles.palette
    w, h = page_size(options, "landscape")
    margin = 24 * mm if options.paper != "A5" else 16 * mm
    width = w - 2 * margin
    scale = 0.75 if options.paper == "A5" else 1.0

    def decorate(c, doc) -> None:
        c.saveState()
        c.setStrokeColor(pal.accent)
        c.setLineWidth(2.2)
        c.rect(9 * mm * scale, 9 * mm * scale, w - 18 * mm * scale, h - 18 * mm * scale)
        c.setStrokeColor(pal.rule)
        c.setLineWidth(0.6)
        c.rect(12 * mm * scale, 12 * mm * scale, w - 24 * mm * scale, h - 24 * mm * scale)
        if logo is not None:
            lw, lh = logo.getSize()
            box_h = 16 * mm * scale
            box_w = min(50 * mm, box_h * lw / max(lh, 1))
            c.drawImage(logo, (w - box_w) / 2, h - margin - box_h + 6 * mm * scale, box_w, box_h, preserveAspectRatio=True,
                        mask="auto")
        c.restoreState()

    centre = dict(alignment=1)
    s_head = styles.scaled("title", 1.15 * scale, **centre)
    s_name = styles.scaled("title", 1.3 * scale, textColor=pal.ink, **centre)
    s_sub = styles.scaled("subtitle", 1.1 * scale, **centre)
    s_text = styles.scaled("body", 1.15 * scale, textColor=pal.muted, **centre)
    s_module = styles.scaled("h1", 1.05 * scale, **centre, spaceBefore=2)
    s_small = styles.scaled("small", 1.05 * scale, **centre)
    title = pick(pack.title.vi, pack.title.en, options, " / ")
    when = fmt_date(session_date, options.primary) if session_date else options.print_date.strftime("%d/%m/%Y")
    org = clean(options.org_name).strip()
    story: list = []
    for i, person in enumerate(people):
        if i:
            story.append(PageBreak())
        story += [Spacer(1, 8 * mm * scale if logo is None else 16 * mm * scale),
                  Paragraph(markup(label("certificate", options.lang).upper()), s_head),
                  Paragraph(markup(label("of_participation", options.lang)), s_sub),
                  Spacer(1, 9 * mm * scale),
                  Paragraph(markup(label("certifies", options.lang)), s_text),
                  Paragraph(f"<b>{markup(person.name)}</b>", _name_style(person.name, s_name, width)),
                  Paragraph(markup(person.organization), s_sub) if person.organization else Spacer(1, 2),
                  Spacer(1, 7 * mm * scale),
                  Paragraph(markup(label("took_part", options.lang)), s_text),
                  Paragraph(markup(title), s_module),
                  Paragraph(markup(f"{label('date', options.lang)}: {when}"), s_small),
                  Spacer(1, 26 * mm * scale),
                  _signature_row(org, options, styles, width, scale)]
    setup = PageSetup(f"{label('certificate', options.primary)} — {pack.title.get(options.primary)}", header=False,
                      footer=False, orientation="landscape", decorate=decorate,
                      margins_mm=tuple(x / mm for x in (margin, margin, margin * 0.8, margin)))
    return write_pdf(story, out, options, setup, styles, progress, len(people), warnings)


def _name_style(name: str, style, width: float):
    """The title style, shrunk so a long name takes at most two lines."""
    size = style.fontSize
    text_w = stringWidth(clean(name), BASE + "-Bold", size)
    while size > style.fontSize * 0.45 and text_w > width * 1.8:
        size *= 0.9
        text_w = stringWidth(clean(name), BASE + "-Bold", size)
    return style.clone(f"name{size:.1f}", fontSize=size, leading=size * 1.2) if size != style.fontSize else style


def _signature_row(org: str, options: PrintOptions, styles: Styles, width: float, scale: float) -> Table:
    s = styles.scaled("small", 1.05 * scale, alignment=1)
    block_w = width * 0.34
    cells = []
    for who in ("facilitator", "representative"):
        cells.append([WriteLines(1, 2, styles.palette.ink, width=block_w),
                      Paragraph(markup(label(who, options.lang)), s)] +
                     ([Paragraph(markup(org), s)] if who == "representative" and org else []))
    t = Table([cells], colWidths=[width / 2, width / 2])
    t.setStyle(TableStyle([CELL_FONT, ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t
