"""The Library's signed content updates: check (and say the size), download with progress, show what
changes, install on the person's word; and the warning before a pack that PAN did not sign.

Network and disk work run on workers (``ctx.pools.general`` to check and download, ``ctx.pools.write``
to install); the update session holds a lock on the library from the check to the last install.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit,
                               QProgressDialog, QVBoxLayout, QWidget)

from pan_desktop.core.content.updates import Source, UpdateSession
from pan_desktop.ui.workers import run_in_background

translate = QCoreApplication.translate


def confirm_unsigned(parent: QWidget, path: Path) -> bool:
    """Ask before installing a pack that nothing proves comes from PAN; True to go on."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("LibraryUpdates", "Not from PAN"),
                      translate("LibraryUpdates", "Nothing proves that {name} comes from PAN: it was not signed by the "
                                "network. Install it only if you trust the person who gave it to you. The Library will "
                                "label it \u201cnot from PAN\u201d.").format(name=path.name),
                      QMessageBox.StandardButton.Cancel, parent)
    install = box.addButton(translate("LibraryUpdates", "Install anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is install


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return translate("LibraryUpdates", "{n} KB").format(n=max(1, round(size / 1024)))
    return translate("LibraryUpdates", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


def as_of_text(as_of: str) -> str:
    """The "content as of DATE" notice; the date day/month/year, as Vietnamese writes it."""
    year, month, day = (as_of.split("-") + ["", ""])[:3]
    return translate("LibraryUpdates", "Content as of {date}: it came from a copy (such as a USB stick) whose signatures "
                     "are older than a few days. It is genuine, but there may be newer content; connect to the hub "
                     "to check.").format(date=f"{day}/{month}/{year}" if day else as_of)


def _lines(prepared, lang: str) -> str:
    names = {"lessons": translate("LibraryUpdates", "lesson"), "checks": translate("LibraryUpdates", "knowledge check"),
             "checklist_items": translate("LibraryUpdates", "checklist item")}
    kinds = {"added": translate("LibraryUpdates", "added"), "changed": translate("LibraryUpdates", "changed"),
             "removed": translate("LibraryUpdates", "removed")}
    out = []
    for item in prepared:
        offer = item.offer
        head = (translate("LibraryUpdates", "{title}: version {old} \u2192 {new}") if offer.installed_version
                else translate("LibraryUpdates", "{title}: new, version {new}"))
        out.append(head.format(title=offer.title.get(lang) or offer.id, old=offer.installed_version, new=offer.version))
        for name, part in item.changes.parts.items():
            for kind in ("added", "changed", "removed"):
                for change in getattr(part, kind):
                    out.append(f"    {kinds[kind]} \u2013 {names[name]}: {change.title.get(lang) or change.id}")
        if not any(item.changes.parts.values()):
            out.append("    " + translate("LibraryUpdates", "(no lesson, check or checklist item changes)"))
        out.append("")
    return "\n".join(out).rstrip()


class ChangesDialog(QDialog):
    """What an update changes, pack by pack; Install or Cancel."""

    def __init__(self, prepared, refused: list[dict], lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("content_changes")
        self.setWindowTitle(self.tr("Install PAN content updates"))
        intro = QLabel(self.tr("These packs are signed by PAN and ready to install. Your reading places stay where "
                               "they are, except in removed lessons."), wordWrap=True)
        self.text = QPlainTextEdit(readOnly=True, objectName="changes")
        self.text.setPlainText(_lines(prepared, lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.install_button = buttons.addButton(self.tr("Install"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        if refused:
            note = QLabel(self.tr("{n} pack(s) were refused and will not be installed.").format(n=len(refused)), wordWrap=True)
            note.setStyleSheet("color:#8a1c1c;")
            layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 420)


def _check(data_dir: Path, source: Source) -> tuple:
    """Runs on a worker: open a session and refresh the signed lists. Must not touch widgets."""
    session = UpdateSession(data_dir, source).__enter__()
    try:
        return session, session.check()
    except BaseException:
        session.close()
        raise


def _download(session: UpdateSession, check, progress=None) -> tuple:
    """Runs on a worker: download, verify and stage every offer."""
    session.progress = (lambda done, total: progress.update(done=done, total=total)) if progress else None
    try:
        return session.prepare_all(check)
    except BaseException:
        session.close()
        raise


def _install(session: UpdateSession, prepared) -> list:
    """Runs on the write pool: install what was confirmed, then end the session."""
    try:
        return [session.install(item) for item in prepared]
    finally:
        session.close()


class ContentUpdater(QObject):
    """Drives one update from the Library page: ``finished(text, ok)`` says how it ended (for its status line)."""

    finished = Signal(str, bool)
    installed = Signal()

    def __init__(self, ctx, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.page = parent
        self.progress_dialog: QProgressDialog | None = None
        self.dialog: ChangesDialog | None = None

    # -- where from -------------------------------------------------------------------------------
    def from_hub(self) -> None:
        from pan_desktop.core.content.updates import enrolled_hub_url

        run_in_background(enrolled_hub_url, self.ctx.services, on_done=self._hub_known, on_error=self._failed,
                          pool=self.ctx.pools.general)

    def _hub_known(self, url: str | None) -> None:
        if not url:
            self.finished.emit(self.tr("This computer is not enrolled with a hub yet: enrol it on the Sync page, or "
                                       "update from a folder (a USB stick from the secretariat)."), False)
            return
        self.start(Source("hub", url.rstrip("/")))

    def from_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.page, self.tr("Choose the folder with PAN's content (on the USB stick)"))
        if folder:
            from pan_desktop.core.content.updates import source_for

            try:
                self.start(source_for(folder, None))
            except Exception as exc:  # noqa: BLE001 - a folder that is not a repository: say so
                self._failed(exc)

    # -- the steps --------------------------------------------------------------------------------
    def start(self, source: Source) -> None:
        self.finished.emit(self.tr("Checking PAN's signed content…"), True)
        run_in_background(_check, self.ctx.data_dir, source, on_done=self._checked, on_error=self._failed,
                          pool=self.ctx.pools.general)

    def _checked(self, result) -> None:
        session, check = result
        if not check.offers:
            run_in_background(session.close, pool=self.ctx.pools.general)
            text = self.tr("Your content is up to date.")
            if check.as_of:
                text += " " + as_of_text(check.as_of)
            self.finished.emit(text, True)
            return
        answer = QMessageBox.question(
            self.page, self.tr("PAN content updates"),
            self.tr("{n} pack(s) can be updated: {size} to download. Download now?").format(
                n=len(check.offers), size=size_text(check.download_bytes)))
        if answer != QMessageBox.StandardButton.Yes:
            run_in_background(session.close, pool=self.ctx.pools.general)
            self.finished.emit(self.tr("Nothing was downloaded."), True)
            return
        self.progress_dialog = QProgressDialog(self.tr("Downloading PAN content…"), self.tr("Cancel"), 0, 100, self.page)
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(0)
        handle = run_in_background(_download, session, check, on_done=lambda r: self._downloaded(session, check, r),
                                   on_error=self._failed, on_progress=self._progress, pool=self.ctx.pools.general,
                                   with_progress=True)
        self.progress_dialog.canceled.connect(handle.cancel)

    def _progress(self, state) -> None:
        if self.progress_dialog is not None and state.total:
            self.progress_dialog.setValue(int(100 * state.done / state.total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _downloaded(self, session, check, result) -> None:
        self._close_progress()
        prepared, refused = result
        if not prepared:
            run_in_background(session.close, pool=self.ctx.pools.general)
            self.finished.emit(self._refused_text(refused), False)
            return
        self.dialog = ChangesDialog(prepared, refused, self.ctx.language, self.page)
        self.dialog.accepted.connect(lambda: self._confirmed(session, prepared, refused, check))
        self.dialog.rejected.connect(lambda: (run_in_background(session.close, pool=self.ctx.pools.general),
                                              self.finished.emit(self.tr("Nothing was installed."), True)))
        self.dialog.open()

    def _confirmed(self, session, prepared, refused, check) -> None:
        self.finished.emit(self.tr("Installing…"), True)
        run_in_background(_install, session, prepared, on_done=lambda results: self._installed(results, refused, check),
                          on_error=self._failed, pool=self.ctx.pools.write)

    def _installed(self, results, refused, check) -> None:
        done = [r for r in results if r.status != "unchanged"]
        text = self.tr("{n} pack(s) installed from PAN.").format(n=len(done))
        if refused:
            text += " " + self._refused_text(refused)
        if check.as_of:
            text += " " + as_of_text(check.as_of)
        self.finished.emit(text, not refused)
        self.installed.emit()

    def _refused_text(self, refused: list[dict]) -> str:
        from pan_desktop.ui.error_messages import message_for
        from pan_desktop.core.errors import PanError

        reasons = {message_for(PanError("", code=r["code"])) for r in refused}
        return self.tr("{n} pack(s) were refused and nothing of them was installed:").format(n=len(refused)) + " " + " ".join(sorted(reasons))

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        from pan_desktop.ui.errors import error_text

        self.finished.emit(error_text(exc), False)
