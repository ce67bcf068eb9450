"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

Each time a PySide6 6.12.0 binding hands Python ``None`` — an empty ``QVariant`` from ``item.data(role)``
or ``combo.currentData()``, a null pointer from ``parentWidget()`` or ``currentItem()`` — it takes a
reference from ``None`` without having given one. Python 3.12 makes ``None`` immortal, so nothing happens
there; on 3.11 ``None`` runs out of references after some tens of thousands of such calls and the process
aborts with "Fatal Python error: none_dealloc: deallocating None" (a long session, or the test suite, hits
it). :func:`keep_none_alive` gives ``None`` a reference count no session can use up, as 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # references; PySide6 takes one per call


def keep_none_alive() -> None:
    """Make ``None`` as good as immortal on Python before 3.12 (harmless and idempotent enough to call
    once per process; later calls only add headroom)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
