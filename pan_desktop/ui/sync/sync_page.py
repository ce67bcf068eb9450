"""The Sync page: enrol with an invite code, sync now, see progress, bytes, last sync and edits waiting.

It shows what the sync controller delivers (``ctx.sync``: a :class:`SyncStatus` read on a worker after
every change to the sync bookkeeping, progress from the syncing worker); it never reads the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout,
    QWidget,
)

from pan_desktop.core.sync.engine import MassDeleteHeld
from pan_desktop.core.sync.status import Outcome, SyncStatus
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.sync.content_notice import ContentNotice
from pan_desktop.ui.sync.enrol_file_panel import EnrolFilePanel
from pan_desktop.ui.sync.messages import stage_text, stored_error_text
from pan_desktop.ui.sync.usb_panel import UsbPanel
from pan_desktop.ui.sites.messages import photo_summary
from pan_desktop.ui.workers import run_in_background


def human_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


class SyncPage(Retranslating, QWidget):
    """``SyncPage(ctx, parent=None)``: network work runs on a worker through the shared controller."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ctl = ctx.sync
        self._first_pull: tuple[int, int] | None = None
        self.enrol_box = QGroupBox()
        self.hub_edit, self.code_edit = QLineEdit(), QLineEdit()
        self.hub_edit.setPlaceholderText("https://")
        self.enrol_button = QPushButton()
        form = QFormLayout(self.enrol_box)
        self.hub_label, self.code_label = QLabel(), QLabel()
        form.addRow(self.hub_label, self.hub_edit)
        form.addRow(self.code_label, self.code_edit)
        form.addRow("", self.enrol_button)

        self.status_box = QGroupBox()
        grid = QFormLayout(self.status_box)
        self.names = [QLabel() for _ in range(6)]
        self.values = [QLabel() for _ in range(6)]
        for n, v in zip(self.names[:5], self.values[:5]):
            v.setWordWrap(True)
            grid.addRow(n, v)
        # The last problem can run to several lines: outside the group box's form, whose rows do not grow
        # with wrapped text (it was cut off at 1024x600).
        self.problem_row = QHBoxLayout()
        self.values[5].setWordWrap(True)
        self.problem_row.addWidget(self.names[5], 0, Qt.AlignmentFlag.AlignTop)
        self.problem_row.addWidget(self.values[5], 1)
        self.first_pull_label = QLabel()
        self.first_pull_label.setWordWrap(True)
        self.progress_label = QLabel()
        self.sync_button = QPushButton()
        self.cancel_button = QPushButton(objectName="sync_cancel")
        self.cancel_button.setVisible(False)
        self.photos_label = QLabel(objectName="sync_photos")
        self.photos_label.setWordWrap(True)
        self.on_demand = QCheckBox()
        self.on_demand.setChecked(bool(ctx.services.settings.sync_on_demand_only))
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.enrol_box)
        self.enrol_file = EnrolFilePanel(ctx)
        layout.addWidget(self.enrol_file)
        layout.addWidget(self.status_box)
        layout.addLayout(self.problem_row)
        layout.addWidget(self.first_pull_label)
        layout.addLayout(row)
        layout.addWidget(self.photos_label)
        layout.addWidget(self.on_demand)
        self.content_notice = ContentNotice(ctx)
        layout.addWidget(self.content_notice)
        self.usb = UsbPanel(ctx, self._confirm_deletes)
        layout.addWidget(self.usb)
        layout.addStretch(1)

        self.enrol_button.clicked.connect(self.enrol)
        self.sync_button.clicked.connect(self._sync_clicked)
        self.cancel_button.clicked.connect(self.ctl.cancel)
        self.ctl.photos_progress.connect(self._show_photo_progress)
        self.ctl.photos_finished.connect(self._show_photos)
        self.on_demand.toggled.connect(self._set_on_demand)
        self.ctl.status_changed.connect(self.refresh)  # bound methods: dropped with the page
        self.ctl.running_changed.connect(self.refresh)
        self.ctl.progress_changed.connect(self._show_progress)
        self.ctl.failed.connect(self._failed)
        self.retranslate()

    def retranslate(self) -> None:
        self.enrol_box.setTitle(self.tr("Join the network's hub"))
        self.hub_label.setText(self.tr("Hub address"))
        self.code_label.setText(self.tr("Invite code"))
        self.enrol_button.setText(self.tr("Join"))
        self.status_box.setTitle(self.tr("Sync"))
        for label, text in zip(self.names, (self.tr("Hub"), self.tr("Organisation and role"), self.tr("Last synced"),
                                            self.tr("Edits waiting"), self.tr("Conflicts to review"),
                                            self.tr("Last problem"))):
            label.setText(text)
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.on_demand.setText(self.tr("Only sync on demand (for metered or expensive connections)"))
        self.refresh()

    def _sync_clicked(self) -> None:
        self._declined = None  # a sync the person asked for asks again about held deletions
        self.photos_label.setText("")
        self.ctl.sync_now()

    def _failed(self, exc) -> None:
        """A mass delete arriving stops and asks (once: automatic syncs do not ask again about the
        same deletions after "Not now"; the status keeps saying why sync stopped); other failures show."""
        if not isinstance(exc, MassDeleteHeld):
            show_error(self, exc)
            return
        if getattr(self, "_declined", None) == (exc.deleting, exc.live):
            return
        if self._confirm_deletes(exc):
            self.ctl.sync_now(confirm_deletes=True)
        else:
            self._declined = (exc.deleting, exc.live)

    def _confirm_deletes(self, exc: MassDeleteHeld) -> bool:
        """Ask whether to apply the held deletions (True: apply them)."""
        box = self.mass_delete_box(exc)
        box.exec()
        return box.clickedButton() is box.apply_button

    def mass_delete_box(self, exc: MassDeleteHeld) -> QMessageBox:
        """The question shown when a sync would delete many records here (its own button texts, so
        the answer named in the text is the one on the button in either language)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Many records would be deleted"), self.tr(
            "The network's changes would delete {deleting} of the {live} records on this computer. "
            "Nothing has been deleted yet.\n\nIf someone cleaned up on purpose, apply the deletions. "
            "If you are not sure, choose Not now and ask the secretariat first.").format(
                deleting=exc.deleting, live=exc.live), parent=self)
        apply = box.addButton(self.tr("Apply the deletions"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole))
        box.apply_button = apply
        return box

    def refresh(self, *_news) -> None:
        st = self.ctl.status
        if st is None:  # the first status read has not arrived yet
            self.enrol_box.setVisible(False)
            self.status_box.setVisible(False)
            self.names[5].setVisible(False)
            self.values[5].setVisible(False)
            self.sync_button.setEnabled(False)
            return
        self.enrol_box.setVisible(not st.enrolled)
        self.status_box.setVisible(st.enrolled)
        self.names[5].setVisible(st.enrolled)
        self.values[5].setVisible(st.enrolled)
        self.sync_button.setEnabled(st.enrolled and not self.ctl.running and not self.ctx.services.read_only)
        self.cancel_button.setVisible(self.ctl.running)
        role = {"viewer": self.tr("viewer"), "contributor": self.tr("contributor"),
                "secretariat": self.tr("secretariat")}.get(st.role, st.role)
        texts = (st.hub_url or self.tr("address not known: sync by USB"), f"{st.org_name or st.org_id} · {role}", st.last_sync_at.replace("T", " ")[:16] or self.tr("never"),
                 str(st.pending + st.held), str(st.open_conflicts), self.problem_text(st))
        for label, text in zip(self.values, texts):
            label.setText(text)
        if not self.ctl.running and st.last_report:
            r = st.last_report
            self.progress_label.setText(self.tr("Last sync: {pushed} sent, {pulled} received; {up} up, {down} down").format(
                pushed=r.get("pushed", 0), pulled=r.get("pulled", 0), up=human_bytes(r.get("bytes_up", 0)),
                down=human_bytes(r.get("bytes_down", 0))))
        if st.enrolled and st.never_synced and st.hub_url and self._first_pull is None:
            self._ask_first_pull_size()
        if st.enrolled and st.never_synced and self._first_pull:
            rows, size = self._first_pull
            self.first_pull_label.setText(self.tr("The first sync will download about {rows} records ({size}).")
                                          .format(rows=rows, size=human_bytes(size)))
        else:
            self.first_pull_label.setText("")

    def problem_text(self, st: SyncStatus) -> str:
        """How the last sync ended when it did not finish: where it stopped and what to do."""
        if not st.stopped:
            return self.tr("none")
        where = stage_text(st.last_stage)
        if st.last_outcome == Outcome.CANCELLED:
            return self.tr("Stopped {where}, as you asked. What was already exchanged is kept.").format(where=where)
        return self.tr("Stopped {where}. {what}").format(where=where, what=stored_error_text(st.last_error_code,
                                                                                            st.last_error_params))

    def _ask_first_pull_size(self) -> None:
        self._first_pull = (0, 0)
        fetch = lambda: self.ctl.engine().first_pull_size()  # noqa: E731 - the engine reads the database: on the worker

        def done(result):
            self._first_pull = result
            self.refresh()

        run_in_background(fetch, on_done=done, on_error=lambda _e: None, pool=self.ctx.pools.general)

    def _show_progress(self, p) -> None:
        if not self.ctl.running:
            return
        self.progress_label.setText(self.tr("Syncing: {pushed} sent, {pulled} received; {up} up, {down} down").format(
            pushed=p.pushed, pulled=p.pulled, up=human_bytes(p.bytes_up), down=human_bytes(p.bytes_down)))

    def _show_photo_progress(self, p) -> None:
        self.photos_label.setText(self.tr("Photos: {done} of {total}; {up} up, {down} down").format(
            done=p.done, total=p.total, up=human_bytes(p.bytes_up), down=human_bytes(p.bytes_down)))

    def _show_photos(self, report) -> None:
        self.photos_label.setText(photo_summary(report))

    def _set_on_demand(self, on: bool) -> None:
        self.ctx.services.settings.sync_on_demand_only = on
        run_in_background(self.ctx.services.save_settings, on_error=lambda exc: show_error(self, exc),
                          pool=self.ctx.pools.general)

    def enrol(self) -> None:
        url, code = self.hub_edit.text().strip(), self.code_edit.text().strip()
        if not url or not code:
            self.progress_label.setText(self.tr("Type the hub address and the invite code the secretariat gave you."))
            return
        self.enrol_button.setEnabled(False)

        def done(_link):
            self.enrol_button.setEnabled(True)

        def failed(exc):
            self.enrol_button.setEnabled(True)
            show_error(self, exc)

        run_in_background(lambda: self.ctl.engine().enrol(url, code), on_done=done, on_error=failed,
                          pool=self.ctx.pools.general)
