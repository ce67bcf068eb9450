"""``IndexManager``: the one object the app and the CLI use for search — keep the index in step, search.

Writes (``ensure``, ``catch_up``, ``rebuild``) take the index's writer lock and belong on a worker
(the app's single write pool); ``search`` may run on any worker thread. While the index is missing,
damaged or being rebuilt, ``search`` answers from the database.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
import weakref
from pathlib import Path

from pan_desktop.core.search.engine import Engine
from pan_desktop.core.search.fallback import database_search
from pan_desktop.core.search.index import (
    IndexCheck, IndexStore, IndexUnusable, IndexWriter, Progress, db_last_seq, _read_records,
)
from pan_desktop.core.search.content_source import content_signature, load_content_docs
from pan_desktop.core.search.documents import RECORD_TYPES, record_key, split_key
from pan_desktop.core.search.postings import mask_ids
from pan_desktop.core.search.results import SearchQuery, SearchResult

log = logging.getLogger(__name__)
READY, MISSING, STALE, CORRUPT, REBUILDING = "ready", "missing", "stale", "corrupt", "rebuilding"
_managers: "weakref.WeakKeyDictionary[object, IndexManager]" = weakref.WeakKeyDictionary()
_managers_lock = threading.Lock()


class IndexManager:
    """Search index of one data dir, over ``services`` (``Services.open(data_dir)``)."""

    def __init__(self, services):
        self.services = services
        self.store = IndexStore(Path(services.data_dir))
        self.writer = IndexWriter(services, self.store)
        self.engine = Engine(services, self.store)
        self._status = MISSING if self.store.read_state_quietly() is None else STALE

    @classmethod
    def for_services(cls, services) -> "IndexManager":
        """The shared manager of these services (the page, the start-up job and catch-ups use one)."""
        with _managers_lock:
            manager = _managers.get(services)
            if manager is None:
                manager = _managers[services] = cls(services)
            return manager

    @property
    def status(self) -> str:
        """``ready``, ``missing``, ``stale``, ``corrupt`` or ``rebuilding``."""
        return self._status

    @property
    def ready(self) -> bool:
        return self._status == READY

    # -- writes (on a worker) --------------------------------------------------------------------
    def catch_up(self) -> int:
        """Apply database changes the index has not seen; raises IndexUnusable when it must be rebuilt."""
        try:
            touched = self.writer.catch_up()
        except IndexUnusable as exc:
            self._status = exc.reason
            raise
        self._status = READY
        return touched

    def rebuild(self, progress: Progress | None = None) -> int:
        """Index everything afresh (search answers from the database meanwhile); returns documents indexed."""
        previous = self._status
        self._status = REBUILDING
        try:
            self.engine.close_thread()
            count = self.writer.rebuild(progress)
        except BaseException:
            self._status = previous if previous != READY else STALE
            raise
        self._status = READY
        return count

    def ensure(self, progress: Progress | None = None) -> str:
        """Catch up, or rebuild when the index is missing, stale or damaged; returns what was done."""
        try:
            self.catch_up()
            problems = self._quick_check()
            if not problems:
                return "caught-up"
            log.warning("search index inconsistent (%s); rebuilding", "; ".join(problems))
        except IndexUnusable as exc:
            log.warning("search index unusable (%s); rebuilding", exc.reason)
        self.rebuild(progress)
        return "rebuilt"

    # -- reads -----------------------------------------------------------------------------------
    def search(self, q: SearchQuery) -> SearchResult:
        """Search the index, or the database when the index is not ready."""
        if self._status in (MISSING, CORRUPT, REBUILDING) or (self._status == STALE and not self._usable()):
            return database_search(self.services, q)
        try:
            return self.engine.search(q)
        except IndexUnusable as exc:
            self._status = exc.reason
        except Exception:  # noqa: BLE001 - a damaged segment can fail with any error; the database answers
            log.exception("search index failed; answering from the database until it is rebuilt")
            self._status = CORRUPT
        return database_search(self.services, q)

    def _usable(self) -> bool:
        try:
            self.store.open().close()
            return True
        except IndexUnusable:
            return False

    def _quick_check(self) -> list[str]:
        counts = {t: self.services.records[t].count() for t in RECORD_TYPES}
        view, _state = self.engine.view()
        indexed = Counter(split_key(view.facets.key(d))[0] for d in mask_ids(view.facets.live))
        return [f"{t}: {indexed[t]} indexed, {counts[t]} in the database" for t in RECORD_TYPES if indexed[t] != counts[t]]

    def check(self) -> IndexCheck:
        """Verify the index against the database: every live record indexed once, nothing else, up to date."""
        db_seq = db_last_seq(self.services)
        try:
            view, state = self.engine.view()
            keys = [view.facets.key(d) for d in mask_ids(view.facets.live)]
        except IndexUnusable as exc:
            return IndexCheck(False, exc.reason, db_seq=db_seq, problems=[str(exc)])
        except Exception as exc:  # noqa: BLE001 - any read failure means a damaged index
            return IndexCheck(False, CORRUPT, db_seq=db_seq, problems=[f"{type(exc).__name__}: {exc}"])
        expected = {record_key(t, row["id"]) for t in RECORD_TYPES for row in _read_records(self.services, t, None)}
        expected |= {d.key for d in load_content_docs(self.services.data_dir)}
        have = set(keys)
        problems = []
        if len(keys) != len(have):
            problems.append(f"{len(keys) - len(have)} document(s) indexed twice")
        if missing := expected - have:
            problems.append(f"{len(missing)} record(s) not indexed, e.g. {sorted(missing)[0]}")
        if extra := have - expected:
            problems.append(f"{len(extra)} document(s) indexed that no longer exist, e.g. {sorted(extra)[0]}")
        if state.last_seq < db_seq:
            problems.append(f"{db_seq - state.last_seq} change(s) not applied yet (run a search or 'index rebuild')")
        if state.last_seq > db_seq:
            problems.append("the index is newer than the database")
        if state.content != content_signature(self.services.data_dir):
            problems.append("content packs changed since they were indexed")
        return IndexCheck(not problems, READY if not problems else STALE, len(keys), len(expected),
                          state.last_seq, db_seq, problems)
