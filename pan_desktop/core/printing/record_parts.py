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
from pan_desktop.core.printing.warnings import PrintWarning
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.vocab import Term

MAX_ITEM = 2000  # one bullet; a longer one is cut (a list item that fills pages is not a list item)
PANEL_VALUE = 500  # characters of one value in the facts panel
PANEL_LIST = 8  # a list longer than this, or longer than PANEL_VALUE as text, gets its own section
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
    """A tinted panel of label/value rows, with a QR code to ``url`` on its right when there is one.
    A table cell cannot break across pages, so each value is kept short (see :func:`panel_list`)."""
    pal = styles.palette
    rows = [(k, v if len(v) <= PANEL_VALUE else v[:PANEL_VALUE].rstrip() + "…") for k, v in rows if v]
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
        joined = style.clone(style.name + "-joined", spaceAfter=0)
        for block in re.split(r"\n\s*\n", text):
            pieces = list(_pieces(block.strip()))
            for i, piece in enumerate(pieces):
                out.append(para(piece, style if i == len(pieces) - 1 else joined, keep_lines=True))
    return out


LINES_PER_PIECE = 40
CHARS_PER_PIECE = 2500


def _pieces(block: str):
    """``block`` in pieces of at most ~40 lines or ~2,500 characters, so that laying out a very long text
    stays linear (ReportLab re-wraps the rest of a paragraph at every page it splits)."""
    if not block:
        return
    lines = block.split("\n")
    for start in range(0, len(lines), LINES_PER_PIECE):
        chunk = "\n".join(lines[start:start + LINES_PER_PIECE])
        while len(chunk) > CHARS_PER_PIECE * 1.5:
            cut = chunk.rfind(" ", CHARS_PER_PIECE // 2, CHARS_PER_PIECE)
            cut = cut if cut > 0 else CHARS_PER_PIECE
            yield chunk[:cut]
            chunk = chunk[cut:].lstrip(" ")
        if chunk.strip():
            yield chunk


def bullets(items, styles: Styles) -> ListFlowable | None:
    items = [clean(i).strip()[:MAX_ITEM] for i in items or [] if clean(i).strip()]
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


def panel_list(key: str, items: list[str], options: PrintOptions) -> tuple[str, list[str]]:
    """A list for the facts panel: ``(text, [])`` when short, else ``(count, items)`` — the items then
    print in a section of their own, which can run over pages."""
    text = "; ".join(items)
    if len(items) <= PANEL_LIST and len(text) <= PANEL_VALUE:
        return text, []
    return label("listed_below", options.lang, n=len(items)), items


VI_LETTERS = frozenset("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def written_in(items) -> str:
    """``vi`` when the text has Vietnamese letters, ``en`` when it has other letters only, else ``""``."""
    text = _URL.sub(" ", clean(" ".join(str(i) for i in items or []))).lower()  # addresses are in no language
    if any(c in VI_LETTERS for c in text):
        return "vi"
    return "en" if any(c.isalpha() for c in text) else ""


def place_names(places, lang: str) -> list[str]:
    """Recorded places with province names in ``lang`` ("Huế" / "Hue"), and the province a former one now
    belongs to ("Long An (nay thuộc Tây Ninh)"); other places as written."""
    from pan_desktop.core.provinces import display_name, key_is_current, province_map, resolve
    from pan_desktop.core.text import fold

    out = []
    for place in places or []:
        place = clean(place).strip()
        old, cur = resolve(place)
        current = key_is_current(place)
        code = cur if current else old
        known = province_map().current.get(code) if current else province_map().former.get(code or "")
        is_province = known is not None and fold(place) in {fold(known.name_vi), fold(known.name_en), fold(known.name_ascii)}
        name = display_name(code, lang) if is_province else place
        if cur and not current:
            now = display_name(cur, lang)
            name += f" (nay thuộc {now})" if lang == "vi" else f" (now {now})"
        if name:
            out.append(name)
    return out


_LINKED_BY = {names: ids for spec in TABLES.values() for ids, names in spec.org_links}  # names field -> its link


class OrgNames:
    """Organisation names in the print language, from the organisation records: by id, or by a name that
    means one of them (``core.shared.org_names``: names, short name, aliases, folded); other names as
    written."""

    def __init__(self, services=None):
        from pan_desktop.core.shared.org_names import OrgNames as Matcher

        self._by_id: dict[str, object] = {}
        if services is not None:
            from pan_desktop.core.services import ListQuery

            self._by_id = {r.id: r for r in services.organizations.list(ListQuery(limit=100_000)).records}
        self._matcher = Matcher({"id": i, **r.values} for i, r in self._by_id.items())

    def record(self, name: str):
        found = self._by_id.get(name.strip()) if name else None
        if found is None and name:
            ids = self._matcher.candidates(clean(name))
            found = self._by_id[ids[0]] if len(ids) == 1 else None
        return found

    def of(self, values, names_field: str, options: PrintOptions) -> list[str]:
        """The organisations a record names in ``names_field``: those it links to (by id; one not on this
        computer is left out), then the names it holds as text."""
        ids_field = _LINKED_BY.get(names_field, "")
        linked = [i for i in values.get(ids_field) or [] if self.record(i) is not None]
        raw = values.get(names_field)
        return self.names([*linked, *([raw] if isinstance(raw, str) else raw or [])], options)

    def names(self, values, options: PrintOptions) -> list[str]:
        out = []
        for value in values or []:
            r = self.record(value)
            out.append(pick(r.get("name_vi") or "", r.get("name_en") or "", options) if r else clean(value).strip())
        return [n for n in out if n]


def listed(key: str, items, options: PrintOptions, styles: Styles, warnings: list[str]) -> list:
    """A section of bullets (outputs, sources). These lists hold one language; when it is not the print
    language the heading says so, and so do the warnings."""
    out: list = [section(key, options, styles)]
    lang = written_in(items)
    if options.lang != "both" and lang and lang != options.primary:
        note = label(f"written_in_{lang}", options.primary)
        out.append(Paragraph(markup(note), styles.small))
        heading = pick(label(key, "vi"), label(key, "en"), options)
        warnings.append(PrintWarning(f"'{heading}' is recorded in {'Vietnamese' if lang == 'vi' else 'English'} only; "
                                     "printed as recorded.", "print.other_language", field=key, lang=lang))
    out.append(bullets(items, styles))
    return out
