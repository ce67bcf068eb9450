"""The hub links organisation names: rows it held before the links, and rows pushed with names only,
reach every device linked; a device's concurrent edit is kept (G1); a second run changes nothing."""

from __future__ import annotations

from sqlalchemy import select

from pan_desktop.core.ids import uuid7
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.hub.app import create_app
from pan_desktop.hub.models import ChangeRow, Conflict, HubRow, Meta
from pan_desktop.hub.org_links import LINKED_MARK, link_stored

OLD_HLC = "0001764460800000-0000-olddevice"


def old_row(hub, table: str, org_id: str, **values) -> str:
    """A row as a hub before organisation links stored it: names only, no ids fields (and the hub has no
    note of a linking done)."""
    spec = TABLES[table]
    data = {k: v for k, v in spec.empty_values().items() if k not in dict(spec.org_links)}
    data.update(values)
    rid, now = uuid7(), utcnow()
    with hub.store.write() as s:
        counter = hub.store.lock_counter(s)
        counter.value += 1
        s.add(HubRow(table_name=table, id=rid, org_id=org_id, visibility="network", rev=1,
                     server_seq=counter.value, updated_hlc=OLD_HLC, updated_by="old", field_revs=dict.fromkeys(values, OLD_HLC),
                     field_by={}, deleted=False, deleted_by="", created_at=now, updated_at=now, data=data))
        s.add(ChangeRow(server_seq=counter.value, scope="net", org_id=org_id, table_name=table, record_id=rid,
                        rev=1, kind="create", device_id=""))
        if (mark := s.get(Meta, LINKED_MARK)) is not None:
            s.delete(mark)
    return rid


def hub_row(hub, table: str, rid: str) -> HubRow:
    with hub.store.read() as s:
        return s.get(HubRow, (table, rid))


def test_a_hub_links_the_rows_it_held_and_every_device_follows(network):
    one, two = network.device("one", "Org A"), network.device("two", "Org A")
    org = one.services.records["organizations"].create({"name_vi": "Nhóm Xanh Huế", "short_name": "NXH",
                                                         "aliases": ["Green Hue", "NX"]}).id
    other = one.services.records["organizations"].create({"name_vi": "Nhóm Xanh Đà Nẵng", "aliases": ["NX"]}).id
    network.sync_all()
    org_a = network.orgs["Org A"]
    rid = old_row(network.hub, "initiatives", org_a, title_vi="Chợ xanh", organizations=["green hue", "Nhóm lạ", "NX"],
                  funders=["NXH"])
    event = old_row(network.hub, "events", org_a, title_vi="Họp", organizations=["Nhóm Xanh Huế"])
    policy = old_row(network.hub, "policies", org_a, title_vi="Quy định", issuing_body="nxh")
    network.sync_all()
    assert two.services.initiatives.get(rid)["organizations"] == ["green hue", "Nhóm lạ", "NX"]

    # Concurrent edits made before the devices see the hub's links: a title, and the names themselves.
    two.services.initiatives.update(rid, {"title_en": "Green market"})
    one.services.records["events"].update(event, {"organizations": ["Nhóm Xanh Huế", "Nhóm mới"]})
    assert link_stored(network.hub.store) == 3  # the hub starts on this version
    network.sync_all()
    network.check()
    for d in (one, two):
        got = d.services.initiatives.get(rid)
        assert (got["organization_ids"], got["organizations"], got["funder_ids"], got["funders"], got["title_en"]) == (
            [org], ["Nhóm lạ", "NX"], [org], [], "Green market")
        ev = d.services.records["events"].get(event)
        assert (ev["organization_ids"], ev["organizations"]) == ([org], ["Nhóm mới"])
        pol = d.services.records["policies"].get(policy)
        assert (pol["issuer_ids"], pol["issuing_body"]) == ([org], "")
    with network.hub.store.read() as s:
        assert list(s.scalars(select(Conflict))) == []  # the names edit applied over the links, no clash
    assert other not in hub_row(network.hub, "initiatives", rid).data["organization_ids"]

    seq = network.hub_counter()
    assert link_stored(network.hub.store) == 0  # a second run changes nothing
    create_app(network.hub.store)  # nor does a restart
    assert network.hub_counter() == seq
    network.sync_all()
    network.check()
    assert two.services.initiatives.get(rid)["organization_ids"] == [org]


def test_names_pushed_before_or_after_their_organisation_arrive_linked(network):
    one, two = network.device("one", "Org A"), network.device("two", "Org A")
    before = one.services.initiatives.create({"title_vi": "Trước", "organizations": ["Hội Mới"]}).id
    one.sync()  # the hub has the name, not yet the organisation
    assert hub_row(network.hub, "initiatives", before).data["organizations"] == ["Hội Mới"]
    org = two.services.records["organizations"].create({"name_vi": "Hội Mới Quảng Trị", "short_name": "Hội Mới"}).id
    after = one.services.initiatives.create({"title_vi": "Sau", "funders": ["hoi moi"]}).id  # one has not pulled it
    network.sync_all()
    network.check()
    for d in (one, two):
        assert d.services.initiatives.get(before)["organization_ids"] == [org]
        got = d.services.initiatives.get(after)
        assert (got["funder_ids"], got["funders"]) == ([org], [])
    with network.hub.store.read() as s:
        row = s.get(HubRow, ("initiatives", after))
        assert row.field_by["funder_ids"] == "hub" and row.field_revs["funder_ids"].endswith("-hub")


def _pushed(stored_names, stored_ids, fields):
    from pan_desktop.core.shared.org_names import OrgNames
    from pan_desktop.hub.org_links import PushLinks

    links = PushLinks(None)
    links._orgs = OrgNames([{"id": "org-x", "name_vi": "Nhóm Xanh Huế", "short_name": "NXH"}])
    row = HubRow(table_name="initiatives", id="r", data={"organizations": stored_names, "organization_ids": stored_ids})
    return links.before("initiatives", fields, row)


def test_an_edit_from_a_device_that_had_not_seen_the_links_applies_to_the_linked_row():
    # an app from before the links sends names only; the hub holds the name linked
    added = _pushed([], ["org-x"], {"organizations": {"old": ["NXH"], "new": ["NXH", "Nhóm lạ"]}})
    assert added == {"organizations": {"old": [], "new": ["NXH", "Nhóm lạ"]}}
    removed = _pushed([], ["org-x"], {"organizations": {"old": ["NXH"], "new": []}})
    assert removed == {"organizations": {"old": [], "new": []}, "organization_ids": {"old": ["org-x"], "new": []}}
    same = {"organizations": {"old": ["NXH"], "new": []}}
    assert _pushed(["NXH"], [], same) == same  # the hub holds what the device saw: merged as sent
    for hostile in ({"organizations": {"old": 7, "new": []}}, {"organizations": {"old": None, "new": ["NXH"]}},
                    {"organizations": {"old": "NXH", "new": []}}):
        assert _pushed([], ["org-x"], hostile) == hostile  # an old value that is not a list of names: as sent
