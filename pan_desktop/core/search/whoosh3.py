"""The :class:`~pan_desktop.core.search.posting_store.PostingStore` of Whoosh-Reloaded's Whoosh 3
segment format: the one module that uses Whoosh's private posting-block layout (``W3LeafMatcher``'s
block reader, ``W3PostingsWriter``'s block writer). Pinned by the bulk-vs-catch-up contract test.

Text is analysed by PAN (``analysis.doc_terms``), not by Whoosh: each searchable field holds terms
with a small impact level (1–7, the document's BM25 weight for the term) as the posting weight, and
no positions. Matching and ranking are done on whole posting lists as bitsets (``postings.py``).

Reading: a term's posting blocks are unpickled whole (id deltas and weights) instead of stepping
posting by posting. Writing through ``add_document`` costs Whoosh ~7 µs per posting (pool, sort,
per-posting block writer); a rebuild instead gathers postings per term in memory
(:class:`BulkPostings`) and hands them to the segment's field writer block by block
(:class:`PanFieldWriter`). The files are ordinary Whoosh 3 segments, readable and mergeable by Whoosh.
"""

from __future__ import annotations

import zlib
from array import array
from collections import deque
from itertools import accumulate, chain, repeat
from operator import and_, rshift, sub
from pickle import dumps

from whoosh import formats
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3LeafMatcher
from whoosh.fields import FieldType
from whoosh.matching import FilterMatcher
from whoosh.util.numeric import length_to_byte

BULK_BLOCK = 1024  # postings per block written by a rebuild (Whoosh's own writer uses 128)
WHOOSH3_MAGIC = b"W3Bl"


class ImpactField(FieldType):
    """A field whose value is already analysed: ``{term: level}`` (see ``analysis.doc_terms``)."""

    def __init__(self):
        self.format = formats.Existence()
        self.analyzer = None
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.column_type = None

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def index(self, value, **kwargs):
        return ((t.encode("utf-8"), 1, float(level), b"") for t, level in value.items())

    def process_text(self, qstring, mode="", **kwargs):
        return iter((qstring,))


class PanCodec(W3Codec):
    """Whoosh 3 format without per-document length statistics (no field is length-normalised by
    Whoosh; impacts carry the normalisation) and with a field writer that takes bulk postings."""

    length_stats = False

    def field_writer(self, storage, segment):
        return PanFieldWriter(self, storage, segment)


class BulkPostings:
    """Postings of a rebuild, gathered per field and term: ``docnum << 3 | level`` in one array."""

    def __init__(self):
        self.fields: dict[str, dict[str, array]] = {}

    def add(self, docnum: int, terms: dict[str, dict[str, int]]) -> None:
        base = docnum << 3
        for name, items in terms.items():
            table = self.fields.get(name)
            if table is None:
                table = self.fields[name] = {}
            get = table.get
            for term, level in items.items():
                packed = get(term)
                if packed is None:
                    table[term] = array("I", (base | level,))
                else:
                    packed.append(base | level)


class _WithBulk:
    """The writer pool's sorted postings plus the bulk postings (what ``add_postings`` receives)."""

    def __init__(self, items, bulk: BulkPostings):
        self.items, self.bulk = items, bulk

    def __iter__(self):
        return iter(self.items)


class BulkPool:
    """Wraps a ``SegmentWriter``'s posting pool so its flush also writes ``bulk``."""

    def __init__(self, pool, bulk: BulkPostings):
        self._pool, self.bulk = pool, bulk

    def __getattr__(self, name):
        return getattr(self._pool, name)

    def iter_postings(self):
        return _WithBulk(self._pool.iter_postings(), self.bulk)


def attach_bulk(writer) -> BulkPostings:
    """Make ``writer`` (from ``index.writer(codec=PanCodec())``) also flush the returned bulk postings."""
    bulk = BulkPostings()
    writer.pool = BulkPool(writer.pool, bulk)
    return bulk


class PanFieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        bulk = getattr(items, "bulk", None)
        super().add_postings(schema, lengths, iter(items))
        if bulk is None:
            return
        for name in sorted(bulk.fields):
            self.start_field(name, schema[name])
            table = bulk.fields.pop(name)
            for term in sorted(table):
                packed = table[term]
                self.start_term(term.encode("utf-8"))
                self._write_blocks(array("I", map(rshift, packed, repeat(3))), bytes(map(and_, packed, repeat(7))))
                self.finish_term()
            self.finish_field()

    def _write_blocks(self, ids: array, levels: bytes) -> None:
        """One term's postings as Whoosh 3 blocks (the layout ``W3PostingsWriter._write_block`` makes)."""
        pw = self._postwriter
        post = pw._postfile
        n = len(ids)
        for start in range(0, n, BULK_BLOCK):
            bids = ids[start:start + BULK_BLOCK]
            blev = levels[start:start + BULK_BLOCK]
            # Levels stay ints in the pickled block (Whoosh takes any number as a weight): reading
            # them back needs no float -> int conversion per posting (half the cost of a term read).
            weights = tuple(blev)
            pw._ids, pw._weights = bids, weights
            pw._maxweight, pw._minlength, pw._maxlength = max(blev), 1, 1
            if not pw._blockcount:
                post.write(WHOOSH3_MAGIC)
            pw._terminfo.add_block(pw)
            deltas = tuple(map(sub, bids, chain((0,), bids)))
            if blev.count(1) == len(blev):
                weights = None
            data = zlib.compress(dumps((deltas, weights, None), 2), 1)  # level 1: 2x faster, ~5 % bigger
            info = dumps((len(bids), bids[-1], pw._maxweight, 1,
                          length_to_byte(1), length_to_byte(1)), 2)
            size = len(info) + len(data)
            post.write_int(-size if start + BULK_BLOCK >= n else size)
            post.write(info)
            post.write(data)
            pw._blockcount += 1
            pw._new_block()


def mark_postings(matcher, marks: bytearray, levels: set[int]) -> int:
    """Set ``marks[docnum] = level`` for every posting of ``matcher`` and add each level to ``levels``;
    returns how many postings."""
    while isinstance(matcher, FilterMatcher):
        matcher = matcher.child  # deleted documents are masked out by the caller
    setitem = marks.__setitem__
    count = 0
    if isinstance(matcher, W3LeafMatcher):
        while not matcher._atend and matcher.is_active():
            matcher._read_data()
            deltas, weights = matcher._data[0], matcher._data[1]
            if weights is None:
                levels.add(1)
                weights = repeat(1)
            elif isinstance(weights, float):
                levels.add(int(weights))
                weights = repeat(int(weights))
            else:
                if not isinstance(weights[0], int):  # written by Whoosh itself (a catch-up): floats
                    weights = tuple(map(int, weights))
                levels.update(weights)
            deque(map(setitem, accumulate(deltas), weights), 0)
            count += len(deltas)
            matcher._next_block()
        return count
    while matcher.is_active():  # inlined or other matchers: the generic (slower) way
        level = int(matcher.weight())
        marks[matcher.id()] = level
        levels.add(level)
        count += 1
        matcher.next()
    return count


class Whoosh3Postings:
    """Impact postings in Whoosh 3 segments (see ``posting_store.PostingStore``)."""

    def field(self) -> ImpactField:
        return ImpactField()

    def codec(self) -> PanCodec:
        return PanCodec()

    def bulk(self, writer) -> BulkPostings:
        return attach_bulk(writer)

    def mark(self, leaf, field: str, term: str, marks: bytearray, levels: set[int]) -> int:
        try:
            matcher = leaf.postings(field, term)
        except Exception:  # noqa: BLE001 - TermNotFound (and friends): the term is not in this segment
            return 0
        return mark_postings(matcher, marks, levels)
