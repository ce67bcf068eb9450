"""The Settings page: who prints (name, organisation, logo, signatories), the language, sync on demand, and
where the data folder is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from pan_desktop.core.settings import Settings
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.widgets import ElidedLabel
from pan_desktop.ui.workers import run_in_background

LOGO_PREVIEW = 64
TEXT_FIELDS = ("user_name", "org_name", "signatory_1", "signatory_2")


def save_settings(settings: Settings, data_dir: Path) -> Settings:
    """Runs on a worker: write the settings file; returns what was saved."""
    settings.save(data_dir)
    return settings


class SettingsPage(Retranslating, QWidget):
    """Edits a copy of ``ctx.services.settings``; Save writes it on a worker and then puts it in place.
    ``language_chosen(code)`` asks the window to switch language."""

    language_chosen = Signal(str)
    saved = Signal(object)  # the Settings written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.edits = {name: QLineEdit(objectName=f"setting_{name}") for name in TEXT_FIELDS}
        self.logo_path = QLineEdit(objectName="setting_org_logo")
        self.logo_preview = QLabel(objectName="logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        self.logo_preview.setStyleSheet("QLabel#logo_preview{color:#777; font-size:11px; border:1px solid #ccc;}")
        self.logo_button = QPushButton(objectName="choose_logo")
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_path.editingFinished.connect(lambda: self._show_logo(self.logo_path.text()))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_preview)
        self.language = QComboBox(objectName="setting_language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.on_demand = QCheckBox(objectName="setting_sync_on_demand")
        self.folder = ElidedLabel(objectName="data_folder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(objectName="open_data_folder")
        self.open_folder.clicked.connect(self._open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for name, field in (*((n, self.edits[n]) for n in TEXT_FIELDS), ("org_logo", logo_row),
                            ("language", self.language), ("sync", self.on_demand), ("folder", folder_row)):
            label = QLabel()
            self.labels[name] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.labels["org_logo"].setBuddy(self.logo_path)
        self.hint = QLabel(wordWrap=True, objectName="settings_hint")
        self.hint.setStyleSheet("color:#55605a;")
        self.save_button = QPushButton(objectName="save_settings")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(objectName="settings_status", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        body = QWidget()
        col = QVBoxLayout(body)
        col.addWidget(self.hint)
        col.addLayout(self.form)
        col.addLayout(buttons)
        col.addStretch(1)
        scroll = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load(ctx.services.settings)
        self._show_logo(self.logo_path.text())
        if ctx.services.read_only:
            for w in (*self.edits.values(), self.logo_path, self.logo_button, self.on_demand, self.save_button):
                w.setEnabled(False)
        self.retranslate()

    def load(self, settings: Settings) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(settings, name))
        self.logo_path.setText(settings.org_logo)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.on_demand.setChecked(settings.sync_on_demand_only)
        self.folder.setText(str(self.ctx.data_dir))

    def entered(self) -> Settings:
        """The settings as entered on the page."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return replace(self.ctx.services.settings, org_logo=self.logo_path.text().strip(),
                       language=self.language.currentData(), sync_on_demand_only=self.on_demand.isChecked(), **values)

    def save(self) -> None:
        settings = self.entered()
        self.save_button.setEnabled(False)
        run_in_background(save_settings, settings, self.ctx.data_dir, on_done=self._saved, on_error=self._failed,
                          pool=self.ctx.pools.general)

    def _saved(self, settings: Settings) -> None:
        current = self.ctx.services.settings
        for name in ("user_name", "org_name", "org_logo", "signatory_1", "signatory_2", "sync_on_demand_only"):
            setattr(current, name, getattr(settings, name))  # the shared object: every page sees the change
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved."))
        self.saved.emit(settings)
        if settings.language != self.ctx.language:
            self.language_chosen.emit(settings.language)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText("")
        show_error(self, exc)

    def _choose_logo(self) -> None:
        start = str(Path(self.logo_path.text()).parent) if self.logo_path.text() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose your organisation's logo"), start,
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_path.setText(path)
            self._show_logo(path)

    def _show_logo(self, path: str) -> None:
        """Preview the logo; the image is read on a worker."""
        if not path:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("no logo"))
            return
        run_in_background(QImage, path, on_done=lambda image, p=path: self._logo_read(p, image),
                          pool=self.ctx.pools.general)

    def _logo_read(self, path: str, image: QImage) -> None:
        if path != self.logo_path.text():
            return  # the person typed on meanwhile
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("not an image"))
            return
        self.logo_preview.setPixmap(QPixmap.fromImage(image).scaled(
            LOGO_PREVIEW, LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def retranslate(self) -> None:
        texts = {
            "user_name": (self.tr("Your name"), self.tr("Shown as the author of what you add, and on certificates")),
            "org_name": (self.tr("Organisation"), self.tr("Printed at the top of handouts, booklets and certificates")),
            "org_logo": (self.tr("Organisation logo"), self.tr("A PNG or JPEG image printed beside the organisation's name")),
            "signatory_1": (self.tr("First signatory"), self.tr("Name and title under the first signature line of a certificate")),
            "signatory_2": (self.tr("Second signatory"), self.tr("Name and title under the second signature line (optional)")),
            "language": (self.tr("Language"), self.tr("The language of the menus, buttons and messages")),
            "sync": (self.tr("Sync"), self.tr("Sync only when you press Sync now, never by itself")),
            "folder": (self.tr("Data folder"), self.tr("Where your records, content and settings are kept")),
        }
        widgets = {**self.edits, "org_logo": self.logo_path, "language": self.language, "sync": self.on_demand,
                   "folder": self.folder}
        for name, (label, description) in texts.items():
            self.labels[name].setText(label + ":")
            widgets[name].setAccessibleName(label)
            widgets[name].setAccessibleDescription(description)
            widgets[name].setToolTip(description)
        self.on_demand.setText(self.tr("Only sync on demand (for metered or expensive connections)"))
        self.logo_button.setText(self.tr("Choose…"))
        self.logo_button.setAccessibleName(self.tr("Choose the logo file"))
        self.open_folder.setText(self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.save_button.setText(self.tr("Save settings"))
        self.hint.setText(self.tr("This data folder is read-only: settings cannot be changed here.")
                          if self.ctx.services.read_only else
                          self.tr("Your name, organisation, logo and signatories appear on what you print."))
