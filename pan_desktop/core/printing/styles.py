"""Type scale and palette of the printables: one place for sizes and colours.

The palette is a dark green accent over near-black text; nothing carries meaning by colour alone, and
``bw`` turns every tint to grey so photocopies stay clean.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from pan_desktop.core.printing.fonts import BASE, register_fonts
from pan_desktop.core.printing.options import PrintOptions


@dataclass(frozen=True)
class Palette:
    ink: colors.Color
    accent: colors.Color
    muted: colors.Color
    rule: colors.Color
    tint: colors.Color  # light fill behind headers and boxes


COLOUR = Palette(colors.HexColor("#1d1d1b"), colors.HexColor("#1f5f3f"), colors.HexColor("#55595c"),
                 colors.HexColor("#9fb5a8"), colors.HexColor("#e9f1ec"))
GREY = Palette(colors.black, colors.black, colors.HexColor("#4a4a4a"), colors.HexColor("#8c8c8c"),
               colors.HexColor("#ececec"))


class Styles:
    """Paragraph styles for one set of options (body size follows paper and large print)."""

    def __init__(self, options: PrintOptions):
        register_fonts()
        self.palette = GREY if options.bw else COLOUR
        p = self.palette
        base = 9.5 if options.paper == "A5" else 10.5
        if options.large_print:
            base = max(14.0, base * 1.45)
        self.base_size = base
        lead = 1.42

        def style(name: str, size: float, font: str = BASE, color=p.ink, space_before: float = 0,
                  space_after: float = 0.45, **kw) -> ParagraphStyle:
            leading = kw.pop("leading", round(size * lead, 1))
            kw.setdefault("alignment", TA_LEFT)
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=color,
                                  spaceBefore=space_before * base, spaceAfter=space_after * base,
                                  splitLongWords=1, allowWidows=0, allowOrphans=0, **kw)

        self.body = style("body", base)
        self.title = style("title", base * 2.3, BASE + "-Bold", p.accent, space_after=0.5, leading=base * 2.3 * 1.18,
                           keepWithNext=1)
        self.subtitle = style("subtitle", base * 1.25, BASE, p.muted, space_after=1.0, keepWithNext=1)
        self.kicker = style("kicker", base * 0.85, BASE + "-Bold", p.accent, space_after=0.3, keepWithNext=1)
        self.h1 = style("h1", base * 1.6, BASE + "-Bold", p.accent, space_before=1.0, space_after=0.6, keepWithNext=1)
        self.h2 = style("h2", base * 1.25, BASE + "-Bold", p.ink, space_before=0.9, space_after=0.4, keepWithNext=1)
        self.h3 = style("h3", base * 1.05, BASE + "-Bold", p.ink, space_before=0.7, space_after=0.3, keepWithNext=1)
        self.small = style("small", base * 0.85, color=p.muted, space_after=0.25)
        self.second = style("second", base * 0.95, BASE + "-Italic", p.muted)  # the English line under Vietnamese
        self.bullet = style("bullet", base, leftIndent=base * 1.5, bulletIndent=base * 0.4, space_after=0.25)
        self.quote = style("quote", base, BASE + "-Italic", p.ink, leftIndent=base * 1.2, borderPadding=(2, 0, 2, 6),
                           borderColor=p.rule, borderWidth=0, space_after=0.6)
        self.cell = style("cell", base * 0.92, space_after=0)
        self.cell_head = style("cell_head", base * 0.92, BASE + "-Bold", space_after=0)
        self.label = style("label", base * 0.8, BASE + "-Bold", p.muted, space_after=0.1)
        self.centre = style("centre", base, alignment=TA_CENTER)
        # Facilitator notes: a tinted ground with an accent rule on the left, so they never pass for lesson text.
        self.note = style("note", base * 0.95, backColor=p.tint, borderColor=p.accent, borderWidth=0,
                          borderPadding=(3, 5, 3, 5), leftIndent=5, rightIndent=5, space_after=0.55)
        self.note_head = style("note_head", base * 0.85, BASE + "-Bold", p.accent, space_before=1.0, space_after=0.5,
                               keepWithNext=1)
        self.code = style("code", base * 0.9, leftIndent=base, backColor=p.tint, borderPadding=3, space_after=0.6)

    def scaled(self, name: str, factor: float, **kw) -> ParagraphStyle:
        """A copy of style ``name`` with the size (and leading) multiplied."""
        src: ParagraphStyle = getattr(self, name)
        kw.setdefault("leading", src.leading * factor)
        return ParagraphStyle(f"{name}x{factor}", parent=src, fontSize=src.fontSize * factor, **kw)
