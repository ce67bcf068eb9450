"""One announcement out: after each write transaction commits, one :class:`DataChanged` says what it changed.

:meth:`Database.write` collects a :class:`ChangeSet` while the transaction runs — the records the change
writer logged, and every other table a statement wrote (the sync bookkeeping: outbox, conflicts,
quarantine, the hub link) — and emits its announcement through a small plain-Python :class:`Observer`
once the commit succeeded. The UI re-emits it on the GUI thread (``ui.context.ChangeBridge``); every
screen, count, badge and the search indexer listen to that, and none polls the database.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_IDS = 500  # more records than this in one transaction are announced as "many" (empty ids)
INTERNAL_TABLES = frozenset({"change_log", "device_state"})  # bookkeeping no screen shows
_SESSION_KEY = "pan_changes"


@dataclass(frozen=True)
class DataChanged:
    """What one committed write transaction changed.

    ``tables``: every table it wrote that a screen may show — record tables and the sync bookkeeping
    (``outbox``, ``sync_conflicts``, ``sync_quarantine``, ``sync_link``). ``ids``: the records it
    changed, from its change-log rows; empty means many or unknown (reload all).
    """

    tables: frozenset[str]
    ids: frozenset[str] = frozenset()


class ChangeSet:
    """What one write transaction has changed so far; :meth:`announcement` once it committed."""

    def __init__(self) -> None:
        self.records: dict[str, set[str]] = {}
        self.written: set[str] = set()
        self.before_commit: list[Callable[[], None]] = []  # the change writers' flushes

    def logged(self, table: str, record_id: str) -> None:
        """A change-log row was written for this record (the change writer calls this)."""
        self.records.setdefault(table, set()).add(record_id)

    def wrote(self, table: str) -> None:
        """A statement inserted, updated or deleted rows of ``table``."""
        self.written.add(table)

    def unlogged(self, record_tables: set[str] | frozenset[str]) -> set[str]:
        """Record tables written without a change-log row: a write that bypassed the change writer."""
        return (self.written & set(record_tables)) - set(self.records)

    def announcement(self) -> DataChanged | None:
        tables = (self.written | set(self.records)) - INTERNAL_TABLES
        if not tables:
            return None
        ids = set().union(*self.records.values()) if self.records else set()
        return DataChanged(frozenset(tables), frozenset(ids) if len(ids) <= MAX_IDS else frozenset())


def changes_of(session: Any) -> ChangeSet | None:
    """The change set of the write transaction ``session`` belongs to (None outside ``Database.write``)."""
    return session.info.get(_SESSION_KEY)


def attach_changes(holder: Any, changes: ChangeSet) -> None:
    """Make ``changes`` the change set of a session or connection (its ``info`` dict)."""
    holder.info[_SESSION_KEY] = changes


def detach_changes(holder: Any) -> None:
    holder.info.pop(_SESSION_KEY, None)


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
