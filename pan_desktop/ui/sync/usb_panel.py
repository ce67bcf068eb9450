"""The Sync page's USB part: "Export for USB" writes this computer's unsent edits to a ``.pansync`` file
for the hub, "Import from USB" applies the file the hub made for this computer.

Both run on workers: the export (reads and a file) on the general pool, the import's checks there and
its one database write on the single write thread. While one runs, a busy bar and Cancel show; Cancel
stops it before anything is written (a write that started finishes: it is one transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from pan_desktop.core.sync.engine import MassDeleteHeld
from pan_desktop.core.sync.usb_device import ExportReport, ImportReport, UsbDevice
from pan_desktop.ui.errors import error_text
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import Progress, run_in_background, run_on


class UsbPanel(Retranslating, QGroupBox):
    """``UsbPanel(ctx, confirm_deletes)``: ``confirm_deletes(MassDeleteHeld) -> bool`` asks before an
    import that would delete many records here (the Sync page's own question)."""

    def __init__(self, ctx, confirm_deletes: Callable[[MassDeleteHeld], bool], parent=None):
        super().__init__(parent)
        self.setObjectName("usb_sync")
        self.ctx = ctx
        self.confirm_deletes = confirm_deletes
        self.running: Progress | None = None
        self.intro = QLabel(wordWrap=True)
        self.export_button, self.import_button = QPushButton(objectName="usb_export"), QPushButton(objectName="usb_import")
        self.cancel_button = QPushButton(objectName="usb_cancel")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # one step whose length is unknown: a moving bar
        self.busy.setMaximumWidth(160)
        self.outcome = QLabel(wordWrap=True, objectName="usb_outcome")
        buttons = QHBoxLayout()
        for w in (self.export_button, self.import_button, self.busy, self.cancel_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(lambda: self.import_())
        self.cancel_button.clicked.connect(self.cancel)
        ctx.sync.status_changed.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("No connection? Use a USB stick"))
        self.intro.setText(self.tr(
            "Export for USB writes the edits this computer has not sent yet to a file; take it to someone who "
            "runs the hub. Import from USB applies the file the hub made for this computer: the network's "
            "changes and the hub's answers to your edits."))
        self.export_button.setText(self.tr("Export for USB"))
        self.import_button.setText(self.tr("Import from USB"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def _update(self, *_args) -> None:
        st = self.ctx.sync.status
        usable = st is not None and st.enrolled and not self.ctx.services.read_only
        self.setVisible(st is not None and st.enrolled)
        idle = self.running is None
        self.export_button.setEnabled(usable and idle)
        self.import_button.setEnabled(usable and idle)
        self.busy.setVisible(not idle)
        self.cancel_button.setVisible(not idle)

    # -- choosing files (tests replace these two) ---------------------------------------------------
    def choose_export_path(self) -> Path | None:
        name = f"pan-{date.today():%Y-%m-%d}-{self.ctx.services.device_id[-6:]}.pansync"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for USB"), str(Path.home() / name),
                                              self.tr("PAN sync packs (*.pansync)"))
        return Path(path) if path else None

    def choose_import_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from USB"), str(Path.home()),
                                              self.tr("PAN sync packs (*.pansync)"))
        return Path(path) if path else None

    # -- work ---------------------------------------------------------------------------------------
    def _device(self, progress: Progress) -> UsbDevice:
        return UsbDevice(self.ctx.services, run_write=lambda fn: run_on(self.ctx.pools.write, fn),
                         cancelled=lambda: progress.cancelled)

    def _start(self, text: str) -> Progress:
        self.running = Progress()
        self.outcome.setText(text)
        self._update()
        return self.running

    def _finish(self) -> None:
        self.running = None
        self._update()

    def export(self) -> None:
        path = self.choose_export_path()
        if path is None:
            return
        progress = self._start(self.tr("Writing the file…"))
        run_in_background(lambda: self._device(progress).export(path), on_done=self._exported,
                          on_error=self._failed, pool=self.ctx.pools.general)

    def import_(self, confirm_deletes: bool = False, path: Path | None = None) -> None:
        path = path or self.choose_import_path()
        if path is None:
            return
        progress = self._start(self.tr("Checking and applying the file…"))
        run_in_background(lambda: self._device(progress).import_pack(path, confirm_deletes=confirm_deletes),
                          on_done=self._imported, on_error=lambda exc: self._failed(exc, path), pool=self.ctx.pools.general)

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()

    def _exported(self, report: ExportReport) -> None:
        self._finish()
        if report.entries:
            text = self.tr("Saved {count} edits to {file}. Take this file to the hub; your edits stay on this "
                           "computer until the hub's answer comes back.")
        else:
            text = self.tr("Saved {file}. There are no edits waiting; the hub can still answer it with the "
                           "network's changes.")
        self.outcome.setText(text.format(count=report.entries, file=Path(report.file).name))

    def _imported(self, report: ImportReport) -> None:
        self._finish()
        if report.already_imported:
            self.outcome.setText(self.tr("This file was already imported; nothing changed."))
            return
        self.outcome.setText(self.tr(
            "Imported: the hub confirmed {acked} of your edits and sent {pulled} records; {conflicts} conflicts, "
            "{refused} edits refused.").format(acked=report.acknowledged, pulled=report.pulled,
                                               conflicts=report.conflicts, refused=report.quarantined))

    def _failed(self, exc: BaseException, path: Path | None = None) -> None:
        self._finish()
        from pan_desktop.core.errors import Interrupted

        if isinstance(exc, Interrupted):
            self.outcome.setText(self.tr("Stopped; nothing was changed."))
        elif isinstance(exc, MassDeleteHeld) and path is not None:
            self.outcome.setText(error_text(exc))
            if self.confirm_deletes(exc):
                self.import_(confirm_deletes=True, path=path)
        else:
            self.outcome.setText(error_text(exc))
