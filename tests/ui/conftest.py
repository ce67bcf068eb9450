"""A real main window over a data dir holding the bundled records, content and search index."""

import shutil
import sqlite3

import pytest


@pytest.fixture(scope="session")
def _initialised_template(tmp_path_factory, _template_dir):
    """Bundled records and packs loaded and the search index built once per test session."""
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


@pytest.fixture
def window(qtbot, tmp_path, _initialised_template):
    from pan_desktop.app import build_context, build_main_window
    from pan_desktop.core.ids import uuid7
    from pan_desktop.core.services import Services

    data_dir = tmp_path / "data"
    shutil.copytree(_initialised_template, data_dir)
    con = sqlite3.connect(data_dir / "pan.db")
    with con:
        con.execute("UPDATE device_state SET device_id = ?", (uuid7(),))
    con.close()
    services = Services.open(data_dir)
    ctx = build_context(services, data_dir)
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=15000):
        win.start()
    page = win.record_pages["initiatives"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=10000)
    yield win
    ctx.pools.wait()
    ctx.bridge.close()
    ctx.translation.uninstall()
    services.close()
