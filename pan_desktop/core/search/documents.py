"""What goes into the index for each record and content item: its text per field and its facet values.

A document has three texts (``title``: both titles; ``body``: the Vietnamese text and names;
``en``: the English text), analysed into terms by ``analysis.doc_terms``, and one compact facet
string kept in a column, from which the searcher builds its in-memory facet bitsets. Long record texts are not stored in the index: the
snippet is cut from the database row (the truth) for the few hits shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pan_desktop.core import vocab
from pan_desktop.core.provinces import describe, display_name, place_keys
from pan_desktop.core.search.analysis import doc_terms
from pan_desktop.core.search.plain import markdown_text
from pan_desktop.core.services.records import TYPE_COLUMN
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.org_names import OrgNames

RECORD_TYPES = ("initiatives", "policies", "organizations", "events", "sites")
CONTENT_TYPES = ("lesson", "guideline", "glossary")
ALL_TYPES = RECORD_TYPES + CONTENT_TYPES
TYPE_LABELS = {
    "initiatives": ("Sáng kiến", "Initiatives"), "policies": ("Chính sách", "Policies"),
    "organizations": ("Tổ chức", "Organisations"), "events": ("Sự kiện", "Events"), "sites": ("Cơ sở", "Sites"),
    "lesson": ("Bài học", "Lessons"), "guideline": ("Hướng dẫn", "Guideline sections"),
    "glossary": ("Thuật ngữ", "Glossary"),
}
_SEP, _LIST = "\x1f", "\x1e"
GLOSSARY_WEIGHT = 0.5  # a glossary entry ranks below a record or lesson that matches as well

# Fields whose text is searched (beyond the titles), per language.
_VI_TEXT = ("summary_vi", "description_vi", "lessons_vi")
_EN_TEXT = ("summary_en", "description_en", "lessons_en")
_NAMES = ("short_name", "aliases", "number", "issuing_body", "location", "organizations", "funders", "outputs", "provinces",
          "address")  # a site's owner and phone are personal: kept in site_contacts, never indexed
# Columns read from the database to index a record (and to cut its snippet).
SNIPPET_FIELDS = _VI_TEXT + _EN_TEXT


@dataclass(frozen=True)
class Facets:
    """Facet values of one document, as the searcher filters and counts them."""

    key: str
    type: str
    status: str = ""
    year_from: int = 0
    year_to: int = 0
    province_keys: str = ""  # "|f:long-an|c:tay-ninh|" (core.provinces.place_keys)
    themes: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()

    def encode(self) -> bytes:
        parts = (self.key, self.type, self.status, str(self.year_from), str(self.year_to), self.province_keys,
                 _LIST.join(self.themes), _LIST.join(self.audiences), _LIST.join(self.orgs))
        return _SEP.join(p.replace(_SEP, " ") for p in parts).encode("utf-8")

    @classmethod
    def decode(cls, raw: bytes) -> "Facets":
        key, type_, status, y0, y1, prov, themes, auds, orgs = raw.decode("utf-8").split(_SEP)
        split = lambda s: tuple(s.split(_LIST)) if s else ()  # noqa: E731
        return cls(key, type_, status, int(y0), int(y1), prov, split(themes), split(auds), split(orgs))


@dataclass(frozen=True)
class SearchDoc:
    """One document to index. ``stored`` is kept in the index only for content (no database row)."""

    key: str
    type: str
    title: str
    body: str
    en: str
    facets: Facets
    stored: tuple[str, ...] | None = None  # (title_vi, title_en, text_vi, text_en, place_vi, place_en)
    weight: float = 1.0  # scales the document's term impacts (see analysis.doc_terms)

    def terms(self) -> dict[str, dict[str, int]]:
        """Index terms and impact levels per field."""
        return doc_terms(self.title, self.body, self.en, self.weight)

    def fields(self, terms: bool = True) -> dict[str, Any]:
        """What ``add_document`` takes (without the terms when a rebuild writes them in bulk)."""
        out: dict[str, Any] = {"key": self.key, "type": self.type, "facets": self.facets.encode()}
        if terms:
            out.update(self.terms())
        if self.stored is not None:
            out["content"] = self.stored
        return out


def place_label(places: Iterable[str], lang: str, most: int = 2) -> str:
    """Where a record is, for a result line: ``Long An (nay thuộc Tây Ninh)``, at most ``most`` places."""
    places = [p for p in places if p]
    shown = ", ".join(_described(p, lang) for p in places[:most])
    return shown + (", …" if len(places) > most else "")


@lru_cache(maxsize=4096)
def _described(place: str, lang: str) -> str:
    return describe(place, lang)  # ~1 ms each (it compares names with all 34 provinces): once per place


def record_key(table: str, record_id: str) -> str:
    return f"{table}:{record_id}"


def split_key(key: str) -> tuple[str, str]:
    type_, _, ident = key.partition(":")
    return type_, ident


def _year(value: Any) -> int:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else 0


def _as_list(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v]
    return [str(value)] if value else []


def _labels(terms: Mapping[str, vocab.Term] | None, codes: Iterable[str], lang: str) -> list[str]:
    return [vocab.label(terms or {}, c, lang) for c in codes if c]


def org_facets(table: str, record_id: str, values: Mapping[str, Any], orgs: OrgNames | None = None) -> tuple[str, ...]:
    """The organisation facet values of a record: the ids it links to, then the names it holds as text;
    a name that means one organisation in ``orgs`` counts as its id (a row pulled from a hub that still
    holds names). An organisation is faceted under its own id, so it appears once."""
    if table == "organizations":
        return (record_id,)
    out: list[str] = []
    for ids_field, names_field in TABLES[table].org_links:
        out.extend(values.get(ids_field) or [])
        raw = values.get(names_field)
        names = [n.strip() for n in ([raw] if isinstance(raw, str) else raw or []) if n and n.strip()]
        if orgs is not None:
            linked = orgs.link(names)
            out.extend(linked.ids)
            names = linked.names
        out.extend(names)
    return tuple(dict.fromkeys(out))


def record_doc(table: str, record_id: str, values: Mapping[str, Any], orgs: OrgNames | None = None) -> SearchDoc:
    """The document of one live record from its field values; ``orgs`` gives the names of the
    organisations it links to (searched as its text) and links the names it holds."""
    spec = TABLES[table]
    title_vi, title_en = (values.get(n) or "" for n in spec.title_fields)
    provinces = _as_list(values.get("provinces"))
    pkeys = place_keys(provinces)
    codes = [k[2:] for k in pkeys.strip("|").split("|") if k[:2] in ("c:", "f:")]
    themes, audiences = _as_list(values.get("themes")), _as_list(values.get("audiences"))
    coded: list[tuple[str, Any]] = []
    for name in ("themes", "audiences", "status", TYPE_COLUMN[table]):
        if name in spec.names and values.get(name):
            coded.append((name, _as_list(values[name])))
    labels = {lang: [lab for name, vals in coded for lab in _labels(spec.field(name).terms, vals, lang)]
              for lang in ("vi", "en")}
    org_values = org_facets(table, record_id, values, orgs)
    names = [v for n in _NAMES if n in spec.names for v in _as_list(values.get(n))]
    if orgs is not None and table != "organizations":
        names += [name for o in org_values if o in orgs for name in orgs.names_of(o)]
    body = "\n".join([*(values.get(n) or "" for n in _VI_TEXT if n in spec.names), *names, *labels["vi"],
                      *(display_name(c, "vi") for c in codes)])
    en = "\n".join([title_en, *(values.get(n) or "" for n in _EN_TEXT if n in spec.names), *labels["en"],
                    *(display_name(c, "en") for c in codes)])
    start, end = spec.date_fields or ("", "")
    y0 = _year(values.get(start)) if start else 0
    y1 = (_year(values.get(end)) or y0) if end else y0
    facets = Facets(record_key(table, record_id), table, str(values.get("status") or ""), y0, y1, pkeys,
                    tuple(themes), tuple(audiences), org_values)
    return SearchDoc(facets.key, table, f"{title_vi}\n{title_en}", body, en, facets)


def content_docs(packs: Iterable[Any], glossary: Iterable[Any]) -> list[SearchDoc]:
    """Documents of installed packs' lessons (guideline sections when they have an aspect; their Markdown
    as plain text) and of glossary entries (the shipped glossary merged with the packs')."""
    docs: list[SearchDoc] = []
    for pack in packs:
        for lesson in pack.lessons:
            kind = "guideline" if (lesson.aspect or pack.kind == "guideline") else "lesson"
            key = f"{kind}:{pack.id}/{lesson.id}"
            tvi, ten = lesson.title.vi, lesson.title.en
            text_vi = "\n".join(filter(None, map(markdown_text, (lesson.body.vi, lesson.facilitator.vi))))
            text_en = "\n".join(filter(None, map(markdown_text, (lesson.body.en, lesson.facilitator.en))))
            facets = Facets(key, kind, audiences=tuple(pack.audience))
            docs.append(SearchDoc(key, kind, f"{tvi}\n{ten}", f"{text_vi}\n{pack.title.vi}",
                                  f"{ten}\n{text_en}\n{pack.title.en}", facets,
                                  (tvi, ten, text_vi, text_en, pack.title.vi, pack.title.en)))
    for entry in glossary:
        key = f"glossary:{entry.id}"
        docs.append(SearchDoc(key, "glossary", f"{entry.vi}\n{entry.en}",
                              "\n".join([*entry.aliases_vi, entry.definition.vi]),
                              "\n".join([*entry.aliases_en, entry.definition.en]),
                              Facets(key, "glossary"),
                              (entry.vi, entry.en, entry.definition.vi, entry.definition.en), GLOSSARY_WEIGHT))
    return docs
