"""Snippets with highlighted words, cut from the text of the few hits shown.

Whoosh's highlighter re-reads a stored copy of every field and re-runs the analyzer over it; here the
snippet is cut from the database row of each hit shown, matching words by their folded form, English
stem or prefix with one regular expression over a folded copy, and the index stores no long text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pan_desktop.core.search.analysis import WORD, fold_word, stem_word
from pan_desktop.core.text import fold

SNIPPET_CHARS = 220
SCAN_CHARS = 30_000


@dataclass(frozen=True)
class Snippet:
    """Plain text and the ``(start, end)`` spans in it to highlight."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def html(self, tag: str = "b") -> str:
        """The snippet as escaped HTML with each span wrapped in ``<tag>``."""
        from html import escape

        out, last = [], 0
        for s, e in self.spans:
            out += [escape(self.text[last:s]), f"<{tag}>", escape(self.text[s:e]), f"</{tag}>"]
            last = e
        out.append(escape(self.text[last:]))
        return "".join(out)

    def marked(self, before: str = "[", after: str = "]") -> str:
        out, last = [], 0
        for s, e in self.spans:
            out += [self.text[last:s], before, self.text[s:e], after]
            last = e
        out.append(self.text[last:])
        return "".join(out)


_char_folds: dict[int, str] = {}


@lru_cache(maxsize=256)  # lessons and glossary entries come back in search after search
def _folded_same_length(text: str) -> str | None:
    """``text`` lowercased and folded character by character (offsets unchanged), or None when a
    character would change length (then words are folded one by one)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    if lowered.isascii():
        return lowered
    for ch in set(lowered):
        code = ord(ch)
        if code > 127 and code not in _char_folds:
            folded = fold(ch)
            _char_folds[code] = folded if len(folded) == 1 else ch
    return lowered.translate(_char_folds)


class Matcher:
    """Decides which words of a text match the query: the same folded word, a word the unfinished last
    word begins, the same English stem (only for a word written without marks: ``tại`` is not the
    English ``tay``), or a whole run of words the glossary added (``ủ phân``, never ``phân`` alone).
    Scans a text with one regular expression over its folded copy (no per-word Python work)."""

    def __init__(self, folded: set[str], stems: set[str], prefixes: set[str], forms=frozenset()):
        self.folded, self.stems, self.prefixes = set(folded), stems, prefixes
        self.runs = {" ".join(f) for f in forms if len(f) > 1}
        self.folded |= {f[0] for f in forms if len(f) == 1}
        alts = "|".join(re.escape(w) for w in sorted(self.folded, key=len, reverse=True) if w)
        runs = "|".join(r"\s+".join(map(re.escape, r.split())) for r in sorted(self.runs, key=len, reverse=True))
        starts = "|".join(re.escape(w) for w in sorted(prefixes | stems, key=len, reverse=True) if w)
        parts = []
        if runs:
            parts.append(f"(?:{runs})(?![^\\W_])")
        if alts:
            parts.append(f"(?:{alts})(?![^\\W_])")
        if starts:
            parts.append(f"(?:{starts})[^\\W_]*")
        self._pattern = re.compile(f"(?<![^\\W_])(?:{'|'.join(parts)})") if parts else None

    def __call__(self, word: str) -> bool:
        f = fold_word(word.lower())
        if f in self.folded:
            return True
        if self.prefixes and any(f.startswith(p) for p in self.prefixes):
            return True
        return f == word.lower() and f.isalpha() and stem_word(f) in self.stems

    def spans(self, text: str) -> list[tuple[int, int]]:
        text = text[:SCAN_CHARS]
        folded = _folded_same_length(text)
        if folded is None:
            return [m.span() for m in WORD.finditer(text) if self(m.group())]
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(folded):
            word = m.group()
            if (word in self.folded or any(word.startswith(p) for p in self.prefixes)
                    or " ".join(word.split()) in self.runs
                    or (stem_word(word) in self.stems and text[m.start():m.end()].lower() == word)):
                out.append(m.span())
        return out


def _best_window(spans: list[tuple[int, int]], width: int) -> int:
    """Start of the ``width``-character window holding the most matches."""
    best, best_start, j = 0, spans[0][0], 0
    for i, (s, _e) in enumerate(spans):
        while spans[j][0] < s - width + 40:
            j += 1
        if i - j + 1 > best:
            best, best_start = i - j + 1, spans[j][0]
    return best_start


def snippet(texts: list[str], matcher: Matcher, width: int = SNIPPET_CHARS) -> Snippet:
    """The window of the text with the most matches (the first text when none matches)."""
    texts = [t for t in texts if t and t.strip()]
    if not texts:
        return Snippet("")
    scored = [(matcher.spans(t), t) for t in texts]
    spans, text = max(scored, key=lambda st: len(st[0]))
    if not spans:
        text = texts[0]
        cut = " ".join(text[: width + 40].split())
        return Snippet(cut[:width] + ("…" if len(text) > width else ""))
    start = _best_window(spans, width)
    start = max(0, start - 40)
    if start:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    window = text[start:end]
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    # collapse whitespace while keeping span offsets right: map spans after building the text
    out_spans = [(s - start + len(prefix), e - start + len(prefix)) for s, e in spans if s >= start and e <= end]
    clean = prefix + window.replace("\n", " ").replace("\r", " ").replace("\t", " ") + suffix
    return Snippet(clean, tuple(out_spans))


def title_spans(title: str, matcher: Matcher) -> tuple[tuple[int, int], ...]:
    return tuple(matcher.spans(title))
