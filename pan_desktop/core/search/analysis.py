"""Text analysis for the search index: Vietnamese-aware words, exact and folded forms, English stems.

Every word is cut from NFC, lowercased text; its folded form (marks dropped, ``đ``→``d``) matches
with or without diacritics, its exact form ranks exact matches first, its English stem matches other
forms of English words, and pairs of folded words answer phrases without storing positions. Folds
and stems are memoised: the vocabulary of a corpus is small next to its word count.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import compress, repeat
from operator import add, ne

from whoosh.lang.porter import stem as _porter_stem

from pan_desktop.core.text import fold

# Letters and digits; "_" and punctuation split words ("ni-lông" -> "ni", "lông").
WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CACHE_MAX = 300_000
_fold_cache: dict[str, str] = {}
_stem_cache: dict[str, str] = {}
# Index fields: folded words (``w``), words with their marks (``x``, only when they have marks),
# English stems that differ from the word (``s``), folded word pairs for phrases (``p``).
FIELDS = ("w", "x", "s", "p")
LEVELS = 7
K1, B, AVG_LEN = 1.2, 0.75, 120.0
TITLE_WEIGHT = 3  # title words count this many times (an int: the words are simply repeated)


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
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.lower()


def words(text: str) -> list[str]:
    """The exact (marked, lowercased) words of ``text``."""
    return WORD.findall(normalise(text))


def has_marks(word: str) -> bool:
    return fold_word(word) != word


def _pairs(folded: list[str]) -> list[str]:
    return list(map(add, map(add, folded, repeat(" ")), folded[1:]))


def doc_terms(title: str, body: str, en: str, weight: float = 1.0) -> dict[str, dict[str, int]]:
    """The index terms of one document and their impact levels (1–7), per field (see ``FIELDS``).

    ``title`` is the Vietnamese title, a newline, the English title. The impact is the document's BM25
    term weight (title words counted ``TITLE_WEIGHT`` times), computed once here instead of at every
    query; levels keep it small enough to rank with bitsets. English stems come from the English
    title and text only: stemming Vietnamese syllables makes ``tây`` match ``tại`` (``tay`` -> ``tai``).
    ``weight`` scales every impact (reference entries rank below records that say the same).
    Written for speed (a rebuild runs it for every document): C-level maps and counters only.
    """
    title_vi, _, title_en = title.partition("\n")
    tv, te, bw, ew = words(title_vi), words(title_en), words(body), words(en)
    tw = tv + te
    every = tw * TITLE_WEIGHT + bw + ew
    folded = list(map(_fold_cache.get, every))  # memo lookups in C; the function only for new words
    if None in folded:
        folded = list(map(fold_word, every))
    nt, nv, nb = len(tw), len(tv), len(bw)
    english = (folded[nv:nt] * TITLE_WEIGHT) + folded[nt * TITLE_WEIGHT + nb:]
    stemmed = list(map(_stem_cache.get, english))
    if None in stemmed:
        stemmed = list(map(stem_word, english))
    counts = {
        "w": Counter(folded),
        "x": Counter(compress(every, map(ne, every, folded))),
        "s": Counter(compress(stemmed, map(ne, stemmed, english))),
    }
    title_f, body_f, en_f = folded[:nt], folded[nt * TITLE_WEIGHT:nt * TITLE_WEIGHT + nb], folded[nt * TITLE_WEIGHT + nb:]
    pairs = Counter(_pairs(title_f[:nv]) * TITLE_WEIGHT + _pairs(title_f[nv:]) * TITLE_WEIGHT + _pairs(body_f) + _pairs(en_f))
    if stemmed != english:  # "plastic bags" also answers the phrase "plastic bag"
        title_s, en_s = stemmed[:nt - nv], stemmed[(nt - nv) * TITLE_WEIGHT:]
        pairs.update(p for p in _pairs(title_s) + _pairs(en_s) if p not in pairs)
    counts["p"] = pairs
    norm = K1 * (1 - B + B * (len(tw) + len(bw) + len(ew)) / AVG_LEN)
    scale = LEVELS / (K1 + 1) * weight
    top = max(max(c.values(), default=0) for c in counts.values())
    level = [0] + [min(LEVELS, 1 + int(n * (K1 + 1) / (n + norm) * scale)) for n in range(1, top + 1)]
    get = level.__getitem__
    return {name: dict(zip(c.keys(), map(get, c.values()))) for name, c in counts.items() if c}


def english_term(word: str) -> str:
    """The term an exact query word has in the English field."""
    return stem_word(fold_word(word))
