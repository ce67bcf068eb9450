"""A real main window over a data dir holding the bundled records, content and search index."""

import pytest

from tests.conftest import copy_data_dir
from tests.journeys.conftest import stop_background_timers


@pytest.fixture
def window(qtbot, tmp_path, _initialised_template):
    from pan_desktop.app import build_context, build_main_window
    from pan_desktop.core.services import Services

    data_dir = copy_data_dir(_initialised_template, tmp_path / "data")
    services = Services.open(data_dir)
    services.save_settings()  # a returning user: the window opens on the records, not the start page
    ctx = build_context(services, data_dir)
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=15000):
        win.start()
    page = win.record_pages["initiatives"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=10000)
    yield win
    stop_background_timers(ctx)
    ctx.pools.wait()
    ctx.bridge.close()
    ctx.translation.uninstall()
    services.close()
