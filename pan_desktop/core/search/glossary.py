"""Query expansion with the bilingual glossary (``plastic bag`` -> ``túi ni lông``).

The glossary itself (shipped terms merged with the installed packs') is ``core.content.glossary``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pan_desktop.core.content import GlossaryEntry
from pan_desktop.core.search.analysis import english_term, words
from pan_desktop.core.text import fold

MAX_FORMS = 3  # other names a query is expanded to (each costs a few term reads)


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

    def __init__(self, entries: Iterable[GlossaryEntry]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], GlossaryEntry]]] = {}
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
                if tuple(keys[i:i + len(key)]) != key:
                    continue
                entry = self._best(key, entry, query_words[i:i + len(key)])
                vi, en = (entry.vi, *entry.aliases_vi), (entry.en, *entry.aliases_en)
                # The other language's names first: crossing languages is what the expansion is for.
                names = (*en, *vi) if any(_key(f) == key for f in vi) else (*vi, *en)
                forms = [tuple(words(f)) for f in names]
                others = tuple(dict.fromkeys(f for f in forms if f and _key(" ".join(f)) != key))
                found.append(Expansion(i, i + len(key), entry.id, others[:MAX_FORMS]))
                i += len(key)
                break
            else:
                i += 1
        return found

    def _best(self, key: tuple[str, ...], first: GlossaryEntry, typed: Sequence[str]) -> GlossaryEntry:
        """Of the entries a run of words names (``composting``, ``compost`` and ``compostable`` share
        the stem ``compost``), the one whose own name is what was typed, else one it is an alias of."""
        text = fold(" ".join(typed))
        candidates = [e for k, e in self._by_first[key[0]] if k == key]

        def rank(e: GlossaryEntry) -> int:
            if text in (fold(e.vi), fold(e.en)):
                return 0
            if any(text == fold(a) for a in (*e.aliases_vi, *e.aliases_en)):
                return 1
            return 2 if (key in (_key(e.vi), _key(e.en))) else 3

        return min(candidates, key=rank) if candidates else first
