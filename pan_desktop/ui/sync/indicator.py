"""The status-bar indicator: offline, syncing (with bytes), last synced, edits waiting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from pan_desktop.ui.sync.controller import controller_for
from pan_desktop.ui.sync.sync_page import human_bytes


class SyncIndicator(QLabel):
    """``SyncIndicator(ctx)``: a small label for the main window's status bar."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctl = controller_for(ctx)
        self.ctl.status_changed.connect(lambda _s: self.refresh())
        self.ctl.running_changed.connect(lambda _r: self.refresh())
        self._timer = QTimer(self)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.ctl.running and self.refresh())
        self._timer.start()
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        st = self.ctl.status()
        waiting = st.pending + st.held
        if not st.enrolled:
            text = self.tr("Not enrolled · {n} edits on this computer").format(n=waiting)
        elif self.ctl.running:
            p = self.ctl.current_progress()
            text = self.tr("Syncing… {up} up, {down} down").format(up=human_bytes(p.bytes_up), down=human_bytes(p.bytes_down))
        elif self.ctl.offline:
            text = self.tr("Offline · {n} edits waiting").format(n=waiting)
        else:
            when = st.last_sync_at.replace("T", " ")[:16] or self.tr("never")
            text = self.tr("Synced {when} · {n} edits waiting").format(when=when, n=waiting)
        if st.open_conflicts:
            text += " · " + self.tr("{n} conflicts").format(n=st.open_conflicts)
        self.setText(text)
