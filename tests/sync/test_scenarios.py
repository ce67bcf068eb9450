"""Reliability suite, data scenarios: every concurrent-edit pair in both orders, a device restored
from an old backup, clock skew, permissions changed while offline. Each ends with G1–G5."""

from __future__ import annotations

import shutil

import pytest

from pan_desktop.core.shared import clock
from pan_desktop.core.errors import NotFound
from pan_desktop.core.services import Services
from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import HubRefused

PAIRS = {
    # name: (edit on the first device, edit on the second device)
    "field/field": (lambda svc, rid: svc.initiatives.update(rid, {"title_en": "One"}),
                    lambda svc, rid: svc.initiatives.update(rid, {"title_en": "Two"})),
    "field/other field": (lambda svc, rid: svc.initiatives.update(rid, {"title_en": "One"}),
                          lambda svc, rid: svc.initiatives.update(rid, {"summary_en": "Two"})),
    "edit/delete": (lambda svc, rid: svc.initiatives.update(rid, {"title_en": "One"}),
                    lambda svc, rid: svc.initiatives.delete(rid)),
    "delete/delete": (lambda svc, rid: svc.initiatives.delete(rid),
                      lambda svc, rid: svc.initiatives.delete(rid)),
}
EXPECT = {  # (alive afterwards, conflicts on which fields)
    "field/field": (True, ["title_en"]),
    "field/other field": (True, []),
    "edit/delete": (True, ["deleted"]),
    "delete/delete": (False, []),
}


@pytest.mark.parametrize("first_pushes", ["first", "second"])
@pytest.mark.parametrize("pair", list(PAIRS))
def test_concurrent_edit_pairs_in_both_orders(network, pair, first_pushes):
    one, two = network.device("one", "Org A"), network.device("two", "Org A")
    rid = one.services.initiatives.create({"title_vi": "Chung", "title_en": "Shared"}).id
    network.sync_all(1)
    PAIRS[pair][0](one.services, rid)
    PAIRS[pair][1](two.services, rid)
    order = (one, two) if first_pushes == "first" else (two, one)
    for d in order:
        d.sync()
    network.sync_all()
    network.check()
    alive, fields = EXPECT[pair]
    for d in (one, two):
        rec = d.services.initiatives.get(rid, include_deleted=True)
        assert rec.deleted is (not alive)
        assert sorted(c.field for c in d.services.conflicts.list()) == fields
    if pair == "field/other field":
        rec = one.services.initiatives.get(rid)
        assert (rec["title_en"], rec["summary_en"]) == ("One", "Two")


@pytest.mark.parametrize("resolver_first", [True, False])
def test_resolve_against_a_concurrent_edit(network, resolver_first):
    one, two = network.device("one", "Org A"), network.device("two", "Org A")
    rid = one.services.initiatives.create({"title_vi": "Chung"}).id
    network.sync_all(1)
    one.services.initiatives.update(rid, {"title_en": "One"})
    two.services.initiatives.update(rid, {"title_en": "Two"})
    network.sync_all()
    (conflict,) = one.services.conflicts.list()
    one.services.conflicts.resolve(conflict.id, "use_other")
    two.services.initiatives.update(rid, {"title_en": "Three"})
    for d in ((one, two) if resolver_first else (two, one)):
        d.sync()
    network.sync_all()
    network.check()
    values = {d.services.initiatives.get(rid)["title_en"] for d in (one, two)}
    assert len(values) == 1
    for d in (one, two):
        assert all(c.id != conflict.id for c in d.services.conflicts.list())  # resolved everywhere


def test_device_restored_from_an_old_backup_loses_nothing(network, tmp_path):
    a = network.device("a", "Org A")
    rid = a.services.initiatives.create({"title_vi": "Gốc"}).id
    a.sync()
    a.services.close()
    backup = tmp_path / "backup"
    shutil.copytree(a.services.data_dir, backup)
    a.services = Services.open(a.services.data_dir)
    a.engine = a.services.sync_engine()
    a.services.initiatives.update(rid, {"title_en": "After backup"})
    a.sync()
    # The disk dies; the old backup comes back and the person goes on editing.
    a.services.close()
    shutil.rmtree(a.services.data_dir)
    shutil.copytree(backup, a.services.data_dir)
    a.services = Services.open(a.services.data_dir)
    a.engine = a.services.sync_engine()
    a.seen_cursors, a.seen_hlc, a.seen_seqs, a.seen_revs = {}, "", set(), {}  # the restored copy: another timeline
    a.services.initiatives.update(rid, {"summary_vi": "Sửa sau khi khôi phục"})
    report = a.sync()
    assert report.quarantined == 1
    (refused,) = a.services.conflicts.quarantined()
    assert refused.result == "mismatch" and "backup" in refused.reason
    network.check()
    a.services.conflicts.resend(refused.id)
    assert a.sync().pushed == 1
    network.check()
    rec = a.services.initiatives.get(rid)
    assert (rec["title_en"], rec["summary_vi"]) == ("After backup", "Sửa sau khi khôi phục")


class _Clock:
    def __init__(self, offset_ms: int):
        import time as real

        self.real, self.offset = real, offset_ms

    def time(self):
        return self.real.time() + self.offset / 1000


@pytest.mark.parametrize("skew_days", [3, -(365 * 26)])
def test_clock_skew_cannot_win_forever_or_go_back(network, monkeypatch, skew_days):
    skewed, normal = network.device("skewed", "Org A"), network.device("normal", "Org A")
    rid = normal.services.initiatives.create({"title_vi": "Giờ"}).id
    normal.sync()
    skewed.sync()
    monkeypatch.setattr(clock, "time", _Clock(skew_days * 86_400_000))
    monkeypatch.setattr(local, "time", _Clock(skew_days * 86_400_000))
    skewed.services.initiatives.update(rid, {"title_en": "skewed"})
    skewed.sync()  # learns the hub's clock
    skewed.services.initiatives.update(rid, {"summary_en": "after learning the offset"})
    with skewed.services.db.session() as s:
        from pan_desktop.core.models import DeviceState

        last = clock.Stamp.parse(s.get(DeviceState, 1).last_hlc)
    import time

    if skew_days < 0:
        assert abs(last.wall_ms - time.time() * 1000) < 60_000, "the offset from the hub did not fix the stamps"
    # A backward jump of the local clock never makes stamps go back.
    before = last
    monkeypatch.setattr(clock, "time", _Clock(skew_days * 86_400_000 - 3_600_000))
    skewed.services.initiatives.update(rid, {"summary_vi": "lùi giờ"})
    with skewed.services.db.session() as s:
        assert clock.Stamp.parse(s.get(DeviceState, 1).last_hlc) > before
    monkeypatch.undo()
    time.sleep(0.01)
    normal.services.initiatives.update(rid, {"title_en": "normal"})
    network.sync_all()
    network.check()
    value = normal.services.initiatives.get(rid)["title_en"]
    if skew_days > 0:
        # +3 days counts as at most hub time + 5 min; a later real edit after that would win.
        assert value in ("skewed", "normal")
    assert skewed.services.initiatives.get(rid)["title_en"] == value


def test_revoked_while_offline_keeps_every_edit_pending(network):
    a = network.device("a", "Org A")
    a.sync()
    a.services.initiatives.create({"title_vi": "Ngoại tuyến"})
    network.hub.store.revoke(a.id)
    a.engine.identity.forget_token()
    with pytest.raises(HubRefused, match="revoked"):
        a.sync()
    assert a.services.pending_outbox() == 1
    network.check(converged=False)


def test_downgraded_to_viewer_while_offline_quarantines_with_the_reason(network):
    a = network.device("a", "Org A")
    rid = a.services.initiatives.create({"title_vi": "Ban đầu"}).id
    a.sync()
    a.services.initiatives.update(rid, {"title_vi": "Sửa khi đã mất quyền"})
    new = a.services.initiatives.create({"title_vi": "Mới khi đã mất quyền"}).id
    network.hub.store.set_role(a.id, "viewer")
    report = a.sync()
    assert report.quarantined == 2
    reasons = [q.reason for q in a.services.conflicts.quarantined()]
    assert all("viewer" in r for r in reasons)
    assert a.services.initiatives.get(rid)["title_vi"] == "Ban đầu"  # shows what the hub holds
    with pytest.raises(NotFound):
        a.services.initiatives.get(new)
    network.check()
