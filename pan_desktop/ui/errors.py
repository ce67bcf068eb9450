"""One way to tell a person that something went wrong: what happened and what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pan_desktop.core.errors import Interrupted, PanError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The message for a person: a PanError's own text, or a general one for a bug (logged in full)."""
    if isinstance(exc, PanError):
        return str(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "The file or folder could not be used: {error}. Check that it exists and that you may write there.").format(error=exc.strerror or exc)
    return QCoreApplication.translate("errors", "Something went wrong inside PAN Desktop ({kind}). Your data is safe; the details are in the log file in the data folder.").format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` in a message box (cancellations are silent)."""
    if isinstance(exc, Interrupted):
        return
    if not isinstance(exc, PanError):
        log.error("unexpected error shown to the user", exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("errors", "PAN Desktop"), error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.open()
