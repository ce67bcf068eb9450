"""Small flowables the printables share: drawn tick boxes, ruled writing lines, QR codes, and bilingual
paragraphs. Tick boxes are shapes because Be Vietnam Pro has no ☐."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer
from reportlab.platypus.flowables import KeepTogether, _ContainerSpace, _listWrapOn

from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles


class TickBox(Flowable):
    """An empty square to tick by hand, optionally with a label to its right."""

    def __init__(self, size: float, color, label_para: Paragraph | None = None):
        super().__init__()
        self.size, self.color, self.label = size, color, label_para
        self._label_w = 0.0

    def wrap(self, avail_w, avail_h):
        if self.label is None:
            return self.size, self.size
        _, lh = self.label.wrap(max(10, avail_w - self.size * 1.6), avail_h)
        self._label_w = avail_w
        return avail_w, max(self.size, lh)

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.color)
        c.setLineWidth(0.9)
        h = max(self.size, self.label.height if self.label is not None else 0)
        c.rect(0, h - self.size, self.size, self.size, stroke=1, fill=0)
        c.restoreState()
        if self.label is not None:
            self.label.drawOn(c, self.size * 1.6, h - self.label.height + (self.size - self.label.style.fontSize) * 0.1)


class WriteLines(Flowable):
    """``count`` ruled lines to write on, ``gap`` apart, optionally with a short ``lead`` label (plain
    text in ``lead_style``'s font) before the first."""

    def __init__(self, count: int, gap: float, color, width: float | None = None, lead: str = "", lead_style=None):
        super().__init__()
        self.count, self.gap, self.color, self.width = count, gap, color, width
        self.lead, self.lead_style = lead, lead_style

    def wrap(self, avail_w, avail_h):
        self._w = self.width or avail_w
        return self._w, self.count * self.gap

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.canv
        c.saveState()
        start = 0.0
        if self.lead and self.lead_style is not None:
            st = self.lead_style
            c.setFont(st.fontName, st.fontSize)
            c.setFillColor(st.textColor)
            c.drawString(0, self.count * self.gap - self.gap + 3, self.lead)
            start = stringWidth(self.lead, st.fontName, st.fontSize) + 3
        c.setStrokeColor(self.color)
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        for i in range(self.count):
            y = self.count * self.gap - (i + 1) * self.gap + 1
            c.line(start if i == 0 else 0, y, self._w, y)
        c.restoreState()


class QRCode(Flowable):
    """A QR code drawn as vector squares (sharp at any print resolution)."""

    def __init__(self, data: str, size: float, color):
        super().__init__()
        import qrcode

        qr = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        qr.add_data(data)
        qr.make(fit=True)
        self.matrix = qr.get_matrix()
        self.size, self.color = size, color

    def wrap(self, avail_w, avail_h):
        return self.size, self.size

    def draw(self):
        c = self.canv
        n = len(self.matrix)
        cell = self.size / n
        c.saveState()
        c.setFillColor(self.color)
        path = c.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.size - (r + 1) * cell
            run = None
            for col, on in enumerate([*row, False]):
                if on and run is None:
                    run = col
                elif not on and run is not None:
                    path.rect(run * cell, y, (col - run) * cell + 0.01, cell + 0.01)
                    run = None
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


def para(text: object, style, keep_lines: bool = False) -> Paragraph:
    """A paragraph of plain text, made safe (escaped, NFC, fallback font)."""
    return Paragraph(markup(text, keep_lines=keep_lines), style)


def bilingual(vi: str, en: str, options: PrintOptions, style, second_style=None, keep_lines: bool = False) -> list:
    """Paragraphs for a text in the chosen language(s); with ``both``, the English follows in italics.

    An empty side falls back to the other language so nothing prints blank.
    """
    vi, en = clean(vi).strip(), clean(en).strip()
    if options.lang == "both":
        out = [para(vi or en, style, keep_lines)]
        if en and vi and en != vi:
            out.append(para(en, second_style or style, keep_lines))
        return out
    text = (en or vi) if options.lang == "en" else (vi or en)
    return [para(text, style, keep_lines)] if text else []


def pick(vi: str, en: str, options: PrintOptions, sep: str = " / ") -> str:
    """One line of text for a bilingual value: the chosen language, or ``vi / en`` for both."""
    vi, en = clean(vi).strip(), clean(en).strip()
    if options.lang == "both" and vi and en and vi != en:
        return f"{vi}{sep}{en}"
    return (en or vi) if options.lang == "en" else (vi or en)


def rule(styles: Styles, thick: float = 0.6, space: float = 4) -> HRFlowable:
    return HRFlowable(width="100%", thickness=thick, color=styles.palette.rule, spaceBefore=space, spaceAfter=space)


def gap(styles: Styles, lines: float = 1.0) -> Spacer:
    return Spacer(1, styles.base_size * lines)


def tick_size(styles: Styles) -> float:
    return max(3.6 * mm, styles.base_size * 1.05)


class HeadingGroup(_ContainerSpace, Flowable):
    """Headings kept with the start of what follows them — never the last thing on a page.

    Unlike ReportLab's ``KeepTogether``, which moves heading *and* the whole next block to a new page
    (leaving a page half empty before a long paragraph or table), this keeps only the headings with the
    first part of the next block that fits, and lets the rest flow on.
    """

    def __init__(self, heads: list, following: list):
        self._content = [*heads, *following]
        self._heads, self._following = heads, following

    def wrap(self, aw, ah):
        return aw, 0xFFFFFF  # always split: the frame then lays out the parts itself

    def split(self, aw, ah):
        from reportlab.platypus.doctemplate import FrameBreak

        _, heads_h = _listWrapOn(self._heads, aw, self.canv)
        first = self._following[0]
        room = ah - heads_h - self._heads[-1].getSpaceAfter() - first.getSpaceBefore()
        if room > 0 and self._starts_here(first, aw, room):
            return list(self._content)  # the start of the next block fits with the headings; the rest flows on
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self._content)  # already at the top of a page: nothing better to do
        return [FrameBreak, *self._content]

    def _starts_here(self, f, aw, room, depth: int = 0) -> bool:
        """Whether at least the first piece of ``f`` fits in ``room``."""
        if isinstance(f, KeepTogether):  # all of it or none of it
            return _listWrapOn(f._content, aw, self.canv)[1] <= room
        _, h = f.wrapOn(self.canv, aw, room)
        if h <= room:
            return True
        if depth > 3:
            return False
        first = next((p for p in f.split(aw, room) if not hasattr(p, "frameAction")), None)
        return first is not None and first is not f and self._starts_here(first, aw, room, depth + 1)


def keep_headings_with_next(story: list) -> list:
    """``story`` with every run of keep-with-next flowables (headings) grouped with what follows."""
    out: list = []
    i, n = 0, len(story)
    while i < n:
        f = story[i]
        if not _keeps_with_next(f):
            out.append(f)
            i += 1
            continue
        j = i
        while j < n and _keeps_with_next(story[j]):
            j += 1
        k = j
        while k < n and type(story[k]) is Spacer:
            k += 1
        if k >= n or _is_action(story[k]):
            out.extend(story[i:k])  # nothing to keep them with (end of story or a page break)
            i = k
            continue
        heads = story[i:k]
        for h in heads:
            h.__dict__["keepWithNext"] = 0  # ReportLab's own keep-together would move the whole block
        out.append(HeadingGroup(heads, [story[k]]))
        i = k + 1
    return out


def _keeps_with_next(f) -> bool:
    return bool(f.getKeepWithNext()) if hasattr(f, "getKeepWithNext") else False


def _is_action(f) -> bool:
    from reportlab.platypus.flowables import CondPageBreak, PageBreak

    return hasattr(f, "frameAction") or isinstance(f, (PageBreak, CondPageBreak))
