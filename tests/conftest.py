"""Shared fixtures. Qt runs offscreen; the database fixture copies a migrated template."""

from __future__ import annotations

import os
import shutil
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
