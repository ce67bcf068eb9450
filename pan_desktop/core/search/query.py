"""From what a person typed to a Whoosh query: words, "phrases", prefix completion, glossary expansion.

Every word is looked up in its exact form (when it has marks, weighted higher), its folded form, and
its English stem, in the title (boosted by the schema) and the text. A run of words that names a
glossary term also matches the term's other names, weighted below the words themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as Q

from pan_desktop.core.search.analysis import english_term, fold_word, has_marks, words
from pan_desktop.core.search.glossary import Expander

EXACT_BOOST = 2.0
PREFIX_BOOST = 0.6
TRANSLATION_BOOST = 0.1
MIN_PREFIX = 2
MAX_PREFIX_TERMS = 64
_QUOTED = re.compile(r'"([^"]*)"?')


@dataclass
class ParsedQuery:
    """The words and phrases of a query. ``prefix`` is set when the last word may be unfinished."""

    words: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    prefix: str = ""

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.prefix)

    def match_terms(self) -> tuple[set[str], set[str], set[str]]:
        """(folded words, English stems, folded prefixes) to highlight."""
        all_words = self.words + [w for p in self.phrases for w in p]
        folded = {fold_word(w) for w in all_words}
        stems = {english_term(w) for w in all_words}
        prefixes = {fold_word(self.prefix)} if self.prefix else set()
        return folded, stems, prefixes


def parse(text: str, complete_last: bool = False) -> ParsedQuery:
    """Split ``text`` into words and quoted phrases; with ``complete_last`` the last bare word is a
    prefix unless the text ends with a space (the person finished it)."""
    parsed = ParsedQuery()
    phrases = [words(m.group(1)) for m in _QUOTED.finditer(text)]
    parsed.phrases = [p for p in phrases if len(p) > 1]
    bare = _QUOTED.sub(" ", text)
    parsed.words = words(bare) + [p[0] for p in phrases if len(p) == 1]
    if complete_last and parsed.words and text and not text[-1].isspace() and not text.rstrip().endswith('"'):
        last = words(bare)[-1:] or [""]
        if last[0] and last[0] == parsed.words[-1] and len(fold_word(last[0])) >= MIN_PREFIX:
            parsed.prefix = parsed.words.pop()
    return parsed


def word_query(word: str, boost: float = 1.0) -> Q.Query:
    """One word in every field and form."""
    folded = fold_word(word)
    clauses: list[Q.Query] = []
    for name in ("title", "body"):
        if folded != word:
            clauses.append(Q.Term(name, word, boost=EXACT_BOOST * boost))
        clauses.append(Q.Term(name, folded, boost=boost))
    clauses.append(Q.Term("en", english_term(word), boost=boost))
    # Boosts sit on the terms: Whoosh drops the boost of an Or when it flattens nested queries.
    return Q.Or(clauses)


def prefix_query(word: str) -> Q.Query:
    """An unfinished last word: the word itself (it may be complete), or any word it begins."""
    folded = fold_word(word)
    return Q.Or([word_query(word),
                 *(Q.Prefix(name, folded, boost=PREFIX_BOOST) for name in ("title", "body")),
                 Q.Prefix("en", english_term(word) if len(folded) > 3 else folded, boost=PREFIX_BOOST)])


def phrase_query(ws: list[str], boost: float = 1.0) -> Q.Query:
    """Words next to each other, in this order, in one field."""
    if len(ws) == 1:
        return word_query(ws[0], boost)
    folded = [fold_word(w) for w in ws]
    clauses: list[Q.Query] = []
    for name in ("title", "body"):
        if folded != ws:
            clauses.append(Q.Phrase(name, ws, boost=EXACT_BOOST))
        clauses.append(Q.Phrase(name, folded))
    clauses.append(Q.Phrase("en", [english_term(w) for w in ws]))
    # Whoosh scores a phrase as 0: the words rank, the phrase only decides which documents match.
    # (Not Q.Require: its block-quality skipping trips an assertion in Whoosh-Reloaded 2.7.5.)
    return Q.And([*(word_query(w, boost) for w in ws), Q.Or(clauses)])


def _translations(forms, boost: float) -> list[Q.Query]:
    return [phrase_query(list(f), boost=boost) for f in forms]


def build(parsed: ParsedQuery, expander: Expander | None, require_all: bool = True) -> Q.Query:
    """The Whoosh query: every unit must match (``require_all``) or any of them."""
    units: list[Q.Query] = []
    ws = parsed.words + ([parsed.prefix] if parsed.prefix else [])
    expansions = {e.start: e for e in (expander.expansions(ws) if expander else [])}
    i = 0
    while i < len(ws):
        exp = expansions.get(i)
        if exp is not None:
            span = ws[exp.start:exp.end]
            direct = Q.And([word_query(w) for w in span]) if len(span) > 1 else word_query(span[0])
            units.append(Q.Or([direct, *_translations(exp.forms, TRANSLATION_BOOST)]))
            i = exp.end
            continue
        is_prefix = bool(parsed.prefix) and i == len(ws) - 1
        units.append(prefix_query(ws[i]) if is_prefix else word_query(ws[i]))
        i += 1
    for phrase in parsed.phrases:
        exps = expander.expansions(phrase) if expander else []
        whole = next((e for e in exps if e.start == 0 and e.end == len(phrase)), None)
        direct = phrase_query(phrase)
        units.append(Q.Or([direct, *_translations(whole.forms, TRANSLATION_BOOST)]) if whole else direct)
    if not units:
        return Q.NullQuery
    if len(units) == 1:
        return units[0]
    return Q.And(units) if require_all else Q.Or(units)


def with_marks(text: str) -> bool:
    return any(has_marks(w) for w in words(text))


def expansion_words(parsed: ParsedQuery, expander: Expander | None) -> set[str]:
    """Folded words of the glossary names a query was expanded to (highlighted like the query's own)."""
    if expander is None:
        return set()
    runs = [parsed.words + ([parsed.prefix] if parsed.prefix else []), *parsed.phrases]
    return {fold_word(w) for run in runs for e in expander.expansions(run) for form in e.forms for w in form}
