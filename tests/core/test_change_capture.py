"""Every service write leaves exactly one outbox entry with the right old and new values."""

import json
import sqlite3

import pytest

from pan_desktop.core.shared.clock import Stamp
from pan_desktop.core.errors import ValidationError


def outbox(data_dir):
    con = sqlite3.connect(data_dir / "pan.db")
    rows = con.execute("SELECT device_seq, kind, table_name, record_id, fields, hlc, hash, status FROM outbox ORDER BY device_seq").fetchall()
    con.close()
    return [dict(zip(("seq", "kind", "table", "id", "fields", "hlc", "hash", "status"), r)) | {"fields": json.loads(r[4])} for r in rows]


def change_log(data_dir):
    con = sqlite3.connect(data_dir / "pan.db")
    rows = con.execute("SELECT table_name, record_id, kind, origin FROM change_log ORDER BY seq").fetchall()
    con.close()
    return rows


def test_create_update_delete_restore_each_leave_one_entry_with_old_and_new(services, data_dir):
    rec = services.initiatives.create({"title_vi": "Thu gom rác", "provinces": "Long An", "status": "ongoing"})
    services.initiatives.update(rec.id, {"status": "completed", "title_en": "Waste collection"})
    services.initiatives.delete(rec.id)
    services.initiatives.restore(rec.id)

    entries = outbox(data_dir)
    assert [e["kind"] for e in entries] == ["create", "update", "delete", "update"]
    assert [e["seq"] for e in entries] == [1, 2, 3, 4]
    assert {e["id"] for e in entries} == {rec.id}
    assert entries[0]["fields"] == {
        "title_vi": {"old": None, "new": "Thu gom rác"},
        "provinces": {"old": None, "new": ["Long An"]},
        "status": {"old": None, "new": "ongoing"},
    }
    assert entries[1]["fields"] == {"status": {"old": "ongoing", "new": "completed"},
                                    "title_en": {"old": "", "new": "Waste collection"}}
    assert entries[2]["fields"] == {"deleted": {"old": False, "new": True}}
    assert entries[3]["fields"] == {"deleted": {"old": True, "new": False}}
    assert all(e["status"] == "pending" and len(e["hash"]) == 64 for e in entries)
    assert len(change_log(data_dir)) == 4


def test_hlc_stamps_increase_even_when_the_wall_clock_jumps_back(services, data_dir, monkeypatch):
    rec = services.initiatives.create({"title_vi": "A"})
    import pan_desktop.core.shared.clock as clock

    monkeypatch.setattr(clock.time, "time", lambda: 946_684_800.0)  # the year 2000
    services.initiatives.update(rec.id, {"title_vi": "B"})
    services.initiatives.update(rec.id, {"title_vi": "C"})
    stamps = [Stamp.parse(e["hlc"]) for e in outbox(data_dir)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert [str(s) for s in stamps] == sorted(str(s) for s in stamps)  # text stamps sort the same way


def test_an_update_that_changes_nothing_leaves_no_entry(services, data_dir):
    rec = services.initiatives.create({"title_vi": "A", "themes": ["3r"]})
    services.initiatives.update(rec.id, {"title_vi": "  A ", "themes": "3R (reduce, reuse, recycle)"})
    assert len(outbox(data_dir)) == 1


def test_a_rejected_write_leaves_neither_data_nor_entry(services, data_dir):
    rec = services.initiatives.create({"title_vi": "A"})
    with pytest.raises(ValidationError):
        services.initiatives.update(rec.id, {"start_date": "2020-02-30"})
    assert services.initiatives.get(rec.id)["start_date"] is None
    assert len(outbox(data_dir)) == 1


def test_field_revs_record_which_field_changed_when(services):
    rec = services.initiatives.create({"title_vi": "A", "status": "planned"})
    updated = services.initiatives.update(rec.id, {"status": "ongoing"})
    with services.db.session() as s:
        from pan_desktop.core.models import Initiative

        row = s.get(Initiative, rec.id)
        assert row.field_revs["status"] == updated.meta["updated_hlc"]
        assert row.field_revs["title_vi"] == rec.meta["updated_hlc"]


def test_bundled_records_do_not_enter_the_outbox(services, data_dir):
    from pan_desktop.core.services.setup import initialise

    initialise(services)
    assert outbox(data_dir) == []
    assert {o for *_, o in change_log(data_dir)} == {"seed"}


def test_bundled_records_carry_the_bundle_date_not_the_load_date(services):
    from pan_desktop.core.services import ListQuery
    from pan_desktop.core.services.setup import initialise

    initialise(services)
    stamps = {r.meta["created_at"] for r in services.initiatives.list(ListQuery()).records}
    assert stamps == {"2025-01-01T00:00:00.000000Z"}
