"""The status-bar indicator: offline, syncing (with bytes), last synced, edits waiting, conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.sync.sync_page import human_bytes


class SyncIndicator(Retranslating, QLabel):
    """``SyncIndicator(ctx)``: a small label for the main window's status bar. It shows the values the
    sync controller delivers; it never reads the database."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctl = ctx.sync
        # Bound methods, not lambdas: Qt drops them with this widget while the controller lives on.
        for signal in (self.ctl.status_changed, self.ctl.running_changed, self.ctl.progress_changed):
            signal.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self, *_news) -> None:
        st = self.ctl.status
        if st is None:
            self.setText("")
            return
        waiting = st.pending + st.held
        if not st.enrolled:
            text = self.tr("Not joined yet · {n} edits on this computer").format(n=waiting)
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
