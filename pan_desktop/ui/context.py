"""What every page gets: the services, the worker pools, the translation, and a Qt bridge for changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pan_desktop.core.services import Services
from pan_desktop.ui.i18n import Translation
from pan_desktop.ui.workers import Pools

if TYPE_CHECKING:
    from pan_desktop.ui.search.indexing import SearchIndexer
    from pan_desktop.ui.sync.controller import SyncController


class ChangeBridge(QObject):
    """Re-emits the core's one announcement (``DataChanged``, one per committed write transaction, on the
    thread that wrote) as the Qt signal ``data_changed``, delivered on the GUI thread."""

    data_changed = Signal(object)

    def __init__(self, services: Services):
        super().__init__()
        self._unsubscribe = services.changed.subscribe(self.data_changed.emit)

    def close(self) -> None:
        self._unsubscribe()


@dataclass
class AppContext:
    """Passed to every page: ``services`` (the only door to data), ``pools`` (run work off the GUI
    thread with ``ui.workers.run_in_background``), ``translation`` (current language),
    ``bridge.data_changed`` (refresh when data moves), and the app's one ``sync`` controller and
    ``search_indexer``, made the first time they are asked for (on the GUI thread)."""

    services: Services
    pools: Pools
    translation: Translation
    bridge: ChangeBridge
    data_dir: Path = field(default=Path("."))

    @property
    def language(self) -> str:
        return self.translation.language

    @cached_property
    def sync(self) -> "SyncController":
        from pan_desktop.ui.sync.controller import SyncController

        return SyncController(self.services, self.pools, self.bridge)

    def stop_background(self) -> None:
        """On quit (or when a test is done with this context): no more automatic syncs."""
        if "sync" in self.__dict__:  # made on first use: nothing to stop otherwise
            self.sync.stop()

    @cached_property
    def search_indexer(self) -> "SearchIndexer":
        from pan_desktop.ui.search.indexing import SearchIndexer

        return SearchIndexer(self.services, self.pools, self.bridge)
