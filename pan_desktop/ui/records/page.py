"""One record area: filter bar, table, detail pane, add / edit / delete with undo."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget,
)

from pan_desktop.core.errors import NotFound
from pan_desktop.core.events import DataChanged
from pan_desktop.core.services import ListQuery, Page, Record
from pan_desktop.core.services.org_links import org_names
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.text import fold
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.records.display import detail_html
from pan_desktop.ui.records.filters import FilterBar
from pan_desktop.ui.records.form import RecordForm
from pan_desktop.ui.records.table_model import RecordTableModel, query_columns
from pan_desktop.ui.records.unlinked import UnlinkedNamesNote
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.text import count_text
from pan_desktop.ui.workers import run_in_background


FIRST_SCREEN = 200


def list_records(service, query: ListQuery, lang: str) -> tuple[Page, dict[str, tuple[str, str]]]:
    """Runs on a worker: one page of records, in the order of their titles in ``lang`` (an English title
    missing falls back to the Vietnamese one, as the table shows it), and the names of the organisations
    they link to."""
    page = service.list(query, query_columns(service.table))
    if lang == "en":
        page.records.sort(key=lambda r: fold(r.title("en")))
    labels: dict[str, tuple[str, str]] = {}
    if service.spec.org_links:
        with service.db.session() as s:
            orgs = org_names(s)
        labels = {i: (orgs.short_label(i, "vi"), orgs.short_label(i, "en")) for i in orgs.rows}
    return page, labels


def load_detail(services, table: str, record_id: str, lang: str) -> tuple[Record, dict[str, str]]:
    """Runs on a worker: the whole record and the titles of the records it refers to, by id."""
    record = services.records[table].get(record_id)
    titles: dict[str, str] = {}
    for ident in (i for f in TABLES[table].fields if f.kind == "ids" for i in record.get(f.name) or []):
        if ident not in titles:
            try:
                titles[ident] = services.find(ident).title(lang)
            except NotFound:
                pass  # shown as "a record not on this computer"
    return record, titles


class RecordsPage(Retranslating, QWidget):
    """Browse and edit one area. Loads rows on a worker; never blocks the GUI thread. ``open_record(table,
    id)`` asks the window to show another record (a related initiative clicked in the detail pane)."""

    loaded = Signal(int)  # rows shown, after each (re)load
    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, table: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.spec = TABLES[table]
        self._generation = 0
        self._last_deleted: Record | None = None
        self._select_after_load: str | None = None
        self._total = 0

        self.filters = FilterBar(ctx, table)
        self.filters.changed.connect(self.reload)
        self.model = RecordTableModel(table, self)
        self.view = QTableView(objectName=f"table_{table}")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        header.resizeSection(0, 300)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())

        self.detail = QTextBrowser(objectName=f"detail_{table}")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.add_button = QPushButton(objectName="add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(objectName="edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(objectName="delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(objectName="count")
        self.undo_label = QLabel(objectName="undo_label")
        self.undo_button = QPushButton(objectName="undo")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_label.hide()
        self.undo_button.hide()
        actions = QHBoxLayout()
        for w in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(w)
        actions.addSpacing(16)
        actions.addWidget(self.undo_label)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.read_only_note = QLabel(objectName="read_only_note", wordWrap=True)
        self.read_only_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        if table == "organizations":  # the names other records keep as text, to be linked here
            self.unlinked_note = UnlinkedNamesNote(ctx)
            self.unlinked_note.open_record.connect(self.open_record)
            layout.addWidget(self.unlinked_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.read_only_note)
        layout.addLayout(actions)
        self.read_only = False
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_delete)
        self.view.installEventFilter(self)  # Enter on a row opens its form, Delete deletes it
        self._sorted_for = ctx.language
        ctx.bridge.data_changed.connect(self._data_changed)
        self._update_buttons()
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # -- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Query the service on a worker with the current filters; late results of older queries are dropped.

        The first screenful comes in its own quick query, so a large table paints at once and fills in.
        """
        self._generation += 1
        generation = self._generation
        query = self.filters.query()
        if self.ctx.language == "en":
            query = replace(query, sort=self.spec.title_fields[1])
        self._run_query(generation, replace(query, limit=FIRST_SCREEN), query)

    def _run_query(self, generation: int, query: ListQuery, full: ListQuery | None) -> None:
        run_in_background(list_records, self.ctx.services.records[self.table], query, self.ctx.language,
                          on_done=lambda loaded: self._loaded(generation, loaded, full),
                          on_error=lambda exc: show_error(self, exc), pool=self.ctx.pools.general)

    def _loaded(self, generation: int, loaded: tuple[Page, dict], full: ListQuery | None = None) -> None:
        if generation != self._generation:
            return
        page, self.model.org_labels = loaded
        if full is not None and page.total > len(page.records):
            self.model.set_rows(page.records)
            self._total = page.total
            self._update_count()
            self._run_query(generation, full, None)
            return
        current = self.selected_record()
        keep = self._select_after_load or (current.id if current else None)
        self.model.set_rows(page.records)
        self._total = page.total
        self._update_count()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            # a load that started before the record existed must not consume the pending selection
            self._select_after_load = None
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self._show_hint()
        self._update_buttons()
        self.loaded.emit(self.model.rowCount())

    def _data_changed(self, change: DataChanged) -> None:
        if self.table in change.tables:
            self.reload()

    # -- selection and detail ------------------------------------------------------------------------
    def selected_record(self) -> Record | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_id(self, record_id: str) -> None:
        """Select a record (after the next load if it is not shown yet)."""
        row = self.model.row_of(record_id)
        if row < 0:
            self._select_after_load = record_id
            self.filters.reset()
            return
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(row, 0))

    def _current_changed(self, current, _previous) -> None:
        self._update_buttons()
        record = self.model.record(current.row())
        if record is None:
            self._show_hint()
            return
        run_in_background(load_detail, self.ctx.services, self.table, record.id, self.ctx.language,
                          on_done=self._show_detail, on_error=self._detail_failed, pool=self.ctx.pools.general)

    def _show_hint(self) -> None:
        self._detail_record = None
        if self.model.rowCount():
            hint = self.tr("Choose a row to see all its details here.")
        else:
            hint = self.tr("Nothing matches these filters. Clear the filters to see every record.")
        self.detail.setHtml(f"<p style='color:#666;margin:12px'>{html.escape(hint)}</p>")

    def _show_detail(self, loaded: tuple[Record, dict[str, str]]) -> None:
        record, titles = loaded
        current = self.selected_record()
        if current is None or current.id != record.id:
            return
        self._detail_record = record
        self._detail_titles = titles
        self._render_detail()

    def _render_detail(self) -> None:
        self.detail.setHtml(detail_html(self._detail_record, self.ctx.language, self._detail_titles,
                                        self.tr("(a record not on this computer)")))

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "record":
            table, _, ident = url.path().partition(":")
            self.open_record.emit(table, ident)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _detail_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, NotFound):
            show_error(self, exc)

    # -- editing -------------------------------------------------------------------------------------
    def add(self) -> RecordForm | None:
        if self.read_only:
            return None
        form = RecordForm(self.ctx, self.table, None, self)
        form.saved.connect(lambda r: self.select_id(r.id))
        form.finished.connect(lambda _r: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        form.open()
        return form

    def edit_selected(self) -> RecordForm | None:
        record = self.selected_record()
        if record is None or self.read_only:
            return None
        full = getattr(self, "_detail_record", None)
        if full is not None and full.id == record.id:
            return self._open_form(full)
        # the detail pane has not loaded this record yet: read it on a worker, then open the form
        run_in_background(self.ctx.services.records[self.table].get, record.id, on_done=self._open_form,
                          on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)
        return None

    def _open_form(self, record: Record) -> RecordForm:
        form = RecordForm(self.ctx, self.table, record, self)
        form.finished.connect(lambda _r: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        form.open()
        return form

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None or self.read_only:
            return
        svc = self.ctx.services.records[self.table]
        run_in_background(svc.delete, record.id, on_done=self._deleted, on_error=lambda e: show_error(self, e), pool=self.ctx.pools.write)

    def _deleted(self, record: Record) -> None:
        self._last_deleted = record
        self.undo_label.setText(self.tr("Deleted “{title}”.").format(title=record.title(self.ctx.language)[:80]))
        self.undo_label.show()
        self.undo_button.show()

    def undo_delete(self) -> None:
        record = self._last_deleted
        if record is None:
            return
        self._last_deleted = None
        self._select_after_load = record.id
        self.undo_label.hide()
        self.undo_button.hide()
        svc = self.ctx.services.records[self.table]
        run_in_background(svc.restore, record.id, on_error=lambda e: show_error(self, e), pool=self.ctx.pools.write)

    def set_read_only(self, read_only: bool) -> None:
        """A data folder that cannot be written: records can be read, not added, changed or deleted."""
        self.read_only = read_only
        self.read_only_note.setVisible(read_only)
        self._update_buttons()
        self.retranslate()

    def _update_buttons(self) -> None:
        has = self.selected_record() is not None and not getattr(self, "read_only", False)
        self.add_button.setEnabled(not getattr(self, "read_only", False))
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _update_count(self) -> None:
        self.count_label.setText(count_text(self._total, "record"))

    # -- language ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.language
        area = self.spec.plural_vi if lang == "vi" else self.spec.plural_en
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleDescription(self.tr("Add a record to {area}").format(area=area))
        self.edit_button.setAccessibleDescription(self.tr("Change the selected record (or double-click its row)"))
        self.delete_button.setAccessibleDescription(self.tr("Delete the selected record; Undo brings it back"))
        self.view.setAccessibleName(area)
        self.view.setAccessibleDescription(self.tr("Records; arrows move between rows, Enter opens the form, Tab leaves the table"))
        self.detail.setAccessibleName(self.tr("Details of the selected record"))
        self.read_only_note.setText(self.tr("This data folder is read-only: records can be read and printed, not "
                                            "added, changed or deleted."))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setToolTip(self.read_only_note.text() if self.read_only else button.accessibleDescription())
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_button.setText(self.tr("Undo"))
        headers = {
            "title": self.tr("Title"), "period": self.tr("Period"), "provinces": self.tr("Provinces"),
            "organizations": self.tr("Organisations"), "status": self.tr("Status"), "org_type": self.tr("Type"),
            "website": self.tr("Website"), "policy_type": self.tr("Type"), "issuing_body": self.tr("Issued by"),
            "event_type": self.tr("Type"), "location": self.tr("Location"),
        }
        if self.table == "organizations":
            headers["title"] = self.tr("Name")
        self.model.set_language(lang, [headers[k] for k, _ in self.model.columns])
        if lang != self._sorted_for:  # the rows follow the titles' order in the new language
            self._sorted_for = lang
            self.reload()
        self._update_count()
        record = getattr(self, "_detail_record", None)
        if record is not None and self.selected_record() is not None and self.selected_record().id == record.id:
            self._render_detail()
        elif self.selected_record() is None:
            self._show_hint()
