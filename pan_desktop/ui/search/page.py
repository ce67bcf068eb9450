"""The search page: a box, results as you type, a facet sidebar, highlighted snippets."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from pan_desktop.core import vocab
from pan_desktop.core.provinces import display_name
from pan_desktop.core.search import Filters, SearchQuery, SearchResult
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.search.indexing import start_search_indexing
from pan_desktop.ui.search.results_view import KEY_ROLE, ResultList
from pan_desktop.ui.search_hints import SearchHints
from pan_desktop.ui.workers import run_in_background

DEBOUNCE_MS = 200
PAGE = 30
_STATUS = {**vocab.INITIATIVE_STATUS, **vocab.POLICY_STATUS}


class SearchPage(Retranslating, QWidget):
    """Search across records, lessons and the glossary. Emits ``open_record(type, id)`` on Enter or a
    double-click; ``focus_search()`` puts the cursor in the box (bind Ctrl+K to it)."""

    open_record = Signal(str, str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.indexer = start_search_indexing(ctx)
        self.manager = self.indexer.manager
        self.filters: dict[str, str] = {}
        self._seq = 0
        self._result: SearchResult | None = None
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.results = ResultList()
        self.results.results.type_label = self._type_label
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(self._use_suggestion)
        self.facets = QTextBrowser()
        self.facets.setOpenLinks(False)
        self.facets.anchorClicked.connect(self._toggle_facet)
        self.facets.setMaximumWidth(260)
        left = QVBoxLayout()
        left.addWidget(self.box)
        left.addWidget(self.status)
        left.addWidget(self.empty)
        self.hints = SearchHints(ctx)  # before anything is typed: what can be searched, searches to try
        self.hints.chosen.connect(self._use_suggestion)
        self.box.textChanged.connect(lambda text: self.hints.setVisible(not text.strip()))
        left.addWidget(self.hints)
        left.addWidget(self.results, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.facets)
        layout.addLayout(left, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._open_current)
        self.results.activated.connect(self._open_index)
        self.indexer.progress.connect(self._show_progress)
        self.indexer.ready.connect(self.run_search)
        self.retranslate()

    # -- public ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+K)."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Search initiatives, policies, organisations, events, lessons… (with or without diacritics)"))
        self._render()

    # -- searching (on a worker; results come back with their sequence number) --------------------
    def run_search(self) -> None:
        self._seq += 1
        seq = self._seq
        f = self.filters
        filters = Filters((f["type"],) if f.get("type") else (), f.get("province", ""), f.get("org", ""),
                          f.get("theme", ""), f.get("audience", ""), f.get("status", ""),
                          int(f["year"]) if f.get("year") else None, int(f["year"]) if f.get("year") else None)
        q = SearchQuery(self.box.text(), filters, limit=PAGE, complete_last=True, lang=self.ctx.language, correct=True)
        run_in_background(self._search_if_current, seq, q, pool=self.ctx.pools.search,
                          on_done=lambda r: self._show(seq, r), on_error=lambda e: self._failed(seq, e))

    def _search_if_current(self, seq: int, q: SearchQuery) -> SearchResult | None:
        """On the search thread: a query typed over by a newer one is skipped, not run."""
        return self.manager.search(q) if seq == self._seq else None

    def _show(self, seq: int, result: SearchResult) -> None:
        if seq != self._seq:
            return  # an older query finished after a newer one started
        self._result = result
        self._render()

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            from pan_desktop.ui.errors import show_error

            show_error(self, exc)

    def _show_progress(self, done: int, total: int) -> None:
        if total:
            self.status.setText(self.tr("Building the search index: {done} of {total} records…").format(done=done, total=total))

    # -- rendering -------------------------------------------------------------------------------
    def _type_label(self, type_: str) -> str:
        labels = {"initiatives": self.tr("Initiative"), "policies": self.tr("Policy"),
                  "organizations": self.tr("Organisation"), "events": self.tr("Event"), "sites": self.tr("Site"), "lesson": self.tr("Lesson"),
                  "guideline": self.tr("Guideline section"), "glossary": self.tr("Glossary term")}
        return labels.get(type_, type_)

    def _type_plural(self, type_: str) -> str:
        labels = {"initiatives": self.tr("Initiatives"), "policies": self.tr("Policies"),
                  "organizations": self.tr("Organisations"), "events": self.tr("Events"), "sites": self.tr("Sites"), "lesson": self.tr("Lessons"),
                  "guideline": self.tr("Guideline sections"), "glossary": self.tr("Glossary")}
        return labels.get(type_, type_)

    def _render(self) -> None:
        r = self._result
        self.results.results.set_hits(r.hits if r is not None else [])
        if r is None:
            self.status.setText("")
            self.empty.setText("")
            self._render_facets()
            return
        if r.hits:
            self.results.setCurrentIndex(self.results.results.index(0))
        text = self.box.text().strip()
        if r.from_database:
            self.status.setText(self.tr("The search index is being prepared; these results are unranked."))
        elif r.total or r.more:
            if r.matched == "all":
                line = self.tr("{count} results").format(count=r.total)
                if r.more:
                    line += " " + self.tr("(then {more} with only some of the words)").format(more=r.more)
            else:
                line = self.tr("{count} results").format(count=r.total) + " " + self.tr(
                    "(no result has every word; these have some of them)")
            if r.corrected:
                line = self.tr("Nothing matches “{query}”; showing results for “{suggestion}”.").format(
                    query=text, suggestion=r.suggestion) + " " + line
            self.status.setText(line)
        else:
            self.status.setText("")
        if not (r.total or r.more) and (text or self.filters):
            msg = self.tr("Nothing matches “{query}”.").format(query=escape(text)) if text else self.tr("Nothing matches these filters.")
            if r.suggestion:
                msg += " " + self.tr("Did you mean {suggestion}?").format(
                    suggestion=f"<a href='{escape(r.suggestion)}'>{escape(r.suggestion)}</a>")
            else:
                msg += " " + self.tr("Try fewer words, other spellings, or remove a filter.")
            self.empty.setText(msg)
            self.empty.show()
        else:
            self.empty.hide()
        self._render_facets()

    def _render_facets(self) -> None:
        r = self._result
        if r is None or not r.facets:
            self.facets.setHtml("")
            return
        lang = self.ctx.language
        titles = {"type": self.tr("Type"), "province": self.tr("Province"), "org": self.tr("Organisation"),
                  "theme": self.tr("Theme"), "audience": self.tr("Audience"), "status": self.tr("Status"),
                  "year": self.tr("Year")}
        parts = []
        if self.filters:
            parts.append(f"<p><a href='clear:'>{escape(self.tr('Clear all filters'))}</a></p>")
        for name, values in r.facets.items():
            if not values:
                continue
            rows = []
            for value, count in values[:12]:
                chosen = self.filters.get(name) == str(value)
                if name == "type":
                    label = escape(self._type_plural(value))
                elif name == "org" and value in r.org_labels:  # a linked organisation, named in the UI language
                    label = escape(r.org_labels[value][0 if lang == "vi" else 1])
                else:
                    label = escape(_facet_label(name, value, lang))
                label = f"<b>✓ {label}</b>" if chosen else label
                rows.append(f"<a href='facet:{name}:{escape(str(value))}'>{label}</a> ({count})")
            parts.append(f"<p><b>{escape(titles.get(name, name))}</b><br/>{'<br/>'.join(rows)}</p>")
        self.facets.setHtml("".join(parts))

    # -- actions ---------------------------------------------------------------------------------
    def _toggle_facet(self, url) -> None:
        text = url.toString()
        if text.startswith("clear:"):
            self.filters.clear()
        else:
            _prefix, name, value = text.split(":", 2)
            if self.filters.get(name) == value:
                del self.filters[name]
            else:
                self.filters[name] = value
        self.run_search()

    def _use_suggestion(self, text: str) -> None:
        self.box.setText(text)
        self.run_search()

    def _open_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index) -> None:
        type_, ident = index.data(KEY_ROLE)
        self.open_record.emit(type_, ident)


def _facet_label(name: str, value, lang: str) -> str:
    if name == "province":
        return display_name(value, lang)
    if name == "theme":
        return vocab.label(vocab.THEMES, value, lang)
    if name == "audience":
        return vocab.label(vocab.AUDIENCES, value, lang)
    if name == "status":
        return vocab.label(_STATUS, value, lang)
    return str(value)
