"""A cross-process file lock: one index writer at a time (Whoosh refuses a second one at once)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from pan_desktop.core.errors import PanError


class IndexBusy(PanError):
    """Another program is writing the search index."""


_thread_locks: dict[str, threading.RLock] = {}
_guard = threading.Lock()


@contextmanager
def write_lock(path: Path, timeout: float = 30.0):
    """Hold the writer lock of an index folder (threads of this process, then other processes)."""
    with _guard:
        tlock = _thread_locks.setdefault(str(path), threading.RLock())
    if not tlock.acquire(timeout=timeout):
        raise IndexBusy("The search index is being written by another task. Try again in a moment.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise IndexBusy("The search index is being written by another PAN Desktop window or command. "
                            "Close it or wait for it to finish, then try again.") from None
        try:
            yield
        finally:
            lock.release()
    finally:
        tlock.release()
