"""The filter bar above a records table: province, theme, organisation, status, type, years, words."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QHBoxLayout, QLineEdit, QSpinBox, QToolButton, QWidget

from pan_desktop.core.provinces import province_map
from pan_desktop.core.services import ListQuery
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.vocab import THEMES
from pan_desktop.core.events import DataChanged
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.records.form import organization_choices
from pan_desktop.ui.records.pickers import OrgFilterBox
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background

NO_YEAR = 1899
TYPE_FIELD = {"initiatives": "kind", "organizations": "org_type", "policies": "policy_type", "events": "event_type"}


class FilterBar(Retranslating, QWidget):
    """Emits ``changed`` (debounced) whenever a filter changes; :meth:`query` builds the ListQuery."""

    changed = Signal()

    def __init__(self, ctx: AppContext, table: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.spec = TABLES[table]
        names = set(self.spec.names)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.changed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top, row = QHBoxLayout(), QHBoxLayout()
        grid.addLayout(top, 0, 0)
        grid.addLayout(row, 1, 0)

        self.text = QLineEdit(objectName="filter_text", clearButtonEnabled=True)
        self.text.textChanged.connect(self._debounce.start)
        top.addWidget(self.text, 3)

        self.province = QComboBox(objectName="filter_province", editable=True)
        self.province.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province.addItem("")
        pm = province_map()
        seen = set()
        for p in [*pm.current.values(), *pm.former.values()]:
            if p.name_vi not in seen:
                seen.add(p.name_vi)
                self.province.addItem(p.name_vi)
        completer = QCompleter([self.province.itemText(i) for i in range(self.province.count())], self.province)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.province.setCompleter(completer)
        self.province.currentTextChanged.connect(self._debounce.start)
        top.addWidget(self.province, 2)

        self.theme = self._combo("filter_theme", THEMES if "themes" in names else None, row)
        type_field = self.spec.field(TYPE_FIELD[table])
        self.type = self._combo("filter_type", type_field.terms, row)
        self.status = self._combo("filter_status", self.spec.field("status").terms if "status" in names else None, row)

        self.org = OrgFilterBox()
        self.org.setObjectName("filter_org")
        self.org.lineEdit().setClearButtonEnabled(True)
        self.org.changed.connect(self._debounce.start)
        top.addWidget(self.org, 2)
        self.org.setVisible(table != "organizations")  # there the words filter already searches names
        if table != "organizations":
            self._load_orgs()
            ctx.bridge.data_changed.connect(self._data_changed)

        self.year_from = self._year("filter_year_from", row)
        self.year_to = self._year("filter_year_to", row)

        self.clear = QToolButton(objectName="filter_clear")
        self.clear.clicked.connect(self.reset)
        row.addStretch(1)
        row.addWidget(self.clear)
        self.retranslate()

    def _combo(self, name: str, terms, row) -> QComboBox | None:
        if not terms:
            return None
        box = QComboBox(objectName=name)
        box.addItem("", "")
        for code in terms:
            box.addItem(code, code)
        box.setProperty("terms", list(terms.values()))
        box.currentIndexChanged.connect(self._debounce.start)
        row.addWidget(box, 2)
        return box

    def _year(self, name: str, row) -> QSpinBox | None:
        if not self.spec.date_fields:
            return None
        spin = QSpinBox(objectName=name)
        spin.setRange(NO_YEAR, 2100)
        spin.setValue(NO_YEAR)
        spin.valueChanged.connect(self._debounce.start)
        row.addWidget(spin)
        return spin

    def query(self) -> ListQuery:
        def val(box):
            return (box.currentData() or "") if box is not None else ""

        def year(spin):
            return spin.value() if spin is not None and spin.value() != NO_YEAR else None

        return ListQuery(text=self.text.text(), province=self.province.currentText(), theme=val(self.theme),
                         type=val(self.type), status=val(self.status), org=self.org.value(),
                         year_from=year(self.year_from), year_to=year(self.year_to), limit=100_000)

    def reset(self) -> None:
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.org.blockSignals(True)
        self.org.set_value("")
        self.org.blockSignals(False)
        self.province.blockSignals(True)
        self.province.setCurrentIndex(0)
        self.province.setEditText("")
        self.province.blockSignals(False)
        for box in (self.theme, self.type, self.status):
            if box is not None:
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
        for spin in (self.year_from, self.year_to):
            if spin is not None:
                spin.blockSignals(True)
                spin.setValue(NO_YEAR)
                spin.blockSignals(False)
        self.changed.emit()

    def _load_orgs(self) -> None:
        """The organisations to pick, named in the interface language (read on a worker)."""
        run_in_background(organization_choices, self.ctx.services, self.ctx.language,
                          on_done=self.org.set_choices, on_error=lambda exc: show_error(self, exc),
                          pool=self.ctx.pools.general)

    def _data_changed(self, change: DataChanged) -> None:
        if "organizations" in change.tables:
            self._load_orgs()

    def language_changed(self) -> None:
        self.retranslate()
        if self.org.isVisibleTo(self):
            self._load_orgs()  # organisation names in the new language

    def retranslate(self) -> None:
        lang = self.ctx.language
        self.text.setPlaceholderText(self.tr("Words in the title…"))
        self.text.setAccessibleName(self.tr("Words in the title"))
        self.province.setAccessibleName(self.tr("Province (former or current)"))
        self.org.setAccessibleName(self.tr("Organisation"))
        self.clear.setAccessibleDescription(self.tr("Show every record again"))
        self.province.lineEdit().setPlaceholderText(self.tr("Province (former or current)"))
        self.org.lineEdit().setPlaceholderText(self.tr("Organisation"))
        self.org.setToolTip(self.tr("Pick an organisation by name, or type any name"))
        self.clear.setText(self.tr("Clear filters"))
        for box, empty in ((self.theme, self.tr("All themes")), (self.type, self.tr("All types")), (self.status, self.tr("All statuses"))):
            if box is None:
                continue
            box.setItemText(0, empty)
            for i, term in enumerate(box.property("terms"), start=1):
                box.setItemText(i, term.label(lang))
        if self.year_from is not None:
            self.year_from.setSpecialValueText(self.tr("From year"))
            self.year_to.setSpecialValueText(self.tr("To year"))
            self.year_from.setToolTip(self.tr("Records whose period overlaps these years"))
            self.year_to.setToolTip(self.year_from.toolTip())
            self.year_from.setAccessibleName(self.tr("From year"))
            self.year_to.setAccessibleName(self.tr("To year"))
