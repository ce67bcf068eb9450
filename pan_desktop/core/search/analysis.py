"""Text analysis for the search index: Vietnamese-aware words, exact and folded forms, English stems.

The index stores the analyzers by class path, so they live here (a package module), never in a script.
Both tokenizers run the whole pipeline in one loop (NFC, lowercase, words, fold, stem) with memoised
folds and stems: Whoosh's chained filters cost a generator hop per token per filter, and the
vocabulary of a corpus is small next to its token count.
"""

from __future__ import annotations

import re
import unicodedata

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.porter import stem as _porter_stem

from pan_desktop.core.text import fold

# Letters and digits; "_" and punctuation split words ("ni-lông" -> "ni", "lông").
WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CACHE_MAX = 300_000
_fold_cache: dict[str, str] = {}
_stem_cache: dict[str, str] = {}


def fold_word(word: str) -> str:
    """``fold`` of one lowercased NFC word, memoised."""
    folded = _fold_cache.get(word)
    if folded is None:
        if len(_fold_cache) > _CACHE_MAX:
            _fold_cache.clear()
        folded = word if word.isascii() else fold(word)
        _fold_cache[word] = folded
    return folded


def stem_word(word: str) -> str:
    """English stem of a folded word, memoised (``recycling`` -> ``recycl``)."""
    stemmed = _stem_cache.get(word)
    if stemmed is None:
        if len(_stem_cache) > _CACHE_MAX:
            _stem_cache.clear()
        stemmed = _porter_stem(word) if word.isalpha() else word
        _stem_cache[word] = stemmed
    return stemmed


def normalise(text: str) -> str:
    """NFC then lowercase: the form every word is cut from (NFC first, so decomposed marks compose)."""
    return unicodedata.normalize("NFC", text).lower()


def words(text: str) -> list[str]:
    """The exact (marked, lowercased) words of ``text``."""
    return WORD.findall(normalise(text))


def has_marks(word: str) -> bool:
    return fold_word(word) != word


class VietTokenizer(Tokenizer):
    """Exact word, then its folded form at the same position when they differ (``đường``, ``duong``).

    A query with marks looks up both (exact weighs more); a query without marks looks up the folded
    form, which every word has. Wrong tone marks miss the exact form and still hit the folded one.
    """

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for m in WORD.finditer(normalise(value)):
            word = m.group()
            t.text = word
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = pos
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t
            folded = fold_word(word)
            if folded != word:
                t.text = folded
                yield t
            pos += 1


class EnglishTokenizer(Tokenizer):
    """Folded, Porter-stemmed English words (``Recycling`` -> ``recycl``); one token per word."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for m in WORD.finditer(normalise(value)):
            t.text = stem_word(fold_word(m.group()))
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = pos
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t
            pos += 1


def english_term(word: str) -> str:
    """The term an exact query word has in the English field."""
    return stem_word(fold_word(word))
