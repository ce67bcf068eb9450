"""What the printables' warnings say in the interface language: a warning carries a code and params
(``core/printing/warnings.py``); its English text is for the command line only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


translate = QCoreApplication.translate

WARNINGS: dict[str, Callable[[], str]] = {
    "print.logo_unreadable": lambda: translate("printing", "The logo {path} could not be read, so the print has no logo. Choose a PNG "
                                        "or JPEG file in Settings."),
    "print.name_shrunk": lambda: translate("printing", "{where}: the name is too long for one line; it is printed smaller, on {lines} "
                                    "line(s). Check it before printing."),
    "print.org_shortened": lambda: translate("printing", "{where}: the organisation is too long; it is shortened to two lines."),
    "print.missing_characters": lambda: translate("printing", "{where}: the characters {chars} are in none of the fonts and print as a "
                                           "box. Correct the text or write them by hand."),
    "print.right_to_left": lambda: translate("printing", "{where}: the name is written right to left and would print with its letters "
                                      "reversed. Write it by hand on the printed page."),
    "print.other_language": lambda: translate("printing", "One list in this print is recorded in the other language only; it is "
                                       "printed as recorded."),
}


def warning_text(warning: str) -> str:
    """A print warning in the interface language (its English text when it has no code)."""
    words = WARNINGS.get(getattr(warning, "code", ""))
    if words is None:
        return str(warning)
    params = dict(getattr(warning, "params", {}))
    if "where" in params:
        params["where"] = _where(params["where"])
    try:
        return words().format(**params)
    except (KeyError, IndexError, ValueError):
        return str(warning)


def _where(where: str) -> str:
    """``certificate 3 (Name)`` in the interface language."""
    head, sep, rest = where.partition(" (")
    if head.startswith("certificate "):
        return translate("printing", "Certificate {n}").format(n=head.split(" ", 1)[1]) + (f" ({rest}" if sep else "")
    return where
