"""What a search asks and answers: plain dataclasses shared by the core, the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pan_desktop.core.search.facets import Filters
from pan_desktop.core.search.highlight import Snippet


@dataclass(frozen=True)
class SearchQuery:
    """A query as typed, its filters and the page wanted.

    ``complete_last``: the last word may be unfinished (search as you type) and also matches the words
    it begins. ``lang``: the language titles and snippets are shown in first. ``correct``: when nothing
    matches, answer for the spelling suggestion instead (``SearchResult.corrected``).
    """

    text: str
    filters: Filters = Filters()
    offset: int = 0
    limit: int = 20
    complete_last: bool = False
    facets: bool = True
    snippets: bool = True
    lang: str = "vi"
    correct: bool = False


@dataclass(frozen=True)
class Hit:
    """One result: ``type`` is a table name (``initiatives``…) or ``lesson``/``guideline``/``glossary``;
    ``place``: where a record is, or the pack a lesson belongs to (in the query's language)."""

    type: str
    id: str
    title: str
    score: float
    snippet: Snippet = Snippet("")
    title_spans: tuple[tuple[int, int], ...] = ()
    other_title: str = ""
    place: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"type": self.type, "id": self.id, "title": self.title, "score": round(self.score, 4),
                "snippet": self.snippet.text, "highlights": [list(s) for s in self.snippet.spans],
                "title_other_language": self.other_title, "place": self.place}


@dataclass
class SearchResult:
    """A page of hits, best first.

    ``total``: every match (not only this page). ``matched``: ``all`` (every word), ``any`` (no document
    had every word, so at least half of them), ``none``. ``more``: documents listed after the ``total``
    that have only some of the words (at least half; ranked after those with every word).
    ``suggestion``: a spelling that would find something, when nothing matched; ``corrected``: the hits
    are for the suggestion (the query asked for it with ``correct``). ``from_database``: the index was not ready and the database answered (plain
    substring matching, no ranking, type counts only).
    """

    query: SearchQuery
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)
    org_labels: dict[str, tuple[str, str]] = field(default_factory=dict)  # organisation facet id -> (vi, en)
    matched: str = "none"
    more: int = 0
    suggestion: str = ""
    corrected: bool = False
    from_database: bool = False
    took_ms: float = 0.0
