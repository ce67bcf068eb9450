"""A cross-process file lock: one index writer at a time (Whoosh refuses a second one at once)."""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from pan_desktop.core.errors import PanError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


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
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            while not _try_lock(fd):
                if time.monotonic() > deadline:
                    raise IndexBusy("The search index is being written by another PAN Desktop window or command. "
                                    "Close it or wait for it to finish, then try again.")
                time.sleep(0.05)
            try:
                yield
            finally:
                _unlock(fd)
        finally:
            os.close(fd)
    finally:
        tlock.release()
