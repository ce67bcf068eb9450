"""What a print wants the person to know (a logo it could not read, a name printed smaller...).

A :class:`PrintWarning` is the English sentence the command line prints (it *is* a ``str``, so the
``--json`` report stays a list of strings) and carries a ``code`` with ``params``, so the window shows it
in the interface language (``ui/printing/messages.py``).
"""

from __future__ import annotations

import unicodedata


class PrintWarning(str):
    """``PrintWarning(english, code, **params)``."""

    code: str
    params: dict

    def __new__(cls, english: str, code: str, **params) -> "PrintWarning":
        obj = super().__new__(cls, english)
        obj.code = code
        obj.params = params
        return obj


def logo_unreadable(path: str, reason: str) -> PrintWarning:
    return PrintWarning(f"The logo {path} could not be read ({reason}); printed without it. Choose a PNG or JPEG "
                        "file in Settings.", "print.logo_unreadable", path=path)


def text_warnings(text: str, where: str) -> list[PrintWarning]:
    """Warnings about ``text`` (printed at ``where``, e.g. "certificate 3"): characters no font has, and
    right-to-left writing, which prints left to right."""
    from pan_desktop.core.printing.safe_text import missing_characters

    out = []
    missing = "".join(sorted(missing_characters(text)))
    if missing:
        out.append(PrintWarning(f"{where}: the characters {missing} are in none of the fonts and print as a box; "
                                "correct the text or write them by hand.", "print.missing_characters",
                                where=where, chars=missing))
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        out.append(PrintWarning(f"{where}: '{text}' is written right to left (Arabic or Hebrew script); it prints "
                                "left to right, so its letters read backwards. Write it by hand on the printed page.",
                                "print.right_to_left", where=where, text=text))
    return out
