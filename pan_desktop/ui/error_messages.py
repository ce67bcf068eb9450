"""What every error code says to a person, in the interface language.

Core errors carry a ``code`` and ``params`` (``core/errors.py``); this catalog holds the words for each
code as English source strings translated through the ``.ts`` pipeline (context ``errors``), so a
Vietnamese screen never shows the English message of an exception. General codes are here; a UI area
keeps its own in ``pan_desktop/ui/<area>/messages.py`` (a ``MESSAGES`` dict, translated in that area's
``.ts`` file) and is listed in ``AREAS``. ``tests/ui/test_error_messages.py`` fails on a code raised in
core that has no words.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication

from pan_desktop.core.errors import PanError

translate = QCoreApplication.translate

# Modules holding an area's own MESSAGES, loaded the first time an error is shown.
AREAS: tuple[str, ...] = ("pan_desktop.ui.interchange_messages", "pan_desktop.ui.library.messages",
                          "pan_desktop.ui.sync.messages", "pan_desktop.ui.training.messages",
                          "pan_desktop.ui.sites.messages")

GENERAL: dict[str, Callable[[], str]] = {
    "error": lambda: translate("errors", "PAN Desktop could not do this. Your data is unchanged; try again, and if it "
                                   "happens again, send the log file from the data folder to your secretariat."),
    "not_found": lambda: translate("errors", "What you asked for is not here any more: it may have been deleted or "
                                       "moved. Refresh the list and try again."),
    "interrupted": lambda: translate("errors", "Stopped, as you asked. What was already done is kept."),
    "data_dir": lambda: translate("errors", "The data folder {path} cannot be used. Check that it exists and that "
                                      "you may write there, or choose another folder."),
    "data_dir.newer": lambda: translate("errors", "The data in {path} was saved by a newer version of PAN Desktop. "
                                            "Install that version (ask your secretariat) to open it; this one "
                                            "leaves the data untouched."),
    "data_dir.damaged": lambda: translate("errors", "The database {path} is damaged or is not a PAN Desktop database. "
                                              "Move it out of the data folder (keep it: it may be recoverable) and "
                                              "start PAN Desktop again, or put back one of the backups beside it."),
    "data_dir.read_only_old": lambda: translate("errors", "The data in {path} was saved by an older version of "
                                                    "PAN Desktop and cannot be updated, because the folder is "
                                                    "read-only (a write-protected USB stick?). Copy the folder to "
                                                    "this computer and open the copy."),
    "read_only": lambda: translate("errors", "This data folder is read-only, so nothing can be saved. Copy it to "
                                       "this computer (or remove the USB stick's write protection) to make "
                                       "changes."),
    "invalid": lambda: translate("errors", "Some values cannot be saved as they are. Correct the fields marked "
                                     "in red and try again."),
    "import.rejected": lambda: translate("errors", "Nothing was imported from {file}: {count} problem(s) were "
                                             "found. Your data is unchanged. Fix the rows listed and import "
                                             "the file again."),
}


@cache
def catalog() -> dict[str, Callable[[], str]]:
    """Every code's words: the general ones and each area's."""
    merged = dict(GENERAL)
    for name in AREAS:
        merged.update(importlib.import_module(name).MESSAGES)
    return merged


def message_for(exc: BaseException) -> str:
    """The person's message for ``exc``: its code's words filled with its params; a general message
    for a code without words or for an unexpected error (never the exception's English text)."""
    if isinstance(exc, PanError):
        words = catalog().get(exc.code)
        if words is not None:
            try:
                return words().format(**exc.params)
            except (KeyError, IndexError, ValueError):
                pass  # words expect a param this error lacks: the general message still helps
        return GENERAL["error"]()
    if isinstance(exc, OSError):
        return translate("errors", "A file or folder could not be used ({name}). Check that it exists, that the "
                             "disk or USB stick is not full or write-protected, and try again.").format(
            name=exc.filename or "")
    return translate("errors", "Something went wrong inside PAN Desktop. Your data is safe; the details are in the "
                         "log file in the data folder.")
