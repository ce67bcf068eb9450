"""Done-when: a device that never connects exchanges edits with one that does, through ``sync export``
→ ``pan-hub sync import`` and ``pan-hub sync export`` → ``sync import``, and converges; importing a pack
twice changes nothing; the window is told once."""

from __future__ import annotations

from pan_desktop.core.sync.status import sync_status
from pan_desktop.core.sync.usb_device import UsbDevice
from pan_desktop.hub.usb import export_down_pack, import_up_pack
from tests.usb_sync.helpers import device_state, hub_state, round_trip


def test_offline_device_converges_with_an_online_one_through_packs(network, tmp_path):
    office = network.device("office", "Org A")
    field = network.device("field", "Org A")  # enrolled once, then only USB
    seen = office.services.initiatives.create({"title_vi": "Thu gom rác"})
    office.sync()

    mine = field.services.initiatives.create({"title_vi": "Tập huấn ở xã"})
    field.services.events.create({"title_vi": "Danh sách học viên"}, visibility="org")
    hub_result, dev_result = round_trip(network, field, tmp_path, "1")
    assert hub_result.results["applied"] == 2 and not hub_result.already_imported
    assert dev_result.acknowledged == 2 and dev_result.pulled >= 1
    assert sync_status(field.services.db).pending == 0, "the pack's answers drained the outbox"
    assert field.services.initiatives.get(seen.id)["title_vi"] == "Thu gom rác"

    # Both change the same record; the field device's edit travels by stick, the office's online.
    office.sync()
    office.services.initiatives.update(mine.id, {"summary_vi": "Từ văn phòng"})
    field.services.initiatives.update(mine.id, {"status": "ongoing"})
    office.sync()
    round_trip(network, field, tmp_path, "2")
    office.sync()
    network.check(devices=[office, field])
    for d in (office, field):
        rec = d.services.initiatives.get(mine.id)
        assert (rec["summary_vi"], rec["status"]) == ("Từ văn phòng", "ongoing")


def test_the_same_packs_twice_change_nothing(network, tmp_path):
    field = network.device("field", "Org A")
    field.services.initiatives.create({"title_vi": "Một"})
    up, down = tmp_path / "up.pansync", tmp_path / "down.pansync"
    UsbDevice(field.services).export(up)
    first = import_up_pack(network.hub.store, up)
    before = hub_state(network.hub)
    again = import_up_pack(network.hub.store, up)
    assert again.already_imported and again.results == first.results
    assert hub_state(network.hub) == before

    export_down_pack(network.hub.store, field.id, down)
    UsbDevice(field.services).import_pack(down)
    state = device_state(field)
    announced = []
    field.services.changed.subscribe(announced.append)
    assert UsbDevice(field.services).import_pack(down).already_imported
    assert device_state(field) == state and announced == []


def test_a_pulled_pack_is_announced_once_and_acks_only_the_recorded_edit(network, tmp_path):
    office = network.device("office", "Org A")
    field = network.device("field", "Org A")
    for i in range(3):
        office.services.initiatives.create({"title_vi": f"Bản ghi {i}"})
    office.sync()
    field.services.initiatives.create({"title_vi": "Trên máy"})
    up, down = tmp_path / "up.pansync", tmp_path / "down.pansync"
    UsbDevice(field.services).export(up)
    import_up_pack(network.hub.store, up)
    export_down_pack(network.hub.store, field.id, down)
    later = field.services.initiatives.create({"title_vi": "Sau khi xuất"})  # not in the pack: stays pending
    announced = []
    field.services.changed.subscribe(announced.append)
    result = UsbDevice(field.services).import_pack(down)
    assert len(announced) == 1 and "initiatives" in announced[0].tables
    assert result.acknowledged == 1 and result.pulled >= 3
    assert sync_status(field.services.db).pending == 1
    field.sync()  # online later: the edit made after the export still arrives
    office.sync()
    assert office.services.initiatives.get(later.id)["title_vi"] == "Sau khi xuất"
    network.check(devices=[office, field])


def test_a_lost_stick_loses_nothing(network, tmp_path):
    field = network.device("field", "Org A")
    a = field.services.initiatives.create({"title_vi": "A"})
    UsbDevice(field.services).export(tmp_path / "lost.pansync")  # never reaches the hub
    b = field.services.initiatives.create({"title_vi": "B"})
    hub_result, _ = round_trip(network, field, tmp_path)
    assert hub_result.results["applied"] == 2
    office = network.device("office", "Org A")
    office.sync()
    assert {office.services.initiatives.get(r.id)["title_vi"] for r in (a, b)} == {"A", "B"}


def test_an_answer_counts_only_for_the_edit_the_hub_recorded(network, tmp_path):
    """A different edit under the same number (a data folder restored from a backup) is not acknowledged
    by the hub's answer to the first one: it stays waiting, not lost."""
    from sqlalchemy import update

    from pan_desktop.core.models import OutboxEntry

    field = network.device("field", "Org A")
    rec = field.services.initiatives.create({"title_vi": "Bản đầu"})
    up, down = tmp_path / "up.pansync", tmp_path / "down.pansync"
    UsbDevice(field.services).export(up)
    import_up_pack(network.hub.store, up)
    export_down_pack(network.hub.store, field.id, down)
    with field.services.db.write() as s:
        s.execute(update(OutboxEntry).values(fields={"title_vi": {"old": None, "new": "Bản khác"}}))
    assert UsbDevice(field.services).import_pack(down).acknowledged == 0
    assert sync_status(field.services.db).pending == 1
    assert sync_status(field.services.db).last_sync_at, "a pack from the hub counts as a sync"
    assert field.services.initiatives.get(rec.id)["title_vi"] == "Bản đầu"


def test_an_import_is_refused_while_a_sync_runs(network, tmp_path):
    """One sync at a time on a computer, by network or by stick: the second is refused at once."""
    import pytest

    from pan_desktop.core.sync.engine import SyncError, SyncLock

    field = network.device("field", "Org A")
    down = tmp_path / "down.pansync"
    export_down_pack(network.hub.store, field.id, down)
    with SyncLock(field.engine.lock_path), pytest.raises(SyncError) as err:
        UsbDevice(field.services).import_pack(down)
    assert err.value.code == "sync.busy"
    assert not UsbDevice(field.services).import_pack(down).already_imported  # once the sync is over
