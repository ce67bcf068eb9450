"""Done-when: devices in two organisations and the secretariat converge after concurrent offline
edits through a real hub on loopback; every conflict is visible on every device in scope."""

from __future__ import annotations



def test_two_orgs_and_secretariat_converge_after_concurrent_offline_edits(network):
    a = network.device("a", "Org A")
    b = network.device("b", "Org B")
    sec = network.device("sec", "Secretariat", "secretariat")
    shared = a.services.initiatives.create({"title_vi": "Thu gom rác", "title_en": "Waste pick-up"})
    private = a.services.events.create({"title_vi": "Tập huấn nội bộ"}, visibility="org")
    a.sync()
    network.sync_all()
    network.check()
    assert b.services.initiatives.get(shared.id)["title_vi"] == "Thu gom rác"
    assert sec.services.events.get(private.id)["title_vi"] == "Tập huấn nội bộ"
    assert b.services.events.count() == 0, "an org-only row reached another organisation"

    # Offline: A and the secretariat change the same field; B (another org) may not change A's record.
    a.services.initiatives.update(shared.id, {"title_en": "Waste collection", "status": "ongoing"})
    sec.services.initiatives.update(shared.id, {"title_en": "Collecting waste", "summary_en": "Reviewed."})
    b.services.initiatives.update(shared.id, {"title_vi": "Sửa trái phép"})
    mine = b.services.initiatives.create({"title_vi": "Của B"})
    for d in (a, sec, b):
        d.sync()
    network.sync_all()
    network.check()

    title_en = a.services.initiatives.get(shared.id)["title_en"]
    assert title_en in ("Waste collection", "Collecting waste")
    for d in (a, b, sec):
        rec = d.services.initiatives.get(shared.id)
        assert (rec["title_en"], rec["status"], rec["summary_en"]) == (title_en, "ongoing", "Reviewed.")
        assert rec["title_vi"] == "Thu gom rác"  # B's forbidden edit was quarantined and undone
        assert d.services.initiatives.get(mine.id)["title_vi"] == "Của B"
        conflicts = d.services.conflicts.list()
        assert [(c.field, {c.kept, c.other}) for c in conflicts] == [("title_en", {"Waste collection", "Collecting waste"})]
        assert conflicts[0].kept == title_en and conflicts[0].kept_by and conflicts[0].other_by
    
    refused = b.services.conflicts.quarantined()
    assert len(refused) == 1 and "another organisation" in refused[0].reason

    # The secretariat settles it: the other value wins everywhere, and the conflict leaves every list.
    cid = sec.services.conflicts.list()[0].id
    other = sec.services.conflicts.list()[0].other
    sec.services.conflicts.resolve(cid, "use_other")
    network.sync_all()
    network.check()
    for d in (a, b, sec):
        assert d.services.initiatives.get(shared.id)["title_en"] == other
        assert d.services.conflicts.open_count() == 0


def test_records_made_before_enrolment_take_the_devices_org(network):
    dev = network.device("early", None, enrol=False)
    rec = dev.services.initiatives.create({"title_vi": "Trước"})
    assert rec.meta["org_id"] == "local"
    org = network.org("Org E")
    dev.engine.enrol(network.hub.url, network.hub.store.invite(org, "contributor"))
    assert dev.services.initiatives.get(rec.id).meta["org_id"] == org
    report = dev.sync()
    assert report.pushed == 1 and report.quarantined == 0
    network.check()


def test_idle_sync_is_two_small_requests(network):
    """A signed challenge (the hub proves its key before the token or any edit leaves) and one push."""
    a = network.device("a", "Org A")
    a.services.initiatives.create({"title_vi": "Một"})
    a.sync()
    report = a.sync()
    assert report.requests == 2
    assert report.bytes_up + report.bytes_down <= 1536
