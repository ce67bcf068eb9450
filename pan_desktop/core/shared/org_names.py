"""Which organisation record a name means: its names in both languages, its short name, its other names
(aliases) and the abbreviations written in brackets inside its names, compared folded (case, diacritics,
spaces and punctuation aside: ``WWF-Việt Nam`` = ``wwf vietnam``).

Used wherever a name must become a link: the migration of stored records, imports, and the search
index (for a row pulled from a hub that still holds names). No database here: the caller passes rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pan_desktop.core.text import fold

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_BRACKETED = re.compile(r"\(([^()]*)\)")
NAME_FIELDS = ("id", "name_vi", "name_en", "short_name", "aliases")  # what an OrgNames is built from
SHORT_LABEL = 40
SEEN_MAX = 20_000


def name_key(name: str) -> str:
    """``WWF-Việt Nam`` -> ``wwfvietnam``: what two spellings of one name share."""
    return _NOT_ALNUM.sub("", fold(name))


def _spellings(org: Mapping[str, Any]) -> list[str]:
    """Every name an organisation goes by: full names, the names without their bracketed part, what is
    in the brackets (``VECOM``, ``PAN network``), the short name and the aliases."""
    out: list[str] = []
    for name in (org.get("name_vi") or "", org.get("name_en") or ""):
        if not name:
            continue
        out.append(name)
        inner = _BRACKETED.findall(name)
        out.extend(inner)
        if inner:
            out.append(_BRACKETED.sub(" ", name))
    out.append(org.get("short_name") or "")
    out.extend(org.get("aliases") or [])
    return [s for s in out if s.strip()]


@dataclass
class Linked:
    """The outcome of linking names: ``ids`` (in order, without repeats), the names kept as text (not
    matched, or matching several records), and of these which were ``unmatched`` and which ``ambiguous``
    (name -> the ids it could mean)."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)


class OrgNames:
    """The organisations a name may mean, from rows with ``NAME_FIELDS`` (deleted ones left out by the caller).

    A spelling shared by two organisations is ambiguous, except that a record's own full name or short
    name wins over another record's bracketed abbreviation or alias.
    """

    def __init__(self, orgs: Iterable[Mapping[str, Any]]):
        self.rows: dict[str, Mapping[str, Any]] = {}
        strong: dict[str, set[str]] = defaultdict(set)
        weak: dict[str, set[str]] = defaultdict(set)
        for org in orgs:
            self.rows[org["id"]] = org
            own = {name_key(org.get(n) or "") for n in ("name_vi", "name_en", "short_name")} - {""}
            for key in own:
                strong[key].add(org["id"])
            for spelling in _spellings(org):
                key = name_key(spelling)
                if key and key not in own:
                    weak[key].add(org["id"])
        self._by_key: dict[str, tuple[str, ...]] = {k: tuple(sorted(v)) for k, v in weak.items()}
        self._by_key.update({k: tuple(sorted(v)) for k, v in strong.items()})
        self._seen: dict[str, tuple[str, ...]] = {}  # by name as written: the same few recur on many rows

    def __contains__(self, org_id: str) -> bool:
        return org_id in self.rows

    def candidates(self, name: str) -> tuple[str, ...]:
        """The ids ``name`` may mean: none, one, or several (ambiguous)."""
        found = self._seen.get(name)
        if found is None:
            if len(self._seen) > SEEN_MAX:
                self._seen.clear()
            found = self._seen[name] = self._by_key.get(name_key(name), ())
        return found

    def link(self, names: Iterable[str], ids: Iterable[str] = ()) -> Linked:
        """Add to ``ids`` the organisation each of ``names`` means; keep the others as names."""
        out = Linked(ids=list(dict.fromkeys(ids)))
        for name in names:
            if not name or not name.strip():
                continue
            found = self.candidates(name)
            if len(found) == 1:
                if found[0] not in out.ids:
                    out.ids.append(found[0])
                continue
            if name not in out.names:
                out.names.append(name)
            if found:
                out.ambiguous[name] = list(found)
            else:
                out.unmatched.append(name)
        return out

    def names_of(self, org_id: str) -> list[str]:
        """Every name the organisation goes by (for search text and for naming it in a query)."""
        row = self.rows.get(org_id)
        return list(dict.fromkeys(_spellings(row))) if row else []

    def label(self, org_id: str, lang: str) -> str:
        """The name to show for an organisation in ``lang``: the short name when it has one (``VECOM``),
        else its name in that language, else in the other; "" for an id not known here."""
        return org_label(self.rows.get(org_id) or {}, lang)

    def short_label(self, org_id: str, lang: str) -> str:
        """A name that fits a side panel: the name in ``lang`` when it is short, else the short name."""
        name = self.full_label(org_id, lang)
        return name if len(name) <= SHORT_LABEL else (self.rows.get(org_id, {}).get("short_name") or name)

    def full_label(self, org_id: str, lang: str) -> str:
        """The organisation's name in ``lang`` (falling back to the other language, then the short name)."""
        row = self.rows.get(org_id) or {}
        first, second = ("name_vi", "name_en") if lang == "vi" else ("name_en", "name_vi")
        return row.get(first) or row.get(second) or row.get("short_name") or ""


def org_label(row: Mapping[str, Any], lang: str) -> str:
    """The short form of an organisation's name in ``lang``: its short name, else its name."""
    first, second = ("name_vi", "name_en") if lang == "vi" else ("name_en", "name_vi")
    return row.get("short_name") or row.get(first) or row.get(second) or ""


def link_values(spec, values: dict[str, Any], orgs: OrgNames, current: Mapping[str, Any] | None = None,
                ) -> tuple[dict[str, Any], list[tuple[str, Linked]]]:
    """``values`` (cleaned) with each names field of ``spec`` linked: matched names move to the ids field
    (added to the ids given, or else to the stored ``current`` ones); and per names field given, what was
    linked (for a report of the names left unmatched or ambiguous)."""
    out = dict(values)
    outcomes = []
    for ids_field, names_field in spec.org_links:
        if names_field not in values:  # only ids given: the stored names stay as they are
            continue
        raw = out.get(names_field)
        is_text = spec.field(names_field).kind != "list"
        names = ([raw] if raw else []) if is_text else list(raw or [])
        ids = out[ids_field] if ids_field in out else (current or {}).get(ids_field) or []
        linked = orgs.link(names, ids)
        out[ids_field] = linked.ids
        out[names_field] = ("; ".join(linked.names)) if is_text else linked.names
        outcomes.append((names_field, linked))
    return out, outcomes
