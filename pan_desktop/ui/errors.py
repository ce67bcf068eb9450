"""One way to tell a person that something went wrong: what happened and what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pan_desktop.core.errors import Interrupted, PanError
from pan_desktop.ui.error_messages import message_for

log = logging.getLogger(__name__)
_open_boxes: set[QMessageBox] = set()  # a box without a parent is kept here until it closes


def error_text(exc: BaseException) -> str:
    """The message for a person, in the interface language."""
    return message_for(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox | None:
    """Show ``exc`` in a message box (cancellations are silent); returns the box shown.

    With no ``parent`` the box belongs to the active window, or is kept alive here until closed: a
    parentless box that nothing references is collected before it appears.
    """
    if isinstance(exc, Interrupted):
        return None
    if not isinstance(exc, PanError):
        log.error("unexpected error shown to the user", exc_info=exc)
    parent = parent or QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("errors", "PAN Desktop"),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _r, b=box: _open_boxes.discard(b))
    box.open()
    return box
