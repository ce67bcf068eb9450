"""The composition root: logging, translation, the database, services and the main window."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)
STARTUP_PROBE_ENV = "PAN_STARTUP_PROBE"  # bench/startup_bench.py: report start-up figures, then quit
# Qt-free modules the main window's pages import anyway. run_gui imports them before PySide6: once
# PySide6 is loaded, shiboken's import hook inspects every module imported after it (from source this
# cost ~0.2 s and ~25 MB at start-up). Drop a module from here when its page stops needing it at start.
CORE_FOR_PAGES = ("pan_desktop.core.services", "pan_desktop.core.search", "pan_desktop.core.content",
                  "pan_desktop.core.sync.engine", "pan_desktop.core.sync.conflicts", "pan_desktop.core.printing.jobs")
_IMPORTED_AT = time.time()


def build_context(services, data_dir: Path):
    """The AppContext for ``services``; needs a QApplication."""
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.workers import Pools

    translation = Translation(data_dir / "cache" / "translations")
    translation.set_language(services.settings.language)
    return AppContext(services, Pools(), translation, ChangeBridge(services), data_dir)


def build_main_window(ctx):
    from pan_desktop.ui.main_window import MainWindow

    return MainWindow(ctx)


def _install_excepthook() -> None:
    from pan_desktop.ui.errors import show_error

    def hook(kind, exc, tb) -> None:
        log.critical("unhandled error", exc_info=(kind, exc, tb))
        try:
            show_error(None, exc)
        except Exception:  # noqa: BLE001 - never let the hook itself crash the app
            pass

    sys.excepthook = hook


def run_gui(data_dir: Path) -> int:
    """Open the window on ``data_dir``; returns the exit code."""
    marks = [("run_gui", time.time())]  # start-up phases, reported by the probe (bench/startup_bench.py)
    from pan_desktop.ui.none_guard import keep_none_alive

    keep_none_alive()  # PySide6 6.12 on Python 3.11 would use up None's references in a long session
    for name in CORE_FOR_PAGES:
        importlib.import_module(name)
    marks.append(("core-imports", time.time()))
    from PySide6.QtWidgets import QApplication

    from pan_desktop.ui.single_instance import SingleInstance
    from pan_desktop.ui.startup import open_services

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PAN Desktop")
    app.setOrganizationName("PAN")
    _install_excepthook()
    marks.append(("qapplication", time.time()))
    instance = SingleInstance(data_dir)
    if not instance.claim():
        return 0  # the window already open on this folder came to the front
    services = open_services(data_dir)  # read-only, or a dialog saying why not and None
    if services is None:
        return 1
    marks.append(("services", time.time()))
    ctx = build_context(services, data_dir)
    marks.append(("context", time.time()))
    window = build_main_window(ctx)
    marks.append(("main-window", time.time()))
    if os.environ.get(STARTUP_PROBE_ENV):
        from pan_desktop.startup_probe import StartupProbe

        window._startup_probe = StartupProbe(app, window, os.environ[STARTUP_PROBE_ENV], _IMPORTED_AT, marks)
    instance.activated.connect(window.bring_to_front)
    window.show()
    marks.append(("show", time.time()))
    window.start()
    code = app.exec()
    ctx.stop_background()
    ctx.pools.wait()
    ctx.bridge.close()
    services.close()
    return code
