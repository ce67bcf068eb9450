"""From what a person typed to a query plan: words, "phrases", prefix completion, glossary expansion.

A plan is a small tree of :class:`Term` leaves under :class:`All` / :class:`Any` nodes. Every word
matches its folded form or its English stem (so ``rac``, ``rác`` and ``rắc`` all find ``rác``, and
``bags`` finds ``bag``); a word typed with marks also scores its exact form, so exact matches rank
first. A phrase needs its words and each pair of neighbours (``p`` terms) in the document. A run of
words that names a glossary term also matches the term's other names, weighted far below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pan_desktop.core.search.analysis import english_term, fold_word, has_marks, words
from pan_desktop.core.search.glossary import Expander

EXACT_BOOST = 1.0  # added to the folded match: a word with its exact marks scores twice
STEM_BOOST = 0.8
PAIR_BOOST = 0.5
PREFIX_BOOST = 0.6
TRANSLATION_BOOST = 0.1
MIN_PREFIX = 2
MAX_PREFIX_TERMS = 64
_QUOTED = re.compile(r'"([^"]*)"?')


@dataclass(frozen=True)
class Term:
    """One index term; ``boost`` 0 only decides matching (it adds nothing to the score)."""

    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Prefix:
    """Every folded word beginning with ``text`` (an unfinished last word)."""

    text: str
    boost: float = PREFIX_BOOST


@dataclass(frozen=True)
class All:
    parts: tuple = ()


@dataclass(frozen=True)
class Any:
    parts: tuple = ()


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


def word_node(word: str, boost: float = 1.0):
    """One word: its folded form or English stem; its exact form (when marked) only adds score."""
    folded = fold_word(word)
    stem = english_term(word)
    parts = [Term("w", folded, boost), Term("s", stem, STEM_BOOST * boost)]
    if stem != folded and boost >= 1.0:  # the stem written as a word (not for glossary translations)
        parts.append(Term("w", stem, STEM_BOOST * boost))
    if has_marks(word) and boost >= 1.0:  # (not for glossary translations: one term less to read)
        parts.append(Term("x", word, EXACT_BOOST * boost))
    return Any(tuple(parts))


def phrase_node(ws: list[str], boost: float = 1.0):
    """Words next to each other in this order: every word and every pair of neighbours."""
    if len(ws) == 1:
        return word_node(ws[0], boost)
    folded = [fold_word(w) for w in ws]
    stems = [english_term(w) for w in ws]
    pairs = []
    for i in range(len(ws) - 1):
        pair = Term("p", f"{folded[i]} {folded[i + 1]}", PAIR_BOOST * boost)
        stemmed = f"{stems[i]} {stems[i + 1]}"
        pairs.append(pair if stemmed == pair.text else Any((pair, Term("p", stemmed, PAIR_BOOST * boost))))
    return All((*(word_node(w, boost) for w in ws), *pairs))


def _translations(forms, boost: float) -> list:
    return [phrase_node(list(f), boost=boost) for f in forms]


def build(parsed: ParsedQuery, expander: Expander | None, require_all: bool = True):
    """The plan: every unit must match (``require_all``) or any of them; None when nothing to match."""
    units: list = []
    ws = parsed.words + ([parsed.prefix] if parsed.prefix else [])
    expansions = {e.start: e for e in (expander.expansions(ws) if expander else [])}
    i = 0
    while i < len(ws):
        exp = expansions.get(i)
        if exp is not None:
            span = ws[exp.start:exp.end]
            direct = All(tuple(word_node(w) for w in span)) if len(span) > 1 else word_node(span[0])
            units.append(Any((direct, *_translations(exp.forms, TRANSLATION_BOOST))))
            i = exp.end
            continue
        is_prefix = bool(parsed.prefix) and i == len(ws) - 1
        units.append(Any((word_node(ws[i]), Prefix(fold_word(ws[i])))) if is_prefix else word_node(ws[i]))
        i += 1
    for phrase in parsed.phrases:
        exps = expander.expansions(phrase) if expander else []
        whole = next((e for e in exps if e.start == 0 and e.end == len(phrase)), None)
        direct = phrase_node(phrase)
        units.append(Any((direct, *_translations(whole.forms, TRANSLATION_BOOST))) if whole else direct)
    if not units:
        return None
    if len(units) == 1:
        return units[0]
    return All(tuple(units)) if require_all else Any(tuple(units))


def expansion_words(parsed: ParsedQuery, expander: Expander | None) -> set[str]:
    """Folded words of the glossary names a query was expanded to (highlighted like the query's own)."""
    if expander is None:
        return set()
    runs = [parsed.words + ([parsed.prefix] if parsed.prefix else []), *parsed.phrases]
    return {fold_word(w) for run in runs for e in expander.expansions(run) for form in e.forms for w in form}
