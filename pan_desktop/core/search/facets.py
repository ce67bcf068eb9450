"""Filters and facet counts from a compact in-memory table of every document's facet values.

Whoosh's own facets score or sort every match through its column API; here the searcher decodes the
facet column once per segment (segments never change, only new ones appear) and a query counts its
matches in one pass. Each facet is counted with the *other* filters applied, so the sidebar still
shows the alternatives to a value already chosen.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pan_desktop.core import vocab
from pan_desktop.core.provinces import filter_key
from pan_desktop.core.search.documents import ALL_TYPES, Facets
from pan_desktop.core.services.schema import table_spec
from pan_desktop.core.text import fold

FACET_NAMES = ("type", "province", "org", "theme", "audience", "status", "year")
TOP_VALUES = 30
_STATUS_TERMS = {**vocab.INITIATIVE_STATUS, **vocab.POLICY_STATUS}


class Row:
    """One document's facets, with its organisations pre-folded for substring filters."""

    __slots__ = ("f", "orgs_folded")

    def __init__(self, f: Facets):
        self.f = f
        self.orgs_folded = fold(" | ".join(f.orgs)) if f.orgs else ""


_segment_cache: dict[tuple[str, str], list[Row]] = {}
_cache_lock = threading.Lock()


def facet_table(searcher, index_path: str) -> list[Row | None]:
    """Rows by document number for every segment of ``searcher`` (cached per segment)."""
    table: list[Row | None] = []
    live: set[tuple[str, str]] = set()
    for reader, offset in searcher.reader().leaf_readers():
        key = (index_path, reader.segment().segment_id())
        live.add(key)
        with _cache_lock:
            rows = _segment_cache.get(key)
        if rows is None:
            column = reader.column_reader("facets")
            rows = [Row(Facets.decode(raw)) if raw else None for raw in column]
            with _cache_lock:
                _segment_cache[key] = rows
        if len(table) < offset:
            table.extend([None] * (offset - len(table)))
        table.extend(rows)
    with _cache_lock:
        for stale in [k for k in _segment_cache if k[0] == index_path and k not in live]:
            del _segment_cache[stale]
    return table


def normalise_type(value: str) -> str:
    """A document type from a table name, a singular, a content kind or a label (``policy`` -> ``policies``)."""
    key = fold(value.strip())
    if key in ALL_TYPES:
        return key
    for t in ALL_TYPES:
        if key.rstrip("s") == t.rstrip("s"):
            return t
    try:
        return table_spec(key).table
    except KeyError:
        pass
    from pan_desktop.core.search.documents import TYPE_LABELS

    for t, (vi, en) in TYPE_LABELS.items():
        if key in (fold(vi), fold(en), fold(en).rstrip("s")):
            return t
    return key


@dataclass(frozen=True)
class Filters:
    """What a query is narrowed to; empty values mean "any"."""

    types: tuple[str, ...] = ()
    province: str = ""
    org: str = ""
    theme: str = ""
    audience: str = ""
    status: str = ""
    year_from: int | None = None
    year_to: int | None = None

    def compiled(self) -> list[tuple[str, Any]]:
        """``(facet, test(row) -> bool)`` for each active filter."""
        tests: list[tuple[str, Any]] = []
        if self.types:
            types = {normalise_type(t) for t in self.types}
            tests.append(("type", lambda r: r.f.type in types))
        if self.province.strip():
            pkey = filter_key(self.province)
            tests.append(("province", lambda r: pkey in r.f.province_keys))
        if self.org.strip():
            needle = fold(self.org.strip())
            tests.append(("org", lambda r: needle in r.orgs_folded))
        if self.theme.strip():
            code = vocab.match_term(vocab.THEMES, self.theme) or self.theme.strip()
            tests.append(("theme", lambda r: code in r.f.themes))
        if self.audience.strip():
            code = vocab.match_term(vocab.AUDIENCES, self.audience) or self.audience.strip()
            tests.append(("audience", lambda r: code in r.f.audiences))
        if self.status.strip():
            code = vocab.match_term(_STATUS_TERMS, self.status) or self.status.strip()
            tests.append(("status", lambda r: r.f.status == code))
        if self.year_from or self.year_to:
            lo, hi = self.year_from or 0, self.year_to or 9999
            tests.append(("year", lambda r: r.f.year_from and r.f.year_from <= hi and (r.f.year_to or r.f.year_from) >= lo))
        return tests


def _count(counters: dict[str, Counter], row: Row, only: str | None) -> None:
    f = row.f
    if only in (None, "type"):
        counters["type"][f.type] += 1
    if only in (None, "province") and f.province_keys:
        for k in f.province_keys.strip("|").split("|"):
            if k.startswith("c:"):
                counters["province"][k[2:]] += 1
    if only in (None, "org"):
        for o in f.orgs:
            counters["org"][o] += 1
    if only in (None, "theme"):
        for t in f.themes:
            counters["theme"][t] += 1
    if only in (None, "audience"):
        for a in f.audiences:
            counters["audience"][a] += 1
    if only in (None, "status") and f.status:
        counters["status"][f.status] += 1
    if only in (None, "year") and f.year_from:
        counters["year"][f.year_from] += 1


def filter_and_count(docnums, table: list[Row | None], filters: Filters, want_facets: bool):
    """Docnums passing every filter, and facet counts (value, count) best first, per facet."""
    tests = filters.compiled()
    counters: dict[str, Counter] = {name: Counter() for name in FACET_NAMES}
    passing: set[int] = set()
    for d in docnums:
        row = table[d] if d < len(table) else None
        if row is None:
            continue
        failed = None
        for name, test in tests:
            if not test(row):
                if failed is not None:
                    break
                failed = name
        else:
            if failed is None:
                passing.add(d)
                if want_facets:
                    _count(counters, row, None)
            elif want_facets:
                _count(counters, row, failed)
    facets = {name: c.most_common(TOP_VALUES) for name, c in counters.items()} if want_facets else {}
    return passing, facets
