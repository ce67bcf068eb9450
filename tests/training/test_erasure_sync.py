"""Erasure meeting concurrent work, found by the sync state machine (tests/sync/test_machine.py) and
kept here as plain scenarios: every device ends with the hub's rows, the name gone, and G1–G5 held."""

from __future__ import annotations

from tests.training.fixtures import one_session


def _row(device, table, rid):
    from pan_desktop.core.models import RECORD_MODELS

    with device.services.db.session() as s:
        r = s.get(RECORD_MODELS[table], rid)
        return None if r is None else {c.name: getattr(r, c.name) for c in r.__table__.columns}


def test_an_edit_made_while_another_device_erases_the_person(network):
    a1, a2 = network.device("a1", "Org A"), network.device("a2", "Org A")
    sid, (pid,) = one_session(a1.services, people=1)
    network.sync_all()
    a1.services.training.update_participant(pid, {"name": "Tên mới"})
    a2.services.training.erase_participant(pid)
    a2.sync()
    network.check(converged=False)
    a1.sync()
    network.check(converged=False)
    network.sync_all()
    network.check()
    for d in (a1, a2):
        assert _row(d, "participants", pid)["name"] == ""


def test_a_conflict_on_an_erased_person_is_emptied_and_can_still_be_settled(network):
    a1, a2 = network.device("a1", "Org A"), network.device("a2", "Org A")
    sec = network.device("sec", "Secretariat", role="secretariat")
    sid, (pid,) = one_session(a1.services, people=1)
    network.sync_all()
    a1.services.training.update_participant(pid, {"name": "Tên một"})
    a2.services.training.update_participant(pid, {"name": "Tên hai"})
    a1.sync()
    a2.sync()
    network.sync_all()
    assert [c for c in sec.services.conflicts.list() if c.open]
    a1.services.training.erase_participant(pid)
    network.sync_all()
    network.check()
    for d in (a2, sec):
        for c in [c for c in d.services.conflicts.list() if c.open]:
            d.services.conflicts.resolve(c.id, "use_other")
    network.sync_all()
    network.check()
    for d in (a1, a2, sec):
        row = _row(d, "participants", pid)
        assert (row["name"], row["deleted"]) == ("", True)


def test_erasing_here_before_the_hub_has_it_keeps_every_guarantee(network):
    """Found by the state machine: right after an erasure, before it syncs, this device's acknowledged
    copies of the person's edits are already emptied; G1 counts that as erased on purpose, not lost."""
    a1, sec = network.device("a1", "Org A"), network.device("sec", "Secretariat", role="secretariat")
    sid, (pid,) = one_session(a1.services, people=1)
    network.sync_all()
    sec.services.training.update_participant(pid, {"name": "Tên khác"})
    a1.services.training.erase_participant(pid)
    network.check(converged=False)
    network.sync_all()
    network.check()
    assert _row(sec, "participants", pid)["name"] == ""
