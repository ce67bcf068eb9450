"""The names left as text: ``pan-desktop records unlinked-orgs`` lists them with the records holding them
and the organisations an ambiguous one may mean."""

from __future__ import annotations

import json

from pan_desktop.cli import main
from pan_desktop.core.services.org_links import unlinked_names


def test_unlinked_orgs_lists_each_name_kept_as_text_with_its_records_and_candidates(services, data_dir, capsys):
    orgs = services.records["organizations"]
    green = orgs.create({"name_vi": "Nhóm Xanh Huế", "aliases": ["NX"]}).id
    danang = orgs.create({"name_vi": "Nhóm Xanh Đà Nẵng", "aliases": ["NX"]}).id
    one = services.initiatives.create({"title_vi": "Một", "organizations": ["Nhóm Xanh Huế", "NX", "Nhóm lạ"]})
    two = services.initiatives.create({"title_vi": "Hai", "organizations": ["NX"], "funders": ["Quỹ A"]})
    early = services.records["policies"].create({"title_vi": "Quy định", "issuing_body": "Sở Mới"})
    gone = services.records["events"].create({"title_vi": "Họp", "organizations": ["Nhóm lạ"]})
    services.records["events"].delete(gone.id)
    later = orgs.create({"name_vi": "Sở Mới"}).id  # the policy was written before its organisation came

    assert services.initiatives.get(one.id)["organization_ids"] == [green]
    assert main(["--data-dir", str(data_dir), "records", "unlinked-orgs", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)["unlinked"]
    assert got == [
        {"name": "NX", "table": "initiatives", "field": "organizations", "records": [one.id, two.id],
         "candidates": sorted([green, danang])},
        {"name": "Quỹ A", "table": "initiatives", "field": "funders", "records": [two.id], "candidates": []},
        {"name": "Nhóm lạ", "table": "initiatives", "field": "organizations", "records": [one.id], "candidates": []},
        {"name": "Sở Mới", "table": "policies", "field": "issuing_body", "records": [early.id], "candidates": [later]},
    ]
    assert main(["--data-dir", str(data_dir), "records", "unlinked-orgs"]) == 0
    out = capsys.readouterr()
    assert out.out.splitlines()[0].startswith("NX\tinitiatives.organizations\t2 record(s)\tcould mean ")
    assert "4 organisation name(s) kept as text" in out.err


def test_a_data_dir_without_names_kept_as_text_lists_none(services):
    with services.db.session() as s:
        assert unlinked_names(s) == []
