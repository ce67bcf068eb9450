"""The Sync page's "Join by file" part, for a computer that never connects: step 1 writes a request
(``.panenrol``) to take to the secretariat, step 2 opens their reply and joins the hub, then shows the
hub key's fingerprint to compare with the secretariat by phone.

Both steps run on workers (the request reads the database and writes a file on the general pool; the
reply's checks run there and its one database write on the single write thread).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout,
)

from pan_desktop.core.sync.offline_enrol import AcceptReport, OfflineEnrolment, RequestReport
from pan_desktop.ui.errors import error_text
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background


class EnrolFilePanel(Retranslating, QGroupBox):
    """``EnrolFilePanel(ctx)``: shown while this computer has not joined a hub."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("enrol_file")
        self.ctx = ctx
        self.busy_now = False
        self.joined: AcceptReport | None = None  # kept on show: the fingerprint to compare by phone
        self.intro = QLabel(wordWrap=True)
        self.code_edit, self.name_edit = QLineEdit(objectName="enrol_file_code"), QLineEdit(objectName="enrol_file_name")
        self.code_label, self.name_label = QLabel(), QLabel()
        self.new_identity = QCheckBox(objectName="enrol_file_new_identity")
        self.request_button = QPushButton(objectName="enrol_file_request")
        self.accept_button = QPushButton(objectName="enrol_file_accept")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # one short step of unknown length: a moving bar
        self.busy.setMaximumWidth(120)
        self.outcome = QLabel(wordWrap=True, objectName="enrol_file_outcome")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = form = QFormLayout()
        form.addRow(self.code_label, self.code_edit)
        form.addRow(self.name_label, self.name_edit)
        form.addRow("", self.new_identity)
        buttons = QHBoxLayout()
        for w in (self.request_button, self.accept_button, self.busy):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        self.request_button.clicked.connect(self.make_request)
        self.accept_button.clicked.connect(self.accept_reply)
        ctx.sync.status_changed.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Join by file"))
        self.intro.setText(self.tr(
            "No connection? Step 1: make a request file with the invite code and take it to the secretariat "
            "(on a USB stick). Step 2: open the reply file they give back; this computer then joins the hub "
            "and can sync by USB."))
        self.code_label.setText(self.tr("Invite code"))
        self.name_label.setText(self.tr("Name of this computer"))
        self.new_identity.setText(self.tr("Join as a new computer (the secretariat withdrew this one's access)"))
        self.request_button.setText(self.tr("1. Make a request file…"))
        self.accept_button.setText(self.tr("2. Open the reply file…"))
        self._update()

    def _update(self, *_args) -> None:
        st = self.ctx.sync.status
        self.setVisible(st is not None and (not st.enrolled or self.joined is not None))
        usable = not self.ctx.services.read_only and not self.busy_now and self.joined is None
        self.request_button.setEnabled(usable)
        self.accept_button.setEnabled(usable)
        self.busy.setVisible(self.busy_now)
        asking = self.joined is None  # once joined, only the outcome and its fingerprint stay
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, asking)
        for w in (self.intro, self.request_button, self.accept_button):
            w.setVisible(asking)

    # -- choosing files (tests replace these two) ---------------------------------------------------
    def choose_request_path(self) -> Path | None:
        name = f"pan-join-{date.today():%Y-%m-%d}-{self.ctx.services.device_id[-6:]}.panenrol"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Make a request file"), str(Path.home() / name),
                                              self.tr("PAN enrolment files (*.panenrol)"))
        return Path(path) if path else None

    def choose_reply_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the reply file"), str(Path.home()),
                                              self.tr("PAN enrolment files (*.panenrol)"))
        return Path(path) if path else None

    # -- work ---------------------------------------------------------------------------------------
    def _start(self, text: str) -> None:
        self.busy_now = True
        self.outcome.setText(text)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.busy_now = False
        self.outcome.setText(error_text(exc))
        self._update()

    def make_request(self) -> None:
        code, name, new = self.code_edit.text().strip(), self.name_edit.text().strip(), self.new_identity.isChecked()
        if not code:
            self.outcome.setText(self.tr("Type the invite code the secretariat gave you first."))
            self.code_edit.setFocus()
            return
        path = self.choose_request_path()
        if path is None:
            return
        self._start(self.tr("Writing the request file…"))
        work = lambda: OfflineEnrolment(self.ctx.sync.engine()).write_request(code, path, name, new)  # noqa: E731
        run_in_background(work, on_done=self._requested, on_error=self._failed, pool=self.ctx.pools.general)

    def accept_reply(self) -> None:
        path = self.choose_reply_path()
        if path is None:
            return
        self._start(self.tr("Checking the reply file…"))
        work = lambda: OfflineEnrolment(self.ctx.sync.engine()).accept_reply(path)  # noqa: E731
        run_in_background(work, on_done=self._accepted, on_error=self._failed, pool=self.ctx.pools.general)

    def _requested(self, report: RequestReport) -> None:
        self.busy_now = False
        self.outcome.setText(self.tr(
            "Saved {file}. Take it to the secretariat; when their reply file comes back, choose step 2.")
            .format(file=Path(report.file).name))
        self._update()

    def _accepted(self, report: AcceptReport) -> None:
        self.busy_now = False
        self.joined = report
        joined = (self.tr("Joined the hub as a member of {org}.").format(org=report.org_name) if report.org_name
                  else self.tr("Joined the hub."))
        self.outcome.setText(joined + " " + self.tr(
            "Hub key: {fingerprint}. Read it to the secretariat by phone; if it is not the same as theirs, tell "
            "them before you sync.").format(fingerprint=report.hub_fingerprint))
        self._update()
