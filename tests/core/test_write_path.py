"""One way in, one announcement out: every origin of a write to a record table goes through the change
writer, leaves exactly one change-log row per record it changed, and is announced exactly once, after
commit, with the records and the bookkeeping tables it touched."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, insert, select, update

from pan_desktop.core.errors import NotFound
from pan_desktop.core.ids import uuid7
from pan_desktop.core.models import ChangeLogEntry, Initiative, SyncConflict, SyncLink, SyncQuarantine
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.services.setup import load_bundled_records
from pan_desktop.core.shared.protocol import EntryResult, PullPage, PushResponse, Row
from pan_desktop.core.shared.seed import bundled_records
from pan_desktop.core.sync import local

HUB = "0190f8a2-0000-7000-8000-00000000aaaa"
EPOCH = "0190f8a2-0000-7000-8000-000000000001"


class Watch:
    """What one operation wrote to the change log, and what was announced meanwhile."""

    def __init__(self, services):
        self.services = services
        self.announced = []
        services.changed.subscribe(self.announced.append)

    def run(self, fn):
        with self.services.db.session() as s:
            before = s.execute(select(func.max(ChangeLogEntry.seq))).scalar() or 0
        self.announced.clear()
        fn()
        with self.services.db.session() as s:
            return s.execute(select(ChangeLogEntry.table_name, ChangeLogEntry.record_id, ChangeLogEntry.origin)
                             .where(ChangeLogEntry.seq > before)).all()


def _link(services, epoch=EPOCH):
    with services.db.write() as s:
        s.add(SyncLink(id=1, hub_url="http://127.0.0.1:1", hub_id=HUB, epoch=epoch, org_id="org-a", role="contributor",
                       cursors={}, device_high=0, enrolled_at="", last_sync_at="", last_verify_at="", last_error="",
                       last_report={}))


def _row(rid, title, rev, org="org-a"):
    now = "2026-01-01T00:00:00.000000Z"
    return Row("initiatives", rid, org, "network", rev, rev, f"{int(time.time() * 1000):013d}-0000-hub", "hub",
               {"title_vi": "x"}, False, now, now, {"title_vi": title})


def _answer(rows=(), results=(), epoch=EPOCH):
    page = PullPage(list(rows), [], {"net": 10}, False, 10) if rows else None
    return PushResponse(list(results), 0, HUB, epoch, int(time.time() * 1000), page)


def _apply(services, answer, sent=()):
    with services.db.write() as s:
        local.apply_response(s, answer, list(sent))


def _conflict(services, rid):
    cid = uuid7()
    with services.db.write() as s:
        s.add(SyncConflict(id=cid, table_name="initiatives", record_id=rid, field="title_en", base="", kept="Kept",
                           other="Other", org_id="org-a", visibility="network", created_at="", server_seq=1))
    return cid


def check(logged, announced, expected_ids, origin, tables=frozenset({"initiatives"})):
    """Exactly one change-log row per record changed, all of ``origin``; one announcement naming them."""
    assert sorted(rid for _, rid, _ in logged) == sorted(expected_ids), "one change-log row per record changed"
    assert {o for *_, o in logged} == {origin}
    assert len(announced) == 1, f"one announcement per write transaction, got {announced}"
    (change,) = announced
    assert change.ids == frozenset(expected_ids) and tables <= change.tables


def test_every_origin_writes_one_change_log_row_per_record_and_one_announcement(services, tmp_path):
    w = Watch(services)
    ini = services.initiatives

    # local: a person's create, update, delete and restore
    made = []
    logged = w.run(lambda: made.append(ini.create({"title_vi": "Một"})))
    rid = made[0].id
    check(logged, w.announced, [rid], "local", frozenset({"initiatives", "outbox"}))
    for op in (lambda: ini.update(rid, {"title_en": "One"}), lambda: ini.delete(rid), lambda: ini.restore(rid)):
        check(w.run(op), w.announced, [rid], "local", frozenset({"initiatives", "outbox"}))
    assert w.run(lambda: ini.update(rid, {"title_en": "One"})) == [] and w.announced == [], "no change, no news"

    # import: one row per record in the file
    path = tmp_path / "two.csv"
    path.write_text("title_vi,provinces\nHai,Long An\nBa,Huế\n", encoding="utf-8")
    logged = w.run(lambda: services.interchange.import_file(path))
    imported = [r for _, r, _ in logged]
    check(logged, w.announced, imported, "import", frozenset({"initiatives", "outbox"}))
    assert len(imported) == 2

    # seed: the bundled records
    logged = w.run(lambda: load_bundled_records(services))
    seeds = [i["id"] for items in bundled_records().values() for i in items]
    check(logged, w.announced, seeds, "seed", frozenset({"initiatives", "organizations", "policies", "events"}))
    assert "outbox" not in w.announced[0].tables

    # enrol: records made before enrolment take the device's org
    logged = w.run(lambda: _in_write(services, lambda writer: writer.adopt_org("org-a")))
    check(logged, w.announced, [rid, *imported], "enrol", frozenset({"initiatives"}))
    _link(services)

    # pulled: rows from the hub, two new and one changed here
    pulled = [uuid7(), uuid7()]
    logged = w.run(lambda: _apply(services, _answer([_row(pulled[0], "Từ hub", 3), _row(pulled[1], "Cũng từ hub", 2),
                                                     _row(imported[0], "Sửa trên hub", 1)])))
    check(logged, w.announced, [*pulled, imported[0]], "pulled", frozenset({"initiatives", "sync_link"}))
    assert w.run(lambda: _apply(services, _answer([_row(pulled[0], "Cũ", 2)]))) == [], "an older row changes nothing"
    assert w.announced == []

    # revert: the hub refused a create and an update; both are undone here
    fresh = ini.create({"title_vi": "Bị từ chối"}).id
    ini.update(pulled[0], {"title_en": "Refused too"})
    with services.db.session() as s:
        sent = local.entries_to_push(s, 50)
    refused = [e for e in sent if e.id in (fresh, pulled[0])]
    results = [EntryResult(e.device_seq, "quarantined", "not allowed") for e in refused]
    logged = w.run(lambda: _apply(services, _answer(results=results), refused))
    check(logged, w.announced, [fresh, pulled[0]], "revert",
          frozenset({"initiatives", "outbox", "sync_quarantine"}))
    assert ini.get(pulled[0])["title_en"] == ""
    with pytest.raises(NotFound):
        ini.get(fresh, include_deleted=True)

    # local again: a refused edit made again
    (q,) = [q for q in services.conflicts.quarantined() if q.record_id == pulled[0]]
    check(w.run(lambda: services.conflicts.resend(q.id)), w.announced, [pulled[0]], "local",
          frozenset({"initiatives", "outbox", "sync_quarantine"}))

    # resolve: a conflict settled with the other value
    cid = _conflict(services, pulled[1])
    check(w.run(lambda: services.conflicts.resolve(cid, "use_other")), w.announced, [pulled[1]], "resolve",
          frozenset({"initiatives", "outbox", "sync_conflicts"}))
    assert ini.get(pulled[1])["title_en"] == "Other"

    # epoch: the hub was restored from a backup; rows with a version above 1 drop to 1
    newer = "0190f8a2-0000-7000-8000-000000000002"
    logged = w.run(lambda: _apply(services, _answer(epoch=newer)))
    check(logged, w.announced, [pulled[0], pulled[1]], "epoch", frozenset({"initiatives", "sync_link"}))


def _in_write(services, fn):
    with services.db.write() as s:
        fn(ChangeWriter(s))


def test_a_resolution_that_changes_no_record_still_tells_the_badge(services):
    rid = services.initiatives.create({"title_vi": "A", "title_en": "Kept"}).id
    cid = _conflict(services, rid)
    w = Watch(services)
    assert w.run(lambda: services.conflicts.resolve(cid, "keep")) == []
    (change,) = w.announced
    assert change.ids == frozenset() and {"sync_conflicts", "outbox"} <= change.tables


def test_bookkeeping_only_writes_are_announced_with_their_tables(services):
    with services.db.write() as s:
        s.add(SyncQuarantine(device_seq=1, status="open", result="quarantined", reason="r",
                             entry={"kind": "update", "table": "initiatives", "id": uuid7(), "fields": {}}, at=""))
    w = Watch(services)
    (q,) = services.conflicts.quarantined()
    w.run(lambda: services.conflicts.dismiss(q.id))
    assert [c.tables for c in w.announced] == [frozenset({"sync_quarantine"})]


def test_a_write_to_a_record_table_outside_the_change_writer_is_refused_and_rolled_back(services):
    rid = services.initiatives.create({"title_vi": "A"}).id
    w = Watch(services)
    with pytest.raises(RuntimeError, match="initiatives written without the change writer"):
        with services.db.write() as s:
            s.execute(update(Initiative).where(Initiative.id == rid).values(title_vi="B"))
    with pytest.raises(RuntimeError):
        with services.db.write() as s:
            s.execute(insert(Initiative), [{"id": uuid7(), "title_vi": "C", "created_at": "", "updated_at": ""}])
    assert services.initiatives.get(rid)["title_vi"] == "A" and services.initiatives.count() == 1
    assert w.announced == []


def test_nothing_is_announced_when_the_transaction_fails(services):
    w = Watch(services)
    with pytest.raises(ZeroDivisionError):
        with services.db.write() as s:
            ChangeWriter(s).create("initiatives", {"title_vi": "A"})
            1 / 0
    assert w.announced == [] and services.initiatives.count() == 0


def test_announcements_come_after_commit(services):
    seen = []

    def on_change(_change):
        with services.db.session() as s:  # another connection: sees only committed data
            seen.append(s.execute(select(func.count()).select_from(Initiative)).scalar_one())

    services.changed.subscribe(on_change)
    services.initiatives.create({"title_vi": "A"})
    assert seen == [1]
