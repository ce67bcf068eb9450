"""Opening the data folder for the window: a folder that cannot be written opens read-only, and every reason
it cannot be opened at all is said in a dialog (a window that vanishes with its message on stderr, which
nobody sees on Windows, tells the person nothing)."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import DatabaseError

from pan_desktop.config import setup_logging
from pan_desktop.core.db import DB_FILENAME
from pan_desktop.core.errors import DataDirError, PanError
from pan_desktop.core.paths import ensure_data_dir
from pan_desktop.ui.error_messages import message_for

log = logging.getLogger(__name__)


def open_services(data_dir: Path):
    """The Services over ``data_dir``, read-only when it cannot be written; None after a dialog has said
    why the folder cannot be opened."""
    from pan_desktop.core.services import Services

    data_dir = Path(data_dir)
    try:
        ensure_data_dir(data_dir)
    except DataDirError as exc:
        if not (data_dir / DB_FILENAME).is_file():
            return _refuse(exc, data_dir)
        return _open_read_only(data_dir)
    if (data_dir / DB_FILENAME).is_file() and not os.access(data_dir / DB_FILENAME, os.W_OK):
        return _open_read_only(data_dir)  # the file alone is read-only: it would open, then refuse every save
    setup_logging(data_dir)
    try:
        return Services.open(data_dir)
    except PanError as exc:
        return _refuse(exc, data_dir)
    except DatabaseError as exc:  # the folder is writable but the database file is not
        if os.access(data_dir / DB_FILENAME, os.W_OK):
            raise
        log.warning("database %s cannot be written (%s); opening it read-only", data_dir / DB_FILENAME, exc.orig)
        return _open_read_only(data_dir)


def _open_read_only(data_dir: Path):
    from pan_desktop.core.services import Services

    setup_logging(Path(tempfile.gettempdir()) / "pan-desktop")  # the log cannot go in the folder itself
    log.info("data folder %s cannot be written: opening it read-only", data_dir)
    try:
        return Services.open_read_only(data_dir)
    except PanError as exc:
        return _refuse(exc, data_dir)


def _refuse(exc: PanError, data_dir: Path) -> None:
    """Say why, in the language of the folder's settings (read, never written), and give up."""
    from pan_desktop.core.settings import Settings
    from pan_desktop.ui.i18n import Translation

    log.error("the data folder cannot be opened: %s", exc)
    translation = Translation(Path(tempfile.gettempdir()) / "pan-desktop" / "translations")
    translation.set_language(Settings.load(data_dir).language)
    startup_error_box(exc).exec()
    translation.uninstall()
    return None


def startup_error_box(exc: BaseException) -> QMessageBox:
    """The dialog that says why the app cannot open (its words come from the error's code)."""
    title = QCoreApplication.translate("errors", "PAN Desktop cannot open its data")
    box = QMessageBox(QMessageBox.Icon.Critical, title, message_for(exc), QMessageBox.StandardButton.Close)
    box.setObjectName("startup_error")
    return box
