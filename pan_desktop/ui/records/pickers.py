"""Inputs that show names, not codes: a vocabulary picker (themes, audiences), a record picker
(related initiatives by title), an organisation picker (organisations by name, and the names of
those not in the database), and the filter bar's organisation box (an organisation by name, or text)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from pan_desktop.core.shared.validation import join_list_text, split_list_text
from pan_desktop.core.text import fold
from pan_desktop.core.vocab import Term
from pan_desktop.ui.retranslate import Retranslating

CODE_ROLE = Qt.ItemDataRole.UserRole
LIST_HEIGHT = 120


class TermPicker(Retranslating, QWidget):
    """Tick the terms of a vocabulary (shown by their label in the interface language); values outside it
    (members name their own) are typed in the "other" box."""

    def __init__(self, terms: dict[str, Term], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.terms = terms
        self.list = QListWidget()
        self.list.setFixedHeight(LIST_HEIGHT)
        for code in terms:
            item = QListWidgetItem()
            item.setData(CODE_ROLE, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.other = QLineEdit()
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.list)
        col.addWidget(self.other)
        self.set_language(lang)

    def set_values(self, values: list[str]) -> None:
        chosen = set(values)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in chosen else Qt.CheckState.Unchecked)
        self.other.setText(join_list_text([v for v in values if v not in self.terms]))

    def values(self) -> list[str]:
        ticked = [self.list.item(i).data(CODE_ROLE) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return ticked + [v for v in split_list_text(self.other.text()) if v.strip()]

    def set_language(self, lang: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(self.terms[item.data(CODE_ROLE)].label(lang))
        self.other.setPlaceholderText(self.tr("Other (separate with ;)"))
        self.other.setAccessibleName(self.tr("Other values"))

    def retranslate(self) -> None:
        # the labels follow set_language (the form knows the language); the box's own words follow Qt's
        self.other.setPlaceholderText(self.tr("Other (separate with ;)"))
        self.other.setAccessibleName(self.tr("Other values"))


class RecordPicker(Retranslating, QWidget):
    """The records chosen, by title; add one by typing part of its title, remove the selected one.
    ``titles`` maps every record that may be chosen to its title (read on a worker by the form)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.titles: dict[str, str] = {}
        self._ids: list[str] = []
        self.chosen = QListWidget()
        self.chosen.setFixedHeight(80)
        self.add_box = QComboBox(editable=True)
        self.add_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_current)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_box, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.chosen)
        col.addLayout(row)
        self.retranslate()

    def set_choices(self, titles: dict[str, str]) -> None:
        self.titles = titles
        self.add_box.clear()
        self.add_box.addItem("", "")
        for ident, title in sorted(titles.items(), key=lambda kv: kv[1].casefold()):
            self.add_box.addItem(title, ident)
        completer = QCompleter([self.add_box.itemText(i) for i in range(self.add_box.count())], self.add_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_box.setCompleter(completer)
        self._show()

    def set_values(self, ids: list[str]) -> None:
        self._ids = list(ids)
        self._show()

    def values(self) -> list[str]:
        return list(self._ids)

    def _show(self) -> None:
        self.chosen.clear()
        for ident in self._ids:
            item = QListWidgetItem(self.titles.get(ident) or self.tr("(a record not on this computer)"))
            item.setData(CODE_ROLE, ident)
            self.chosen.addItem(item)

    def _add_current(self) -> None:
        index = self.add_box.findText(self.add_box.currentText())
        ident = self.add_box.itemData(index) if index > 0 else None
        if ident and ident not in self._ids:
            self._ids.append(ident)
            self._show()
            self.changed.emit()
        self.add_box.setCurrentIndex(0)

    def _remove_selected(self) -> None:
        item = self.chosen.currentItem()
        if item is not None:
            self._ids.remove(item.data(CODE_ROLE))
            self._show()
            self.changed.emit()

    def retranslate(self) -> None:
        self._retranslate_picker()
        self.add_box.lineEdit().setPlaceholderText(self.tr("Type part of a title…"))
        self.add_box.setAccessibleName(self.tr("Find a record by its title"))
        self.chosen.setAccessibleName(self.tr("Records chosen"))

    def _retranslate_picker(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the record typed"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected record"))
        self._show()


class OrgPicker(RecordPicker):
    """The organisations chosen from the database, by name (typing part of any name finds one), and below
    them the names of organisations that are not in it. ``many``: several names (a list field) or one."""

    def __init__(self, many: bool = True, parent: QWidget | None = None):
        self.other: QLineEdit | None = None
        super().__init__(parent)
        self.many = many
        self.other = QLineEdit()
        self.layout().addWidget(self.other)
        self.chosen.setFixedHeight(60)
        self.chosen.setWordWrap(True)  # long names wrap in the field's width, never scroll sideways
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate()

    def set_names(self, names: list[str] | str | None) -> None:
        self.other.setText(join_list_text(names) if isinstance(names, list) else (names or ""))

    def names(self) -> list[str] | str:
        text = self.other.text()
        return [v for v in split_list_text(text) if v.strip()] if self.many else text.strip()

    def retranslate(self) -> None:
        self._retranslate_picker()
        self.add_box.lineEdit().setPlaceholderText(self.tr("Type part of an organisation's name…"))
        self.add_box.setAccessibleName(self.tr("Find an organisation by its name"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected organisation"))
        self.chosen.setAccessibleName(self.tr("Organisations chosen"))
        if self.other is not None:
            self.other.setPlaceholderText(self.tr("Not in the list? Write its name (separate names with ;)")
                                          if self.many else self.tr("Not in the list? Write its name"))
            self.other.setAccessibleName(self.tr("Organisations not in the database"))


class OrgFilterBox(QComboBox):
    """The organisation filter above a records table, picked as in :class:`OrgPicker`: an organisation by
    name (typing part of any name finds it), and then the filter means that organisation (its id); or any
    text, which the filter looks for in every organisation name. ``changed`` on each edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # as wide as the filter bar gives it, not as its longest name (the other filters keep their room)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.addItem("", "")
        self.currentTextChanged.connect(self.changed)

    def set_choices(self, labels: dict[str, str]) -> None:
        """The organisations to pick, by id (read on a worker); what was picked or typed stays."""
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for ident, label in sorted(labels.items(), key=lambda kv: fold(kv[1])):
            self.addItem(label, ident)
        completer = QCompleter([self.itemText(i) for i in range(1, self.count())], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.set_value(keep)
        self.blockSignals(False)

    def value(self) -> str:
        """The id of the organisation picked, else the text typed ("" for none)."""
        text = self.currentText().strip()
        index = self.findText(text) if text else -1
        return self.itemData(index) if index > 0 else text

    def set_value(self, value: str) -> None:
        index = self.findData(value) if value else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(value)
