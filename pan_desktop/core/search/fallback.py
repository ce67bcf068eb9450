"""Search from the database while the index is missing or being rebuilt: every folded word must occur
in the titles or summaries (a substring, no ranking); filters as in the record lists; type counts."""

from __future__ import annotations

import time
from collections import Counter

from sqlalchemy import and_, func, or_, select

from pan_desktop.core.models import RECORD_MODELS
from pan_desktop.core.search.analysis import fold_word, words
from pan_desktop.core.search.documents import RECORD_TYPES
from pan_desktop.core.search.facets import normalise_type
from pan_desktop.core.search.highlight import Matcher, snippet
from pan_desktop.core.search.results import Hit, SearchQuery, SearchResult
from pan_desktop.core.shared.schema import TABLES

_TEXT = ("summary_vi", "summary_en", "description_vi", "description_en")


def database_search(services, q: SearchQuery) -> SearchResult:
    """A page of records matching every word of ``q.text`` (folded), best effort and unranked."""
    started = time.perf_counter()
    f = q.filters
    types = [normalise_type(t) for t in f.types] or list(RECORD_TYPES)
    folded = [fold_word(w) for w in words(q.text)]
    result = SearchResult(q, from_database=True, matched="all")
    counts: Counter = Counter()
    found: list[Hit] = []
    matcher = Matcher(set(folded), set(), set())
    for table in (t for t in RECORD_TYPES if t in types):
        spec = TABLES[table]
        svc = services.records[table]
        tbl = RECORD_MODELS[table].__table__
        fields = [n for n in (*spec.title_fields, *_TEXT) if n in spec.names]
        conds = [or_(*(func.pan_fold(tbl.c[n]).like(f"%{w}%") for n in fields)) for w in folded]
        where = and_(svc.condition(f), *conds)  # the record lists' own filters (one definition)
        with services.db.session() as s:
            counts[table] = s.execute(select(func.count()).select_from(tbl).where(where)).scalar_one()
            rows = s.execute(select(tbl.c.id, *(tbl.c[n] for n in fields)).where(where)
                             .order_by(tbl.c.sort_key).limit(q.offset + q.limit)).mappings().all()
        for row in rows:
            vi, en = (row[n] for n in spec.title_fields)
            title = (vi or en) if q.lang == "vi" else (en or vi)
            texts = [row[n] or "" for n in fields if n not in spec.title_fields]
            found.append(Hit(table, row["id"], title, 0.0, snippet(texts, matcher)))
    result.total = sum(counts.values())
    result.hits = found[q.offset:q.offset + q.limit]
    result.facets = {"type": counts.most_common()}
    result.took_ms = (time.perf_counter() - started) * 1000
    return result
