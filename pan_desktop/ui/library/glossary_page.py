"""The glossary (the terms shipped with the app merged with every installed pack's entries, the same
glossary search expands queries with), searchable in Vietnamese or English, with or without diacritics."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from pan_desktop.core.content import GlossaryEntry, Library
from pan_desktop.core.text import fold
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.library import render
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.text import count_text, number
from pan_desktop.ui.workers import run_in_background


def entry_keys(entry: GlossaryEntry) -> str:
    """Everything a search may match in an entry, folded (no diacritics, lower case)."""
    return fold(" | ".join([entry.vi, entry.en, *entry.aliases_vi, *entry.aliases_en, entry.definition.vi, entry.definition.en]))


def term_order(entry: GlossaryEntry, lang: str) -> str:
    """The sort key of an entry in ``lang``: its term in that language, folded."""
    return fold(entry.en if lang == "en" and entry.en else entry.vi)


def matches(entries: list[tuple[GlossaryEntry, str, str]], query: str, lang: str = "vi") -> list[GlossaryEntry]:
    """Entries whose terms or definitions contain every word of ``query``. Best first: the query is a
    name of the entry, then every word is a whole word of its names, then part of its names, then
    found only in the definition; in the order of the terms in ``lang`` within each of these."""
    words = fold(query).split()
    if not words:
        return sorted((e for e, _, _ in entries), key=lambda e: term_order(e, lang))
    wanted = " ".join(words)
    hits = []
    for e, terms, everything in entries:
        if not all(w in everything for w in words):
            continue
        names = [fold(n) for n in (e.vi, e.en, *e.aliases_vi, *e.aliases_en)]
        term_words = set(terms.split())
        rank = (0 if wanted in names else 1 if all(w in term_words for w in words)
                else 2 if all(w in terms for w in words) else 3)
        hits.append((rank, e))
    return [e for _, e in sorted(hits, key=lambda h: (h[0], term_order(h[1], lang)))]


class GlossaryModel(QAbstractListModel):
    """Rows of glossary entries: "term — other-language term" in the current language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[GlossaryEntry] = []
        self.lang = "vi"

    def set_entries(self, entries: list[GlossaryEntry], lang: str) -> None:
        self.beginResetModel()
        self.entries, self.lang = entries, lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.entries[index.row()]
        return f"{e.vi}  —  {e.en}" if self.lang == "vi" else f"{e.en}  —  {e.vi}"


class GlossaryPage(Retranslating, QWidget):
    """``GlossaryPage(ctx, parent=None)``: search box, list of terms, the chosen entry. Loads on a worker."""

    loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._all: list[tuple[GlossaryEntry, str, str]] = []
        self._wanted = ""  # an entry asked for (by id) before the glossary was loaded
        self.search = QLineEdit(objectName="glossary_search")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.count = QLabel(objectName="count")
        self.model = GlossaryModel(self)
        self.view = QListView(objectName="glossary_list")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.detail = QTextBrowser(objectName="glossary_detail")
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([380, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.retranslate()
        self.refresh()

    def show_entry(self, entry_id: str) -> None:
        """Show one entry (a search result): the list unfiltered, the entry selected."""
        self._wanted = entry_id
        if self._all:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._filter()

    def refresh(self) -> None:
        """Reload the glossary (shipped terms and the installed packs', ``Library.glossary()``) on a worker."""
        run_in_background(lambda: [(e, fold(" ".join([e.vi, e.en, *e.aliases_vi, *e.aliases_en])), entry_keys(e))
                                   for e in Library(self.ctx.data_dir).glossary()],
                          on_done=self._loaded, on_error=lambda exc: show_error(self, exc), pool=self.ctx.pools.general)

    def _loaded(self, rows) -> None:
        self._all = rows
        self._filter()
        self.loaded.emit(len(rows))

    def _filter(self) -> None:
        shown = matches(self._all, self.search.text(), self.ctx.language)
        self.model.set_entries(shown, self.ctx.language)
        self.count.setText(self.tr("{shown} of {total}").format(shown=number(len(shown)), total=count_text(len(self._all), "term")))
        if shown:
            rows = [i for i, e in enumerate(shown) if e.id == self._wanted]
            self._wanted = ""
            row = rows[0] if rows else 0
            self.view.setCurrentIndex(self.model.index(row))
            self.view.scrollTo(self.model.index(row))
        else:
            message = self.tr("No term matches. Try fewer words, or the other language.")
            self.detail.setHtml(f"<p>{escape(message)}</p>")

    def shown_entries(self) -> list[GlossaryEntry]:
        return list(self.model.entries)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.model.entries):
            self.detail.setHtml(render.glossary_entry_html(self.model.entries[row], self.ctx.language,
                                                           {"aliases": self.tr("Also called")}))

    def retranslate(self) -> None:
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.view.setAccessibleName(self.tr("Terms"))
        self.detail.setAccessibleName(self.tr("The chosen term"))
        self.search.setPlaceholderText(self.tr("Search a term in Vietnamese or English (diacritics optional)"))
        if self._all:
            self._filter()
