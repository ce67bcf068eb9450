"""Certificates of participation: one landscape page per participant, from a CSV with a ``name`` column
(optional ``organization``). The CSV is read whole first; any bad row stops the print with every
problem listed, so a batch never comes out with a name missing."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from pan_desktop.core.errors import NotFound, Problem, ValidationError
from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.document import (PageSetup, PrintResult, ProgressFn, logo_reader, margins, page_size,
                                                write_pdf)
from pan_desktop.core.printing.flowables import WriteLines, pick
from pan_desktop.core.printing.fonts import BASE
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import fmt_date
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.printing.verify_mark import VerifyMark
from pan_desktop.core.printing.warnings import PrintWarning, text_warnings

MAX_NAMES = 5000
MAX_NAME_LEN = 200
_ORG_COLUMNS = ("organization", "organisation", "org", "tổ chức", "to chuc")


@dataclass(frozen=True)
class Participant:
    name: str
    organization: str = ""
    verify_text: str = ""  # a signed certificate's QR text (core/training/credentials.py), printed top right
    code: str = ""  # its short code, printed under the QR


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
                       progress: ProgressFn | None = None, session_date: str = "", completion: bool = False) -> PrintResult:
    """One certificate page per participant for module ``pack``; a name too long for one line is printed
    smaller (and on two lines at most, where it can), and said so in the warnings. ``completion``: a
    certificate of completion (passed) rather than of participation."""
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

    centre = dict(alignment=1, keepWithNext=0)
    look = _Look(
        head=styles.scaled("title", 1.15 * scale, **centre), name=styles.scaled("title", 1.3 * scale, textColor=pal.ink, **centre),
        sub=styles.scaled("subtitle", 1.1 * scale, **centre), text=styles.scaled("body", 1.15 * scale, textColor=pal.muted, **centre),
        module=styles.scaled("h1", 1.05 * scale, **centre, spaceBefore=2), small=styles.scaled("small", 1.05 * scale, **centre))
    title = pick(pack.title.vi, pack.title.en, options, " / ")
    when = fmt_date(session_date, options.primary) if session_date else options.print_date.strftime("%d/%m/%Y")
    setup = PageSetup(f"{label('certificate', options.primary)} — {pack.title.get(options.primary)}", header=False,
                      footer=False, orientation="landscape", decorate=decorate,
                      margins_mm=tuple(x / mm for x in (margin, margin, margin * 0.8, margin)))
    top, _, bottom, _ = margins(options, setup)
    room = h - top - bottom
    signatures = _signature_row(options, styles, width, scale)
    org = clean(options.org_name).strip()
    issuer = [Paragraph(markup(org), styles.scaled("h3", scale, alignment=1, textColor=pal.muted, keepWithNext=0))] if org else []
    story: list = []
    static: tuple[float, float] | None = None
    for i, person in enumerate(people):
        if i:
            story.append(PageBreak())
        where = f"certificate {i + 1} ({person.name})"
        fixed = [Spacer(1, 8 * mm * scale if logo is None else 16 * mm * scale), *issuer,
                 Paragraph(markup(label("certificate", options.lang).upper()), look.head),
                 Paragraph(markup(label("of_completion" if completion else "of_participation", options.lang)), look.sub),
                 Spacer(1, 9 * mm * scale),
                 Paragraph(markup(label("certifies", options.lang)), look.text)]
        after = [Spacer(1, 7 * mm * scale),
                 Paragraph(markup(label("completed_module" if completion else "took_part", options.lang)), look.text),
                 Paragraph(markup(title), look.module),
                 Paragraph(markup(f"{label('date', options.lang)}: {when}"), look.small)]
        if static is None:  # the same on every page: measured once
            static = (_height([*fixed, *after], width), _height([signatures], width))
        page, notes = _fit_page(person, fixed, after, signatures, look, width, room, scale, where, static)
        if person.verify_text:
            story.append(VerifyMark(person.verify_text, person.code, label("verify_code", options.lang), styles, w, h, scale))
        story += page
        warnings += notes
        warnings += text_warnings(f"{person.name} {person.organization}".strip(), where)
    return write_pdf(story, out, options, setup, styles, progress, len(people), warnings)


@dataclass(frozen=True)
class _Look:
    head: object
    name: object
    sub: object
    text: object
    module: object
    small: object


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _fit_page(person: Participant, fixed: list, after: list, signatures, look: _Look, width: float, room: float,
              scale: float, where: str, static: tuple[float, float]) -> tuple[list, list[str]]:
    """The flowables of one certificate, made to fit on its page, and the warnings about the name;
    ``static`` is the height of the text that is the same on every page, and of the signatures."""
    notes: list[str] = []
    full = look.name.fontSize
    text_h, sign_h = static

    def name_at(size: float) -> tuple[Paragraph, float]:
        style = look.name if size == full else look.name.clone(f"name{size:.1f}", fontSize=size, leading=size * 1.2)
        para = Paragraph(f"<b>{markup(person.name)}</b>", style)
        return para, para.wrap(width, 10_000)[1]

    size = full
    name, name_h = name_at(size)
    if name_h > look.name.leading * 1.05:  # more than one line: shrink until two hold it
        while size > full * 0.45 and name_h > size * 1.2 * 2.05:
            size *= 0.9
            name, name_h = name_at(size)
    org = _org_paragraph(person.organization, look.sub, width, where, notes)
    rest = text_h + _height([org], width) + sign_h + 6 * mm
    while size > full * 0.2 and rest + name_h > room:  # a very long name on a small page
        size *= 0.9
        name, name_h = name_at(size)
    if size != full:
        lines = round(name_h / (size * 1.2))
        notes.insert(0, PrintWarning(f"{where}: the name is too long for one line; it is printed at {size / full:.0%} "
                                     f"of the size, on {lines} line(s).", "print.name_shrunk", where=where, lines=lines))
    body = [*fixed, name, org, *after]
    body_h = rest - sign_h - 6 * mm + name_h + name.getSpaceBefore() + name.getSpaceAfter()
    gap = max(6 * mm, min(26 * mm * scale, room - body_h - sign_h - 2))
    over = body_h + gap + sign_h + 2 - room
    for spacer in (f for f in body if type(f) is Spacer and over > 0):  # last resort: close up the white space
        cut = min(over, spacer.height - 1)
        spacer.height -= cut
        over -= cut
    return [*body, Spacer(1, gap), signatures], notes


def _org_paragraph(org: str, style, width: float, where: str, notes: list[str]):
    """The organisation under the name: at most two lines, shortened with "…" (and said so) beyond that."""
    if not org:
        return Spacer(1, 2)
    para = Paragraph(markup(org), style)
    if para.wrap(width, 10_000)[1] <= style.leading * 2.05:
        return para
    lo, hi = 0, len(org)
    while lo < hi:  # the longest start of the name that fits on two lines with an ellipsis
        mid = (lo + hi + 1) // 2
        if Paragraph(markup(org[:mid] + "…"), style).wrap(width, 10_000)[1] <= style.leading * 2.05:
            lo = mid
        else:
            hi = mid - 1
    notes.append(PrintWarning(f"{where}: the organisation is too long for the certificate; it is shortened to two lines.",
                              "print.org_shortened", where=where))
    return Paragraph(markup(org[:lo].rstrip() + "…"), style)


def _signature_row(options: PrintOptions, styles: Styles, width: float, scale: float) -> Table:
    """A signature line per signatory from the settings, each with the name under it and the issuing
    organisation; without signatories, two lines for the facilitator and the organisers' representative."""
    s = styles.scaled("small", 1.05 * scale, alignment=1, keepWithNext=0)
    bold = styles.scaled("body", 1.05 * scale, alignment=1, fontName=BASE + "-Bold", keepWithNext=0, spaceBefore=4,
                         spaceAfter=1)
    org = clean(options.org_name).strip()
    block_w = width * 0.34
    names = [clean(n).strip() for n in options.signatories if clean(n).strip()][:2]
    cells = []
    if names:
        for name in names:
            cells.append([WriteLines(1, 2, styles.palette.ink, width=block_w),
                          Paragraph(markup(name), bold)] + ([Paragraph(markup(org), s)] if org else []))
    else:
        for who in ("facilitator", "representative"):
            cells.append([WriteLines(1, 2, styles.palette.ink, width=block_w),
                          Paragraph(markup(label(who, options.lang)), s)] +
                         ([Paragraph(markup(org), s)] if who == "representative" and org else []))
    t = Table([cells], colWidths=[width / len(cells)] * len(cells))
    t.setStyle(TableStyle([CELL_FONT, ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t
