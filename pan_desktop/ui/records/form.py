"""Add / edit a record: one widget per field from the table's spec, each problem shown beside its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QVBoxLayout, QWidget,
)

from pan_desktop.core.errors import ValidationError
from pan_desktop.core.services import ListQuery, Record
from pan_desktop.core.services.org_links import org_names
from pan_desktop.core.shared.schema import TABLES, FieldSpec
from pan_desktop.core.shared.validation import join_list_text
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.records.pickers import OrgPicker, RecordPicker, TermPicker
from pan_desktop.ui.error_messages import catalog
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background

ERROR_STYLE = "color:#b00020;"
NOTE_STYLE = "background:#fff6e0; color:#5d4200; padding:6px; border-radius:4px;"
PUBLIC_ORG = "public"  # the network's shared records (bundled, and published by the secretariat)


def initiative_titles(services, lang: str) -> dict[str, str]:
    """Runs on a worker: every initiative's title, by id (the choices of a related-initiatives field)."""
    spec = TABLES["initiatives"]
    page = services.records["initiatives"].list(ListQuery(limit=100_000), spec.title_fields)
    return {r.id: r.title(lang) for r in page.records}


def organization_choices(services, lang: str) -> dict[str, str]:
    """Runs on a worker: every organisation's name in ``lang``, with its short name when the name does not
    hold it, by id (the choices of an organisation picker)."""
    with services.db.session() as s:
        orgs = org_names(s)
    out = {}
    for ident, row in orgs.rows.items():
        name, short = orgs.full_label(ident, lang), row.get("short_name") or ""
        out[ident] = f"{name} ({short})" if short and short not in name else name
    return out


def edit_permission(services, record: Record | None) -> tuple[str, str]:
    """Runs on a worker: ``(role, reason)`` — why this computer's role (from its link to the hub) cannot
    change ``record``: "viewer", "other_org", or "" when it may (not enrolled: edits stay local)."""
    from pan_desktop.core.sync.status import sync_status

    status = sync_status(services.db)
    if not status.enrolled or status.role == "secretariat":
        return status.role, ""
    if status.role != "contributor":
        return status.role, "viewer"
    owner = record.meta.get("org_id") if record is not None else None
    if owner not in (None, "", status.org_id):
        return status.role, "public" if owner == PUBLIC_ORG else "other_org"
    return status.role, ""


class RecordForm(Retranslating, QDialog):
    """Runs the save on the write pool; stays open with the problems shown when validation fails."""

    saved = Signal(object)  # the saved Record

    def __init__(self, ctx: AppContext, table: str, record: Record | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.spec = TABLES[table]
        self.record = record
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.companions = {names: ids for ids, names in self.spec.org_links}  # edited in their link's picker
        self.resize(680, 520)
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self.spec.fields:
            if f.name in self.companions:
                continue
            widget = self._make_input(f)
            self.inputs[f.name] = widget
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[f.name] = error
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(widget)
            col.addWidget(error)
            self.labels[f.name] = QLabel()
            form.addRow(self.labels[f.name], box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.permission_note = QLabel(objectName="permission_note", wordWrap=True)
        self.permission_note.setStyleSheet(NOTE_STYLE)
        self.permission_note.hide()
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.permission_note)
        layout.addWidget(scroll)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        if record is not None:
            self._fill(record)
        self._refusal = ""
        self.retranslate()
        run_in_background(edit_permission, ctx.services, record, on_done=self._show_permission,
                          on_error=lambda e: show_error(self, e), pool=ctx.pools.general)

    def _show_permission(self, result: tuple[str, str]) -> None:
        """Before the person types: say when the hub would refuse this edit, and keep the form read-only."""
        self._refusal = result[1]
        if not self._refusal:
            return
        for w in self.inputs.values():
            w.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.permission_note.show()
        self.retranslate()

    def _make_input(self, f: FieldSpec) -> QWidget:
        if f.kind == "list" and f.terms:
            return TermPicker(f.terms, self.ctx.language)
        if f.kind == "ids" and f.names_field:
            picker = OrgPicker(many=self.spec.field(f.names_field).kind == "list")
            run_in_background(organization_choices, self.ctx.services, self.ctx.language, on_done=picker.set_choices,
                              on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)
            return picker
        if f.kind == "ids":
            picker = RecordPicker()
            run_in_background(initiative_titles, self.ctx.services, self.ctx.language, on_done=picker.set_choices,
                              on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)
            return picker
        if f.kind == "longtext":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(90)
            return w
        if f.kind == "bool":
            return QCheckBox()
        if f.kind == "choice":
            w = QComboBox()
            w.addItem("", "")
            for code in f.terms or {}:
                w.addItem(code, code)
            return w
        w = QLineEdit()
        w.setObjectName(f"input_{f.name}")
        return w

    def _fill(self, record: Record) -> None:
        for name, w in self.inputs.items():
            value = record.get(name)
            if isinstance(w, OrgPicker):
                w.set_names(record.get(self.spec.field(name).names_field))
            if isinstance(w, (TermPicker, RecordPicker)):
                w.set_values(value or [])
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value or "")))
            elif isinstance(value, list):
                w.setText(join_list_text(value))
            else:
                w.setText(value or "")

    def values(self) -> dict[str, Any]:
        """What the person entered, as raw values for the service to validate."""
        out: dict[str, Any] = {}
        for name, w in self.inputs.items():
            if isinstance(w, OrgPicker):
                out[self.spec.field(name).names_field] = w.names()
            if isinstance(w, (TermPicker, RecordPicker)):
                out[name] = w.values()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[name] = w.currentData() or ""
            else:
                out[name] = w.text()
        if self.record is not None:  # send only what changed, so concurrent edits of other fields survive sync
            out = {k: v for k, v in out.items() if _differs(self.spec.field(k), self.record.get(k), v)}
        return out

    def save(self) -> None:
        self._show_problems(None)
        values = self.values()
        svc = self.ctx.services.records[self.spec.table]
        self.buttons.setEnabled(False)
        if self.record is None:
            fn, args = svc.create, (values,)
        else:
            fn, args = svc.update, (self.record.id, values)
        run_in_background(fn, *args, on_done=self._saved, on_error=self._failed, pool=self.ctx.pools.write)

    def _saved(self, record: Record) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_problems(exc)
        else:
            show_error(self, exc)

    def _show_problems(self, exc: ValidationError | None) -> None:
        for label in self.errors.values():
            label.hide()
        self.summary.hide()
        if exc is None:
            return
        first = None
        for p in exc.problems:
            shown_at = self.companions.get(p.field, p.field)  # a names field's problem shows at its picker
            label = self.errors.get(shown_at)
            if label is None:
                continue
            label.setText(value_problem_text(p.code, p.params))
            label.show()
            first = first or self.inputs[shown_at]
        self.summary.setText(self.tr("Please correct the fields marked in red."))
        self.summary.show()
        if first is not None:
            first.setFocus()

    def retranslate(self) -> None:
        lang = self.ctx.language
        refusals = {
            "viewer": self.tr("This computer joined the network as a viewer: it can read records but not change "
                              "them. Ask the PAN secretariat for contributor access."),
            "public": self.tr("This is one of the network's shared records: only the PAN secretariat can change "
                              "it. Add your own record instead, or send them the correction."),
            "other_org": self.tr("This record belongs to another organisation: only its members or the PAN "
                                 "secretariat can change it."),
        }
        self.permission_note.setText(refusals.get(self._refusal, ""))
        for f in self.spec.fields:
            if f.name in self.companions:
                continue
            shown = self.spec.field(f.names_field) if f.names_field else f  # a link reads as the names it holds
            self.labels[f.name].setText(shown.label(lang))
            self.labels[f.name].setBuddy(self.inputs[f.name])
            w = self.inputs[f.name]
            w.setAccessibleName(shown.label(lang))
            if isinstance(w, TermPicker):
                w.set_language(lang)
                w.list.setAccessibleName(f.label(lang))
            if isinstance(w, QComboBox):
                for i in range(1, w.count()):
                    code = w.itemData(i)
                    w.setItemText(i, (f.terms or {})[code].label(lang))
            elif isinstance(w, QLineEdit):
                if f.kind == "date":
                    w.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
                elif f.kind in ("list", "ids"):
                    w.setPlaceholderText(self.tr("separate items with ;"))
        name = self.spec.plural_vi if lang == "vi" else self.spec.plural_en
        self.setWindowTitle((self.tr("New record: {area}") if self.record is None else self.tr("Edit record: {area}")).format(area=name))


def _differs(spec: FieldSpec, stored: Any, entered: Any) -> bool:
    if isinstance(entered, list):
        return list(stored or []) != entered
    if spec.kind in ("list", "ids"):
        return join_list_text(stored or []) != (entered or "").strip()
    if spec.kind == "bool":
        return bool(stored) != bool(entered)
    return (stored or "") != (entered.strip() if isinstance(entered, str) else entered)


def value_problem_text(code: str, params: dict) -> str:
    """A field's problem in the interface language: the words of its ``value.<code>`` (the catalog the
    import dialog uses too), never the core's English message."""
    words = catalog().get(f"value.{code}")
    if words is not None:
        try:
            return words().format(**params)
        except (KeyError, IndexError, ValueError):
            pass
    return QCoreApplication.translate("errors", "This value cannot be used as it is.")
