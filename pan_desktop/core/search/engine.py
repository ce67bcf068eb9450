"""Answering a query from the index: match, filter and count, rank the page, cut snippets.

Matching, filters and facet counts are bitset operations (``postings.py``, ``facets.py``). Documents
with every unit of the query (``query.py``) come first, then those with at least half of them;
within each, ranking adds each query term's impact levels, weighted by the term's rarity, for all
matches at once and takes the top of the sum (the number of units matched sits above every bit of
that sum). How the ranking was tuned, and against what: docs/search.md. Runs on whichever thread asks
(a worker in the app); each thread keeps its own Whoosh searcher, since a searcher shared by two
threads returns wrong results.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Iterable

from sqlalchemy import select

from pan_desktop.core.models import RECORD_MODELS
from pan_desktop.core.search import query as qb
from pan_desktop.core.search.analysis import english_term, fold_word
from pan_desktop.core.search.content_source import glossary_terms
from pan_desktop.core.search.documents import SNIPPET_FIELDS, place_label, split_key
from pan_desktop.core.search.facets import FacetView
from pan_desktop.core.search.glossary import Expander
from pan_desktop.core.search.highlight import Matcher, snippet, title_spans
from pan_desktop.core.search.index import IndexStore
from pan_desktop.core.search.postings import EMPTY, TermBits, TermCache, add_slices, at_least, term_slices, top_docs
from pan_desktop.core.search.results import Hit, SearchQuery, SearchResult
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.services.org_links import org_names

log = logging.getLogger(__name__)
SCALE = 20  # score units per (idf x level): enough precision, few bit slices
FIRST_PAGE = 10  # the results a person reads first: kept mostly for records (see ``spread``)
CAPS = {"glossary": 1, "lesson": 3}  # at most this many of a kind on the first page
CAP_GROUPS = {"glossary": "glossary", "lesson": "lesson", "guideline": "lesson"}
MAX_SUGGEST_CHARS = 40  # longer words get no spelling suggestion (a 100,000-letter one took minutes)
SKIP_FLAT_TERMS = True  # leave out score-only terms that would change no order (see View._worth_reading)
ORG_BOOST = 10.0  # score (in idf x level units) for a record of the organisation the query names
MOST = 0.5  # share of the query's units a document needs to be listed after those with every unit
SPREAD_SLACK = 20  # extra documents ranked so that capped ones can be replaced
_terms = TermCache()


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class View:
    """What one searcher sees: its segments' term bitsets (cached across searchers) and facets."""

    def __init__(self, searcher, path: str):
        self.searcher = searcher
        self.path = path
        self.leaves = [(leaf, offset, f"{path}/{leaf.segment().segment_id()}")
                       for leaf, offset in searcher.reader().leaf_readers()]
        self.facets = FacetView(searcher, path)
        self.docs = max(1, self.facets.live.bit_count())
        self._prefixes: dict[str, TermBits] = {}

    def term(self, field: str, text: str) -> TermBits:
        out = EMPTY
        for leaf, offset, segid in self.leaves:
            bits = _terms.get(leaf, segid, field, text)
            if bits.df:
                out = bits.shifted(offset) if out is EMPTY else out.merged(bits.shifted(offset))
        return out

    def prefix(self, text: str) -> TermBits:
        """Every ``w`` term beginning with ``text``, each document at its best level."""
        bits = self._prefixes.get(text)
        if bits is None:
            found = []
            for n, term in enumerate(self.searcher.reader().expand_prefix("w", text)):
                if n >= qb.MAX_PREFIX_TERMS:
                    break
                found.append(self.term("w", term.decode("utf-8") if isinstance(term, bytes) else term))
            levels, seen = {}, 0
            for lv in sorted({lv for b in found for lv in b.levels}, reverse=True):
                m = 0
                for b in found:
                    m |= b.levels.get(lv, 0)
                m &= ~seen
                if m:
                    levels[lv], seen = m, seen | m
            bits = self._prefixes[text] = TermBits(seen, levels, seen.bit_count())
        return bits

    def bits(self, leaf) -> TermBits:
        return self.prefix(leaf.text) if isinstance(leaf, qb.Prefix) else self.term(leaf.field, leaf.text)

    def df(self, field: str, text: str) -> int:
        """How many documents have a term (from the term dictionary: no postings read)."""
        return sum(leaf.doc_frequency(field, text) for leaf, _offset, _segid in self.leaves)

    def mask(self, node) -> int:
        """Documents matching a plan node (before deletions and filters)."""
        if isinstance(node, qb.Term) and node.field == "x":
            return 0  # an exact form only adds score (always beside its folded form, which matches)
        if isinstance(node, (qb.Term, qb.Prefix)):
            return self.bits(node).any
        if isinstance(node, qb.All):
            out = -1
            for part in node.parts:
                out &= self.mask(part)
                if not out:
                    return 0
            return out
        out = 0
        for part in node.parts:
            out |= self.mask(part)
        return out

    def slices(self, nodes, optional=()) -> list[int]:
        """Per-document scores of plan nodes as bit slices: each term's levels times its idf and boost
        (a term named twice counts once, at its highest boost). ``optional`` terms only add score and
        are left out when in most documents (see ``_worth_reading``)."""
        boosts: dict = {}
        optional = set(optional)
        stack = list(nodes) + list(optional)
        while stack:
            n = stack.pop()
            if isinstance(n, (qb.Term, qb.Prefix)):
                key = (n.field, n.text) if isinstance(n, qb.Term) else ("*", n.text)
                if n.boost > boosts.get(key, (0.0, n))[0]:
                    boosts[key] = (n.boost, n)
            else:
                stack.extend(n.parts)
        total: list[int] = []
        for boost, leaf in boosts.values():
            if SKIP_FLAT_TERMS and not self._worth_reading(leaf, leaf in optional):
                continue
            bits = self.bits(leaf)
            if bits.df:
                total = add_slices(total, term_slices(bits, self.idf(bits.df) * boost * SCALE))
        return total

    def _worth_reading(self, leaf, optional: bool) -> bool:
        """False for a score-only term that would change no order worth its read: an exact form every
        document of the folded word has, an optional term in most documents. Reading a common term
        for the first time is what makes a search slow."""
        if isinstance(leaf, qb.Term) and leaf.field == "x":
            return 0 < self.df("x", leaf.text) < self.df("w", fold_word(leaf.text))
        return not optional or 0 < self.df(leaf.field, leaf.text) <= self.docs // 2

    def idf(self, df: int) -> float:
        return max(math.log(1 + (self.docs - df + 0.5) / (df + 0.5)), 0.05)


def spread(ranked: list[tuple[int, float]], key_of) -> list[tuple[int, float]]:
    """``ranked`` with at most ``CAPS`` glossary entries and lessons on the first page: the others move
    to just after it (scores lowered to keep the order). A definition above the list helps; five of
    them push out the initiatives and policies a person came for."""
    left = {g: CAPS[g] for g in set(CAP_GROUPS.values())}
    head, held, rest = [], [], []
    for item in ranked:
        if len(head) >= FIRST_PAGE:
            rest.append(item)
            continue
        group = CAP_GROUPS.get(split_key(key_of(item[0]))[0])
        if group is not None:
            if left[group] <= 0:
                held.append(item)
                continue
            left[group] -= 1
        head.append(item)
    out, last = [], float("inf")
    for d, score in head + held + rest:
        last = min(last, score)
        out.append((d, last))
    return out


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
            gen, searcher, _view = held
            if state is not None and gen == state.generation and searcher.up_to_date():
                return searcher, state
            # Not Searcher.refresh(): Whoosh-Reloaded 2.7.5 keeps merged-away segments in the
            # refreshed reader (replaced documents then show twice); a new searcher is cheap.
            searcher.close()
            self._local.held = None
        ix = self.store.open(state)
        searcher = ix.searcher()
        self._local.held = (state.generation, searcher, None)
        return searcher, state

    def view(self) -> tuple[View, object]:
        """This thread's view of the live index (built once per searcher)."""
        searcher, state = self._searcher()
        gen, _s, view = self._local.held
        if view is None:
            view = View(searcher, str(self.store.root / state.generation))
            with self.services.db.session() as s:  # the organisations faceted by id, named
                view.facets.orgs = org_names(s)
            self._local.held = (gen, searcher, view)
        return view, state

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
        result = self._search(q, q.text)
        if q.correct and not result.total and not result.more and result.suggestion:
            corrected = self._search(q, result.suggestion)
            if corrected.total or corrected.more:
                corrected.suggestion, corrected.corrected = result.suggestion, True
                result = corrected
        result.took_ms = (time.perf_counter() - started) * 1000
        return result

    def _search(self, q: SearchQuery, text: str) -> SearchResult:
        view, state = self.view()
        facets = view.facets
        parsed = qb.respell(qb.parse(text, q.complete_last), view.df)
        expander = self.expander(state.content)
        result = SearchResult(q)
        fmasks = facets.filter_masks(q.filters)
        plan = qb.build(parsed, expander) if not parsed.empty else None
        if plan is None:
            full_all = listed_all = facets.live
            found = []
        else:
            found = [self._unit_masks(view, u) for u in plan.units]
            either = [f | p for f, p in found]
            full_all = at_least(either, len(either)) & facets.live
            listed_all = at_least(either, max(1, math.ceil(len(either) * MOST))) & facets.live
        full, listed = facets.apply(full_all, fmasks), facets.apply(listed_all, fmasks)
        result.matched = "all" if full else ("any" if listed else "none")
        counted = full or listed
        result.total = counted.bit_count()
        result.more = (listed & ~counted).bit_count()
        if q.facets:
            result.facets = facets.counts(full_all if full else listed_all, fmasks)
            result.org_labels = facets.org_labels(v for v, _n in result.facets.get("org", ()))
        if not listed:
            if not parsed.empty:
                result.suggestion = self._suggest(view, parsed, fmasks, expander)
            return result
        org = view.facets.named_org(text) if plan is not None and ORG_BOOST else 0
        ranked = self._rank(view, plan, found, listed, q.offset + q.limit, org)
        folded, stems, prefixes = parsed.match_terms()
        matcher = Matcher(folded, stems, prefixes, plan.forms if plan else frozenset())
        result.hits = self._hits(view, ranked[q.offset:], matcher, q)
        return result

    def _unit_masks(self, view: View, unit) -> tuple[int, int]:
        """(documents matching ``unit`` itself or its place, those matching it only by completion)."""
        full = view.mask(unit.node)
        if unit.place:
            full |= view.facets.masks.get(("prov", unit.place), 0)
        partial = view.bits(unit.prefix).any & ~full if unit.prefix else 0
        return full, partial

    def _rank(self, view: View, plan, found, listed: int, n: int, org: int = 0) -> list[tuple[int, float]]:
        """Top ``n`` (docnum, score) of ``listed``: documents matching more of the query first, then by
        relevance (a word matched only by completing it scores below the whole word); glossary entries
        and lessons do not crowd the records out of the first page (see ``spread``). The score shown is
        the number of units matched plus the relevance as a fraction."""
        if plan is None:
            return [(d, 0.0) for d, _v in top_docs([], listed, n)]
        rel = view.slices([u.node for u in plan.units] + [u.prefix for u in plan.units if u.prefix], plan.extras)
        if org:  # the query names an organisation: its own record and the records it worked on first
            own = org & view.facets.masks.get(("type", "organizations"), 0)
            for mask, weight in ((org, ORG_BOOST), (own, ORG_BOOST)):
                if mask:
                    rel = add_slices(rel, term_slices(TermBits(mask, {1: mask}, mask.bit_count()), weight * SCALE))
        coverage: list[int] = []
        for full, partial in found:
            coverage = add_slices(coverage, [full | partial])
        width = len(rel)
        slices = rel + coverage  # coverage above every relevance bit: it decides first
        top = top_docs(slices, listed, n + SPREAD_SLACK)
        scale = float(1 << width)
        ranked = [(d, (v >> width) + (v & ((1 << width) - 1)) / scale) for d, v in top]
        return spread(ranked, view.facets.key)[:n]

    def _hits(self, view: View, ranked, matcher: Matcher, q: SearchQuery) -> list[Hit]:
        keys = [(view.facets.key(d), d, score) for d, score in ranked]
        texts = self._texts([k for k, _d, _s in keys if split_key(k)[0] in TABLES])
        hits = []
        for key, docnum, score in keys:
            type_, ident = split_key(key)
            if type_ in TABLES:
                row = texts.get(key)
                if row is None:
                    continue  # deleted since the index caught up
            else:
                row = (tuple(view.searcher.stored_fields(docnum).get("content") or ()) + ("",) * 6)[:6]
            tvi, ten, vi, en, place_vi, place_en = row
            first, second = (tvi, ten) if q.lang == "vi" else (ten, tvi)
            title = first or second
            order = [vi, en] if q.lang == "vi" else [en, vi]
            snip = snippet(order, matcher) if q.snippets else snippet([], matcher)
            place = (place_vi or place_en) if q.lang == "vi" else (place_en or place_vi)
            hits.append(Hit(type_, ident, title, float(score), snip,
                            title_spans(title, matcher) if q.snippets else (), second if first else "", place))
        return hits

    def _texts(self, keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """(title_vi, title_en, text_vi, text_en, place_vi, place_en) of records, from the database."""
        by_table: dict[str, list[str]] = {}
        for key in keys:
            t, ident = split_key(key)
            by_table.setdefault(t, []).append(ident)
        out: dict[str, tuple[str, ...]] = {}
        with self.services.db.session() as s:
            for t, ids in by_table.items():
                spec = TABLES[t]
                tbl = RECORD_MODELS[t].__table__
                names = [n for n in SNIPPET_FIELDS if n in spec.names]
                cols = [tbl.c.id, tbl.c.deleted, tbl.c.provinces, *(tbl.c[n] for n in spec.title_fields),
                        *(tbl.c[n] for n in names)]
                # "deleted" is tested here, not in SQL: with it, SQLite picks the index on deleted and
                # reads every live row (7 ms at 10,000) instead of the few ids.
                for row in s.execute(select(*cols).where(tbl.c.id.in_(ids))).mappings():
                    if row["deleted"]:
                        continue
                    vi = "\n".join(row[n] for n in names if n.endswith("_vi") and row[n])
                    en = "\n".join(row[n] for n in names if n.endswith("_en") and row[n])
                    places = row["provinces"] or []
                    out[f"{t}:{row['id']}"] = (row[spec.title_fields[0]] or "", row[spec.title_fields[1]] or "", vi, en,
                                               place_label(places, "vi"), place_label(places, "en"))
        return out

    # -- spelling --------------------------------------------------------------------------------
    def _display_forms(self, view: View) -> dict[str, str]:
        """Folded word -> its most frequent written form (built once per index generation and size)."""
        key = (view.path, view.searcher.doc_count_all())
        forms = self._spelling.get(key)
        if forms is None:
            best: dict[str, tuple[int, str]] = {}
            for raw, info in view.searcher.reader().iter_field("x"):
                term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                f = fold_word(term)
                if info.doc_frequency() > best.get(f, (0, ""))[0]:
                    best[f] = (info.doc_frequency(), term)
            forms = {f: t for f, (_n, t) in best.items()}
            self._spelling = {key: forms}
        return forms

    @staticmethod
    def _correct(reader, word: str) -> str | None:
        f = fold_word(word)
        if len(f) > MAX_SUGGEST_CHARS:
            return None  # no word is that long; edit distances over it would take minutes
        if reader.doc_frequency("w", f) or reader.doc_frequency("s", english_term(word)):
            return None
        maxdist = 1 if len(f) <= 4 else 2
        best: tuple[int, int, str] | None = None
        for cand in reader.terms_within("w", f, maxdist, prefix=1):
            rank = (_distance(f, cand), -reader.doc_frequency("w", cand), cand)
            if best is None or rank < best:
                best = rank
        return best[2] if best else None

    def _suggest(self, view: View, parsed, fmasks, expander) -> str:
        reader = view.searcher.reader()
        forms: dict[str, str] | None = None
        changed = False
        out: list[str] = []
        for w in parsed.words + ([parsed.prefix] if parsed.prefix else []):
            fixed = self._correct(reader, w)
            if fixed is None:
                out.append(w)
                continue
            if forms is None:
                forms = self._display_forms(view)
            out.append(forms.get(fixed, fixed))
            changed = True
        if not changed:
            return ""
        text = " ".join(out + [f'"{" ".join(p)}"' for p in parsed.phrases])
        check = qb.build(qb.parse(text), expander)
        found = 0
        if check is not None:
            for unit in check.units:
                found |= self._unit_masks(view, unit)[0]
        return text if view.facets.apply(found & view.facets.live, fmasks) else ""
