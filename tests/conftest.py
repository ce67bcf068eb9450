"""Shared fixtures. Qt runs offscreen; the database fixture copies a migrated template."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pan_desktop.ui.none_guard import keep_none_alive  # noqa: E402 - before any Qt call of the session

keep_none_alive()  # PySide6 6.12 takes a reference from None per None it returns: the suite used them all up
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(scope="session")
def _template_dir(tmp_path_factory) -> Path:
    """A data dir migrated once per test session."""
    from pan_desktop.core.services import Services

    path = tmp_path_factory.mktemp("template")
    Services.open(path).close()
    return path


def copy_data_dir(template: Path, target: Path) -> Path:
    """A copy of a template data dir with its own device id (two copies are two devices)."""
    import sqlite3

    from pan_desktop.core.ids import uuid7

    shutil.copytree(template, target)
    con = sqlite3.connect(target / "pan.db")
    with con:
        con.execute("UPDATE device_state SET device_id = ?", (uuid7(),))
    con.close()
    return target


@pytest.fixture
def data_dir(tmp_path, _template_dir) -> Path:
    """A fresh, migrated, empty data dir for one test (its own device id)."""
    return copy_data_dir(_template_dir, tmp_path / "data")


@pytest.fixture
def services(data_dir):
    """Services over an empty data dir."""
    from pan_desktop.core.services import Services

    svc = Services.open(data_dir)
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def _initialised_template(tmp_path_factory, _template_dir):
    """A data dir holding the bundled records, packs and a built search index, made once per test session
    (the window tests and the journeys copy it)."""
    from pan_desktop.core.search import IndexManager
    from pan_desktop.core.services import Services
    from pan_desktop.core.services.setup import initialise

    path = tmp_path_factory.mktemp("ui-template") / "data"
    shutil.copytree(_template_dir, path)
    services = Services.open(path)
    initialise(services)
    IndexManager.for_services(services).ensure()
    services.close()
    return path


class GuiThreadSql:
    """The SQL statements run on the GUI (main) thread while a test ran; see :func:`forbid_gui_thread_sql`."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self._allowed = 0

    def record(self, statement: str) -> None:
        if not self._allowed:
            self.statements.append(" ".join(statement.split())[:200])

    @contextmanager
    def allowed(self):
        """SQL the test itself runs on the main thread (setting data up, checking results afterwards)."""
        self._allowed += 1
        try:
            yield
        finally:
            self._allowed -= 1


@pytest.fixture
def forbid_gui_thread_sql():
    """Fail the test if the window runs any SQL on the GUI thread (it must read and write on workers).

    A SQLAlchemy ``before_cursor_execute`` listener on every engine records each statement executed on the
    main thread from the moment this fixture is set up; when the test ends the list must be empty.
    pytest sets fixtures up in the order the test lists them: list this one after the fixtures that
    prepare data (a hub, devices) and before or after the one that builds the window, as its set-up
    should count or not. Wrap the test's own database calls on the main thread in
    ``with forbid_gui_thread_sql.allowed(): ...``. Yields the :class:`GuiThreadSql`.
    """
    import threading

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    watch = GuiThreadSql()

    def listener(_conn, _cursor, statement, _params, _context, _executemany) -> None:
        if threading.current_thread() is threading.main_thread():
            watch.record(statement)

    event.listen(Engine, "before_cursor_execute", listener)
    try:
        yield watch
    finally:
        event.remove(Engine, "before_cursor_execute", listener)
    assert watch.statements == [], f"SQL ran on the GUI thread: {watch.statements[:5]}"
