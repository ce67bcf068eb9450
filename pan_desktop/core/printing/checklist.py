"""Site checklist from a guideline pack (factory or junk-shop variant), to fill in by hand on a visit:
site details, one row per item grouped by aspect with Yes / No / N/A boxes and room for notes, general
remarks and signature lines."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from pan_desktop.core.errors import NotFound
from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import TickBox, WriteLines, bilingual, gap, pick, tick_size
from pan_desktop.core.printing.handout import pack_version_note
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles

SITES = {"factory": "site_factory", "junk-shop": "site_junk_shop"}


def find_checklist(pack, site: str):
    """The pack's checklist for ``site`` (``factory`` or ``junk-shop``); NotFound lists what exists."""
    for cl in pack.checklists:
        if cl.id == site:
            return cl
    if not pack.checklists:
        raise NotFound(f"The content pack {pack.id} has no checklists. Choose a guideline pack that has a "
                       f"'{site}' checklist.")
    have = ", ".join(cl.id for cl in pack.checklists)
    raise NotFound(f"The guideline {pack.id} has no '{site}' checklist; it has: {have}. Choose one of those.")


def build_checklist(pack, site: str, out: Path | str, options: PrintOptions,
                    progress: ProgressFn | None = None) -> PrintResult:
    """Write the ``site`` checklist of guideline ``pack`` to ``out``."""
    from pan_desktop.core.content import ASPECTS

    checklist = find_checklist(pack, site)
    styles = Styles(options)
    width = frame_width(options)
    pal = styles.palette
    story: list = [Paragraph(markup(f"{label('checklist', options.lang)} · {label(SITES.get(site, 'site_factory'), options.lang)}".upper()
                                    if site in SITES else label("checklist", options.lang).upper()), styles.kicker)]
    story += bilingual(checklist.title.vi, checklist.title.en, options, styles.scaled("title", 0.8), styles.subtitle)
    story += bilingual(pack.title.vi, pack.title.en, options, styles.small, styles.small)
    story.append(gap(styles, 0.6))
    story.append(_site_fields(options, styles, width))
    story.append(gap(styles, 0.8))

    box = tick_size(styles)
    grow = 1.3 if options.large_print else 1.0
    answer_w = [15 * mm * grow, 15 * mm * grow, 19 * mm * grow]  # "not applicable" needs two roomy lines
    item_w = width - sum(answer_w)
    head_style = styles.scaled("cell_head", 0.85, alignment=1, leading=styles.cell_head.fontSize * 0.85 * 1.15)
    head = [Paragraph(markup(label("item", options.lang)), styles.cell_head)] + [
        Paragraph(markup(label(k, options.primary)), head_style) for k in ("yes", "no", "na")]
    small = styles.scaled("small", 0.95, spaceAfter=0)
    rows: list = [head]
    row_styles: list = []
    groups: dict[str, list] = {}
    for item in checklist.items:
        groups.setdefault(item.aspect, []).append(item)
    n = 0
    for aspect, items in groups.items():
        name = ASPECTS.get(aspect)
        title = pick(name.vi, name.en, options) if name else aspect
        rows.append([Paragraph(markup(title), styles.scaled("h3", 1.0, spaceBefore=0, spaceAfter=0)), "", "", ""])
        at = len(rows) - 1
        row_styles += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), pal.tint),
                       ("NOSPLIT", (0, at), (-1, at + 1))]  # an aspect's name never ends a page
        for item in items:
            n += 1
            cell = [Paragraph(f"<b>{n}.</b> {markup(pick(item.text.vi, item.text.en, options, ' — '))}", styles.cell)]
            look = pick(item.look_for.vi, item.look_for.en, options, " — ")
            if look:
                cell.append(Paragraph(f"<i>{markup(label('look_for', options.lang))}:</i> {markup(look)}", small))
            cell.append(WriteLines(1, styles.base_size * 1.7, pal.rule, lead=clean(label("notes", options.lang)) + ":",
                                   lead_style=styles.scaled("small", 0.9)))
            rows.append([cell] + [TickBox(box, pal.ink) for _ in range(3)])
    table = Table(rows, colWidths=[item_w] + answer_w, repeatRows=1)
    table.setStyle(TableStyle([CELL_FONT,
        ("GRID", (0, 0), (-1, -1), 0.5, pal.rule), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (1, 0), (-1, 0), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), pal.tint),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, pal.accent),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (1, 1), (-1, -1), 4), *row_styles]))
    story.append(table)
    story.append(gap(styles, 0.8))
    story.append(KeepTogether([Paragraph(markup(label("general_notes", options.lang)), styles.h3),
                               WriteLines(4, styles.base_size * 2.0, pal.rule), gap(styles, 1.0),
                               _signatures(options, styles, width)]))
    setup = PageSetup(f"{checklist.title.get(options.primary)} — {pack.title.get(options.primary)}",
                      pack_version_note(pack, options))
    return write_pdf(story, out, options, setup, styles, progress)


def _site_fields(options: PrintOptions, styles: Styles, width: float) -> Table:
    """Labelled blanks for the site, its address, the date and the visitor."""
    pal = styles.palette
    keys = [("site_name", "date"), ("address", "visitor")]
    rows = [[Paragraph(markup(label(a, options.lang)) + ":", styles.label), "",
             Paragraph(markup(label(b, options.lang)) + ":", styles.label), ""] for a, b in keys]
    t = Table(rows, colWidths=[width * 0.17, width * 0.41, width * 0.18, width * 0.24],
              rowHeights=[styles.base_size * 2.4] * len(rows))
    t.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (1, 0), (1, -1), 0.6, pal.ink),
                           ("LINEBELOW", (3, 0), (3, -1), 0.6, pal.ink), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _signatures(options: PrintOptions, styles: Styles, width: float) -> Table:
    """Two signature blocks: the visitor and the site representative."""
    pal = styles.palette
    cells = []
    for who in ("visitor", "site_contact"):
        cells.append([Paragraph(markup(f"{label(who, options.lang)} — {label('signature', options.lang)}"), styles.label),
                      gap(styles, 2.6), WriteLines(1, 2, pal.ink),
                      Paragraph(markup(label("full_name", options.lang)) + ":", styles.small)])
    t = Table([cells], colWidths=[width * 0.48, width * 0.52])
    t.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), width * 0.06)]))
    return t
