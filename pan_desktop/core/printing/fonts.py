"""The printables' fonts: Be Vietnam Pro (embedded, subset by ReportLab) and a fallback for what it lacks.

Registered once per process. ReportLab embeds only the glyphs a document uses, so a 100-page handout
carries a few tens of kilobytes of font. Characters Be Vietnam Pro lacks (arrows, emoji, other scripts)
are drawn with a fallback TrueType font found on the system (DejaVu Sans on most Linux systems) or, when
no installed font has them either, shown as a visible replacement — never dropped silently.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

BASE = "PanSans"  # family name used in every style
FALLBACK = "PanFallback"
REPLACEMENT_BOX = "\u25a1"  # □, drawn with the fallback font when it has it
REPLACEMENT_TEXT = "[?]"  # when no font at hand has the box either

_STYLES = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
# TrueType fonts with wide coverage, by platform; the first that loads becomes the fallback.
_FALLBACK_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/freefont/FreeSans.ttf", "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", ""),
    (os.path.expandvars(r"%WINDIR%\Fonts\seguisym.ttf"), ""),
    (os.path.expandvars(r"%WINDIR%\Fonts\arial.ttf"), os.path.expandvars(r"%WINDIR%\Fonts\arialbd.ttf")),
)
ENV_FALLBACK = "PAN_PRINT_FALLBACK_FONT"  # a .ttf path that overrides the search (tests, odd systems)


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and which code points each covers."""

    base: str
    base_cover: frozenset[int]
    fallback: str | None
    fallback_cover: frozenset[int]

    def replacement(self) -> tuple[str | None, str]:
        """(font, text) to show for a character no font has."""
        if self.fallback and ord(REPLACEMENT_BOX) in self.fallback_cover:
            return self.fallback, REPLACEMENT_BOX
        return None, REPLACEMENT_TEXT


_lock = threading.Lock()
_fonts: FontSet | None = None


def be_vietnam_pro_dir() -> Path:
    import fontpkg_be_vietnam_pro as pkg

    return Path(pkg.ROOT) / "files"


def register_fonts() -> FontSet:
    """Register the fonts with ReportLab (once per process) and return what they cover."""
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = _register()
        return _fonts


def _register() -> FontSet:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = be_vietnam_pro_dir()
    cover: frozenset[int] = frozenset()
    for suffix, style in _STYLES.items():
        font = TTFont(BASE + suffix, str(files / f"BeVietnamPro-{style}.ttf"))
        pdfmetrics.registerFont(font)
        if not suffix:
            cover = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(BASE, normal=BASE, bold=BASE + "-Bold", italic=BASE + "-Italic",
                                  boldItalic=BASE + "-BoldItalic")
    fallback, fb_cover = _register_fallback(pdfmetrics, TTFont)
    return FontSet(BASE, cover, fallback, fb_cover)


def _register_fallback(pdfmetrics, TTFont) -> tuple[str | None, frozenset[int]]:
    candidates = list(_FALLBACK_CANDIDATES)
    if os.environ.get(ENV_FALLBACK):
        candidates.insert(0, (os.environ[ENV_FALLBACK], ""))
    for regular, bold in candidates:
        if not regular or not os.path.isfile(regular):
            continue
        try:
            font = TTFont(FALLBACK, regular)
            pdfmetrics.registerFont(font)
            bold_name = FALLBACK
            if bold and os.path.isfile(bold):
                pdfmetrics.registerFont(TTFont(FALLBACK + "-Bold", bold))
                bold_name = FALLBACK + "-Bold"
        except Exception as exc:  # noqa: BLE001 - a font we cannot read is simply not used
            log.info("fallback font %s not usable: %s", regular, exc)
            continue
        # <b>/<i> inside a fallback run map to the fallback's own faces (no italic: upright is fine).
        pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=bold_name, italic=FALLBACK, boldItalic=bold_name)
        log.info("printing fallback font: %s", regular)
        return FALLBACK, frozenset(font.face.charToGlyph)
    log.warning("no fallback font found; characters Be Vietnam Pro lacks print as %s", REPLACEMENT_TEXT)
    return None, frozenset()

# Tables draw plain-string cells in Helvetica unless told otherwise: every TableStyle starts with this.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), BASE)
