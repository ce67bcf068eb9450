"""The rows of the Sites list: names first (painted at once), the visit summary filled in when it arrives."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from pan_desktop.core.text import fold
from pan_desktop.ui.sites.labels import day_text, kind_label, score_colour, score_text

COLUMNS = ("name", "kind", "province", "last_visit", "last_overall", "open_actions")
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _headers() -> tuple[str, ...]:
    # QCoreApplication.translate spelled out: the extractor does not see the calls through an alias
    return (QCoreApplication.translate("SitesPage", "Site"), QCoreApplication.translate("SitesPage", "Kind"),
            QCoreApplication.translate("SitesPage", "Province"), QCoreApplication.translate("SitesPage", "Last visit"),
            QCoreApplication.translate("SitesPage", "Overall score"),
            QCoreApplication.translate("SitesPage", "Open actions"))


class SitesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.lang = "vi"

    def set_rows(self, rows: list[dict], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.lang = rows, lang
        self.endResetModel()

    def set_summaries(self, found: dict[str, dict]) -> None:
        for r in self.rows:
            r.update(found.get(r["id"], {}))
        if self.rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def relabel(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], COLUMNS[index.column()]
        if role == ID_ROLE:
            return r["id"]
        value = r.get(col)
        if role == SORT_ROLE:  # plain comparison of folded names: as fast as it gets, and in Vietnamese order
            if col == "name":
                return r.setdefault("_key", fold(value or ""))
            return -1 if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "kind":
                return kind_label(value, self.lang)
            if col == "last_visit":
                return day_text(value) or "—" if "last_visit" in r else ""
            if col == "last_overall":
                return score_text(value) if "last_overall" in r else ""
            if col == "open_actions":
                return str(value or "")
            return value
        if role == Qt.ItemDataRole.BackgroundRole and col == "last_overall":
            return score_colour(value)
        return None
