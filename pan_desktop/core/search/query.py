"""From what a person typed to a query plan: words, "phrases", places, glossary terms, completion.

A plan is a list of :class:`Unit` — what the query asks for, one word, phrase, place name or glossary
term each — matched by a small tree of :class:`Term` leaves under :class:`All` / :class:`Any` nodes,
plus scoring-only extras. Every word matches its folded form (so ``rac``, ``rác`` and ``rắc`` all find
``rác``); a word typed without marks also matches its English stem (``bags`` finds ``bag``); a word
typed with marks also scores its exact form, so exact matches rank first. A phrase needs its words
and each pair of neighbours (``p`` terms). A run of words that names a glossary term also matches the
term's other names, weighted lower; a run that names a province also matches the records there.
Neighbouring query words found side by side in a document add to its score (Vietnamese words are
syllables: ``Long An`` is a place where ``long`` and ``an`` are next to each other).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pan_desktop.core.provinces import filter_key, resolve
from pan_desktop.core.search.analysis import english_term, fold_word, has_marks, words
from pan_desktop.core.search.glossary import Expander

EXACT_BOOST = 1.0  # added to the folded match: a word with its exact marks scores twice
STEM_BOOST = 0.8
PAIR_BOOST = 0.5
NEIGHBOUR_BOOST = 1.0  # two query words side by side in the document
PREFIX_BOOST = 0.6
TRANSLATION_BOOST = 0.2  # a glossary term's other names, inside a longer query
WHOLE_TRANSLATION_BOOST = 0.3  # ... when the query is the term itself ("landfill" -> "bãi chôn lấp")
MIN_PREFIX = 3  # an unfinished word of one or two letters ("an") is not completed: it begins too much
MAX_PREFIX_TERMS = 64
MAX_PLACE_WORDS = 4
PHRASE_PLACES = True  # a place name's words must stand together ("Long An", not "long" … "an")
PHRASE_TERMS = True  # so must a glossary term's
RESPELL = True
MAX_WORDS = 32  # words of a query that count (Google's limit too); the rest are ignored
MAX_WORD_CHARS = 64  # a longer "word" is cut: nothing that long is indexed as one word anyway
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


@dataclass(frozen=True)
class Unit:
    """One thing the query asks for. ``node`` matches it; ``prefix`` completes an unfinished last word
    (a match only through it counts half); ``place`` is the facet key of the province it names."""

    node: object
    prefix: Prefix | None = None
    place: str = ""


@dataclass(frozen=True)
class Plan:
    """What to match (``units``) and what only adds to the score (``extras``). ``forms``: the other
    names (folded word runs) the glossary added, highlighted only where the whole run occurs."""

    units: tuple[Unit, ...]
    extras: tuple = ()
    forms: frozenset[tuple[str, ...]] = frozenset()


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
        """(folded words, English stems, folded prefixes) to highlight; stems only of words typed
        without marks (a word with marks is Vietnamese)."""
        all_words = self.words + [w for p in self.phrases for w in p] + ([self.prefix] if self.prefix else [])
        folded = {fold_word(w) for w in all_words}
        stems = {english_term(w) for w in all_words if not has_marks(w)}
        prefixes = {fold_word(self.prefix)} if self.prefix else set()
        return folded, stems, prefixes


def _words(text: str) -> list[str]:
    return [w[:MAX_WORD_CHARS] for w in words(text)]


def parse(text: str, complete_last: bool = False) -> ParsedQuery:
    """Split ``text`` into words and quoted phrases; with ``complete_last`` the last bare word is a
    prefix unless the text ends with a space (the person finished it). Past ``MAX_WORDS`` words the
    rest is ignored, and each word is cut at ``MAX_WORD_CHARS`` (a pasted page stays quick)."""
    parsed = ParsedQuery()
    phrases = [_words(m.group(1))[:MAX_WORDS] for m in _QUOTED.finditer(text)]
    parsed.phrases = [p for p in phrases if len(p) > 1]
    bare = _QUOTED.sub(" ", text)
    parsed.words = (_words(bare) + [p[0] for p in phrases if len(p) == 1])[:MAX_WORDS]
    while parsed.phrases and sum(map(len, parsed.phrases)) + len(parsed.words) > MAX_WORDS:
        parsed.phrases.pop()
    if complete_last and parsed.words and text and not text[-1].isspace() and not text.rstrip().endswith('"'):
        last = _words(bare)[-1:] or [""]
        if last[0] and last[0] == parsed.words[-1] and len(fold_word(last[0])) >= MIN_PREFIX:
            parsed.prefix = parsed.words.pop()
    return parsed


def respell(parsed: ParsedQuery, df) -> ParsedQuery:
    """Words written together or apart the other way from the documents: ``ewaste`` found nowhere but
    ``e waste`` side by side is read as those two words; ``micro plastic`` becomes ``microplastic``
    when that word is more common than the two side by side. ``df(field, term)`` counts documents."""
    if not RESPELL:
        return parsed
    ws = parsed.words + ([parsed.prefix] if parsed.prefix else [])
    out: list[str] = []
    i, last_is_prefix = 0, bool(parsed.prefix)
    while i < len(ws):
        a = fold_word(ws[i])
        if i + 1 < len(ws) and a == ws[i] and fold_word(ws[i + 1]) == ws[i + 1] and not place_key(ws[i:i + 2]):
            b = ws[i + 1]  # (Vietnamese is written in syllables: words with marks are never joined)
            joined = df("w", a + b)
            if joined and joined > df("p", f"{a} {b}"):
                out.append(a + b)
                i += 2
                last_is_prefix = last_is_prefix and i < len(ws)
                continue
        if len(a) >= 5 and a == ws[i] and a.isalpha() and not df("w", a):
            splits = [(df("p", f"{a[:k]} {a[k:]}"), k) for k in range(1, len(a))]
            best, k = max(splits)
            if best:
                out += [a[:k], a[k:]]
                last_is_prefix = last_is_prefix and i < len(ws) - 1
                i += 1
                continue
        out.append(ws[i])
        i += 1
    if out == ws:
        return parsed
    if last_is_prefix:
        return ParsedQuery(out[:-1], parsed.phrases, out[-1])
    return ParsedQuery(out, parsed.phrases, "")


def word_node(word: str, boost: float = 1.0):
    """One word: its folded form, or (typed without marks) its English stem; its exact form (when
    marked) only adds score."""
    folded = fold_word(word)
    parts = [Term("w", folded, boost)]
    if has_marks(word):
        if boost >= 1.0:  # (not for glossary translations: one term less to read)
            parts.append(Term("x", word, EXACT_BOOST * boost))
    else:
        stem = english_term(word)
        parts.append(Term("s", stem, STEM_BOOST * boost))
        if stem != folded and boost >= 1.0:  # the stem written as a word (not for glossary translations)
            parts.append(Term("w", stem, STEM_BOOST * boost))
    return parts[0] if len(parts) == 1 else Any(tuple(parts))


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


def place_key(ws: list[str]) -> str:
    """The facet key (``c:tay-ninh``, ``f:long-an``) of the province a run of words names, or ""."""
    name = " ".join(ws)
    if len(fold_word(name.replace(" ", ""))) < 3:
        return ""
    old, cur = resolve(name)
    return filter_key(name).strip("|") if (old or cur) else ""


def _places(ws: list[str]) -> dict[int, tuple[int, str]]:
    """Runs of ``ws`` that name a province, longest first: start -> (end, facet key)."""
    found: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(ws):
        for n in range(min(MAX_PLACE_WORDS, len(ws) - i), 0, -1):
            key = place_key(ws[i:i + n])
            if key:
                found[i] = (i + n, key)
                i += n
                break
        else:
            i += 1
    return found


def _named(span: list[str], together: bool):
    """The words of a name (a place, a glossary term): side by side when ``together`` (scattered, "túi
    … ni … lông" is not a plastic bag), else anywhere in the document."""
    if len(span) == 1:
        return word_node(span[0])
    return phrase_node(span) if together else All(tuple(word_node(w) for w in span))


def build(parsed: ParsedQuery, expander: Expander | None) -> Plan | None:
    """The plan of a parsed query; None when there is nothing to match."""
    units: list[Unit] = []
    forms: set[tuple[str, ...]] = set()
    ws = parsed.words + ([parsed.prefix] if parsed.prefix else [])
    places = _places(ws)
    expansions = {e.start: e for e in (expander.expansions(ws) if expander else [])}
    whole = len(ws) > 0 and not parsed.phrases and any(e.start == 0 and e.end == len(ws) for e in expansions.values())
    i = 0
    while i < len(ws):
        if i in places:
            end, key = places[i]
            span = ws[i:end]
            units.append(Unit(_named(span, PHRASE_PLACES), place=key))
            i = end
            continue
        exp = expansions.get(i)
        if exp is not None:
            span = ws[exp.start:exp.end]
            direct = _named(span, PHRASE_TERMS)
            boost = WHOLE_TRANSLATION_BOOST if whole else TRANSLATION_BOOST
            units.append(Unit(Any((direct, *(phrase_node(list(f), boost) for f in exp.forms)))))
            forms.update(tuple(fold_word(w) for w in f) for f in exp.forms)
            i = exp.end
            continue
        is_prefix = bool(parsed.prefix) and i == len(ws) - 1
        units.append(Unit(word_node(ws[i]), Prefix(fold_word(ws[i])) if is_prefix else None))
        i += 1
    for phrase in parsed.phrases:
        exps = expander.expansions(phrase) if expander else []
        named = next((e for e in exps if e.start == 0 and e.end == len(phrase)), None)
        direct = phrase_node(phrase)
        if named:
            units.append(Unit(Any((direct, *(phrase_node(list(f), TRANSLATION_BOOST) for f in named.forms)))))
            forms.update(tuple(fold_word(w) for w in f) for f in named.forms)
        else:
            units.append(Unit(direct))
    if not units:
        return None
    extras = tuple(Term("p", f"{fold_word(a)} {fold_word(b)}", NEIGHBOUR_BOOST) for a, b in zip(ws, ws[1:]))
    return Plan(tuple(units), extras, frozenset(forms))
