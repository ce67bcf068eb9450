"""A real main window over a data dir holding the bundled records."""

import pytest


@pytest.fixture
def window(qtbot, services, data_dir):
    from pan_desktop.app import build_context, build_main_window

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
