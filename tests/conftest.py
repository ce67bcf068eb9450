"""Shared fixtures. Qt runs offscreen; the database fixture copies a migrated template."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(scope="session")
def _template_dir(tmp_path_factory) -> Path:
    """A data dir migrated once per test session."""
    from pan_desktop.core.services import Services

    path = tmp_path_factory.mktemp("template")
    Services.open(path).close()
    return path


@pytest.fixture
def data_dir(tmp_path, _template_dir) -> Path:
    """A fresh, migrated, empty data dir for one test (its own device id)."""
    target = tmp_path / "data"
    shutil.copytree(_template_dir, target)
    import sqlite3

    from pan_desktop.core.ids import uuid7

    con = sqlite3.connect(target / "pan.db")
    with con:
        con.execute("UPDATE device_state SET device_id = ?", (uuid7(),))
    con.close()
    return target


@pytest.fixture
def services(data_dir):
    """Services over an empty data dir."""
    from pan_desktop.core.services import Services

    svc = Services.open(data_dir)
    yield svc
    svc.close()
