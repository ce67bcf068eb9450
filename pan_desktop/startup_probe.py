"""Start-up figures for ``bench/startup_bench.py``, switched on by ``PAN_STARTUP_PROBE``.

The app prints ``window-shown <s>`` when the main window has painted for the first time, with
``rss-shown-mb <MB>`` (resident memory then) and, before them, ``phase-<name> <s>`` for each start-up
phase the app marked as it ended; then, once the start-up work is done (``MainWindow.ready``, or at once
for a window without that signal), ``ready <s>`` and ``rss-mb <MB>``; then, once the background work the
start-up began has finished too (the window's worker pools idle: search index brought up to date,
pages and counts loaded), ``settled <s>`` and ``rss-settled-mb <MB>``, and quits. Seconds count from process start: the value of ``PAN_STARTUP_PROBE``
when it is a Unix timestamp (the benchmark sets it just before it launches the process), else the
process start time the OS reports (Linux), else the moment the app module was imported.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

SETTLE_MS = 300  # let the first page reloads land before memory is read
READY_TIMEOUT_MS = 30_000
IDLE_CHECKS = 3  # pools seen idle this many times in a row (every SETTLE_MS) count as settled


def process_start(env_value: str, fallback: float) -> float:
    """Epoch seconds the process started (see the module docstring for the order)."""
    try:
        value = float(env_value)
        if value > 1e9:
            return value
    except ValueError:
        pass
    try:  # Linux: field 22 of /proc/self/stat is the start time in clock ticks after boot
        stat = open("/proc/self/stat", encoding="ascii").read().rsplit(")", 1)[1].split()
        ticks = int(stat[19]) / os.sysconf("SC_CLK_TCK")
        boot = next(float(line.split()[1]) for line in open("/proc/stat", encoding="ascii") if line.startswith("btime"))
        return boot + ticks
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return fallback


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far (macOS), else 0."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    except (ImportError, OSError):
        return 0.0


class StartupProbe(QObject):
    """Watches ``window`` for its first paint, then waits for its ``ready`` signal and quits ``app``."""

    def __init__(self, app, window, env_value: str, fallback_start: float, marks=()):
        super().__init__(window)
        self.app, self.window = app, window
        self.t0 = process_start(env_value, fallback_start)
        self.marks = marks  # (phase, epoch seconds when it ended); the app appends more after this
        self.shown = False
        window.installEventFilter(self)
        ready = getattr(window, "ready", None)
        if ready is not None:
            ready.connect(self._ready)
        QTimer.singleShot(READY_TIMEOUT_MS, self._ready)

    def _say(self, text: str) -> None:
        try:
            print(text, flush=True)
        except (OSError, ValueError):  # the reader went away (a closed pipe): the figures are not wanted
            pass

    def eventFilter(self, obj, event) -> bool:
        if not self.shown and event.type() == QEvent.Type.Paint:
            self.shown = True
            # Posted, so the time is taken after this first paint has finished.
            QTimer.singleShot(0, self._shown)
            if getattr(self.window, "ready", None) is None:
                QTimer.singleShot(0, self._ready)
        return False

    def _shown(self) -> None:
        now = time.time()
        for name, at in self.marks:
            self._say(f"phase-{name} {at - self.t0:.3f}")
        self._say(f"window-shown {now - self.t0:.3f}\nrss-shown-mb {rss_mb():.1f}")

    def _ready(self) -> None:
        if getattr(self, "_done", False):
            return
        self._done = True
        ready_at = time.time() - self.t0

        def finish() -> None:
            self._say(f"ready {ready_at:.3f}")
            self._say(f"rss-mb {rss_mb():.1f}")
            self._idle = 0
            self._wait_settled()

        QTimer.singleShot(SETTLE_MS, finish)

    def _wait_settled(self) -> None:
        pools = getattr(getattr(self.window, "ctx", None), "pools", None)
        busy = pools is not None and (pools.write.activeThreadCount() or pools.general.activeThreadCount())
        self._idle = 0 if busy else self._idle + 1
        if self._idle < IDLE_CHECKS and time.time() - self.t0 < READY_TIMEOUT_MS / 1000:
            QTimer.singleShot(SETTLE_MS, self._wait_settled)
            return
        self._say(f"settled {time.time() - self.t0 - SETTLE_MS * IDLE_CHECKS / 1000:.3f}")
        self._say(f"rss-settled-mb {rss_mb():.1f}")
        self.app.quit()
