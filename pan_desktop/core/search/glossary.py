"""The bilingual glossary of waste-management terms: shipped as data, extended by content packs, and
used to expand a query into the other language (``plastic bag`` -> ``túi ni lông``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pan_desktop.core.errors import Problem, ValidationError
from pan_desktop.core.search.analysis import english_term, words
from pan_desktop.core.text import clean_text

GLOSSARY_FILE = Path(__file__).with_name("glossary.yaml")
MAX_FORMS = 4  # other names a query is expanded to (each one costs a phrase match)


@dataclass(frozen=True)
class Definition:
    vi: str
    en: str

    def get(self, lang: str) -> str:
        first, second = (self.vi, self.en) if lang == "vi" else (self.en, self.vi)
        return first or second


@dataclass(frozen=True)
class GlossaryTerm:
    """One entry; the same shape as a content pack's ``GlossaryEntry``."""

    id: str
    vi: str
    en: str
    definition: Definition
    aliases_vi: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()


def parse_glossary(raw: Any, source: str) -> list[GlossaryTerm]:
    """Entries from parsed glossary YAML; every problem names the entry it is in."""
    if not isinstance(raw, list):
        raise ValidationError([Problem(source, "invalid", "a glossary is a list of entries")])
    problems: list[Problem] = []
    out: list[GlossaryTerm] = []
    for n, item in enumerate(raw, 1):
        where = f"{source} entry {n}"
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k].strip() for k in ("id", "vi", "en")):
            problems.append(Problem(where, "invalid", "needs id, vi and en"))
            continue
        d = item.get("definition") or {}
        if not isinstance(d, dict):
            problems.append(Problem(where, "invalid", "definition must have vi and en"))
            continue
        al_vi, al_en = item.get("aliases_vi") or [], item.get("aliases_en") or []
        if not isinstance(al_vi, list) or not isinstance(al_en, list):
            problems.append(Problem(where, "invalid", "aliases must be lists"))
            continue
        out.append(GlossaryTerm(
            item["id"].strip(), clean_text(item["vi"]), clean_text(item["en"]),
            Definition(clean_text(str(d.get("vi") or "")), clean_text(str(d.get("en") or ""))),
            tuple(clean_text(str(a)) for a in al_vi), tuple(clean_text(str(a)) for a in al_en)))
    if problems:
        raise ValidationError(problems)
    return out


@lru_cache(maxsize=1)
def shipped_glossary() -> tuple[GlossaryTerm, ...]:
    """The glossary shipped with the app."""
    with GLOSSARY_FILE.open(encoding="utf-8") as fh:
        return tuple(parse_glossary(yaml.safe_load(fh), GLOSSARY_FILE.name))


def merged_glossary(packs: Iterable[Any]) -> list[Any]:
    """Shipped entries, then pack entries with new ids (a pack may not silently redefine a shipped term)."""
    merged: dict[str, Any] = {t.id: t for t in shipped_glossary()}
    for pack in packs:
        for entry in pack.glossary:
            merged.setdefault(entry.id, entry)
    return sorted(merged.values(), key=lambda t: t.id)


def _key(form: str) -> tuple[str, ...]:
    return tuple(english_term(w) for w in words(form))


@dataclass(frozen=True)
class Expansion:
    """A run of query words (``start``..``end``) that names a glossary term, and its other forms."""

    start: int
    end: int
    entry_id: str
    forms: tuple[tuple[str, ...], ...]  # other names of the term, as word lists


class Expander:
    """Finds glossary terms in a query's words (longest first) and lists their other names."""

    def __init__(self, entries: Iterable[Any]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for e in entries:
            for form in (e.vi, e.en, *e.aliases_vi, *e.aliases_en):
                key = _key(form)
                if key:
                    self._by_first.setdefault(key[0], []).append((key, e))
        for forms in self._by_first.values():
            forms.sort(key=lambda f: -len(f[0]))

    def expansions(self, query_words: Sequence[str]) -> list[Expansion]:
        keys = [english_term(w) for w in query_words]
        found: list[Expansion] = []
        i = 0
        while i < len(keys):
            for key, entry in self._by_first.get(keys[i], ()):
                if tuple(keys[i:i + len(key)]) == key:
                    forms = [tuple(words(f)) for f in (entry.vi, entry.en, *entry.aliases_vi, *entry.aliases_en)]
                    others = tuple(dict.fromkeys(f for f in forms if f and _key(" ".join(f)) != key))
                    found.append(Expansion(i, i + len(key), entry.id, others[:MAX_FORMS]))
                    i += len(key)
                    break
            else:
                i += 1
        return found
