"""The note on the Organisations page: the organisation names records keep as text (no organisation, or
several, go by them), each with links to the records holding it, so someone can add the organisation or
the name to its other names."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from pan_desktop.core.events import DataChanged
from pan_desktop.core.models import RECORD_MODELS
from pan_desktop.core.services.org_links import org_names, unlinked_names
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.text import number
from pan_desktop.ui.workers import run_in_background

SHOWN_RECORDS = 5  # records linked under each name; the rest are counted
LIST_MAX_HEIGHT = 170  # a few names; the rest scroll (the table below keeps its room on a 600-pixel screen)
WATCHED = {"organizations", *(t for t, spec in TABLES.items() if spec.org_links)}


@dataclass
class UnlinkedEntry:
    """One name as the note shows it: where it is written, the first records holding it (id, title), how
    many there are, and the names of the organisations it may mean."""

    name: str
    table: str
    field: str
    records: list[tuple[str, str]]
    count: int
    candidates: list[str]


def load_unlinked(services, lang: str) -> list[UnlinkedEntry]:
    """Runs on a worker: the names kept as text, with the titles of their first records in ``lang``."""
    from sqlalchemy import select

    with services.db.session() as s:
        found = unlinked_names(s)
        orgs = org_names(s)
        wanted: dict[str, set[str]] = {}
        for u in found:
            wanted.setdefault(u.table, set()).update(u.records[:SHOWN_RECORDS])
        titles: dict[str, str] = {}
        for table, ids in wanted.items():
            model, (vi, en) = RECORD_MODELS[table], TABLES[table].title_fields
            first, second = (vi, en) if lang == "vi" else (en, vi)
            cols = model.__table__.c
            for rid, a, b in s.execute(select(model.id, cols[first], cols[second]).where(model.id.in_(sorted(ids)))):
                titles[rid] = a or b or ""
    return [UnlinkedEntry(u.name, u.table, u.field, [(i, titles.get(i, "")) for i in u.records[:SHOWN_RECORDS]],
                          len(u.records), [orgs.full_label(c, lang) for c in u.candidates])
            for u in found]


class UnlinkedNamesNote(Retranslating, QWidget):
    """A one-line note ("N names not linked", a button to show them) over a list that opens on demand;
    hidden when every name is linked. ``open_record(table, id)`` when a record is clicked."""

    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[UnlinkedEntry] = []
        self._generation = 0
        self.summary = QLabel(objectName="unlinked_summary", wordWrap=True)
        self.toggle = QPushButton(objectName="unlinked_toggle", checkable=True)
        self.toggle.toggled.connect(self._toggled)
        self.list = QTextBrowser(objectName="unlinked_list")
        self.list.setOpenLinks(False)
        self.list.anchorClicked.connect(self._clicked)
        self.list.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setStyleSheet("#unlinked_summary { color: #7a4b00; }")
        self.hide()
        ctx.bridge.data_changed.connect(self._data_changed)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        run_in_background(load_unlinked, self.ctx.services, self.ctx.language,
                          on_done=lambda entries: self._loaded(generation, entries),
                          on_error=lambda exc: show_error(self, exc), pool=self.ctx.pools.general)

    def _loaded(self, generation: int, entries: list[UnlinkedEntry]) -> None:
        if generation != self._generation:
            return
        self.entries = entries
        self.setVisible(bool(entries))
        self.retranslate()

    def _data_changed(self, change: DataChanged) -> None:
        if WATCHED & set(change.tables):
            self.reload()

    def language_changed(self) -> None:
        self.reload()  # titles and organisation names in the new language

    def _toggled(self, shown: bool) -> None:
        self.list.setVisible(shown)
        self.retranslate()

    def _clicked(self, url: QUrl) -> None:
        table, _, ident = url.path().partition(":")
        if table in TABLES and ident:
            self.open_record.emit(table, ident)

    def retranslate(self) -> None:
        if len(self.entries) == 1:
            summary = self.tr("1 organisation name is not linked to an organisation: add the organisation, or "
                              "add the name to its other names.")
        else:
            summary = self.tr("{count} organisation names are not linked to an organisation: add the "
                              "organisation, or add the name to its other names.").format(count=number(len(self.entries)))
        self.summary.setText(summary)
        self.toggle.setText(self.tr("Hide") if self.toggle.isChecked() else self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Show the names not linked"))
        self.list.setAccessibleName(self.tr("Organisation names not linked, and the records holding them"))
        self.list.setHtml(self._html())
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as its names, up to ``LIST_MAX_HEIGHT``."""
        doc = self.list.document()
        doc.setTextWidth(self.list.viewport().width())
        frame = 2 * self.list.frameWidth() + 4
        self.list.setFixedHeight(min(LIST_MAX_HEIGHT, int(doc.size().height()) + frame))

    def _html(self) -> str:
        lang = self.ctx.language
        untitled = self.tr("(untitled)")
        parts = []
        for e in self.entries:
            where = f"{TABLES[e.table].plural_vi if lang == 'vi' else TABLES[e.table].plural_en} · " \
                    f"{TABLES[e.table].field(e.field).label(lang)}"
            if e.candidates:
                meaning = self.tr("may mean: {names}").format(names="; ".join(e.candidates))
            else:
                meaning = self.tr("no organisation has this name")
            links = ", ".join(f"<a href='record:{e.table}:{rid}'>{html.escape(title or untitled)}</a>"
                              for rid, title in e.records)
            if e.count > len(e.records):
                links += " " + html.escape(self.tr("and {count} more").format(count=e.count - len(e.records)))
            parts.append(f"<p style='margin:2px 0'><b>{html.escape(e.name)}</b> — {html.escape(where)} — "
                         f"<i>{html.escape(meaning)}</i><br>{links}</p>")
        return "".join(parts)
