"""Keeps the search index in step in the background: at start-up, and after every write to the records.

All index writes run on the single write pool, never on the GUI thread. The indexer listens to the one
announcement (``bridge.data_changed``) and catches up from the change log shortly after a write that
touched a record table, whatever its origin (an edit here, an import, a pull from the hub).

Nothing runs before search is first used (the search page calls :func:`start_search_indexing`): checking
the index reads a searcher and its facet view (~70 MB at 20,000 records), which a start-up that never
searches need not pay for, and the write thread stays free for the person's first edits and sync.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from pan_desktop.core.events import DataChanged
from pan_desktop.core.search import IndexManager, IndexUnusable
from pan_desktop.core.services import Services
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.ui.workers import Pools, run_in_background

log = logging.getLogger(__name__)
CATCH_UP_DELAY_MS = 150  # writes in quick succession are caught up in one go


class SearchIndexer(QObject):
    """Runs ``ensure`` once (:meth:`start`), then a catch-up shortly after each change to the records.
    Signals: ``progress(done, total)`` while rebuilding, ``ready()`` when the index answers searches."""

    progress = Signal(int, int)
    ready = Signal()

    def __init__(self, services: Services, pools: Pools, bridge, parent: QObject | None = None):
        super().__init__(parent)
        self.pools = pools
        self.manager = IndexManager.for_services(services)
        self.read_only = services.read_only  # a write-protected folder: search what is there, write nothing
        self.started = False
        self._busy = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CATCH_UP_DELAY_MS)
        self._timer.timeout.connect(self._catch_up)
        bridge.data_changed.connect(self._data_changed)

    def start(self) -> None:
        """Bring the index up to date (rebuilding it when missing or damaged); once per app, and never on a
        read-only data folder (search answers from the index as it is there, or from the database)."""
        if self.started or self.read_only:
            return
        self.started = True
        self._busy = True
        run_in_background(self._ensure, pool=self.pools.write, with_progress=True,
                          on_progress=lambda s: self.progress.emit(s.done, s.total),
                          on_done=self._finished, on_error=self._failed)

    def _data_changed(self, change: DataChanged) -> None:
        if self.started and not change.tables.isdisjoint(TABLES):
            self._timer.start()

    def _ensure(self, progress):
        """Runs on the write worker."""
        return self.manager.ensure(lambda d, t: progress.update(done=d, total=t))

    def _catch_up(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        run_in_background(self._catch_up_or_rebuild, pool=self.pools.write, with_progress=True,
                          on_progress=lambda s: self.progress.emit(s.done, s.total),
                          on_done=self._finished, on_error=self._failed)

    def _catch_up_or_rebuild(self, progress):
        """Runs on the write worker."""
        try:
            return self.manager.catch_up()
        except IndexUnusable:
            return self.manager.rebuild(lambda d, t: progress.update(done=d, total=t))

    def _finished(self, _result) -> None:
        self._busy = False
        self.ready.emit()
        if self._again:
            self._again = False
            self._catch_up()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.error("search indexing failed: %s", exc)


def start_search_indexing(ctx) -> SearchIndexer:
    """Start (once per app) the background catch-up or rebuild of the search index; returns the indexer.

    :class:`SearchPage` calls it when search is first used; calling it again does nothing.
    """
    ctx.search_indexer.start()
    return ctx.search_indexer
