"""The bitset machinery: ranking sums and the top k; and the contract of the PostingStore: the bulk
(rebuild) and per-document (catch-up) ways of writing the index give the same postings and answers."""

from __future__ import annotations

import random

from pan_desktop.core.search import IndexManager, SearchQuery
from pan_desktop.core.search.analysis import FIELDS
from pan_desktop.core.search.posting_store import posting_store
from pan_desktop.core.search.postings import add_slices, ids_to_mask, mask_ids, top_docs, value_of
from tests.search.conftest import make_records


def _slices(values: list[int]) -> list[int]:
    width = max(values).bit_length()
    return [ids_to_mask([d for d, v in enumerate(values) if v >> j & 1], len(values)) for j in range(width)]


def test_top_docs_matches_sorting_every_sum():
    rng = random.Random(5)
    for _ in range(20):
        n = rng.randint(1, 400)
        a = [rng.randint(0, 60) for _ in range(n)]
        b = [rng.choice((0, 0, rng.randint(1, 200))) for _ in range(n)]
        total = add_slices(_slices(a), _slices(b)) if max(b) else _slices(a)
        assert [value_of(total, d) for d in range(n)] == [x + y for x, y in zip(a, b)]
        candidates = ids_to_mask([d for d in range(n) if rng.random() < 0.7], n)
        k = rng.randint(1, 15)
        expected = sorted(((d, a[d] + b[d]) for d in mask_ids(candidates)), key=lambda t: (-t[1], t[0]))[:k]
        assert top_docs(total, candidates, k) == expected


def _postings(manager) -> dict:
    """Every term's live postings, read through the PostingStore: {(field, term): {document key: level}}."""
    store = posting_store()
    view, _state = manager.engine.view()
    out: dict = {}
    for leaf, offset, _segid in view.leaves:
        for field in FIELDS:
            for raw in leaf.lexicon(field):
                term = raw.decode("utf-8")
                marks, levels = bytearray(leaf.doc_count_all()), set()
                count = store.mark(leaf, field, term, marks, levels)
                found = {d: lv for d, lv in enumerate(marks) if lv}
                assert count == len(found) and levels == set(found.values()) <= set(range(1, 8))
                live = {view.facets.key(offset + d): lv for d, lv in found.items() if not leaf.is_deleted(d)}
                if live:
                    out.setdefault((field, term), {}).update(live)
    return out


def test_bulk_rebuild_and_catch_up_write_the_same_index(services):
    queries = [SearchQuery(t) for t in ("rac thai nhua", "đường", '"rác thải nhựa"', "plastic bag", "bãi bi")]
    queries.append(SearchQuery("bãi bi", complete_last=True))
    m = IndexManager.for_services(services)
    m.rebuild()  # no records yet: only the glossary
    make_records(services)
    m.catch_up()  # records written one by one (Whoosh's add_document)
    one_by_one = [m.search(q) for q in queries]
    postings = _postings(m)
    m.rebuild()  # records written in bulk
    bulk = [m.search(q) for q in queries]
    assert _postings(m) == postings and len(postings) > 500
    assert posting_store().mark(m.engine.view()[0].leaves[0][0], "w", "zzzqqq", bytearray(10), set()) == 0
    for a, b in zip(one_by_one, bulk):
        assert [(h.id, h.score) for h in a.hits] == [(h.id, h.score) for h in b.hits] and a.hits
        assert (a.total, a.facets) == (b.total, b.facets)
