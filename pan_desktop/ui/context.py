"""What every page gets: the services, the worker pools, the translation, and a Qt bridge for changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from pan_desktop.core.services import Services
from pan_desktop.ui.i18n import Translation
from pan_desktop.ui.workers import Pools


class ChangeBridge(QObject):
    """Re-emits the core's ``DataChanged`` as a Qt signal, delivered on the GUI thread."""

    data_changed = Signal(object)

    def __init__(self, services: Services):
        super().__init__()
        self._unsubscribe = services.changed.subscribe(self.data_changed.emit)

    def close(self) -> None:
        self._unsubscribe()


@dataclass
class AppContext:
    """Passed to every page: ``services`` (the only door to data), ``pools`` (run work off the GUI
    thread with ``ui.workers.run_in_background``), ``translation`` (current language) and
    ``bridge.data_changed`` (refresh when records move)."""

    services: Services
    pools: Pools
    translation: Translation
    bridge: ChangeBridge
    data_dir: Path = field(default=Path("."))

    @property
    def language(self) -> str:
        return self.translation.language
