"""Pieces the record printables (factsheet, policy brief, newsletter) share: the facts panel with its
QR code, long text split into paragraphs, dates, vocabulary labels and source links."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, Table, TableStyle

from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.flowables import QRCode, bilingual, para, pick
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.services.schema import TABLES
from pan_desktop.core.vocab import Term

_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)


def first_url(sources) -> str | None:
    """The first source that is (or contains) a web address."""
    for s in sources or []:
        m = _URL.search(str(s))
        if m:
            return m.group(0).rstrip(".,;)")
    return None


def fmt_date(value: str | None, lang: str) -> str:
    """``2021-05-03`` as 03/05/2021 (vi) or 3 May 2021 style kept numeric; partial dates as given."""
    if not value:
        return ""
    parts = str(value).split("-")
    if len(parts) == 3:
        return f"{parts[2]}/{parts[1]}/{parts[0]}"
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}"
    return str(value)


def period(start: str | None, end: str | None, lang: str) -> str:
    a, b = fmt_date(start, lang), fmt_date(end, lang)
    if a and b and a != b:
        return f"{a} – {b}"
    return a or b


def term_text(table: str, field: str, value, options: PrintOptions) -> str:
    """A vocabulary code (or list of codes) as its label(s) in the chosen language(s)."""
    terms: dict[str, Term] = TABLES[table].field(field).terms or {}
    values = value if isinstance(value, (list, tuple)) else [value] if value else []
    out = []
    for v in values:
        t = terms.get(v)
        out.append(pick(t.vi, t.en, options) if t else clean(v))
    return "; ".join(x for x in out if x)


def field_label(table: str, field: str, options: PrintOptions) -> str:
    f = TABLES[table].field(field)
    return pick(f.label_vi.split(" (")[0], f.label_en.split(" (")[0], options)


def facts_panel(rows: list[tuple[str, str]], styles: Styles, width: float, options: PrintOptions,
                url: str | None) -> Table:
    """A tinted panel of label/value rows, with a QR code to ``url`` on its right when there is one."""
    pal = styles.palette
    rows = [(k, v) for k, v in rows if v]
    body = [[Paragraph(markup(k), styles.label), Paragraph(markup(v), styles.cell)] for k, v in rows] or [["", ""]]
    qr_w = 30 * mm if (url and options.qr) else 0
    label_w = min(38 * mm, width * 0.3)
    inner = Table(body, colWidths=[label_w, width - label_w - qr_w - 6 * mm])
    inner.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    if qr_w:
        qr_cell = [QRCode(url, qr_w - 6 * mm, pal.ink), Paragraph(markup(label("scan_source", options.lang)),
                                                                    styles.scaled("small", 0.85))]
        outer = Table([[inner, qr_cell]], colWidths=[width - qr_w, qr_w])
    else:
        outer = Table([[inner]], colWidths=[width])
    outer.setStyle(TableStyle([CELL_FONT, ("BACKGROUND", (0, 0), (-1, -1), pal.tint), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                               ("LINEABOVE", (0, 0), (-1, 0), 2, pal.accent)]))
    outer.spaceAfter = styles.base_size
    return outer


def long_text(vi: str, en: str, styles: Styles, options: PrintOptions) -> list:
    """A long field as paragraphs (blank lines separate them); with ``both`` the English follows."""
    out: list = []
    for lang in options.langs:
        text = clean(vi if lang == "vi" else en).strip()
        if not text and len(options.langs) == 1:
            text = clean(en if lang == "vi" else vi).strip()
        style = styles.second if (options.lang == "both" and lang == "en") else styles.body
        for block in re.split(r"\n\s*\n", text):
            if block.strip():
                out.append(para(block.strip(), style, keep_lines=True))
    return out


def bullets(items, styles: Styles) -> ListFlowable | None:
    items = [clean(i).strip() for i in items or [] if clean(i).strip()]
    if not items:
        return None
    return ListFlowable([ListItem(para(i, styles.bullet)) for i in items], bulletType="bullet", start="•",
                        leftIndent=styles.base_size * 1.4, bulletColor=styles.palette.accent,
                        bulletFontName=styles.body.fontName, spaceAfter=styles.base_size * 0.5)


def section(title_key: str, options: PrintOptions, styles: Styles) -> Paragraph:
    return Paragraph(markup(label(title_key, options.lang)), styles.h2)


def title_block(kicker_key: str, title_vi: str, title_en: str, options: PrintOptions, styles: Styles) -> list:
    out = [Paragraph(markup(label(kicker_key, options.lang).upper()), styles.kicker)]
    out += bilingual(title_vi, title_en, options, styles.title, styles.subtitle)
    return out


def record_version(record, options: PrintOptions) -> str:
    """Footer note for a record: when it was last updated."""
    at = str(record.meta.get("updated_at") or "")[:10]
    return label("record_rev", options.primary, date=fmt_date(at, options.primary)) if at else ""
