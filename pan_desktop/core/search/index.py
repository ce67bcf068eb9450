"""The search index on disk: one Whoosh index in ``<data_dir>/index/``, kept in step with the database.

The database is the truth. ``state.json`` names the live index generation (``g000001``…) and the last
``change_log`` seq applied; :meth:`IndexManager.catch_up` replays newer changes (replaying one twice is
harmless: documents are replaced by key), :meth:`IndexManager.rebuild` writes a fresh generation beside
the live one and switches to it at the end, so a crash mid-rebuild leaves the old index in place.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from whoosh import index as windex
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, STORED, Schema

from pan_desktop.core.errors import PanError
from pan_desktop.core.models import RECORD_MODELS, ChangeLogEntry
from pan_desktop.core.search.analysis import FIELDS
from pan_desktop.core.search.content_source import content_signature, load_content_docs
from pan_desktop.core.search.documents import CONTENT_TYPES, RECORD_TYPES, record_doc, record_key
from pan_desktop.core.search.locking import write_lock
from pan_desktop.core.search.posting_store import posting_store
from pan_desktop.core.services.org_links import org_names
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.org_names import OrgNames

log = logging.getLogger(__name__)
SCHEMA_VERSION = 7  # 6: organisations faceted by id; 7: sites
INDEX_DIRNAME = "index"
READ_CHUNK = 500
Progress = Callable[[int, int], None]


class IndexUnusable(PanError):
    """The index is missing, out of date beyond catching up, or damaged: it must be rebuilt."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason  # missing | stale | corrupt
        super().__init__(f"The search index is {reason}{': ' + detail if detail else ''}. "
                         "Run 'pan-desktop index rebuild' (the app rebuilds it by itself in the background).")


def make_schema() -> Schema:
    """Pre-analysed term fields (``analysis.FIELDS``), a key to replace documents by, the type (to
    drop content), and the facet column (see documents.py)."""
    return Schema(key=ID(unique=True), type=ID, facets=COLUMN(VarBytesColumn()), content=STORED,
                  **{name: posting_store().field() for name in FIELDS})


@dataclass
class IndexState:
    generation: str = ""
    last_seq: int = 0
    content: str = ""
    version: int = SCHEMA_VERSION


@dataclass
class IndexCheck:
    """What ``index check`` found: ``ok`` when the index holds exactly the live records and content."""

    ok: bool
    status: str
    indexed: int = 0
    expected: int = 0
    last_seq: int = 0
    db_seq: int = 0
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "status": self.status, "indexed": self.indexed, "expected": self.expected,
                "last_seq": self.last_seq, "db_seq": self.db_seq, "problems": self.problems}


class IndexStore:
    """The index folder: its state file, its generations, and the single writer."""

    def __init__(self, data_dir: Path):
        self.root = Path(data_dir) / INDEX_DIRNAME
        self.state_path = self.root / "state.json"
        self.lock_path = self.root / "write.lock"
        self.changed = threading.Event()

    def read_state(self) -> IndexState | None:
        try:
            raw = json.loads(self.state_path.read_text("utf-8"))
            return IndexState(str(raw["generation"]), int(raw["last_seq"]), str(raw.get("content", "")), int(raw["version"]))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise IndexUnusable("corrupt", f"its state file is unreadable ({exc})") from exc

    def read_state_quietly(self) -> IndexState | None:
        """The state, or None when missing or unreadable."""
        try:
            return self.read_state()
        except IndexUnusable:
            return None

    def write_state(self, state: IndexState) -> None:
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state.__dict__), "utf-8")
        os.replace(tmp, self.state_path)

    def open(self, state: IndexState | None = None):
        """The live Whoosh index; :class:`IndexUnusable` when it is missing, of an old schema or damaged."""
        state = state or self.read_state()
        if state is None:
            raise IndexUnusable("missing")
        if state.version != SCHEMA_VERSION:
            raise IndexUnusable("stale", "it was built by another version of PAN Desktop")
        path = self.root / state.generation
        if not state.generation or not path.is_dir():
            raise IndexUnusable("missing", f"{path} holds no index")
        try:
            return windex.open_dir(str(path), schema=make_schema())
        except windex.EmptyIndexError as exc:
            raise IndexUnusable("corrupt", f"{path} holds no index") from exc
        except Exception as exc:  # noqa: BLE001 - Whoosh raises many kinds on damaged files
            raise IndexUnusable("corrupt", f"{type(exc).__name__}: {exc}") from exc

    def new_generation(self) -> tuple[str, Path]:
        self.root.mkdir(parents=True, exist_ok=True)
        numbers = [int(p.name[1:]) for p in self.root.glob("g*") if p.name[1:].isdigit()]
        name = f"g{max(numbers, default=0) + 1:06d}"
        path = self.root / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir()
        return name, path

    def drop_other_generations(self, keep: str) -> None:
        for p in self.root.glob("g*"):
            if p.is_dir() and p.name != keep:
                shutil.rmtree(p, ignore_errors=True)  # still open elsewhere (Windows): removed next time


def db_last_seq(services) -> int:
    with services.db.session() as s:
        return int(s.execute(select(func.max(ChangeLogEntry.seq))).scalar_one() or 0)


def _read_records(services, table: str, ids: list[str] | None):
    """Rows (as mappings) of ``table``: all live ones, or those with ``ids`` (deleted ones included)."""
    tbl = RECORD_MODELS[table].__table__
    cols = [tbl.c.id, tbl.c.deleted, *(tbl.c[n] for n in TABLES[table].names)]
    with services.db.session() as s:
        if ids is None:
            result = s.execute(select(*cols).where(tbl.c.deleted.is_(False)).execution_options(yield_per=READ_CHUNK))
            for row in result.mappings():
                yield row
            return
        for i in range(0, len(ids), READ_CHUNK):
            yield from s.execute(select(*cols).where(tbl.c.id.in_(ids[i:i + READ_CHUNK]))).mappings().all()


def _linked_to(services, org_ids: list[str]):
    """``(table, id)`` of the live records linked to any of ``org_ids``."""
    from sqlalchemy import exists, literal

    for table in RECORD_TYPES:
        tbl = RECORD_MODELS[table].__table__
        for ids_field, _names in TABLES[table].org_links:
            each = func.json_each(tbl.c[ids_field]).table_valued("value")
            for i in range(0, len(org_ids), READ_CHUNK):
                linked = exists(select(literal(1)).select_from(each).where(each.c.value.in_(org_ids[i:i + READ_CHUNK])))
                with services.db.session() as s:
                    for rid in s.execute(select(tbl.c.id).where(tbl.c.deleted.is_(False), linked)).scalars():
                        yield table, rid


class IndexWriter:
    """Rebuild and catch-up: the only code that writes the index. Runs on a worker, never the GUI."""

    def __init__(self, services, store: IndexStore):
        self.services = services
        self.store = store

    def catch_up(self) -> int:
        """Apply change-log entries newer than the index; returns the number of documents touched."""
        with write_lock(self.store.lock_path):
            return self._catch_up_locked()

    def _catch_up_locked(self) -> int:
        state = self.store.read_state()
        ix = self.store.open(state)
        assert state is not None
        db_seq = db_last_seq(self.services)
        if state.last_seq > db_seq:
            raise IndexUnusable("stale", "it is newer than the database (was the database replaced?)")
        signature = content_signature(self.services.data_dir)
        content_moved = signature != state.content
        if state.last_seq == db_seq and not content_moved:
            return 0
        with self.services.db.session() as s:
            rows = s.execute(select(ChangeLogEntry.table_name, ChangeLogEntry.record_id)
                             .where(ChangeLogEntry.seq > state.last_seq, ChangeLogEntry.seq <= db_seq)).all()
        by_table: dict[str, list[str]] = {}
        for table, rid in rows:
            if table in RECORD_TYPES and rid not in by_table.setdefault(table, []):
                by_table[table].append(rid)
        for table, rid in _linked_to(self.services, by_table.get("organizations", [])):
            if rid not in by_table.setdefault(table, []):
                by_table[table].append(rid)  # its text holds the organisation's names
        touched = 0
        orgs = self._org_names()
        try:
            writer = ix.writer(timeout=10.0, codec=posting_store().codec())
            try:
                for table, ids in by_table.items():
                    seen = set()
                    for row in _read_records(self.services, table, ids):
                        seen.add(row["id"])
                        touched += 1
                        if row["deleted"]:
                            writer.delete_by_term("key", record_key(table, row["id"]))
                        else:
                            writer.update_document(**record_doc(table, row["id"], row, orgs).fields())
                    for rid in set(ids) - seen:
                        writer.delete_by_term("key", record_key(table, rid))
                if content_moved:
                    touched += self._write_content(writer)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        except IndexUnusable:
            raise
        except (OSError, PanError):
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged segment surfaces as any error while merging
            raise IndexUnusable("corrupt", f"{type(exc).__name__}: {exc}") from exc
        self.store.write_state(IndexState(state.generation, db_seq, signature))
        self.store.changed.set()
        log.info("search index caught up to seq %s (%s documents)", db_seq, touched)
        return touched

    def _org_names(self) -> OrgNames:
        with self.services.db.session() as s:
            return org_names(s)

    def _write_content(self, writer, bulk=None) -> int:
        """(Re)write every content document; ``bulk``: the rebuild's bulk postings (a catch-up has none)."""
        if bulk is None:
            for kind in CONTENT_TYPES:
                writer.delete_by_term("type", kind)
        docs = load_content_docs(self.services.data_dir)
        for doc in docs:
            if bulk is None:
                writer.add_document(**doc.fields())
            else:
                self._add_bulk(writer, bulk, doc)
        return len(docs)

    @staticmethod
    def _add_bulk(writer, bulk, doc) -> None:
        bulk.add(writer.docnum, doc.terms())
        writer.add_document(**doc.fields(terms=False))

    def rebuild(self, progress: Progress | None = None) -> int:
        """Index every live record and content item into a new generation, then switch to it.

        ``progress(done, total)`` is called as it goes (it may raise to cancel: the old index stays).
        """
        with write_lock(self.store.lock_path):
            started = time.perf_counter()
            db_seq = db_last_seq(self.services)  # changes after this are replayed by the catch-up below
            signature = content_signature(self.services.data_dir)
            total = sum(self.services.records[t].count() for t in RECORD_TYPES)
            name, path = self.store.new_generation()
            try:
                ix = windex.create_in(str(path), make_schema())
                writer = ix.writer(limitmb=256, codec=posting_store().codec())
                bulk = posting_store().bulk(writer)
                done = 0
                orgs = self._org_names()
                try:
                    for table in RECORD_TYPES:
                        for row in _read_records(self.services, table, None):
                            self._add_bulk(writer, bulk, record_doc(table, row["id"], row, orgs))
                            done += 1
                            if progress is not None and done % 250 == 0:
                                progress(done, total)
                    done += self._write_content(writer, bulk)
                except BaseException:
                    writer.cancel()
                    raise
                writer.commit()
                ix.close()
            except BaseException:
                shutil.rmtree(path, ignore_errors=True)
                raise
            self.store.write_state(IndexState(name, db_seq, signature))
            self.store.drop_other_generations(keep=name)
            self.store.changed.set()
            if progress is not None:
                progress(total, total)
            log.info("search index rebuilt: %s documents in %.1f s", done, time.perf_counter() - started)
            self._catch_up_locked()
            return done
