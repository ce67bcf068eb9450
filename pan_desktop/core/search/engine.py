"""Answering a query from the index: match, filter and count, rank the page, cut snippets.

Runs on whichever thread asks (a worker in the app); each thread keeps its own Whoosh searcher, since
a searcher shared by two threads returns wrong results.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from pan_desktop.core.models import RECORD_MODELS
from pan_desktop.core.search import query as qb
from pan_desktop.core.search.analysis import english_term, fold_word
from pan_desktop.core.search.content_source import glossary_terms
from pan_desktop.core.search.documents import SNIPPET_FIELDS, split_key
from pan_desktop.core.search.facets import facet_table, filter_and_count
from pan_desktop.core.search.glossary import Expander
from pan_desktop.core.search.highlight import Matcher, snippet, title_spans
from pan_desktop.core.search.index import IndexStore
from pan_desktop.core.search.results import Hit, SearchQuery, SearchResult
from pan_desktop.core.services.schema import TABLES

log = logging.getLogger(__name__)


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class Engine:
    """Search over the live index generation of a data dir."""

    def __init__(self, services, store: IndexStore):
        self.services = services
        self.store = store
        self._local = threading.local()
        self._expander: tuple[str, Expander] | None = None
        self._spelling: dict[tuple[str, int], dict[str, str]] = {}

    # -- searchers -------------------------------------------------------------------------------
    def _searcher(self):
        """This thread's searcher on the live generation, refreshed when the index moved."""
        state = self.store.read_state()
        held = getattr(self._local, "held", None)
        if held is not None:
            gen, searcher = held
            if state is not None and gen == state.generation and searcher.up_to_date():
                return searcher, state
            # Not Searcher.refresh(): Whoosh-Reloaded 2.7.5 keeps merged-away segments in the
            # refreshed reader (replaced documents then show twice); a new searcher is cheap.
            searcher.close()
            self._local.held = None
        ix = self.store.open(state)
        searcher = ix.searcher()
        self._local.held = (state.generation, searcher)
        return searcher, state

    def close_thread(self) -> None:
        """Close this thread's searcher (so the index folder can be removed)."""
        held = getattr(self._local, "held", None)
        if held is not None:
            held[1].close()
            self._local.held = None

    def expander(self, content_sig: str) -> Expander:
        if self._expander is None or self._expander[0] != content_sig:
            self._expander = (content_sig, Expander(glossary_terms(self.services.data_dir)))
        return self._expander[1]

    # -- search ----------------------------------------------------------------------------------
    def search(self, q: SearchQuery) -> SearchResult:
        """Run ``q``; raises IndexUnusable when the index cannot be read."""
        started = time.perf_counter()
        searcher, state = self._searcher()
        path = str(self.store.root / state.generation)
        table = facet_table(searcher, path)
        parsed = qb.parse(q.text, q.complete_last)
        expander = self.expander(state.content)
        result = SearchResult(q)
        active = bool(q.filters.compiled())
        if parsed.empty:
            wq = qb.Q.Every()
            modes = (("all", True),)
        else:
            modes = (("all", True), ("any", False))
        passing: set[int] = set()
        for mode, require_all in modes:
            wq = qb.build(parsed, expander, require_all) if not parsed.empty else wq
            passing, result.facets = filter_and_count(wq.docs(searcher), table, q.filters, q.facets)
            if passing:
                result.matched = mode
                break
            if isinstance(wq, qb.Q.Or) or parsed.empty:
                break
        result.total = len(passing)
        if not passing:
            if not parsed.empty:
                result.suggestion = self._suggest(searcher, parsed, q, table, expander)
            result.took_ms = (time.perf_counter() - started) * 1000
            return result
        ranked = self._rank(searcher, parsed, expander, wq, result.matched == "all",
                            passing if active else None, q.offset + q.limit)[q.offset:]
        if parsed.empty:
            ranked.sort(key=lambda t: table[t[0]].f.key)
        folded, stems, prefixes = parsed.match_terms()
        matcher = Matcher(folded | qb.expansion_words(parsed, expander), stems, prefixes)
        result.hits = self._hits(searcher, table, ranked, matcher, q)
        result.took_ms = (time.perf_counter() - started) * 1000
        return result

    def _rank(self, searcher, parsed, expander, wq, require_all: bool, allowed, n: int) -> list[tuple[int, float]]:
        """Top ``n`` (docnum, score): documents matching the words themselves first, then those found
        only through a glossary translation (a score boost alone cannot promise that order)."""
        if parsed.empty or not qb.expansion_words(parsed, expander):
            return [(h.docnum, h.score) for h in searcher.search(wq, limit=n, filter=allowed)]
        direct = [(h.docnum, h.score) for h in searcher.search(qb.build(parsed, None, require_all), limit=n, filter=allowed)]
        if len(direct) < n:
            seen = {d for d, _s in direct}
            more = searcher.search(wq, limit=n + len(direct), filter=allowed)
            cap = direct[-1][1] * 0.99 if direct else float("inf")
            direct += [(h.docnum, min(h.score * qb.TRANSLATION_BOOST, cap))
                       for h in more if h.docnum not in seen][: n - len(direct)]
        return direct

    def _hits(self, searcher, table, ranked, matcher: Matcher, q: SearchQuery) -> list[Hit]:
        keys = [(table[d].f.key, d, score) for d, score in ranked]
        texts = self._texts([k for k, _d, _s in keys if split_key(k)[0] in TABLES])
        hits = []
        for key, docnum, score in keys:
            type_, ident = split_key(key)
            if type_ in TABLES:
                row = texts.get(key)
                if row is None:
                    continue  # deleted since the index caught up
                tvi, ten, vi, en = row
            else:
                tvi, ten, vi, en = (searcher.stored_fields(docnum).get("content") or ("", "", "", ""))
            first, second = (tvi, ten) if q.lang == "vi" else (ten, tvi)
            title = first or second
            order = [vi, en] if q.lang == "vi" else [en, vi]
            snip = snippet(order, matcher) if q.snippets else snippet([], matcher)
            hits.append(Hit(type_, ident, title, float(score), snip,
                            title_spans(title, matcher) if q.snippets else (), second if first else ""))
        return hits

    def _texts(self, keys: Iterable[str]) -> dict[str, tuple[str, str, str, str]]:
        """(title_vi, title_en, text_vi, text_en) of records, read from the database."""
        by_table: dict[str, list[str]] = {}
        for key in keys:
            t, ident = split_key(key)
            by_table.setdefault(t, []).append(ident)
        out: dict[str, tuple[str, str, str, str]] = {}
        with self.services.db.session() as s:
            for t, ids in by_table.items():
                spec = TABLES[t]
                tbl = RECORD_MODELS[t].__table__
                names = [n for n in SNIPPET_FIELDS if n in spec.names]
                cols = [tbl.c.id, *(tbl.c[n] for n in spec.title_fields), *(tbl.c[n] for n in names)]
                for row in s.execute(select(*cols).where(tbl.c.id.in_(ids), tbl.c.deleted.is_(False))).mappings():
                    vi = "\n".join(row[n] for n in names if n.endswith("_vi") and row[n])
                    en = "\n".join(row[n] for n in names if n.endswith("_en") and row[n])
                    out[f"{t}:{row['id']}"] = (row[spec.title_fields[0]] or "", row[spec.title_fields[1]] or "", vi, en)
        return out

    # -- spelling --------------------------------------------------------------------------------
    def _display_forms(self, searcher, path: str) -> dict[str, str]:
        """Folded word -> its most frequent written form (built once per index generation and size)."""
        key = (path, searcher.doc_count_all())
        forms = self._spelling.get(key)
        if forms is None:
            best: dict[str, tuple[int, str]] = {}
            reader = searcher.reader()
            for fld in ("title", "body"):
                for raw, info in reader.iter_field(fld):
                    term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    f = fold_word(term)
                    if f != term and info.doc_frequency() > best.get(f, (0, ""))[0]:
                        best[f] = (info.doc_frequency(), term)
            forms = {f: t for f, (_n, t) in best.items()}
            self._spelling = {key: forms}
        return forms

    def _correct(self, reader, word: str) -> str | None:
        f = fold_word(word)
        if any(reader.doc_frequency(fld, f) for fld in ("title", "body")) or reader.doc_frequency("en", english_term(word)):
            return None
        maxdist = 1 if len(f) <= 4 else 2
        best: tuple[int, int, str] | None = None
        for fld in ("title", "body"):
            for cand in reader.terms_within(fld, f, maxdist, prefix=1):
                if fold_word(cand) != cand:
                    continue
                rank = (_distance(f, cand), -reader.doc_frequency(fld, cand), cand)
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None

    def _suggest(self, searcher, parsed, q: SearchQuery, table, expander) -> str:
        reader = searcher.reader()
        forms: dict[str, str] | None = None
        changed = False
        out: list[str] = []
        all_words = parsed.words + ([parsed.prefix] if parsed.prefix else [])
        for w in all_words:
            fixed = self._correct(reader, w)
            if fixed is None:
                out.append(w)
                continue
            if forms is None:
                forms = self._display_forms(searcher, str(self.store.root))
            out.append(forms.get(fixed, fixed))
            changed = True
        if not changed:
            return ""
        text = " ".join(out + [f'"{" ".join(p)}"' for p in parsed.phrases])
        check = qb.build(qb.parse(text), expander, require_all=False)
        passing, _ = filter_and_count(check.docs(searcher), table, q.filters, False)
        return text if passing else ""
