"""Reliability suite, recovery: the hub restored from a backup, a mass delete arriving, requests
replayed by the fault proxy, and a hub answer delivered late. Each ends with G1–G5."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pan_desktop.cli import main as cli
from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import HubClient
from pan_desktop.core.sync.engine import MassDeleteHeld
from pan_desktop.hub.models import ChangeRow, Counter, DeviceOp, HubRow
from tests.sync.faultproxy import FaultProxy
from tests.sync.hubserver import needs_sqlite_hub


def _hub_state(hub) -> tuple:
    with hub.store.read() as s:
        return (s.execute(select(Counter.value)).scalar_one(),
                s.execute(select(func.count()).select_from(ChangeRow)).scalar_one(),
                s.execute(select(func.count()).select_from(DeviceOp)).scalar_one())


def _forget_history(network) -> None:
    """A new epoch starts sequence numbers, cursors and versions afresh (that is what it is for)."""
    network.hub_seq_seen = 0
    for d in network.devices:
        d.seen_cursors, d.seen_revs = {}, {}


@needs_sqlite_hub
def test_hub_restored_from_backup_gets_back_every_edit_devices_kept(network, tmp_path):
    a, b, sec = network.device("a", "Org A"), network.device("b", "Org B"), network.device("sec", "Sec", "secretariat")
    old = a.services.initiatives.create({"title_vi": "Trước bản sao lưu"}).id
    network.sync_all()
    network.hub.backup(tmp_path / "hub-backup.db")

    # After the backup: edits that reach the hub and every device, then the hub's disk dies.
    a.services.initiatives.update(old, {"title_en": "Before the backup", "status": "ongoing"})
    new_a = a.services.initiatives.create({"title_vi": "Sau bản sao lưu"}).id
    new_b = b.services.events.create({"title_vi": "Hội thảo sau sao lưu"}, visibility="org").id
    network.sync_all()
    network.check()
    network.hub.restore(tmp_path / "hub-backup.db")
    with network.hub.store.read() as s:
        assert s.get(HubRow, ("initiatives", new_a)) is None  # the restored hub lost them
    network.hub.store.new_epoch()  # what the operator runs after restoring: pan-hub new-epoch
    _forget_history(network)

    network.sync_all()
    network.check()
    with network.hub.store.read() as s:
        assert s.get(HubRow, ("initiatives", new_a)) is not None and s.get(HubRow, ("events", new_b)) is not None
        assert s.get(HubRow, ("initiatives", old)).data["title_en"] == "Before the backup"
    for d in (a, b, sec):
        assert d.link().epoch == network.hub.store.epoch
        assert d.link().last_verify_at  # verified against the restored hub
        assert d.services.initiatives.get(old)["status"] == "ongoing"
    assert sec.services.events.get(new_b)["title_vi"] == "Hội thảo sau sao lưu"


def test_a_mass_delete_arriving_stops_and_asks(network, capsys):
    a, b = network.device("a", "Org A"), network.device("b", "Org A")
    ids = [a.services.initiatives.create({"title_vi": f"Giữ lại {i}"}).id for i in range(30)]
    network.sync_all()
    for rid in ids[:25]:
        a.services.initiatives.delete(rid)
    a.sync()
    cursors = b.link().cursors
    b.services.initiatives.update(ids[29], {"title_en": "An edit on its way"})

    with pytest.raises(MassDeleteHeld) as held:
        b.sync()
    assert held.value.deleting == 25 and "--confirm-deletes" in str(held.value)
    assert b.services.initiatives.count() == 30 and b.link().cursors == cursors
    link = b.link()
    assert "would delete 25 of the 30 records" in link.last_error
    assert (link.last_stage, link.last_outcome, link.last_error_code) == ("apply", "held", "sync.deletions_held")
    assert link.last_error_params == {"deleting": 25, "live": 30}
    network.check(converged=False)

    code = cli(["--data-dir", str(b.services.data_dir), "sync", "now"])
    assert code == 1 and "would delete 25" in capsys.readouterr().err
    assert b.services.initiatives.count() == 30
    code = cli(["--data-dir", str(b.services.data_dir), "sync", "now", "--json", "--confirm-deletes"])
    assert code == 0 and '"pushed": 1' in capsys.readouterr().out
    assert b.services.initiatives.count() == 5
    network.sync_all()
    network.check()
    # A handful of deletions (under the threshold) just applies.
    for rid in ids[25:28]:
        a.services.initiatives.delete(rid)
    network.sync_all()
    assert b.services.initiatives.count() == 2


@pytest.fixture
def proxy(hub):
    p = FaultProxy(hub.port)
    yield p
    p.close()


def test_requests_replayed_by_the_proxy_change_nothing(network, proxy):
    a = network.device("a", "Org A", client_factory=lambda _u: HubClient(proxy.url, timeout=5, attempts=3, backoff=0.05))
    b = network.device("b", "Org A")
    rid = a.services.initiatives.create({"title_vi": "Gửi hai lần"}).id
    a.services.initiatives.update(rid, {"provinces": ["Đà Nẵng"]})
    proxy.faults.append({"replay": True})
    a.sync()
    assert proxy.replayed.wait(10), "the proxy did not replay the connection"
    assert b"HTTP/1.1 200" in proxy.replays[0]
    with network.hub.store.read() as s:
        assert s.get(HubRow, ("initiatives", rid)).rev == 2
        assert s.execute(select(func.count()).select_from(DeviceOp).where(DeviceOp.device_id == a.id)).scalar_one() == 2
    network.sync_all()
    network.check()

    # Much later, after more edits, the first connection's requests arrive once more.
    b.services.initiatives.update(rid, {"title_en": "Sent twice"})
    network.sync_all()
    before = _hub_state(network.hub)
    proxy.replay(proxy.recorded[0])
    assert _hub_state(network.hub) == before, "G4: a replayed request changed the hub"
    network.sync_all()
    network.check()
    assert a.services.initiatives.get(rid)["title_en"] == "Sent twice"


class _Recorder(HubClient):
    answers: list = []

    def call(self, method, path, cls, body=None, auth=False, retry=True):
        answer = super().call(method, path, cls, body, auth, retry)
        if path == "/v1/push":
            self.answers.append((body, answer))
        return answer


def test_an_old_answer_delivered_late_moves_nothing_back(network):
    a = network.device("a", "Org A")
    b = network.device("b", "Org A", client_factory=lambda url: _Recorder(url))
    rid = a.services.initiatives.create({"title_vi": "Bản đầu"}).id
    a.sync()
    mine = b.services.initiatives.create({"title_vi": "Của b"}).id
    b.sync()
    old_request, old_answer = _Recorder.answers[0]
    assert any(r.id == rid for r in old_answer.page.rows)
    a.services.initiatives.update(rid, {"title_vi": "Bản sau"})
    a.sync()
    b.sync()
    network.check()
    with b.services.db.write() as s:
        local.apply_response(s, old_answer, old_request.entries)
    assert b.services.initiatives.get(rid)["title_vi"] == "Bản sau"
    assert b.services.pending_outbox() == 0 and b.services.initiatives.get(mine)["title_vi"] == "Của b"
    network.check()


def test_verify_runs_once_a_day_and_repairs_a_damaged_copy_in_the_same_sync(network):
    import sqlite3

    a, b = network.device("a", "Org A"), network.device("b", "Org B")
    ids = [a.services.initiatives.create({"title_vi": f"Kiểm tra {i}"}).id for i in range(3)]
    a.sync()
    b.sync()  # the first sync verifies
    first = b.link().last_verify_at
    assert first and b.sync().requests == 2, "verify ran again within the day"

    # The copy on b is damaged behind the app's back (a row lost); the daily verify notices.
    con = sqlite3.connect(b.services.data_dir / "pan.db")
    with con:
        con.execute("DELETE FROM initiatives WHERE id = ?", (ids[1],))
        con.execute("UPDATE sync_link SET last_verify_at = '2020-01-01T00:00:00.000000Z'")
    con.close()
    b.seen_revs = {}  # the damage itself is what G5 would flag; the repair is what is tested
    report = b.sync()
    assert report.repaired == ["net"] and report.pulled >= 3
    assert b.services.initiatives.get(ids[1])["title_vi"] == "Kiểm tra 1"
    assert b.link().last_verify_at > first
    network.check()
