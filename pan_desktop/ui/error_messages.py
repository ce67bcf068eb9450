"""What every error code says to a person, in the interface language.

Core errors carry a ``code`` and ``params`` (``core/errors.py``); this catalog holds the words for each
code as English source strings translated through the ``.ts`` pipeline (context ``errors``), so a
Vietnamese screen never shows the English message of an exception. An area that adds a code adds its
words here; ``tests/ui/test_error_messages.py`` fails on a code raised in core that has none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pan_desktop.core.errors import PanError

_tr = QCoreApplication.translate

MESSAGES: dict[str, Callable[[], str]] = {
    "error": lambda: _tr("errors", "PAN Desktop could not do this. Your data is unchanged; try again, and if it "
                                   "happens again, send the log file from the data folder to your secretariat."),
    "not_found": lambda: _tr("errors", "What you asked for is not here any more: it may have been deleted or "
                                       "moved. Refresh the list and try again."),
    "interrupted": lambda: _tr("errors", "Stopped, as you asked. What was already done is kept."),
    "data_dir": lambda: _tr("errors", "The data folder {path} cannot be used. Check that it exists and that "
                                      "you may write there, or choose another folder."),
    "invalid": lambda: _tr("errors", "Some values cannot be saved as they are. Correct the fields marked "
                                     "in red and try again."),
    "import.rejected": lambda: _tr("errors", "Nothing was imported from {file}: {count} problem(s) were "
                                             "found. Your data is unchanged. Fix the rows listed and import "
                                             "the file again."),
}


def message_for(exc: BaseException) -> str:
    """The person's message for ``exc``: its code's words filled with its params; a general message
    for a code without words or for an unexpected error (never the exception's English text)."""
    if isinstance(exc, PanError):
        words = MESSAGES.get(exc.code)
        if words is not None:
            try:
                return words().format(**exc.params)
            except (KeyError, IndexError, ValueError):
                pass  # words expect a param this error lacks: the general message still helps
        return MESSAGES["error"]()
    if isinstance(exc, OSError):
        return _tr("errors", "A file or folder could not be used ({name}). Check that it exists, that the "
                             "disk or USB stick is not full or write-protected, and try again.").format(
            name=exc.filename or "")
    return _tr("errors", "Something went wrong inside PAN Desktop. Your data is safe; the details are in the "
                         "log file in the data folder.")
