"""Lesson Markdown to ReportLab flowables: headings, paragraphs, lists, bold/italic, tables, images
from the pack's ``media/``, block quotes and code. Every text run goes through :func:`safe_text.markup`;
raw HTML in the Markdown is printed as text, never interpreted."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, ListFlowable, ListItem, Paragraph, Table, TableStyle

from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.flowables import para
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.safe_text import markup
from pan_desktop.core.printing.styles import Styles

log = logging.getLogger(__name__)
_INLINE_TAGS = {"strong_open": "<b>", "strong_close": "</b>", "em_open": "<i>", "em_close": "</i>",
                "s_open": "<strike>", "s_close": "</strike>"}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


class MarkdownRenderer:
    """Renders Markdown for one document; ``media_root`` is the pack folder images may come from."""

    def __init__(self, styles: Styles, lang: str, media_root: Path | None = None, frame_width: float = 150 * mm):
        self.styles, self.lang, self.frame_width = styles, lang, frame_width
        self.media_root = media_root.resolve() if media_root else None
        self.heading_offset = 1  # "#" in a lesson is a section under the lesson title

    def render(self, text: str, style=None) -> list:
        """Flowables for Markdown ``text``; ``style`` (default body) sets its paragraphs apart."""
        tokens = _parser().parse(text or "")
        out, _ = self._blocks(tokens, 0, None, style)
        return out

    # -- blocks --------------------------------------------------------------------------------------
    def _blocks(self, tokens, i: int, until: str | None, style=None):
        out: list = []
        while i < len(tokens):
            t = tokens[i]
            if until and t.type == until:
                return out, i + 1
            if t.type == "heading_open":
                level = min(3, int(t.tag[1]) + self.heading_offset)
                out.append(Paragraph(self._inline(tokens[i + 1]), getattr(self.styles, f"h{level}")))
                i += 3
            elif t.type == "paragraph_open":
                inline = tokens[i + 1]
                out.extend(self._paragraph(inline, style or self.styles.body))
                i += 3
            elif t.type in ("bullet_list_open", "ordered_list_open"):
                flow, i = self._list(tokens, i)
                out.append(flow)
            elif t.type == "blockquote_open":
                inner, i = self._blocks(tokens, i + 1, "blockquote_close", self.styles.quote)
                out.append(self._quote_box(inner))
            elif t.type == "table_open":
                flow, i = self._table(tokens, i)
                out.append(flow)
            elif t.type in ("fence", "code_block", "html_block"):
                out.append(Paragraph(markup(t.content.rstrip("\n"), keep_lines=True), self.styles.code))
                i += 1
            elif t.type == "hr":
                from pan_desktop.core.printing.flowables import rule

                out.append(rule(self.styles))
                i += 1
            else:
                i += 1
        return out, i

    def _paragraph(self, inline, style) -> list:
        images = [c for c in (inline.children or []) if c.type == "image"]
        text = self._inline(inline)
        out = [Paragraph(text, style)] if text.strip() else []
        out.extend(self._image(img) for img in images)
        return out

    def _list(self, tokens, i: int):
        ordered = tokens[i].type == "ordered_list_open"
        close = "ordered_list_close" if ordered else "bullet_list_close"
        start = int(tokens[i].attrs.get("start", 1) or 1) if ordered else 1
        items: list = []
        i += 1
        while i < len(tokens) and tokens[i].type != close:
            if tokens[i].type == "list_item_open":
                inner, i = self._blocks(tokens, i + 1, "list_item_close", self.styles.bullet)
                items.append(ListItem(inner or [Paragraph("", self.styles.bullet)]))
            else:
                i += 1
        s = self.styles
        kw = dict(bulletType="1", start=start, bulletFormat="%s.") if ordered else dict(bulletType="bullet", start="•")
        flow = ListFlowable(items, leftIndent=s.base_size * 1.4, bulletFontName=s.body.fontName,
                            bulletFontSize=s.base_size, bulletColor=s.palette.accent, spaceAfter=s.base_size * 0.4, **kw)
        return flow, i + 1

    def _quote_box(self, inner: list):
        t = Table([[inner]], colWidths=[self.frame_width - 8])
        t.setStyle(TableStyle([CELL_FONT, ("LINEBEFORE", (0, 0), (0, 0), 2, self.styles.palette.accent),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        t.spaceAfter = self.styles.base_size * 0.6
        return t

    def _table(self, tokens, i: int):
        rows: list[list] = []
        header_rows = 0
        i += 1
        in_head = False
        while i < len(tokens) and tokens[i].type != "table_close":
            t = tokens[i]
            if t.type == "thead_open":
                in_head = True
            elif t.type == "thead_close":
                in_head = False
            elif t.type == "tr_open":
                rows.append([])
                header_rows += 1 if in_head else 0
            elif t.type == "inline" and rows:
                rows[-1].append(Paragraph(self._inline(t), self.styles.cell_head if in_head else self.styles.cell))
            i += 1
        width = max((len(r) for r in rows), default=1)
        for r in rows:
            r.extend(Paragraph("", self.styles.cell) for _ in range(width - len(r)))
        pal = self.styles.palette
        table = Table(rows or [[""]], colWidths=[self.frame_width / width] * width, repeatRows=header_rows)
        table.setStyle(TableStyle([CELL_FONT, 
            ("GRID", (0, 0), (-1, -1), 0.5, pal.rule), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), pal.tint) if header_rows else ("VALIGN", (0, 0), (0, 0), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        table.spaceAfter = self.styles.base_size * 0.7
        return table, i + 1

    def _image(self, token):
        src = token.attrs.get("src", "") or ""
        name = Path(src).name or src
        path = self._media_path(src)
        if path is None:
            return Paragraph(markup(label("image_missing", self.lang, name=name)), self.styles.small)
        try:
            img = Image(str(path))
            iw, ih = img.imageWidth, img.imageHeight
            scale = min(1.0, self.frame_width / max(iw, 1), 90 * mm / max(ih, 1))
            img.drawWidth, img.drawHeight = iw * scale, ih * scale
            alt = "".join(c.content for c in (token.children or []) if c.type == "text")
            return KeepTogether([img, para(alt, self.styles.small)] if alt else [img])
        except Exception as exc:  # noqa: BLE001 - an unreadable image prints as a note, not a failure
            log.info("image %s not printable: %s", path, exc)
            return Paragraph(markup(label("image_missing", self.lang, name=name)), self.styles.small)

    def _media_path(self, src: str) -> Path | None:
        """The image file inside the pack's ``media/`` folder, never outside it."""
        if self.media_root is None or "://" in src or not src:
            return None
        media = (self.media_root / "media").resolve()
        try:
            path = (self.media_root / src).resolve()
        except (OSError, ValueError):
            return None
        if not path.is_relative_to(media) or not path.is_file():
            return None
        return path

    # -- inline ----------------------------------------------------------------------------------------
    def _inline(self, inline) -> str:
        out: list[str] = []
        links: list[str] = []
        for c in inline.children or []:
            if c.type in ("text", "html_inline"):
                out.append(markup(c.content))
            elif c.type == "code_inline":
                out.append(f'<font backColor="#eeeeee">{markup(c.content)}</font>')
            elif c.type in _INLINE_TAGS:
                out.append(_INLINE_TAGS[c.type])
            elif c.type == "softbreak":
                out.append(" ")
            elif c.type == "hardbreak":
                out.append("<br/>")
            elif c.type == "link_open":
                links.append(str(c.attrs.get("href", "") or ""))
            elif c.type == "link_close":
                href = links.pop() if links else ""
                if href and "://" in href:  # paper has no links: print where it goes
                    out.append(f" ({markup(href)})")
        return "".join(out)
