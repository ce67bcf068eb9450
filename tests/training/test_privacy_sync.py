"""Personal data through a real hub: participants and scores never reach another organisation, a
network-visible session does, and erasing a participant removes the name from every device."""

from __future__ import annotations

import sqlite3

from tests.training.fixtures import one_session


def _names(device) -> list[str]:
    con = sqlite3.connect(device.services.data_dir / "pan.db")
    try:
        return [r[0] for r in con.execute("SELECT name FROM participants")]
    finally:
        con.close()


def test_another_org_gets_the_session_but_never_participants_or_scores(network):
    a1, a2 = network.device("a1", "Org A"), network.device("a2", "Org A")
    b = network.device("b", "Org B")
    sec = network.device("sec", "Secretariat", role="secretariat")
    sid, pids = one_session(a1.services, people=3)
    private = a1.services.training.add_session({"title": "Nội bộ", "start_date": "2026-02-01"}, visibility="org").id
    network.sync_all()
    network.check()
    assert {r.id for r in b.services.training.sessions()} == {sid}
    assert _names(b) == []
    assert b.services.training.session(sid).attendees == []
    for same_org in (a2, sec):
        detail = same_org.services.training.session(sid)
        assert sorted(a.participant["name"] for a in detail.attendees) == sorted(
            a.participant["name"] for a in a1.services.training.session(sid).attendees)
        assert [a.post_score for a in detail.attendees] == [a.post_score for a in a1.services.training.session(sid).attendees]
    assert private in {r.id for r in a2.services.training.sessions()}
    assert private not in {r.id for r in b.services.training.sessions()}


def test_a_participant_pushed_as_network_visible_is_still_kept_in_its_org(network):
    """A device (old or tampered) that says a participant is network-visible does not widen who reads it."""
    a, b = network.device("a", "Org A"), network.device("b", "Org B")
    sid, pids = one_session(a.services, people=1)
    con = sqlite3.connect(a.services.data_dir / "pan.db")
    with con:
        con.execute("UPDATE participants SET visibility = 'network'")
        con.execute("UPDATE enrolments SET visibility = 'network'")
    con.close()
    network.sync_all()
    assert _names(b) == []
    assert _names(a) != []


def test_erasing_a_participant_removes_the_name_from_every_device(network):
    a1, a2 = network.device("a1", "Org A"), network.device("a2", "Org A")
    sec = network.device("sec", "Secretariat", role="secretariat")
    sid, pids = one_session(a1.services, people=2)
    network.sync_all()
    erased = pids[0]
    name = a2.services.training.session(sid).attendees[0].participant["name"]
    a2.services.training.erase_participant(erased)
    network.sync_all()
    network.check()
    for d in (a1, a2, sec):
        assert name not in _names(d)
        assert [a.participant.id for a in d.services.training.session(sid).attendees] == [pids[1]]
        con = sqlite3.connect(d.services.data_dir / "pan.db")
        try:
            row = con.execute("SELECT name, phone, birth_year, sex, deleted FROM participants WHERE id = ?", (erased,)).fetchone()
            scores = con.execute("SELECT pre_score, post_score FROM enrolments WHERE participant_id = ?", (erased,)).fetchall()
            copies = [r[0] for r in con.execute("SELECT fields FROM outbox WHERE record_id = ? AND status = 'acked'", (erased,))]
            conflicts = con.execute("SELECT kept, other FROM sync_conflicts WHERE record_id = ?", (erased,)).fetchall()
        finally:
            con.close()
        assert row == ("", "", None, "", 1)
        assert scores == [(None, None)]
        assert not any(name in c for c in copies) and all(k is None and o is None for k, o in conflicts)
    with network.hub.store.read() as s:
        from pan_desktop.hub.models import HubRow

        held = s.get(HubRow, ("participants", erased))
        assert held.deleted and held.data["name"] == "" and held.data["phone"] == ""


def test_an_edit_of_an_erased_participant_does_not_bring_the_name_back(network):
    a1, a2 = network.device("a1", "Org A"), network.device("a2", "Org A")
    sid, pids = one_session(a1.services, people=1)
    network.sync_all()
    a1.services.training.erase_participant(pids[0])
    a2.services.training.update_participant(pids[0], {"name": "Tên mới", "phone": "0900000000"})
    for d in (a1, a2, a1, a2):
        d.sync()
    network.check()
    for d in (a1, a2):
        assert _names(d) == [""]


def test_erasing_a_person_with_a_logged_conflict_blanks_it_everywhere(network):
    a1, a2 = network.device("a1", "Org A"), network.device("a2", "Org A")
    sec = network.device("sec", "Secretariat", role="secretariat")
    sid, pids = one_session(a1.services, people=1)
    network.sync_all()
    a1.services.training.update_participant(pids[0], {"name": "Tên một"})
    a2.services.training.update_participant(pids[0], {"name": "Tên hai"})
    a1.sync()
    a2.sync()
    network.sync_all()
    assert any(c.field == "name" for c in a1.services.conflicts.list())
    sec.services.training.erase_participant(pids[0])
    network.sync_all()
    network.check()
    for d in (a1, a2, sec):
        assert _names(d) == [""]
