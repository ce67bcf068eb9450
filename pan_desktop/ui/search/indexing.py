"""Keeps the search index in step in the background: at start-up, and after every data change.

All index writes run on ``ctx.pools.write`` (the single writer thread), never on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from pan_desktop.core.search import IndexManager, IndexUnusable
from pan_desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)


class SearchIndexer(QObject):
    """Runs ``ensure`` once, then a catch-up shortly after each change. Signals: ``progress(done, total)``
    while rebuilding, ``ready()`` when the index answers searches."""

    progress = Signal(int, int)
    ready = Signal()

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.manager = IndexManager.for_services(ctx.services)
        self._busy = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._catch_up)
        ctx.bridge.data_changed.connect(lambda _change: self._timer.start())

    def start(self) -> None:
        self._busy = True
        run_in_background(self._ensure, pool=self.ctx.pools.write, with_progress=True,
                          on_progress=lambda s: self.progress.emit(s.done, s.total),
                          on_done=self._finished, on_error=self._failed)

    def _ensure(self, progress):
        """Runs on the write worker."""
        return self.manager.ensure(lambda d, t: progress.update(done=d, total=t))

    def _catch_up(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        run_in_background(self._catch_up_or_rebuild, pool=self.ctx.pools.write, with_progress=True,
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

    Call at start-up; :class:`SearchPage` calls it too, so it is safe to call more than once.
    """
    indexer = getattr(ctx, "_search_indexer", None)
    if indexer is None:
        indexer = SearchIndexer(ctx)
        ctx._search_indexer = indexer  # one per app context (and so per data dir)
        indexer.start()
    return indexer
