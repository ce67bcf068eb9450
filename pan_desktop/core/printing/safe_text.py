"""Text made safe for ReportLab ``Paragraph``: the only way printables turn content into markup.

``markup(text)`` normalises to NFC, drops control and invisible format characters, escapes ``& < >``
(ReportLab parses markup: an unescaped ``<`` raises, ``<b>`` turns bold, ``R&D`` becomes ``R&D;``), and
wraps characters the base font lacks in the fallback font — or replaces them with a visible box. Long
words need nothing here: every style sets ``splitLongWords`` so ReportLab breaks them at the margin.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from pan_desktop.core.printing.fonts import FontSet, register_fonts

_DROP_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}  # controls, invisible format, surrogates, private, unassigned
_KEEP_FORMAT = {"\u00ad"}  # the soft hyphen is a real break opportunity and the font has it


def clean(text: object) -> str:
    """NFC text with controls dropped; tabs and line breaks become spaces (``keep_lines`` in markup)."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text))
    if _plain_set().issuperset(map(ord, s)):  # the common case: nothing to drop or change
        return s
    return "".join(_clean_char(c) for c in s)


_PLAIN: frozenset[int] | None = None


def _plain_set() -> frozenset[int]:
    """Code points the base font draws that ``clean`` keeps as they are (plus the newline)."""
    global _PLAIN
    if _PLAIN is None:
        _PLAIN = frozenset(cp for cp in register_fonts().base_cover if _clean_char(chr(cp)) == chr(cp)) | {10}
    return _PLAIN


def _clean_char(c: str) -> str:
    if c in "\t\r\n\u2028\u2029\x0b\x0c":
        return " " if c != "\n" else "\n"
    if c in _KEEP_FORMAT:
        return c
    return "" if unicodedata.category(c) in _DROP_CATEGORIES else c


def markup(text: object, keep_lines: bool = False) -> str:
    """Safe ``Paragraph`` markup for plain text; with ``keep_lines`` newlines become ``<br/>``."""
    s = clean(text)
    if keep_lines:
        return "<br/>".join(_runs(line) for line in s.split("\n"))
    return _runs(s.replace("\n", " "))


def _runs(s: str) -> str:
    fonts = register_fonts()
    if fonts.base_cover.issuperset(map(ord, s)):
        return escape(s)
    out: list[str] = []
    for font, run in _split_by_font(s, fonts):
        out.append(escape(run) if font is None else f'<font name="{font}">{escape(run)}</font>')
    return "".join(out)


def _split_by_font(s: str, fonts: FontSet) -> list[tuple[str | None, str]]:
    """Consecutive runs of (font or None for the base font, text)."""
    runs: list[tuple[str | None, str]] = []
    for c in s:
        cp = ord(c)
        if cp in fonts.base_cover or c == " ":
            font, shown = None, c
        elif fonts.fallback and cp in fonts.fallback_cover and cp <= 0xFFFF:
            # Above U+FFFF (emoji) ReportLab 5.1 writes a malformed ToUnicode entry: show the box instead.
            font, shown = fonts.fallback, c
        else:
            font, shown = fonts.replacement()
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + shown)
        else:
            runs.append((font, shown))
    return runs


def missing_characters(text: object) -> set[str]:
    """Characters of ``text`` that no registered font can draw (they print as a box)."""
    fonts = register_fonts()
    return {c for c in clean(text) if c not in " \n" and ord(c) not in fonts.base_cover
            and (ord(c) not in fonts.fallback_cover or ord(c) > 0xFFFF)}
