"""What the search engine needs from the index files, stated once: everything else in ``core/search``
talks to this interface, and only ``whoosh3.py`` knows how Whoosh lays the postings out."""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol


class BulkSink(Protocol):
    """Postings of a rebuild, gathered in memory and written when the segment is flushed."""

    def add(self, docnum: int, terms: dict[str, dict[str, int]]) -> None:
        """The terms of document ``docnum`` per field, each with its impact level (1–7)."""


class PostingStore(Protocol):
    """Impact postings (document number and level 1–7 per term, no positions) in index segments."""

    def field(self):
        """The schema field type of a field whose value is already analysed: ``{term: level}``."""

    def codec(self):
        """The codec every index writer uses, so that segments have the layout ``mark`` reads."""

    def bulk(self, writer) -> BulkSink:
        """Make ``writer`` (opened with ``codec()``) also write what the returned sink is given."""

    def mark(self, leaf, field: str, term: str, marks: bytearray, levels: set[int]) -> int:
        """Set ``marks[docnum] = level`` for each posting of ``term`` in the segment ``leaf`` (deleted
        documents included) and add each level seen to ``levels``; returns the number of postings
        (0 when the segment has no such term)."""


@lru_cache(maxsize=1)
def posting_store() -> PostingStore:
    """The store of the index format in use."""
    from pan_desktop.core.search.whoosh3 import Whoosh3Postings

    return Whoosh3Postings()
