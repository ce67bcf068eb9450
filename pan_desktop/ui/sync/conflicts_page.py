"""The Conflicts page: concurrent edits to review (Keep / Use other / Edit) and edits the hub refused.

Both lists are read on a worker and arrive as one value (:class:`ToReview`); the person's actions run
on the write thread, and the announcement of that write brings the lists (and the badge) up to date.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from pan_desktop.core.events import DataChanged
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.sync.conflicts import ToReview
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.sync.messages import kind_text, refusal_text, who_text
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background

WATCHED = frozenset({"sync_conflicts", "sync_quarantine", *TABLES})  # record titles show here too


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows (lists of text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.items: list[Any] = []

    def reset(self, headers: list[str], rows: list[list[str]], items: list[Any]) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.items = headers, rows, items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class ConflictsPage(Retranslating, QWidget):
    """``ConflictsPage(ctx, parent=None)``. ``count_changed`` carries the badge (open conflicts) each time
    the lists arrive; :meth:`badge_count` is the last count. Nothing leaves either list without a
    person's action."""

    count_changed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.conflicts
        self._review = ToReview([], [])
        self._loaded = False
        self._reading = self._again = False
        self.conflicts_box, self.quarantine_box = QGroupBox(), QGroupBox()
        self.conflicts, self.refused = RowsModel(self), RowsModel(self)
        self.conflict_view, self.refused_view = _table(self.conflicts), _table(self.refused)
        self.keep_button, self.other_button, self.edit_button = QPushButton(), QPushButton(), QPushButton()
        self.resend_button, self.dismiss_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        for b in (self.keep_button, self.other_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.no_conflicts, self.no_refused = QLabel(), QLabel()
        for label in (self.no_conflicts, self.no_refused):
            label.setWordWrap(True)
            label.hide()
        box = QVBoxLayout(self.conflicts_box)
        box.addWidget(self.no_conflicts)
        box.addWidget(self.conflict_view)
        box.addLayout(buttons)
        qbuttons = QHBoxLayout()
        qbuttons.addWidget(self.resend_button)
        qbuttons.addWidget(self.dismiss_button)
        qbuttons.addStretch(1)
        qbox = QVBoxLayout(self.quarantine_box)
        qbox.addWidget(self.no_refused)
        qbox.addWidget(self.refused_view)
        qbox.addLayout(qbuttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflicts_box, 2)
        layout.addWidget(self.quarantine_box, 1)
        self.keep_button.clicked.connect(lambda: self._resolve("keep"))
        self.other_button.clicked.connect(lambda: self._resolve("use_other"))
        self.edit_button.clicked.connect(lambda: self._resolve("value"))
        self.resend_button.clicked.connect(lambda: self._quarantine(self.service.resend))
        self.dismiss_button.clicked.connect(lambda: self._quarantine(self.service.dismiss))
        ctx.bridge.data_changed.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.conflicts_box.setTitle(self.tr("Conflicts to review"))
        self.quarantine_box.setTitle(self.tr("Edits the hub refused"))
        self.keep_button.setText(self.tr("Keep"))
        self.other_button.setText(self.tr("Use other"))
        self.edit_button.setText(self.tr("Edit…"))
        self.resend_button.setText(self.tr("Send again"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.no_conflicts.setText(self.tr("No conflicts to review. When two computers change the same field "
                                          "before they sync, both values are shown here and you choose."))
        self.no_refused.setText(self.tr("No refused edits: the hub took every edit sent from this computer."))
        if self._loaded:
            self.refresh()  # record titles are read in the interface language

    def badge_count(self) -> int:
        return len(self._review.conflicts)

    def _data_changed(self, change: DataChanged) -> None:
        if change.tables & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        """Read both lists on a worker; :meth:`_show` fills the tables (reads asked for meanwhile are
        folded into one more)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        run_in_background(self.service.to_review, self.ctx.language, on_done=self._show,
                          on_error=self._read_failed, pool=self.ctx.pools.general)

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        show_error(self, exc)

    def _show(self, review: ToReview) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()
        self._review, self._loaded = review, True
        lang = self.ctx.language
        items = review.conflicts
        rows = []
        for c in items:
            try:
                field = TABLES[c.table].field(c.field).label(lang)
            except KeyError:
                field = self.tr("deleted") if c.field == "deleted" else c.field
            rows.append([c.record_title or self.tr("(a record not on this computer yet)"), field, show_value(c.base),
                         self._said(c.kept, c.kept_by, c.kept_at), self._said(c.other, c.other_by, c.other_at)])
        self.conflicts.reset([self.tr("Record"), self.tr("Field"), self.tr("Before"), self.tr("Kept (who, when)"),
                              self.tr("Other (who, when)")], rows, items)
        refused = review.refused
        self.refused.reset([self.tr("Edit"), self.tr("Record"), self.tr("Fields"), self.tr("Reason")],
                           [self._refused_row(q, lang) for q in refused], refused)
        self.conflict_view.resizeColumnsToContents()
        self.refused_view.resizeColumnsToContents()
        for empty, view, buttons, n in ((self.no_conflicts, self.conflict_view,
                                         (self.keep_button, self.other_button, self.edit_button), len(items)),
                                        (self.no_refused, self.refused_view, (self.resend_button, self.dismiss_button),
                                         len(refused))):
            empty.setVisible(n == 0)
            view.setVisible(n > 0)
            for b in buttons:
                b.setEnabled(n > 0)
        self.count_changed.emit(len(items))

    @staticmethod
    def _said(value: Any, who: str, when: str) -> str:
        return f"{show_value(value)} — {who_text(who)}" + (f", {when}" if when else "")

    def _refused_row(self, q, lang: str) -> list[str]:
        """Kind, record (its area and title as the edit gave it), field labels and the reason, in words."""
        spec = TABLES.get(q.table)
        if spec is None:
            return [kind_text(q.kind), self.tr("a record"), "", refusal_text(q.reason, q.result)]
        title = next((show_value((q.fields.get(n) or {}).get("new")) for n in spec.title_fields
                      if isinstance(q.fields.get(n), dict) and q.fields[n].get("new")), "")
        area = spec.plural_vi if lang == "vi" else spec.plural_en
        labels = []
        for name in q.fields:
            try:
                labels.append(spec.field(name).label(lang))
            except KeyError:
                labels.append(self.tr("deleted") if name == "deleted" else name)
        return [kind_text(q.kind), f"{area}: {title}" if title else area, ", ".join(labels),
                refusal_text(q.reason, q.result)]

    def _selected(self, view: QTableView, model: RowsModel):
        rows = view.selectionModel().selectedRows()
        return model.items[rows[0].row()] if rows else None

    def _resolve(self, choice: str) -> None:
        c = self._selected(self.conflict_view, self.conflicts)
        if c is None:
            return
        value = None
        if choice == "value":
            text, ok = QInputDialog.getText(self, self.tr("Edit the value"), self.tr("Value to keep:"),
                                            text=show_value(c.kept) if c.kept not in (None, "") else "")
            if not ok:
                return
            try:
                value = json.loads(text) if text.strip()[:1] == "[" else text
            except ValueError:
                value = text  # not a list after all: keep what was typed
        run_in_background(self.service.resolve, c.id, choice, value, on_error=lambda exc: show_error(self, exc),
                          pool=self.ctx.pools.write)

    def _quarantine(self, action) -> None:
        q = self._selected(self.refused_view, self.refused)
        if q is None:
            return
        run_in_background(action, q.id, on_error=lambda exc: show_error(self, exc), pool=self.ctx.pools.write)
