"""The Sites page: the list of sites with filters (kind, province, words of the name), a site's visits
with their scores per aspect as a trend, the open follow-up actions, and the assessment form. Every read
and write runs on a worker; the page reloads when the sites' tables change."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton, QSplitter,
                               QStackedWidget, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from pan_desktop.core.sites.schema import SITE_KIND
from pan_desktop.core.sites.service import site_service
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.sites.form import AssessmentForm
from pan_desktop.ui.sites.table_model import ID_ROLE, SORT_ROLE, SitesModel
from pan_desktop.ui.sites.labels import (SCORE_ASPECTS, aspect_label, day_text, kind_label, score_colour,
                                         score_text, status_label)
from pan_desktop.ui.workers import run_in_background

WATCHED = frozenset({"sites", "site_contacts", "assessments", "assessment_answers", "site_photos"})


class SiteDialog(Retranslating, QDialog):
    """A new site: name, kind, province, address, owner and phone (kept within the organisation), coordinates."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.name = QLineEdit(objectName="site_name")
        self.kind = QComboBox(objectName="site_kind")
        self.province = QLineEdit(objectName="site_province")
        self.address = QLineEdit(objectName="site_address")
        self.owner = QLineEdit(objectName="site_owner")
        self.phone = QLineEdit(objectName="site_phone")
        self.org = QLineEdit(objectName="site_org")
        self.lat = QLineEdit(objectName="site_lat")
        self.lon = QLineEdit(objectName="site_lon")
        self.private_note = QLabel(wordWrap=True)
        self.private_note.setStyleSheet("color:#555;")
        self.form = QFormLayout()
        for w in (self.name, self.kind, self.province, self.address, self.owner, self.phone, self.org, self.lat, self.lon):
            self.form.addRow("", w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.private_note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New site"))
        labels = (self.tr("Name"), self.tr("Kind"), self.tr("Province"), self.tr("Address"), self.tr("Owner or contact"),
                  self.tr("Phone"), self.tr("Followed by (organisation)"), self.tr("Latitude"), self.tr("Longitude"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        for code in SITE_KIND:
            self.kind.addItem(kind_label(code, self.ctx.language), code)
        if current:
            self.kind.setCurrentIndex(self.kind.findData(current))
        self.lat.setPlaceholderText(self.tr("e.g. 21.0285 (optional)"))
        self.lon.setPlaceholderText(self.tr("e.g. 105.8542 (optional)"))
        self.private_note.setText(self.tr("The owner's name and phone stay within your organisation: other "
                                          "organisations in the network see the site without them."))

    def values(self) -> dict:
        return {"name": self.name.text(), "kind": self.kind.currentData(), "provinces": [self.province.text()],
                "address": self.address.text(), "owner": self.owner.text(), "phone": self.phone.text(),
                "org": self.org.text(), "lat": self.lat.text(), "lon": self.lon.text()}


class SitesPage(Retranslating, QWidget):
    """``SitesPage(ctx)``: the site list and a site's visits; the assessment form opens in its place."""

    loaded = Signal(int)
    site_loaded = Signal(str)
    summarised = Signal()
    report_written = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sites = site_service(ctx.services)
        self.rows: list[dict] = []
        self.site: dict | None = None
        self.actions: list[dict] = []

        self.kind = QComboBox(objectName="sites_kind")
        self.kind.currentIndexChanged.connect(self.reload)
        self.province = QLineEdit(objectName="sites_province")
        self.text = QLineEdit(objectName="sites_text")
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.province.textChanged.connect(lambda: self._debounce.start())
        self.text.textChanged.connect(lambda: self._debounce.start())
        self.add_button = QPushButton(objectName="sites_add")
        self.add_button.clicked.connect(self.add_site)
        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.province, 1)
        filters.addWidget(self.add_button)

        self.model = SitesModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="sites_table")
        self.table.setModel(self.sorted)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 110), (2, 110), (3, 135), (4, 100), (5, 110)):
            self.table.setColumnWidth(col, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the database's order (by name) until a click
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.count = QLabel(objectName="sites_count")

        self.detail_title = QLabel(objectName="site_title", wordWrap=True)
        self.detail_title.setStyleSheet("font-weight:600;")
        self.detail_info = QLabel(objectName="site_info", wordWrap=True)
        self.trend = QTableWidget(0, len(SCORE_ASPECTS) + 2, objectName="site_trend")
        self.trend.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trend.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trend.verticalHeader().hide()
        self.trend.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.trend.doubleClicked.connect(self.open_visit)
        self.actions_label = QLabel(objectName="site_actions_label")
        self.actions_list = QListWidget(objectName="site_actions")
        self.actions_list.setMaximumHeight(70)
        self.checklist = QComboBox(objectName="site_checklist")
        self.start_button = QPushButton(objectName="site_start")
        self.start_button.clicked.connect(self.start_assessment)
        self.open_button = QPushButton(objectName="site_open")
        self.open_button.clicked.connect(self.open_visit)
        self.report_button = QPushButton(objectName="site_report")
        self.report_button.clicked.connect(self.print_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checklist)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.report_button)
        self.detail = QWidget(objectName="site_detail")
        d = QVBoxLayout(self.detail)
        d.setContentsMargins(0, 0, 0, 0)
        d.addWidget(self.detail_title)
        d.addWidget(self.detail_info)
        d.addWidget(self.trend, 1)
        d.addWidget(self.actions_label)
        d.addWidget(self.actions_list)
        d.addLayout(buttons)
        self.detail.setEnabled(False)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        t = QVBoxLayout(top)
        t.setContentsMargins(0, 0, 0, 0)
        t.addLayout(filters)
        t.addWidget(self.table, 1)
        t.addWidget(self.count)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setSizes([300, 300])

        self.form = AssessmentForm(ctx, self.sites)
        self.form.back.connect(self.show_list)
        self.stack = QStackedWidget()
        listing = QWidget()
        lay = QVBoxLayout(listing)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.bridge.data_changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    # -- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.language
        self.text.setPlaceholderText(self.tr("Search sites by name"))
        self.province.setPlaceholderText(self.tr("Province"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for code in SITE_KIND:
            self.kind.addItem(kind_label(code, lang), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current or "")))
        self.kind.blockSignals(False)
        self.add_button.setText(self.tr("New site…"))
        self.model.relabel(lang)
        self.trend.setHorizontalHeaderLabels([self.tr("Visit"), *(aspect_label(code, lang) for code, _ in SCORE_ASPECTS),
                                              self.tr("Overall")])
        chosen = self.checklist.currentData()
        self.checklist.clear()
        self.checklist.addItem(self.tr("Junk-shop checklist"), "junk-shop")
        self.checklist.addItem(self.tr("Factory checklist"), "factory")
        self.checklist.setCurrentIndex(max(0, self.checklist.findData(chosen)))
        self.start_button.setText(self.tr("Start assessment"))
        self.open_button.setText(self.tr("Open visit"))
        self.report_button.setText(self.tr("Owner's report (PDF)…"))
        self._fill_site()

    # -- list --------------------------------------------------------------------------------------
    def reload(self) -> None:
        """The sites' names first (painted at once), then their visit summaries."""
        run_in_background(self.sites.list_sites, kind=self.kind.currentData() or "", province=self.province.text(),
                          text=self.text.text(), summary=False, on_done=self._listed,
                          on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)

    def _listed(self, rows: list[dict]) -> None:
        if not isValid(self):  # the page was closed while the worker read
            return
        self.rows = rows
        self.model.set_rows(rows, self.ctx.language)
        self.count.setText(self.tr("{n} site(s)").format(n=len(rows)))
        if self.site:
            self.select_id(self.site["id"])
        run_in_background(self.sites.summaries, [r["id"] for r in rows], on_done=self._summarised,
                          on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)
        self.loaded.emit(len(rows))

    def _summarised(self, found: dict) -> None:
        if not isValid(self):
            return
        if all(r["id"] in found for r in self.rows):
            self.model.set_summaries(found)
            self.summarised.emit()

    def select_id(self, site_id: str) -> None:
        for n in range(self.sorted.rowCount()):
            if self.sorted.index(n, 0).data(ID_ROLE) == site_id:
                self.table.selectRow(n)
                return

    def open_site(self, site_id: str) -> None:
        """Show one site (a search result), selected in the list when the filters list it."""
        self.stack.setCurrentIndex(0)
        self.reload()
        self.load_site(site_id)
        self.select_id(site_id)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        site_id = rows[0].data(ID_ROLE)
        if self.site is None or self.site["id"] != site_id:
            self.load_site(site_id)

    def load_site(self, site_id: str) -> None:
        def read():
            return self.sites.site(site_id), self.sites.actions(site_id)

        run_in_background(read, on_done=self._site_read, on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)

    def _site_read(self, result) -> None:
        if not isValid(self):
            return
        self.site, self.actions = result
        self._fill_site()
        self.select_id(self.site["id"])  # opened from search before the list had arrived: mark it now
        self.site_loaded.emit(self.site["id"])

    def _fill_site(self) -> None:
        site, lang = self.site, self.ctx.language
        self.detail.setEnabled(site is not None)
        if site is None:
            self.detail_title.setText(self.tr("Choose a site to see its visits."))
            self.detail_info.clear()
            self.trend.setRowCount(0)
            self.actions_label.clear()
            self.actions_list.clear()
            return
        self.detail_title.setText(f"{site['name']} · {kind_label(site['kind'], lang)}")
        info = [p for p in (site["address"], site["province"]) if p]
        if site["owner"] or site["phone"]:
            info.append(self.tr("Owner: {owner} {phone}").format(owner=site["owner"], phone=site["phone"]).strip())
        if site["org"]:
            info.append(self.tr("Followed by {org}").format(org=site["org"]))
        self.detail_info.setText(" · ".join(info))
        visits = site["visits"]
        self.trend.setRowCount(len(visits))
        for n, v in enumerate(visits):
            label = self.tr("{date} v{version} ({status})").format(date=day_text(v["date"]), version=v["version"],
                                                                   status=status_label(v["status"], lang))
            head = QTableWidgetItem(label)
            head.setData(Qt.ItemDataRole.UserRole, v["id"])
            self.trend.setItem(n, 0, head)
            keys = [key for _c, key in SCORE_ASPECTS] + ["overall"]
            for c, key in enumerate(keys, 1):
                value = v["scores"][key]
                text = score_text(value)
                older = visits[n + 1]["scores"][key] if n + 1 < len(visits) else None
                if value is not None and older is not None and value != older:
                    text += " ▲" if value > older else " ▼"
                item = QTableWidgetItem(text)
                if (colour := score_colour(value)) is not None:
                    item.setBackground(colour)
                self.trend.setItem(n, c, item)
        if visits:
            self.trend.selectRow(0)
        self.actions_label.setText(self.tr("Open follow-up actions: {n}").format(n=len(self.actions)))
        self.actions_list.clear()
        for a in self.actions:
            due = day_text(a["due"]) or self.tr("no date")
            self.actions_list.addItem(self.tr("{due} · {what} ({who})").format(due=due, what=a["what"], who=a["who"] or "—"))
        self.checklist.setCurrentIndex(max(0, self.checklist.findData("factory" if site["kind"] == "factory" else "junk-shop")))
        self.open_button.setEnabled(bool(visits))
        self.report_button.setEnabled(bool(visits))

    def _data_changed(self, change) -> None:
        if change.tables & WATCHED and self.stack.currentIndex() == 0:
            self._debounce.start()
            if self.site is not None:
                self.load_site(self.site["id"])

    # -- actions -----------------------------------------------------------------------------------
    def add_site(self) -> None:
        dialog = SiteDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_in_background(self.sites.add_site, dialog.values(), on_done=lambda s: self.load_site(s["id"]),
                          on_error=lambda e: show_error(self, e), pool=self.ctx.pools.write)

    def start_assessment(self) -> None:
        if self.site is None:
            return
        run_in_background(self.sites.start, self.site["id"], self.checklist.currentData(),
                          on_done=lambda a: self.open_assessment(a["id"]), on_error=lambda e: show_error(self, e),
                          pool=self.ctx.pools.write)

    def _current_visit(self) -> str | None:
        rows = self.trend.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        item = self.trend.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_visit(self, *_args) -> None:
        visit = self._current_visit()
        if visit:
            self.open_assessment(visit)

    def open_assessment(self, assessment_id: str) -> None:
        self.form.open(assessment_id, self.site["name"] if self.site else "")
        self.stack.setCurrentWidget(self.form)
        self.form.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.reload()
        if self.site is not None:
            self.load_site(self.site["id"])

    def print_report(self) -> None:
        visit = self._current_visit()
        if not visit:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the owner's report"), "bao-cao-co-so.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            from pan_desktop.core.printing.options import PrintOptions
            from pan_desktop.core.printing.site_report import build_site_report

            lang = "en" if self.ctx.language == "en" else "vi"
            options = PrintOptions.from_settings(self.ctx.services.settings, lang=lang)
            run_in_background(build_site_report, self.sites, visit, path, lang, options=options,
                              on_done=lambda r: self.report_written.emit(str(r.path)),
                              on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)
