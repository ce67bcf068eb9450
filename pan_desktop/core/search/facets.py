"""Filters and facet counts as bitsets over every document's facet values.

The facet column of each segment is decoded once (segments never change, only new ones appear) into
one bitset per facet value (``("theme", "3r")``, ``("prov", "c:tay-ninh")``…); a filter is a union of
such bitsets and a facet count is ``(matches & value).bit_count()``. Each facet is counted with the
*other* filters applied, so the sidebar still shows the alternatives to a value already chosen.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from pan_desktop.core import vocab
from pan_desktop.core.provinces import filter_key
from pan_desktop.core.search.documents import ALL_TYPES, TYPE_LABELS, Facets
from pan_desktop.core.search.postings import ids_to_mask
from pan_desktop.core.services.records import Filters  # the record lists' filter vocabulary, shared
from pan_desktop.core.shared.schema import table_spec
from pan_desktop.core.shared.org_names import OrgNames
from pan_desktop.core.text import fold

FACET_NAMES = ("type", "province", "org", "theme", "audience", "status", "year")
TOP_VALUES = 30
_STATUS_TERMS = {**vocab.INITIATIVE_STATUS, **vocab.POLICY_STATUS}
_KEEP_SEGMENTS = 64
# (facet, bitset key, kept prefix): provinces are counted under their current names only.
_COUNTED = (("type", "type", None), ("province", "prov", "c:"), ("org", "org", None), ("theme", "theme", None),
            ("audience", "audience", None), ("status", "status", None), ("year", "yf", None))


def _row_keys(f: Facets):
    yield "type", f.type
    for k in f.province_keys.strip("|").split("|") if f.province_keys else ():
        yield "prov", k
    for o in f.orgs:
        yield "org", o
    for t in f.themes:
        yield "theme", t
    for a in f.audiences:
        yield "audience", a
    if f.status:
        yield "status", f.status
    if f.year_from:
        yield "yf", f.year_from
        yield "yt", f.year_to or f.year_from


class SegmentFacets:
    """Document keys and value bitsets of one segment (document numbers local to the segment).

    Only strings and ints are kept per document: a garbage-collector pass over 50,000 small objects
    held for good cost ~100 ms pauses in the middle of searches.
    """

    def __init__(self, column):
        self.keys: list[str] = []
        ids: dict[tuple[str, object], list[int]] = defaultdict(list)
        for d, raw in enumerate(column):
            if not raw:
                self.keys.append("")
                continue
            f = Facets.decode(raw)
            self.keys.append(f.key)
            for key in _row_keys(f):
                ids[key].append(d)
        self.masks = {key: ids_to_mask(docs, len(self.keys)) for key, docs in ids.items()}


_segments: dict[tuple[str, str], SegmentFacets] = {}
_cache_lock = threading.Lock()


def _segment_facets(leaf, key: tuple[str, str]) -> SegmentFacets:
    with _cache_lock:
        seg = _segments.get(key)
    if seg is None:
        seg = SegmentFacets(leaf.column_reader("facets"))
        with _cache_lock:
            if len(_segments) > _KEEP_SEGMENTS:
                _segments.clear()
            _segments[key] = seg
    return seg


class FacetView:
    """Document keys and facet bitsets of every document a searcher sees, and the bitset of live ones."""

    def __init__(self, searcher, index_path: str):
        self.keys: list[str] = []
        self.masks: dict[tuple[str, object], int] = defaultdict(int)
        self.live = 0
        for leaf, offset in searcher.reader().leaf_readers():
            seg = _segment_facets(leaf, (index_path, leaf.segment().segment_id()))
            if len(self.keys) < offset:
                self.keys.extend([""] * (offset - len(self.keys)))
            self.keys.extend(seg.keys)
            for key, m in seg.masks.items():
                self.masks[key] |= m << offset
            live = (1 << len(seg.keys)) - 1
            if leaf.has_deletions():
                live &= ~ids_to_mask(leaf.deleted_docs_set, len(seg.keys))
            self.live |= live << offset
        self.size = len(self.keys)
        self.orgs: OrgNames | None = None  # set by the engine: the names of the organisations faceted by id
        self._org_names: list[tuple[list[tuple[str, set[str]]], int]] | None = None
        self._values: dict[str, list] = defaultdict(list)
        for name, value in self.masks:
            self._values[name].append(value)
        # Per facet, (label, bitset, size) biggest first: counting stops once no value left can enter
        # the top (an organisation facet may have thousands of values).
        self._countable: dict[str, list[tuple[object, int, int]]] = {}
        for name, key, keep in _COUNTED:
            values = [(v[len(keep):] if keep else v, self.masks[(key, v)]) for v in self._values[key]
                      if not keep or v.startswith(keep)]
            self._countable[name] = sorted(((label, m, m.bit_count()) for label, m in values), key=lambda t: -t[2])

    def named_org(self, text: str) -> int:
        """Documents of the organisation ``text`` names in full (``VECOM``, ``GreenHub``), or by an
        acronym in capitals inside its name (``PAN``, ``WWF``); 0 when it names none."""
        wanted = fold(text.strip())
        acronym = text.strip().lower() if text.strip().isupper() and text.strip().isalnum() else ""
        out = 0
        for spellings, mask in self._folded_orgs():
            if any(folded == wanted or acronym in words for folded, words in spellings):
                out |= mask
        return out

    def _folded_orgs(self) -> list[tuple[list[tuple[str, set[str]]], int]]:
        """Each organisation facet value's folded spellings (every name of a linked organisation) and
        documents; folded once per view: an index may hold thousands of names."""
        if self._org_names is None:
            self._org_names = []
            for v in self._values["org"]:
                names = self.orgs.names_of(v) if self.orgs is not None and v in self.orgs else [v]
                folded = [fold(n) for n in names]
                self._org_names.append(([(f, set(_words(f))) for f in folded], self.masks[("org", v)]))
        return self._org_names

    def org_labels(self, values) -> dict[str, tuple[str, str]]:
        """(Vietnamese, English) labels of the organisation facet values that are linked organisations."""
        if self.orgs is None:
            return {}
        return {v: (self.orgs.short_label(v, "vi"), self.orgs.short_label(v, "en")) for v in values if v in self.orgs}

    def key(self, docnum: int) -> str:
        return self.keys[docnum] if docnum < len(self.keys) else ""

    @staticmethod
    def _union_masks(masks) -> int:
        out = 0
        for m in masks:
            out |= m
        return out

    def _union(self, name: str, values) -> int:
        out = 0
        for v in values:
            out |= self.masks.get((name, v), 0)
        return out

    def filter_masks(self, filters: "Filters") -> dict[str, int]:
        """The bitset of documents passing each active filter, by facet name."""
        out: dict[str, int] = {}
        if filters.types:
            out["type"] = self._union("type", {normalise_type(t) for t in filters.types})
        if filters.province.strip():
            out["province"] = self.masks.get(("prov", filter_key(filters.province).strip("|")), 0)
        if filters.org.strip():
            exact = self.masks.get(("org", filters.org.strip()))  # a facet value chosen: an id or a name
            needle = fold(filters.org.strip())
            out["org"] = exact if exact is not None else self._union_masks(
                m for spellings, m in self._folded_orgs() if any(needle in s for s, _words in spellings))
        if filters.theme.strip():
            code = vocab.match_term(vocab.THEMES, filters.theme) or filters.theme.strip()
            out["theme"] = self.masks.get(("theme", code), 0)
        if filters.audience.strip():
            code = vocab.match_term(vocab.AUDIENCES, filters.audience) or filters.audience.strip()
            out["audience"] = self.masks.get(("audience", code), 0)
        if filters.status.strip():
            code = vocab.match_term(_STATUS_TERMS, filters.status) or filters.status.strip()
            out["status"] = self.masks.get(("status", code), 0)
        if filters.year_from or filters.year_to:
            lo, hi = filters.year_from or 0, filters.year_to or 9999
            out["year"] = (self._union("yf", [y for y in self._values["yf"] if y <= hi])
                           & self._union("yt", [y for y in self._values["yt"] if y >= lo]))
        return out

    def apply(self, matches: int, masks: dict[str, int]) -> int:
        for m in masks.values():
            matches &= m
        return matches

    def counts(self, matches: int, masks: dict[str, int]) -> dict[str, list[tuple[object, int]]]:
        """Facet counts (value, count), best first, each facet with the other filters applied."""
        out: dict[str, list[tuple[object, int]]] = {}
        for name, _key, _keep in _COUNTED:
            base = self.apply(matches, {n: m for n, m in masks.items() if n != name})
            found: list[tuple[object, int]] = []
            if base:
                floor = 0  # the smallest count in a full top list
                for label, m, size in self._countable[name]:
                    if size <= floor:
                        break
                    n = (base & m).bit_count()
                    if n > floor or (n and len(found) < TOP_VALUES):
                        found.append((label, n))
                        if len(found) >= TOP_VALUES:
                            found.sort(key=lambda vc: (-vc[1], str(vc[0])))
                            del found[TOP_VALUES:]
                            floor = found[-1][1]
            found.sort(key=lambda vc: (-vc[1], str(vc[0])))
            out[name] = found[:TOP_VALUES]
        return out


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text).split()


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
    for t, (vi, en) in TYPE_LABELS.items():
        if key in (fold(vi), fold(en), fold(en).rstrip("s")):
            return t
    return key
