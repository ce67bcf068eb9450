"""Background work for the GUI: run a function on a pool, get its result or error on the GUI thread.

Progress is data the worker records (``stage, done, total, label``); a GUI-thread timer shows it every
120 ms, and the worker checks ``progress.cancelled`` to stop. Never touch a widget from ``fn``.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from pan_desktop.core.errors import Interrupted

log = logging.getLogger(__name__)
T = TypeVar("T")
_here = threading.local()  # .pool: the pool whose job this worker thread is running


@dataclass
class ProgressState:
    stage: str = ""
    done: int = 0
    total: int = 0
    label: str = ""


class Progress:
    """Shared between a worker (writes) and the GUI (reads); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = ProgressState()
        self._cancel = threading.Event()

    def update(self, done: int | None = None, total: int | None = None, stage: str | None = None, label: str | None = None) -> None:
        """Record progress; raises Interrupted when the person cancelled (call it often)."""
        with self._lock:
            s = self._state
            self._state = ProgressState(stage if stage is not None else s.stage, done if done is not None else s.done,
                                        total if total is not None else s.total, label if label is not None else s.label)
        if self._cancel.is_set():
            raise Interrupted("Cancelled.")

    def snapshot(self) -> ProgressState:
        with self._lock:
            return self._state

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, pool: QThreadPool | None = None):
        super().__init__()
        self.fn, self.args, self.kwargs, self.pool = fn, args, kwargs, pool
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        _here.pool = self.pool
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, which reports it
            if not isinstance(exc, Interrupted):
                log.error("background job %s failed:\n%s", getattr(self.fn, "__name__", self.fn), traceback.format_exc())
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)
        finally:
            _here.pool = None


class _Call(QRunnable):
    """One call for :func:`run_on`: its result or error is handed back through ``done``."""

    def __init__(self, fn: Callable[[], Any], pool: QThreadPool):
        super().__init__()
        self.fn, self.pool = fn, pool
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        _here.pool = self.pool
        try:
            self.result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - raised again in the waiting thread
            self.error = exc
        finally:
            _here.pool = None
            self.done.set()


def run_on(pool: QThreadPool, fn: Callable[[], T]) -> T:
    """Run ``fn`` on ``pool`` and wait for its result (or raise its error) — from a worker thread, e.g.
    a sync on the general pool handing each database write to the single write thread. Never call it
    on the GUI thread: it blocks."""
    if threading.current_thread() is threading.main_thread():
        raise RuntimeError("run_on blocks: call it from a worker, never on the GUI thread")
    if getattr(_here, "pool", None) is pool:
        return fn()  # already on that pool: its one thread would wait for itself
    call = _Call(fn, pool)
    call.setAutoDelete(False)
    pool.start(call)
    call.done.wait()
    if call.error is not None:
        raise call.error
    return call.result


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Call back on the GUI thread; a widget closed while the job ran simply misses its result."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("result of a background job dropped: its widget was closed (%s)", exc)


class Handle:
    """A running job: its progress and a way to cancel it."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.finished = False

    def cancel(self) -> None:
        self.progress.cancel()


_live: set[_Job] = set()


def run_in_background(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[ProgressState], None] | None = None,
                      pool: QThreadPool | None = None, with_progress: bool = False, **kwargs: Any) -> Handle:
    """Run ``fn(*args, **kwargs)`` on ``pool`` (default: the global pool); callbacks run on the GUI thread.

    With ``with_progress=True`` the function receives ``progress=Progress()`` and ``on_progress`` is
    called every 120 ms while it runs. Runs on a worker: ``fn`` must not touch widgets.
    """
    progress = Progress()
    if with_progress:
        kwargs["progress"] = progress
    handle = Handle(progress)
    job = _Job(fn, args, kwargs, pool)
    job.setAutoDelete(False)
    _live.add(job)
    timer: QTimer | None = None
    if on_progress is not None:
        timer = QTimer()
        timer.setInterval(120)
        timer.timeout.connect(lambda: on_progress(progress.snapshot()))
        timer.start()

    def finish() -> None:
        handle.finished = True
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        _live.discard(job)

    def done(result: Any) -> None:
        finish()
        if on_done is not None:
            _deliver(on_done, result)

    def failed(exc: BaseException, _tb: str) -> None:
        finish()
        if on_error is not None:
            _deliver(on_error, exc)

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(job)
    return handle


class Pools:
    """One pool per resource: a single thread for database and index writes, one kept thread for searches,
    a wider pool for the rest."""

    def __init__(self) -> None:
        self.write = QThreadPool()
        self.write.setMaxThreadCount(1)
        # The search engine keeps its searcher and view per thread: a new thread pays ~0.3 s to build
        # them again (10k documents), so searches run in order on one thread that never expires.
        self.search = QThreadPool()
        self.search.setMaxThreadCount(1)
        self.search.setExpiryTimeout(-1)
        self.general = QThreadPool()
        self.general.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))

    def wait(self, msecs: int = 10000) -> None:
        """On quit: let running jobs finish."""
        self.general.waitForDone(msecs)
        self.search.waitForDone(msecs)
        self.write.waitForDone(msecs)
