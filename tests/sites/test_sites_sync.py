"""Sites and assessments sync through a real hub on 127.0.0.1 with G1–G5 held; the owner's name and
phone never reach another organisation."""

from __future__ import annotations

from sqlalchemy import select

from pan_desktop.core.models import RECORD_MODELS, SyncConflict
from pan_desktop.core.sites.service import site_service
from pan_desktop.hub.models import HubRow
from tests.sites.conftest import make_photo

OWNER, PHONE = "Lê Thị Bí Mật", "0909 111 222"


def _all_text(services) -> str:
    parts = []
    with services.db.session() as s:
        for model in RECORD_MODELS.values():
            parts += [repr(dict(r)) for r in s.execute(select(model.__table__)).mappings()]
    return "\n".join(parts)


def test_assessments_sync_and_personal_fields_stay_in_the_organisation(network, tmp_path):
    a1 = network.device("a1", "Org A")
    a2 = network.device("a2", "Org A")
    b1 = network.device("b1", "Org B")
    sa = site_service(a1.services)
    site = sa.add_site({"name": "Vựa Thành Công", "kind": "junk-shop", "provinces": ["Đà Nẵng"], "owner": OWNER,
                        "phone": PHONE, "lat": "16.0544", "lon": "108.2022"})
    a = sa.start(site["id"], "junk-shop", on="2026-11-02")
    items = sa.show(a["id"])["items"]
    for item in items:
        sa.set_answer(a["id"], item["id"], "partly", note="ghi chú")
    sa.set_answer(a["id"], items[0]["id"], "no", reason="nhìn lại")
    sa.set_action(a["id"], items[0]["id"], "Làm mái che", "chủ vựa", "2026-12-15")
    sa.add_photo(a["id"], items[0]["id"], make_photo(tmp_path / "p.jpg", (320, 240), 16.0545, 108.2023))
    sa.finalize(a["id"])
    network.sync_all()
    network.check()

    with network.hub.store.read() as s:
        contact = s.scalars(select(HubRow).where(HubRow.table_name == "site_contacts")).one()
        assert contact.visibility == "org" and contact.data["owner"] == OWNER
        site_row = s.get(HubRow, ("sites", site["id"]))
        assert site_row.visibility == "network" and OWNER not in repr(site_row.data)

    seen_by_a2 = site_service(a2.services)
    assert seen_by_a2.site(site["id"])["owner"] == OWNER  # the same organisation reads it
    assert seen_by_a2.show(a["id"])["scores"] == sa.show(a["id"])["scores"]
    assert seen_by_a2.history(a["id"])["changes"][0]["reason"] == "nhìn lại"

    seen_by_b = site_service(b1.services)
    shown = seen_by_b.site(site["id"])
    assert (shown["name"], shown["owner"], shown["phone"]) == ("Vựa Thành Công", "", "")
    assert seen_by_b.show(a["id"])["status"] == "finalized"
    assert seen_by_b.show(a["id"])["items"][0]["photos"][0]["sha256"]
    text = _all_text(b1.services)
    assert OWNER not in text and PHONE not in text

    # a change of phone reaches the organisation, still never the other one
    sa.update_site(site["id"], {"phone": "0909 333 444"})
    network.sync_all()
    network.check()
    assert seen_by_a2.site(site["id"])["phone"] == "0909 333 444"
    assert "0909 333 444" not in _all_text(b1.services)


def test_two_devices_answering_one_draft_keep_both_answers_and_log_a_clash(network):
    a1, a2 = network.device("a1", "Org A"), network.device("a2", "Org A")
    s1 = site_service(a1.services)
    site = s1.add_site({"name": "Điểm thu gom Hòa Khánh", "kind": "collection-point", "provinces": ["Đà Nẵng"]})
    a = s1.start(site["id"], "junk-shop")
    items = [i["id"] for i in s1.show(a["id"])["items"]]
    s1.set_answer(a["id"], items[0], "yes")
    network.sync_all()
    s2 = site_service(a2.services)
    s2.set_answer(a["id"], items[1], "no")  # another item: both answers stay
    s1.set_answer(a["id"], items[0], "partly", reason="xem lại")
    s2.set_answer(a["id"], items[0], "no", reason="nhìn kỹ hơn")  # the same answer, at the same time: a conflict
    network.sync_all()
    network.check()
    one, two = s1.show(a["id"]), s2.show(a["id"])
    assert one["items"] == two["items"] and one["items"][1]["answer"] == "no"
    assert one["items"][0]["answer"] in ("partly", "no")
    with a1.services.db.session() as s:
        clashes = list(s.scalars(select(SyncConflict).where(SyncConflict.table_name == "assessment_answers")))
    assert [c.field for c in clashes] == ["answer"]
    assert len(s1.history(a["id"])["changes"]) == 2  # both changes of the first answer are in the log


def test_a_contact_pushed_as_network_visible_is_still_kept_in_its_org(network):
    """Site contacts follow the one privacy rule (core.shared.privacy): a device, old or tampered, that says
    a site's owner is network-visible does not widen who reads it."""
    import sqlite3

    a, b = network.device("a", "Org A"), network.device("b", "Org B")
    site = site_service(a.services).add_site({"name": "Vựa Mở", "kind": "junk-shop", "owner": OWNER, "phone": PHONE})
    con = sqlite3.connect(a.services.data_dir / "pan.db")
    with con:
        con.execute("UPDATE site_contacts SET visibility = 'network'")
    con.close()
    network.sync_all()
    network.check()
    assert site_service(b.services).site(site["id"])["name"] == "Vựa Mở"
    assert OWNER not in _all_text(b.services) and PHONE not in _all_text(b.services)
