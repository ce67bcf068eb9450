"""A tiny plain-Python observer: the core announces what changed, the UI decides whether to redraw."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class DataChanged:
    """Records of ``tables`` changed (``ids`` empty means many or unknown: reload all)."""

    tables: frozenset[str]
    ids: frozenset[str] = frozenset()
    kind: str = "update"


class Observer(Generic[T]):
    """Callbacks run on the thread that emits; a failing callback is logged, never breaks the emitter."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[T], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, fn: Callable[[T], None]) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(fn)
        return lambda: self.unsubscribe(fn)

    def unsubscribe(self, fn: Callable[[T], None]) -> None:
        with self._lock:
            if fn in self._subscribers:
                self._subscribers.remove(fn)

    def emit(self, value: T) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(value)
            except Exception:  # noqa: BLE001 - an observer must not break the write that succeeded
                log.exception("observer %r failed", fn)
