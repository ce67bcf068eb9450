"""One way to write a file so that a crash or a pulled stick never leaves half of it: write a temporary
file beside it, sync it to disk, rename it over the old one."""

from __future__ import annotations

import os
import threading
from pathlib import Path


def write_atomic(path: Path, data: bytes, private: bool = False) -> int:
    """Replace ``path`` with ``data`` all at once; ``private`` creates it owner-only (0600 where the file
    system keeps modes). Each writer has a temporary name of its own, so two threads or processes saving
    the same file never write into one temporary. Returns the size written."""
    path = Path(path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600 if private else 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(data)
