"""The real main window walked as a person walks it, on a laptop screen (1366×768) and a netbook's (1024×600).

Qt's offscreen platform is given both screens (``screens.json``) before the QApplication exists. Every
journey fails on a logged error, an exception in a slot (pytest-qt), a warning box left open, or a window
larger than its screen.
"""

from __future__ import annotations

import logging
import os
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import copy_data_dir

SCREENS_FILE = Path(__file__).with_name("screens.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS_FILE}"
SIZES = {"1366x768": "laptop-1366x768", "1024x600": "netbook-1024x600"}
TASKBAR = 40  # a Windows taskbar takes this much of a real screen's height


class ErrorLog(logging.Handler):
    """Keeps every record at ERROR or above logged while a journey runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def error_log():
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    assert not handler.records, "errors were logged:\n" + "\n".join(handler.format(r) for r in handler.records)


def screen_named(name: str):
    from PySide6.QtGui import QGuiApplication

    for screen in QGuiApplication.screens():
        if screen.name() == name:
            return screen
    raise AssertionError(f"the offscreen platform has no screen {name}: was QApplication made before "
                         f"{SCREENS_FILE.name} was set? screens: {[s.name() for s in QGuiApplication.screens()]}")


def warning_boxes():
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            and w.icon() in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical)]


def assert_fits(window) -> None:
    """The window lies inside its screen's available area, and could shrink to a screen with a taskbar."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert area.contains(frame), f"window {frame} is outside the screen's available area {area}"
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert need.width() <= area.width() and need.height() <= area.height() - TASKBAR, (
        f"the window needs at least {need.width()}×{need.height()}: more than {area.width()}×{area.height() - TASKBAR}")


@dataclass
class Walk:
    """A window opened on one screen in one language, and the helpers a journey uses."""

    window: object
    qtbot: object
    data_dir: Path

    @property
    def ctx(self):
        return self.window.ctx

    def click_nav(self, key: str):
        """Click the page's entry in the navigation, as a person does; returns the page shown."""
        from PySide6.QtCore import Qt

        nav = self.window.nav
        row = self.window._index(key)
        nav.scrollToItem(nav.item(row))
        rect = nav.visualItemRect(nav.item(row))
        self.qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = self.window.page(key)
        assert self.window.stack.currentWidget() is page, f"the {key} page did not open"
        assert page.isVisible()
        return page

    def check(self) -> None:
        """Nothing went wrong so far: no warning box, the window fits its screen."""
        self.qtbot.wait(10)
        boxes = warning_boxes()
        assert not boxes, "a warning was shown: " + " | ".join(b.text() for b in boxes)
        assert_fits(self.window)


def open_window(qtbot, data_dir: Path, lang: str = "vi", size: str = "1366x768", ready: bool = True, services=None):
    """The real main window over ``data_dir`` on the screen of ``size``, started as ``run_gui`` starts it."""
    from pan_desktop.app import build_context, build_main_window
    from pan_desktop.core.services import Services

    services = services or Services.open(data_dir)
    services.settings.language = lang
    ctx = build_context(services, data_dir)
    window = build_main_window(ctx)  # closed and deleted by close_window, not by qtbot
    screen = screen_named(SIZES[size])
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())  # else the window opens where the first screen is
    window.show()
    assert window.screen() is screen, f"the window opened on {window.screen().name()}, not {screen.name()}"
    window.activateWindow()  # keys go to the window a person is looking at
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    if ready:
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.start()
    return window


def stop_background_timers(ctx) -> None:
    """The sync controller outlives the window (it belongs to the context): its five-minute automatic
    sync must not fire in a later test, on a data folder that is gone."""
    ctx.stop_background()


_closed: set[int] = set()  # windows a test closed itself (the fixture then leaves them alone)


def close_window(window) -> None:
    """As run_gui ends: the window closes, pending timers fire, running jobs finish, then widgets go."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest

    if id(window) in _closed:
        return
    _closed.add(id(window))
    ctx = window.ctx
    window.close()
    stop_background_timers(ctx)
    QTest.qWait(450)  # a debounced job (the print preview) starts now, not after its page is gone
    ctx.pools.wait()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.bridge.close()
    ctx.translation.uninstall()
    ctx.services.close()


@pytest.fixture
def walk_data(tmp_path, _initialised_template) -> Path:
    return copy_data_dir(_initialised_template, tmp_path / "data")


@pytest.fixture
def walker(qtbot, walk_data, error_log, forbid_gui_thread_sql):
    """``walker(lang, size)``: a started window to walk; closed, and checked, after the test. No SQL may run
    on the GUI thread while it is walked (``forbid_gui_thread_sql``; a journey wraps its own database calls
    in ``forbid_gui_thread_sql.allowed()``)."""
    opened = []

    def make(lang: str = "vi", size: str = "1366x768", data_dir: Path | None = None, services=None) -> Walk:
        from pan_desktop.core.services import Services

        with forbid_gui_thread_sql.allowed():  # opening the data folder comes before the window, as in run_gui
            services = services or Services.open(data_dir or walk_data)
        window = open_window(qtbot, data_dir or walk_data, lang, size, services=services)
        opened.append(window)
        walk = Walk(window, qtbot, data_dir or walk_data)
        walk.check()
        return walk

    yield make
    for window in opened:
        close_window(window)
    _closed.difference_update(id(w) for w in opened)


def type_into(widget, text: str) -> None:
    """Type ``text`` where the cursor is (QTest.keyClicks aborts on text outside Latin-1, so insert)."""
    widget.setFocus()
    widget.insert(text)


def visible_of(kind):
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@contextmanager
def read_only_folder(folder: Path):
    """``folder`` seen through a read-only path, as a write-protected USB stick is: a read-only bind mount
    when running as root (root writes through permission bits), else the folder with its write bits off."""
    if os.geteuid() == 0:
        view = folder.with_name(folder.name + "-stick")
        view.mkdir()
        subprocess.run(["mount", "--bind", str(folder), str(view)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
            yield view
        finally:
            subprocess.run(["umount", "--lazy", str(view)], check=True)  # lazy: a failed test may still hold files
            view.rmdir()
        return
    paths = [folder, *folder.rglob("*")]
    for path in paths:
        path.chmod(path.stat().st_mode & ~0o222)
    try:
        yield folder
    finally:
        for path in paths:
            path.chmod(path.stat().st_mode | 0o200)
