"""A table model over a plain list of records: cheap at 50,000 rows (cells are computed when shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pan_desktop.core.services import Record
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.ui.records.display import field_text, named_orgs

Column = tuple[str, Callable[[Record, str], str]]


def columns_for(table: str) -> list[tuple[str, str]]:
    """``(key, field)`` of the columns shown for an area; ``field`` is what the list query must read."""
    common = [("title", "")]
    extra = {
        "initiatives": [("period", ""), ("provinces", "provinces"), ("organizations", "organizations"), ("status", "status")],
        "organizations": [("org_type", "org_type"), ("provinces", "provinces"), ("website", "website")],
        "policies": [("policy_type", "policy_type"), ("issuing_body", "issuing_body"), ("period", ""), ("status", "status")],
        "events": [("period", ""), ("event_type", "event_type"), ("location", "location"), ("organizations", "organizations")],
    }[table]
    return common + extra


def query_columns(table: str) -> tuple[str, ...]:
    spec = TABLES[table]
    names = set(spec.title_fields)
    if spec.date_fields:
        names.update(spec.date_fields)
    names.update(f for _, f in columns_for(table) if f)
    names.update(ids for ids, companion in spec.org_links if companion in names)  # a names column shows links too
    return tuple(n for n in spec.names if n in names)


class RecordTableModel(QAbstractTableModel):
    """Rows are :class:`Record` objects; headers come from the caller (translated)."""

    def __init__(self, table: str, parent=None):
        super().__init__(parent)
        self.table = table
        self.spec = TABLES[table]
        self.columns = columns_for(table)
        self.headers: list[str] = [k for k, _ in self.columns]
        self.language = "vi"
        self.org_labels: dict[str, tuple[str, str]] = {}  # linked organisations' (vi, en) names, by id
        self._org_columns = {names for _ids, names in self.spec.org_links}
        self._rows: list[Record] = []

    def set_rows(self, rows: list[Record]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_language(self, lang: str, headers: list[str]) -> None:
        self.language = lang
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def record(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == record_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        rec = self._rows[index.row()]
        key, fieldname = self.columns[index.column()]
        if key == "title":
            return rec.title(self.language)
        if key == "period":
            return rec.period()
        if fieldname in self._org_columns:
            return named_orgs(rec, fieldname, self.org_labels, self.language)
        return field_text(self.spec.field(fieldname), rec.get(fieldname), self.language)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
