"""Text normalisation shared by storage, filters and search: NFC, case folding, diacritic folding."""

from __future__ import annotations

import re
import unicodedata

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def nfc(text: str) -> str:
    """Compose Vietnamese text to NFC, the one form stored and compared everywhere."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lowercase and drop every diacritic (``Đường`` -> ``duong``), for accent-insensitive matching.

    NFC first: a decomposed input folds to the same result as a composed one.
    """
    if text.isascii():
        return text.lower()
    lowered = nfc(text).lower().replace("đ", "d")
    stripped = "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def slug(text: str) -> str:
    """ASCII key of a name: ``Bà Rịa–Vũng Tàu`` -> ``ba-ria-vung-tau``."""
    return _SLUG_JUNK.sub("-", fold(text)).strip("-")


def clean_text(text: str) -> str:
    """NFC, strip surrounding blanks, drop control characters (other than tab and newlines) and lone
    surrogates (they cannot be stored as UTF-8)."""
    return _CONTROL.sub("", nfc(text)).strip()


def number_text(value: float, lang: str, places: int = 1) -> str:
    """A number as the print language writes it: ``1.234,5`` in Vietnamese, ``1,234.5`` in English (at most
    ``places`` decimals, trailing zeros dropped). The window writes numbers through QLocale instead."""
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if lang == "en" else text.translate(str.maketrans(",.", ".,"))
