"""Sequences the sync state machine (tests/sync/test_machine.py) found, kept as plain scenarios."""

from __future__ import annotations

import time


def test_a_later_identical_edit_is_not_lost_to_an_older_offline_edit(network):
    """Found by the random run: a1 sets a title and, offline, changes it again; the secretariat (not
    having seen a1's first value) later types that same first value, which the hub finds already
    there. When a1's older edit arrives, its ``old`` matches what is stored, and it used to be applied
    silently: the secretariat's later edit vanished with no conflict to show for it (G1). Now the hub
    notes the later identical write, and a1's older edit against it is a logged conflict."""
    a1 = network.device("a1", "Org A")
    sec = network.device("sec", "Secretariat", role="secretariat")
    rid = a1.services.initiatives.create({"title_vi": "Đổi chai lấy cây"}).id
    network.sync_all()
    a1.services.initiatives.update(rid, {"title_en": "Bottles for trees"})
    a1.sync()
    a1.services.initiatives.update(rid, {"title_en": "Plastic-free market"})  # offline: not sent yet
    time.sleep(0.3)  # later than a1's edit on any clock reading (each device corrects by the hub's time)
    sec.services.initiatives.update(rid, {"title_en": "Bottles for trees"})
    sec.sync()
    network.check(converged=False)
    a1.sync()
    network.sync_all()
    network.check()
    assert sec.services.initiatives.get(rid).values["title_en"] == "Bottles for trees"
    logged = [c for c in sec.services.conflicts.list() if c.field == "title_en"]
    assert [(c.kept, c.other) for c in logged] == [("Bottles for trees", "Plastic-free market")]
