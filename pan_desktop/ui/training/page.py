"""The Training page: sessions on the left, the selected session's attendance and scores grid on the
right (typed from the keyboard: type, Enter, next row), and the indicators on their own tab.

Every read and write runs on a worker (reads on the general pool, writes on the write pool)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from pan_desktop.core.shared.training_terms import AGE_BANDS, ROLES, SEX, UNKNOWN_BAND
from pan_desktop.core.shared.validation import FieldError, clean_field
from pan_desktop.core.shared.schema import ENROLMENTS
from pan_desktop.core.training.indicators import ReportFilter, training_report
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background

NAME, SEX_COL, YEAR, ATTENDED, PRE, POST, ORAL = range(7)
WATCHED = frozenset({"training_sessions", "participants", "enrolments"})


class ScoreGrid(QTableWidget):
    """A grid typed from the keyboard alone: Enter after a value goes to the same column of the next row."""

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt override)
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            QTimer.singleShot(0, self._edit_next)  # after the delegate has finished with this editor

    def _edit_next(self) -> None:
        row, col = self.currentRow() + 1, self.currentColumn()
        if row < self.rowCount():
            self.setCurrentCell(row, col)
            self.editItem(self.item(row, col))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            row = self.currentRow() + 1
            if row < self.rowCount():
                self.setCurrentCell(row, self.currentColumn())
            return
        super().keyPressEvent(event)


class SessionDialog(QDialog):
    """Plan a session: title, module, dates, province and place, organiser, facilitators, pass mark."""

    def __init__(self, modules: list[tuple[str, str, dict[str, Any]]], lang: str = "vi", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New training session"))
        form = QFormLayout(self)
        self.planned = {pack_id: defaults for pack_id, _title, defaults in modules}
        self.module = QComboBox()
        self.module.addItem(self.tr("(no module)"), "")
        for pack_id, title, _defaults in modules:
            self.module.addItem(title, pack_id)
        self.module.currentIndexChanged.connect(self._module_chosen)
        self.audiences = QListWidget()  # checkable: Space ticks the role under the cursor
        for code, term in ROLES.items():
            item = QListWidgetItem(term.label(lang))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.audiences.addItem(item)
        self.audiences.setMaximumHeight(self.audiences.sizeHintForRow(0) * 4 + 6)
        self.title = QLineEdit()
        self.start = QDateEdit(QDate.currentDate())
        self.end = QDateEdit(QDate.currentDate())
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
        self.province = QLineEdit()
        self.place = QLineEdit()
        self.org = QLineEdit()
        self.facilitators = QLineEdit()
        self.facilitators.setPlaceholderText(self.tr("Names separated by ';'"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setValue(70)
        self.pass_mark.setSuffix(" %")
        for label, widget in ((self.tr("Module"), self.module), (self.tr("Title"), self.title),
                              (self.tr("Intended audience"), self.audiences),
                              (self.tr("Start"), self.start), (self.tr("End"), self.end),
                              (self.tr("Province"), self.province), (self.tr("Commune or ward, venue"), self.place),
                              (self.tr("Organising organisation"), self.org), (self.tr("Facilitators"), self.facilitators),
                              (self.tr("Pass mark"), self.pass_mark)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _module_chosen(self) -> None:
        """Fill title, audience and end date from the module's pack; every one stays editable."""
        planned = self.planned.get(self.module.currentData() or "")
        if not planned:
            return
        if not self.title.text().strip() or self.title.text() in {d["title"] for d in self.planned.values()}:
            self.title.setText(planned["title"])
        for i in range(self.audiences.count()):
            item = self.audiences.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in planned["audiences"]
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.end.setDate(self.start.date().addDays(planned["days"] - 1))

    def chosen_audiences(self) -> list[str]:
        return [self.audiences.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.audiences.count())
                if self.audiences.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text(), "module_id": self.module.currentData() or "",
                "start_date": self.start.date().toString("yyyy-MM-dd"), "end_date": self.end.date().toString("yyyy-MM-dd"),
                "provinces": [self.province.text()] if self.province.text().strip() else [], "place": self.place.text(),
                "organization": self.org.text(), "facilitators": self.facilitators.text(),
                "audiences": self.chosen_audiences(), "pass_mark": self.pass_mark.value()}


class TrainingPage(Retranslating, QWidget):
    """Sessions, attendance and scores, indicators."""

    loaded = Signal()  # a session list or a session's grid arrived (tests wait on it)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = ""
        self.module_id = ""
        self.attendees: list = []
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._build_sessions()
        self._build_indicators()
        self.retranslate()
        ctx.bridge.data_changed.connect(self._on_changed)
        self.reload()

    # -- building ------------------------------------------------------------------------------------
    def _build_sessions(self) -> None:
        page = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_session)
        self.sessions = QListWidget()
        self.sessions.currentItemChanged.connect(self._session_chosen)
        self.no_sessions = QLabel()  # the empty state: what a session is and how to make the first one
        self.no_sessions.setWordWrap(True)
        lv.addWidget(self.new_button)
        lv.addWidget(self.no_sessions)
        lv.addWidget(self.sessions, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.grid = ScoreGrid(0, 7)
        self.grid.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (SEX_COL, YEAR, ATTENDED, PRE, POST, ORAL):
            self.grid.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.itemChanged.connect(self._score_typed)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_sex = QComboBox()
        self.new_year = QLineEdit()
        self.new_year.setMaximumWidth(70)
        self.new_role = QComboBox()
        self.new_phone = QLineEdit()
        self.new_phone.setMaximumWidth(120)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        for w in (self.new_name, self.new_sex, self.new_year, self.new_role, self.new_phone, self.add_button):
            add_row.addWidget(w, 2 if w is self.new_name else 0)
        buttons = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_list)
        self.sheet_button = QPushButton()
        self.sheet_button.clicked.connect(lambda: self.print_session("attendance"))
        self.certificates_button = QPushButton()
        self.certificates_button.clicked.connect(lambda: self.print_session("certificates"))
        for b in (self.import_button, self.sheet_button, self.certificates_button):
            buttons.addWidget(b)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_person)
        self.oral_button = QPushButton()
        self.oral_button.clicked.connect(self.oral_test)
        buttons.addStretch(1)
        actions = QHBoxLayout()  # a second row: one row of six buttons does not fit a 1024-wide screen
        actions.addWidget(self.oral_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.save_button)
        rv.addWidget(self.heading)
        rv.addWidget(self.grid, 1)
        rv.addLayout(add_row)
        rv.addLayout(buttons)
        rv.addLayout(actions)
        rv.addWidget(self.status)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 740])
        QVBoxLayout(page).addWidget(split)
        self.tabs.addTab(page, "")
        self._set_session_enabled(False)

    def _build_indicators(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        self.province_filter = QLineEdit()
        for w in (self.date_from, self.date_to):
            w.setMaximumWidth(110)
        self.from_label, self.to_label, self.province_label = QLabel(), QLabel(), QLabel()
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.load_indicators)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.save_report)
        for w in (self.from_label, self.date_from, self.to_label, self.date_to, self.province_label, self.province_filter,
                  self.show_button, self.pdf_button):
            row.addWidget(w)
        self.report_status = QLabel()
        self.figures = QTableWidget(0, 2)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures.verticalHeader().setVisible(False)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.addLayout(row)
        v.addWidget(self.figures, 1)
        v.addWidget(self.report_status)
        self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda i: self.load_indicators() if i == 1 else None)

    def retranslate(self) -> None:
        lang = self.ctx.language
        self.tabs.setTabText(0, self.tr("Sessions"))
        self.tabs.setTabText(1, self.tr("Indicators"))
        self.new_button.setText(self.tr("New session…"))
        self.no_sessions.setText(self.tr("No training session yet. Plan one from a module with “New session…”: "
                                         "then enter who came and their test scores, and print the attendance "
                                         "sheet and the certificates."))
        self.add_button.setText(self.tr("Add participant"))
        self.save_button.setText(self.tr("Save attendance and scores"))
        self.erase_button.setText(self.tr("Erase this person…"))
        self.oral_button.setText(self.tr("Oral test…"))
        self.oral_button.setToolTip(self.tr("Record the answers of the selected person, who answers aloud"))
        self.import_button.setText(self.tr("Import list…"))
        self.sheet_button.setText(self.tr("Attendance sheet…"))
        self.certificates_button.setText(self.tr("Certificates…"))
        self.pdf_button.setText(self.tr("Save report as PDF…"))
        self.new_name.setPlaceholderText(self.tr("Full name"))
        self.new_year.setPlaceholderText(self.tr("Born"))
        self.new_phone.setPlaceholderText(self.tr("Phone"))
        for combo, terms, empty in ((self.new_sex, SEX, self.tr("Sex")), (self.new_role, ROLES, self.tr("Role"))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(empty, "")
            for code, term in terms.items():
                combo.addItem(term.label(lang), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.grid.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Sex"), self.tr("Born"), self.tr("Attended"),
                                             self.tr("Pre-test %"), self.tr("Post-test %"), self.tr("Oral")])
        for w in (self.date_from, self.date_to):
            w.setPlaceholderText(self.tr("e.g. 2026-01-31"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.province_label.setText(self.tr("Province"))
        self.show_button.setText(self.tr("Show"))
        self.figures.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Value")])

    # -- sessions ------------------------------------------------------------------------------------
    def _on_changed(self, change) -> None:
        if change.tables & WATCHED:
            self.reload()

    def reload(self) -> None:
        run_in_background(self.ctx.services.training.sessions, on_done=self._show_sessions, on_error=self._error,
                          pool=self.ctx.pools.general)

    def _show_sessions(self, sessions) -> None:
        keep = self.session_id
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for r in sessions:
            item = QListWidgetItem(f"{_date(r['start_date'])} — {r['title']}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(", ".join(r["provinces"]))
            self.sessions.addItem(item)
            if r.id == keep:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)
        self.no_sessions.setVisible(self.sessions.count() == 0)
        if keep and self.sessions.currentItem() is not None:
            self.open_session(keep)
        else:
            self.loaded.emit()

    def _session_chosen(self, item, _previous=None) -> None:
        if item is not None:
            self.open_session(item.data(Qt.ItemDataRole.UserRole))

    def open_session(self, session_id: str) -> None:
        self.session_id = session_id
        run_in_background(self.ctx.services.training.session, session_id, on_done=self._show_session,
                          on_error=self._error, pool=self.ctx.pools.general)

    def _show_session(self, detail) -> None:
        if detail.session.id != self.session_id:
            return
        lang = self.ctx.language
        s = detail.session
        self.attendees = detail.attendees
        self.module_id = s["module_id"]
        self.heading.setText(self.tr("{title} · {date} · {place} · pass mark {mark} %").format(
            title=s["title"], date=_date(s["start_date"]), place=", ".join(filter(None, [s["place"], *s["provinces"]])),
            mark=f"{detail.pass_mark:g}"))
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(detail.attendees))
        for row, a in enumerate(detail.attendees):
            p = a.participant
            fixed = [p["name"], SEX[p["sex"]].label(lang) if p["sex"] in SEX else "",
                     "" if p["birth_year"] is None else str(p["birth_year"])]
            for col, text in enumerate(fixed):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.grid.setItem(row, col, item)
            for col, on in ((ATTENDED, a.attended), (ORAL, a.oral)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.grid.setItem(row, col, item)
            for col, value in ((PRE, a.pre_score), (POST, a.post_score)):
                self.grid.setItem(row, col, QTableWidgetItem("" if value is None else f"{value:g}"))
        self.grid.blockSignals(False)
        self.status.setText(self.tr("{count} participants").format(count=len(detail.attendees)))
        self._set_session_enabled(True)
        if self.grid.rowCount():
            self.grid.setCurrentCell(0, PRE)
        self.loaded.emit()

    def _score_typed(self, item: QTableWidgetItem) -> None:
        """A score means the person was there: tick their attendance."""
        attended = self.grid.item(item.row(), ATTENDED)
        if item.column() in (PRE, POST) and item.text().strip() and attended is not None:
            attended.setCheckState(Qt.CheckState.Checked)

    def _set_session_enabled(self, on: bool) -> None:
        for w in (self.grid, self.new_name, self.new_sex, self.new_year, self.new_role, self.new_phone,
                  self.add_button, self.save_button, self.erase_button, self.import_button, self.sheet_button,
                  self.certificates_button, self.oral_button):
            w.setEnabled(on)

    def grid_results(self) -> dict[str, dict[str, Any]] | None:
        """The grid's values by participant, or None after saying which cell is wrong."""
        out = {}
        for row, a in enumerate(self.attendees):
            values: dict[str, Any] = {}
            for col, name in ((PRE, "pre_score"), (POST, "post_score")):
                text = (self.grid.item(row, col).text() if self.grid.item(row, col) else "").strip()
                try:
                    values[name] = clean_field(ENROLMENTS.field(name), text)
                except FieldError:
                    self.grid.setCurrentCell(row, col)
                    QMessageBox.warning(self, self.tr("Score not saved"), self.tr(
                        "The score of {name} must be a number from 0 to 100. Correct it and save again.").format(
                        name=a.participant["name"]))
                    return None
            checked = self.grid.item(row, ATTENDED).checkState() == Qt.CheckState.Checked
            values["attended"] = checked or values["pre_score"] is not None or values["post_score"] is not None
            values["oral"] = self.grid.item(row, ORAL).checkState() == Qt.CheckState.Checked
            out[a.participant.id] = values
        return out

    def save(self) -> None:
        results = self.grid_results()
        if results is None or not self.session_id:
            return
        self.save_button.setEnabled(False)
        run_in_background(self.ctx.services.training.set_many, self.session_id, results, on_done=self._saved,
                          on_error=self._error, pool=self.ctx.pools.write)

    def _saved(self, rows) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved: {count} participants").format(count=len(rows)))

    def erase_person(self) -> None:
        """Erase the selected person everywhere, after saying what that means."""
        row = self.grid.currentRow()
        if not 0 <= row < len(self.attendees):
            return
        person = self.attendees[row].participant
        answer = QMessageBox.question(self, self.tr("Erase this person?"), self.tr(
            "Erase {name}? Their name, details and scores in every session are deleted on this computer now and on "
            "every computer of your organisation when it syncs. This cannot be undone.").format(name=person["name"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_in_background(self.ctx.services.training.erase_participant, person.id, on_error=self._error,
                          pool=self.ctx.pools.write)

    def oral_test(self) -> None:
        """Record the selected person's answers to the module's test, read aloud (the module loads on a worker)."""
        row = self.grid.currentRow()
        if not 0 <= row < len(self.attendees):
            self.status.setText(self.tr("Choose the person in the list first."))
            return
        if not self.module_id:
            self.status.setText(self.tr("This session has no module, so there are no questions to ask."))
            return
        from pan_desktop.core.printing.jobs import get_pack
        from pan_desktop.core.training.oral import oral_test

        services, module, attendee = self.ctx.services, self.module_id, self.attendees[row]

        def load():
            pack = get_pack(services, module)
            return {form: oral_test(pack, form) for form in ("pre", "post")}

        run_in_background(load, on_done=lambda tests: self._ask_oral(tests, attendee), on_error=self._error,
                          pool=self.ctx.pools.general)

    def _ask_oral(self, tests, attendee) -> None:
        from pan_desktop.ui.training.oral import OralDialog

        dialog = OralDialog(tests, attendee.participant["name"], self.ctx.language,
                            form="pre" if attendee.pre_score is None else "post", parent=self)
        self.oral_dialog = dialog  # tests reach it while it is open
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_in_background(self.ctx.services.training.save_oral, self.session_id, attendee.participant.id,
                          dialog.test(), dialog.answers(), on_done=lambda row, form=dialog.form(): self._saved_oral(row, form), on_error=self._error,
                          pool=self.ctx.pools.write)

    def _saved_oral(self, row, form: str) -> None:
        score = row[f"{form}_score"]
        self.status.setText(self.tr("Oral test saved: {score} %.").format(score=f"{score:g}"))

    def add_person(self) -> None:
        name = self.new_name.text().strip()
        if not name or not self.session_id:
            return
        year_text = self.new_year.text().strip()
        values = {"name": name, "sex": self.new_sex.currentData() or "", "birth_year": year_text,
                  "role": self.new_role.currentData() or "", "phone": self.new_phone.text()}
        year = int(year_text) if year_text.isdigit() else None
        run_in_background(self.ctx.services.training.candidates, name, values["phone"], year,
                          on_done=lambda found: self._confirm_person(values, found), on_error=self._error,
                          pool=self.ctx.pools.general)

    def _confirm_person(self, values: dict[str, Any], found) -> None:
        same_as = None
        if found:
            c = found[0]
            detail = c.phone if c.matched_on == "phone" else str(c.birth_year)
            answer = QMessageBox.question(self, self.tr("Same person?"), self.tr(
                "{name} ({detail}) is already known from another session. Is this the same person?").format(
                name=c.name, detail=detail))
            same_as = c.id if answer == QMessageBox.StandardButton.Yes else None
        run_in_background(self.ctx.services.training.add_participant, values, session_id=self.session_id,
                          same_as=same_as, on_done=self._person_added, on_error=self._error, pool=self.ctx.pools.write)

    def _person_added(self, _record) -> None:
        for w in (self.new_name, self.new_year, self.new_phone):
            w.clear()
        self.new_name.setFocus()

    def new_session(self) -> None:
        from pan_desktop.core.printing.jobs import available_packs
        from pan_desktop.core.training.planning import module_defaults

        lang, services = self.ctx.language, self.ctx.services

        def modules():
            return [(p.id, p.title.get(lang), module_defaults(p, lang)) for p in available_packs(services)
                    if p.kind == "module"]

        run_in_background(modules, on_done=self._ask_session, on_error=self._error, pool=self.ctx.pools.general)

    def _ask_session(self, modules) -> None:
        dialog = SessionDialog(modules, self.ctx.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_in_background(self.ctx.services.training.add_session, dialog.values(), on_done=self._session_added,
                          on_error=self._error, pool=self.ctx.pools.write)

    def _session_added(self, record) -> None:
        self.session_id = record.id

    # -- files -----------------------------------------------------------------------------------------
    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import participants"), "",
                                              self.tr("Participant lists (*.csv *.xlsx)"))
        if not path:
            return
        self.status.setText(self.tr("Importing…"))
        run_in_background(self.ctx.services.training.import_file, self.session_id, Path(path), on_done=self._imported,
                          on_error=self._error, pool=self.ctx.pools.write)

    def _imported(self, report) -> None:
        self.status.setText(self.tr("{enrolled} enrolled: {added} new, {matched} already known.").format(
            enrolled=report.enrolled, added=report.added, matched=len(report.matched)))

    def print_session(self, kind: str) -> None:
        """The session's pre-filled attendance sheet, or its certificates, as a PDF (made on a worker)."""
        name = self.tr("attendance.pdf") if kind == "attendance" else self.tr("certificates.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), name, "PDF (*.pdf)")
        if not path:
            return
        services, sid = self.ctx.services, self.session_id

        def make():
            from pan_desktop.core.printing.options import PrintOptions

            options = PrintOptions.from_settings(services.settings)
            if kind == "attendance":
                from pan_desktop.core.printing.session_attendance import session_attendance

                return session_attendance(services, sid, path, options), None
            from pan_desktop.core.printing.session_certificates import session_certificates

            return session_certificates(services, sid, path, options)

        self.status.setText(self.tr("Making the PDF…"))
        run_in_background(make, on_done=self._printed, on_error=self._error, pool=self.ctx.pools.general)

    def _printed(self, result) -> None:
        printed, issued = result
        text = self.tr("Saved {path} ({pages} pages).").format(path=printed.path.name, pages=printed.pages)
        if issued is not None and not any(c["code"] for c in issued):
            text += " " + self.tr("The certificates have no verification code: this computer is not enrolled with "
                                  "a hub (see Sync).")
        self.status.setText(text)

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.tr("training-report.pdf"), "PDF (*.pdf)")
        if not path:
            return
        services, f = self.ctx.services, self._filter()

        def make():
            from pan_desktop.core.printing.options import PrintOptions
            from pan_desktop.core.printing.training_report import write_training_report

            return write_training_report(Path(path), training_report(services.db, f), f,
                                         PrintOptions.from_settings(services.settings))

        self.report_status.setText(self.tr("Making the PDF…"))
        run_in_background(make, on_done=lambda r: self.report_status.setText(self.tr("Saved {path} ({pages} pages).").format(
            path=r.path.name, pages=r.pages)), on_error=self._error, pool=self.ctx.pools.general)

    # -- indicators ----------------------------------------------------------------------------------
    def _filter(self) -> ReportFilter:
        return ReportFilter(self.date_from.text().strip(), self.date_to.text().strip(), self.province_filter.text().strip())

    def load_indicators(self) -> None:
        f = self._filter()
        run_in_background(training_report, self.ctx.services.db, f, on_done=self._show_figures, on_error=self._error,
                          pool=self.ctx.pools.general)

    def _show_figures(self, figures: dict[str, Any]) -> None:
        lang = self.ctx.language
        names = {"sessions": self.tr("Sessions"), "participants": self.tr("People enrolled"),
                 "attended": self.tr("People who attended"), "completed": self.tr("People who passed the post-test"),
                 "pre_mean": self.tr("Mean pre-test score (%)"), "post_mean": self.tr("Mean post-test score (%)"),
                 "mean_gain": self.tr("Mean knowledge gain (points)"), "pass_rate": self.tr("Pass rate")}
        groups = {"by_sex": (self.tr("Attended, by sex: {value}"), SEX), "by_role": (self.tr("Attended, by role: {value}"), ROLES),
                  "by_province": (self.tr("Attended, by province: {value}"), {}),
                  "by_age_band": (self.tr("Attended, by age: {value}"), AGE_BANDS)}
        rows: list[tuple[str, str]] = []
        for key, value in figures.items():
            if key in groups:
                label, terms = groups[key]
                for code, n in value.items():
                    shown = terms[code].label(lang) if code in terms else (self.tr("not stated") if code in ("unspecified", UNKNOWN_BAND) else code)
                    rows.append((label.format(value=shown), str(n)))
            elif key == "pass_rate":
                rows.append((names[key], "—" if value is None else f"{value * 100:.0f} %"))
            else:
                rows.append((names[key], "—" if value is None else f"{value:g}"))
        self.figures.setRowCount(len(rows))
        for i, (label, value) in enumerate(rows):
            self.figures.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figures.setItem(i, 1, item)
        self.loaded.emit()

    def _error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(bool(self.session_id))
        show_error(self, exc)


def _date(iso: str | None) -> str:
    """``2026-03-10`` as ``10/03/2026`` (the way dates are written in Vietnam)."""
    if not iso:
        return ""
    parts = iso.split("-")
    return "/".join(reversed(parts))
