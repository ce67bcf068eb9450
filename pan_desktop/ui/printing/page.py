"""The Print page. The left column chooses what to print and how, and shows the organisation the print
will carry (from the settings, with a button to change them); the right shows the first pages of the PDF
as it will print, fitted to the width so they stay readable on a small screen. Making the PDF, the
preview and printing run on a worker with progress and cancel; the window never waits on them."""

from __future__ import annotations

import logging
import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from pan_desktop.core.printing.jobs import PrintJob
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.text import fold
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.printing import tasks
from pan_desktop.ui.printing.messages import warning_text
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)
# (job kind, what its picker lists)
LEFT_MIN, LEFT_MAX = 320, 420  # the options column, in pixels
PRINTABLES = (("handout", "modules"), ("checklist", "guidelines"), ("factsheet", "initiatives"), ("brief", "policies"),
              ("attendance", "modules"), ("certificates", "modules"), ("newsletter", "month"))


class ChoiceModel(QAbstractListModel):
    """(id, label) rows for a picker, filtered in Python (fast, and no QStandardItemModel)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[tuple[str, str]] = []
        self._rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]], needle: str = "") -> None:
        self.beginResetModel()
        self._all = rows
        key = fold(needle.strip())
        self._rows = [r for r in rows if key in fold(r[1]) or key in r[0]] if key else list(rows)
        self.endResetModel()

    def filter(self, needle: str) -> None:
        self.set_rows(self._all, needle)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()][0]
        return None


class PrintPage(Retranslating, QWidget):
    """Print centre: ``PrintPage(ctx, parent=None)``. ``open_settings_requested`` asks the window to show
    its Settings page (where the organisation's name, logo and signatories are set)."""

    open_settings_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._settings = ctx.services.settings
        self._images: list[QImage] = []
        self._dragged = False
        self._choices: tasks.Choices | None = None
        self._made: tasks.Made | None = None
        self._handle = None
        self._token = 0  # answers of superseded jobs are ignored
        self._out_dir = Path(tempfile.mkdtemp(prefix="pan-print-"))
        out_dir = self._out_dir
        self.destroyed.connect(lambda *_: shutil.rmtree(out_dir, ignore_errors=True))
        self._build()
        self.retranslate()
        self._kind_changed()
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self._make_preview)
        self.reload_choices()
        ctx.bridge.data_changed.connect(self._data_changed)  # a bound slot: disconnected when the page goes

    # -- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox()
        self.filter_edit = QLineEdit()
        self.target_model = ChoiceModel(self)
        self.target = QComboBox()
        self.target.setModel(self.target_model)
        self.target.setMinimumContentsLength(16)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.month = QLineEdit(date.today().strftime("%Y-%m"))
        self.month.setInputMask("9999-99")
        self.site = QComboBox()
        self.edition = QComboBox()
        self.names = QLineEdit()
        self.names_button = QPushButton()
        self.rows = QSpinBox(minimum=0, maximum=500)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A5", "Letter"])
        self.lang = QComboBox()
        self.booklet = QCheckBox()
        self.large = QCheckBox()
        self.bw = QCheckBox()
        self.qr = QCheckBox()
        self.qr.setChecked(True)

        self.what_box = QGroupBox()
        self.what = QFormLayout(self.what_box)
        names_row = QHBoxLayout()
        names_row.addWidget(self.names, 1)
        names_row.addWidget(self.names_button)
        self._names_row = QWidget()
        self._names_row.setLayout(names_row)
        names_row.setContentsMargins(0, 0, 0, 0)
        self.labels = {k: QLabel(wordWrap=True) for k in ("kind", "filter", "target", "month", "site", "edition", "names",
                                                          "rows", "paper", "lang")}
        for key, widget in (("kind", self.kind), ("filter", self.filter_edit), ("target", self.target),
                            ("month", self.month), ("site", self.site), ("edition", self.edition),
                            ("names", self._names_row), ("rows", self.rows)):
            self.what.addRow(self.labels[key], widget)
        self.how_box = QGroupBox()
        how = QFormLayout(self.how_box)
        how.addRow(self.labels["paper"], self.paper)
        how.addRow(self.labels["lang"], self.lang)
        for box in (self.booklet, self.large, self.bw, self.qr):
            how.addRow(box)
        for form in (self.what, how):  # labels go above their field rather than being cut off
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.org_box = QGroupBox()
        org_layout = QVBoxLayout(self.org_box)
        self.org_note = QLabel(wordWrap=True)
        self.org_note.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.open_settings_requested.emit)
        org_layout.addWidget(self.org_note)
        org_layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.status = QLabel(wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(b)

        left = QVBoxLayout()
        left.addWidget(self.what_box)
        left.addWidget(self.how_box)
        left.addWidget(self.org_box)
        left.addLayout(buttons)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        left.addLayout(progress_row)
        left.addWidget(self.status)
        left.addStretch(1)
        left_w = QWidget()
        left_w.setLayout(left)
        self.left_scroll = QScrollArea()  # on a 600-pixel screen the options scroll; nothing is cut off
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setWidget(left_w)
        self.left_scroll.setMinimumWidth(LEFT_MIN)
        self.left_scroll.setMaximumWidth(LEFT_MAX)

        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.page_labels = [QLabel() for _ in range(tasks.PREVIEW_PAGES)]
        for lbl in self.page_labels:
            lbl.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            lbl.setStyleSheet("QLabel { background: transparent; }")
            lbl.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens the window
            lbl.hide()
            self.pages_layout.addWidget(lbl)
        self.preview_note = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.pages_layout.addWidget(self.preview_note)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages_widget)
        scroll.setStyleSheet("QScrollArea { background: #e6e6e6; }")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_dragged", True))
        root = QHBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        root.addWidget(self.splitter)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.filter_edit.textChanged.connect(self.target_model.filter)
        self.names_button.clicked.connect(self._choose_names)
        self.preview_button.clicked.connect(lambda: self._make_preview())  # clicked(bool) must not reach `then`
        self.save_button.clicked.connect(lambda: self._save())
        self.print_button.clicked.connect(lambda: self._print())
        self.cancel_button.clicked.connect(lambda: self._cancel())
        for signal in (self.target.currentIndexChanged, self.paper.currentIndexChanged, self.lang.currentIndexChanged,
                       self.site.currentIndexChanged, self.edition.currentIndexChanged, self.booklet.toggled,
                       self.large.toggled, self.bw.toggled, self.qr.toggled, self.month.editingFinished,
                       self.names.editingFinished, self.rows.valueChanged):
            signal.connect(self._options_changed)
        self._set_busy(False)

    def retranslate(self) -> None:
        names = {"handout": self.tr("Module handout"), "checklist": self.tr("Site checklist"),
                 "factsheet": self.tr("Initiative factsheet"), "brief": self.tr("Policy brief"),
                 "attendance": self.tr("Attendance sheet"), "certificates": self.tr("Certificates of participation"),
                 "newsletter": self.tr("Monthly newsletter")}
        _set_items(self.kind, [(k, names[k]) for k, _ in PRINTABLES])
        _set_items(self.site, [("factory", self.tr("Factory")), ("junk-shop", self.tr("Junk shop"))])
        _set_items(self.edition, [("participant", self.tr("Participants (no answers, no notes)")),
                                  ("facilitator", self.tr("Facilitator (notes, timings, answers)"))])
        _set_items(self.lang, [("vi", self.tr("Vietnamese")), ("en", self.tr("English")), ("both", self.tr("Vietnamese and English"))])
        self.what_box.setTitle(self.tr("What to print"))
        self.how_box.setTitle(self.tr("Options"))
        self.org_box.setTitle(self.tr("Printed for"))
        for key, text in (("kind", self.tr("Printable")), ("filter", self.tr("Find")), ("target", self.tr("Record or module")),
                          ("month", self.tr("Month")), ("site", self.tr("Kind of site")), ("edition", self.tr("Edition")),
                          ("names", self.tr("Names (CSV)")), ("rows", self.tr("Rows")), ("paper", self.tr("Paper")),
                          ("lang", self.tr("Language"))):
            self.labels[key].setText(text)
        self.filter_edit.setPlaceholderText(self.tr("Type part of a title"))
        self.names.setPlaceholderText(self.tr("A CSV file with a 'name' column"))
        self.names_button.setText(self.tr("Choose…"))
        self.rows.setSpecialValueText(self.tr("Fill the page"))
        self.booklet.setText(self.tr("A5 booklet (fold A4 sheets)"))
        self.large.setText(self.tr("Large print"))
        self.bw.setText(self.tr("Black and white (for photocopies)"))
        self.qr.setText(self.tr("QR code to the web source"))
        self.preview_button.setText(self.tr("Preview"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.settings_button.setText(self.tr("Change in Settings…"))
        self._show_organisation()
        if self._made is None and not self._images:
            self.preview_note.setText(self.tr("Choose what to print; the first pages appear here."))

    def _show_organisation(self) -> None:
        """The organisation, logo and signatories the print will carry, as the settings give them."""
        st = self._settings
        lines = [self.tr("Organisation: {name}").format(name=st.org_name or self.tr("none set (the footer says PAN Desktop)"))]
        logo = Path(st.org_logo).name if st.org_logo else self.tr("none")
        lines.append(self.tr("Logo: {file}").format(file=logo))
        signers = [n for n in (st.signatory_1, st.signatory_2) if n.strip()]
        lines.append(self.tr("Signatories on certificates: {names}").format(
            names="; ".join(signers) if signers else self.tr("none (blank lines to sign)")))
        self.org_note.setText("\n".join(lines))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._size_columns()
        self.reload_settings()

    def _size_columns(self) -> None:
        """The options column takes about a third, within its bounds, and the preview the rest — until the
        person drags the divider."""
        if self._dragged:
            return
        left = max(LEFT_MIN, min(LEFT_MAX, int(self.width() * 0.3)))
        self.splitter.setSizes([left, max(1, self.width() - left)])

    def reload_settings(self) -> None:
        """Read the settings again on a worker (they may have changed on the Settings page)."""
        from pan_desktop.core.settings import Settings

        run_in_background(Settings.load, self.ctx.data_dir, on_done=self._settings_loaded,
                          on_error=lambda exc: log.warning("settings not reloaded: %s", exc), pool=self.ctx.pools.general)

    def _settings_loaded(self, settings) -> None:
        if not self._alive() or settings == self._settings:
            return
        self._settings = settings
        self._show_organisation()
        self._options_changed()

    # -- choices --------------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Refill the pickers (packs and records) on a worker."""
        run_in_background(tasks.load_choices, self.ctx.services, self.ctx.language, on_done=self._choices_loaded,
                          on_error=lambda exc: self._alive() and show_error(self, exc), pool=self.ctx.pools.general)

    def _data_changed(self, change) -> None:
        tables = set(getattr(change, "tables", ()) or ())
        if not tables or tables & {"initiatives", "policies", "content", "packs"}:
            self.reload_choices()

    def _alive(self) -> bool:
        """False once Qt has deleted the widget (a worker may answer after the page is gone)."""
        import shiboken6

        return shiboken6.isValid(self)

    def _choices_loaded(self, choices: tasks.Choices) -> None:
        if not self._alive():
            return
        self._choices = choices
        self._fill_targets()

    def _fill_targets(self) -> None:
        source = dict(PRINTABLES)[self.current_kind()]
        keep = self.target.currentData(Qt.ItemDataRole.UserRole)
        rows = getattr(self._choices, source, []) if self._choices and source != "month" else []
        self.target_model.set_rows(rows, self.filter_edit.text())
        ids = [self.target_model.index(i).data(Qt.ItemDataRole.UserRole) for i in range(self.target_model.rowCount())]
        self.target.setCurrentIndex(ids.index(keep) if keep in ids else (0 if ids else -1))

    def current_kind(self) -> str:
        return self.kind.currentData() or "handout"

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        source = dict(PRINTABLES)[kind]
        visible = {"filter": source != "month", "target": source != "month", "month": source == "month",
                   "site": kind == "checklist", "names": kind == "certificates", "rows": kind == "attendance"}
        widgets = {"filter": self.filter_edit, "target": self.target, "month": self.month, "site": self.site,
                   "names": self._names_row, "rows": self.rows}
        for key, show in visible.items():
            self.what.setRowVisible(widgets[key], show)
        self.booklet.setVisible(kind == "handout")
        self.what.setRowVisible(self.edition, kind == "handout")
        if self._choices is not None:
            self._fill_targets()
        self._options_changed()

    def _has_web_source(self) -> bool:
        """Whether the chosen record has a web address to point a QR code to."""
        target = self.target.currentData(Qt.ItemDataRole.UserRole)
        return bool(self._choices and target in self._choices.with_web_source)

    def _choose_names(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Names of the participants"), "", self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.names.setText(path)
            self._options_changed()

    # -- the job ----------------------------------------------------------------------------------------
    def current_job(self) -> PrintJob | None:
        """The job the form describes, or None while something required is missing."""
        kind = self.current_kind()
        if dict(PRINTABLES)[kind] == "month":
            target = self.month.text()
        else:
            target = self.target.currentData(Qt.ItemDataRole.UserRole) or ""
        if not target or (kind == "certificates" and not self.names.text().strip()):
            return None
        options = PrintOptions.from_settings(self._settings, paper=self.paper.currentText(),
                                             lang=self.lang.currentData() or "vi", large_print=self.large.isChecked(),
                                             bw=self.bw.isChecked(), qr=self.qr.isChecked() and self._has_web_source())
        edition = self.edition.currentData() or "participant"
        if kind == "handout" and self.booklet.isChecked():
            kind = "booklet"
        return PrintJob(kind, target, options, site=self.site.currentData() or "factory",
                        names=self.names.text().strip(), rows=self.rows.value(), edition=edition)

    def _options_changed(self, *_args) -> None:
        """The form changed: the preview on show is stale, so it goes, and a new one is made shortly."""
        self.qr.setVisible(self.current_kind() in ("factsheet", "brief") and self._has_web_source())
        self._made = None
        self._token += 1  # a preview still being made is for the old form
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()
        self._set_busy(False)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self._images = []
        self._fit_previews()
        self.preview_note.show()
        if not hasattr(self, "_debounce"):
            return
        if self.current_job() is not None:
            self.preview_note.setText(self.tr("Making the preview…"))
            self._debounce.start()
        else:
            self.preview_note.setText(self.tr("Choose a record or module first (and the names file for certificates)."))

    def _make_preview(self, then=None) -> None:
        self._debounce.stop()
        job = self.current_job()
        if job is None:
            self.preview_note.setText(self.tr("Choose a record or module first (and the names file for certificates)."))
            return
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()
        self._token += 1
        token = self._token
        self._set_busy(True, self.tr("Making the PDF…"))
        out = self._out_dir / f"{job.kind}-{token}.pdf"
        self._handle = run_in_background(tasks.make_pdf, self.ctx.services, job, out, with_progress=True,
                                         on_done=lambda made: self._made_pdf(made, token, then),
                                         on_error=lambda exc: self._failed(exc, token),
                                         on_progress=self._show_progress, pool=self.ctx.pools.general)

    def _made_pdf(self, made: tasks.Made, token: int, then) -> None:
        if token != self._token or not self._alive():
            made.path.unlink(missing_ok=True)
            return  # the form changed meanwhile; a newer preview is on its way
        if self._made is not None and self._made.path != made.path:
            self._made.path.unlink(missing_ok=True)
        self._made = made
        self._set_busy(False)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        status = self.tr("{pages} page(s), {size} KB.").format(pages=made.pages, size=max(1, made.size // 1024))
        self.status.setText("\n".join([status, *(warning_text(w) for w in made.warnings)]))
        self._images = [QImage.fromData(png) for png in made.pngs]
        self._fit_previews()
        self.preview_note.setVisible(not made.pngs)
        self.preview_note.setText(self.tr("No preview could be drawn here; the PDF is made all the same: save it and "
                                          "open it with your PDF reader.") if made.preview_error else "")
        if then is not None:
            then()

    def _fit_previews(self) -> None:
        """Scale the page pictures to the width of the preview, one under the other: at 1024×600 the text
        stays readable (a page squeezed to the height would not be)."""
        width = max(160, self.scroll.viewport().width() - 28)
        for lbl, img in zip(self.page_labels, self._images + [None] * len(self.page_labels)):
            if img is not None and not img.isNull():
                pix = QPixmap.fromImage(img.scaledToWidth(min(width, img.width()), Qt.TransformationMode.SmoothTransformation))
                lbl.setPixmap(pix)
                lbl.setFixedHeight(pix.height() + 2)
                lbl.show()
            else:
                lbl.clear()
                lbl.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._size_columns()
        self._fit_previews()

    def _save(self) -> None:
        if self._made is None:
            self._make_preview(then=self._save)
            return
        suggested = str(Path.home() / f"{self._made.job.kind}-{self._made.job.target[:20]}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        run_in_background(tasks.save_copy, self._made.path, Path(path), pool=self.ctx.pools.general,
                          on_done=lambda p: self._alive() and self.status.setText(self.tr("Saved to {path}").format(path=p)),
                          on_error=lambda exc: self._failed(exc, self._token))

    def _print(self) -> None:
        if self._made is None:
            self._make_preview(then=self._print)
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(self._made.path.name)
        self._printer.setFromTo(1, self._made.pages)
        dialog = QPrintDialog(self._printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._set_busy(True, self.tr("Sending to the printer…"))
        self._token += 1
        token = self._token
        self._handle = run_in_background(tasks.paint_to_printer, self._made.path, self._printer, with_progress=True,
                                         on_done=self._printed, on_error=lambda exc: self._failed(exc, token),
                                         on_progress=self._show_progress, pool=self.ctx.pools.general)

    def _printed(self, pages: int) -> None:
        if not self._alive():
            return
        self._set_busy(False)
        self.status.setText(self.tr("{pages} page(s) sent to the printer.").format(pages=pages))

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._token += 1
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled."))

    def _failed(self, exc: BaseException, token: int) -> None:
        from pan_desktop.core.errors import Interrupted

        if token != self._token or not self._alive():
            return
        self._set_busy(False)
        if not isinstance(exc, Interrupted):
            self.status.setText("")
            show_error(self, exc)

    def _show_progress(self, state) -> None:
        if not self._alive():
            return
        if state.total:
            self.progress.setRange(0, state.total)
            self.progress.setValue(state.done)
        labels = {"layout": self.tr("Laying out page {done}…"), "preview": self.tr("Drawing the preview…"),
                  "print": self.tr("Printing page {done} of {total}…")}
        if state.stage in labels:
            self.status.setText(labels[state.stage].format(done=state.done, total=state.total))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status.setText(text)


def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace a short fixed list of (code, label) items, keeping the selection."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code, text in items:
        combo.addItem(text, code)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)
