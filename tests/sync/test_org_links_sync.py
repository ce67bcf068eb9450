"""The organisation links travel through the hub: a device's new organisation and the records linked
to it reach another device linked, and a concurrent edit of the names keeps the links."""

from __future__ import annotations


def test_an_organisation_and_the_records_linked_to_it_arrive_linked(network):
    one, two = network.device("one", "Org A"), network.device("two", "Org A")
    org = one.services.records["organizations"].create({"name_vi": "Nhóm Xanh Huế", "short_name": "NXH",
                                                         "aliases": ["Green Hue"]})
    rid = one.services.initiatives.create({"title_vi": "Chợ xanh", "organizations": ["green hue", "Nhóm lạ"],
                                           "funders": ["NXH"]}).id
    event = one.services.records["events"].create({"title_vi": "Họp", "organizations": ["Nhóm Xanh Huế"]}).id
    policy = one.services.records["policies"].create({"title_vi": "Quy định", "issuing_body": "nxh"}).id
    network.sync_all()
    network.check()
    got = two.services.initiatives.get(rid)
    assert (got["organization_ids"], got["organizations"], got["funder_ids"]) == ([org.id], ["Nhóm lạ"], [org.id])
    assert two.services.records["events"].get(event)["organization_ids"] == [org.id]
    assert two.services.records["policies"].get(policy)["issuer_ids"] == [org.id]
    assert two.services.records["organizations"].get(org.id)["aliases"] == ["Green Hue"]

    one.services.initiatives.update(rid, {"organizations": ["Nhóm lạ", "Nhóm khác"]})  # names only: links stay
    two.services.initiatives.update(rid, {"title_en": "Green market"})
    network.sync_all()
    network.check()
    for d in (one, two):
        rec = d.services.initiatives.get(rid)
        assert (rec["organization_ids"], rec["organizations"], rec["title_en"]) == (
            [org.id], ["Nhóm lạ", "Nhóm khác"], "Green market")
