"""The command-line flow of the issue, end to end: site, assessment, answers, scores, lock, revise, audit."""

from __future__ import annotations

import json

import pytest

from pan_desktop.cli import main


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, data_dir, *args):
    code, out, err = run(capsys, data_dir, *args)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def started(capsys, data_dir):
    site = run_json(capsys, data_dir, "site", "add", "--name", "Xưởng nhựa Tân Tiến", "--kind", "factory",
                    "--province", "Bắc Ninh", "--owner", "Trần Thị Hoa", "--phone", "0987 000 111", "--json")
    a = run_json(capsys, data_dir, "assess", "start", site["id"], "--checklist", "factory", "--date", "2026-11-20", "--json")
    return site["id"], a


def test_cli_flow_scores_lock_revise_and_audit(capsys, data_dir, started):
    site_id, a = started
    assert set(a) == {"id", "version", "status"} and (a["version"], a["status"]) == (1, "draft")
    shown = run_json(capsys, data_dir, "assess", "show", a["id"], "--json")
    assert len(shown["items"]) == 15 and shown["scores"]["overall"] is None
    assert set(shown["scores"]) == {"air", "siting", "land_soil", "litter_debris", "water", "overall"}
    answers = ["yes", "partly", "no", "na"]
    given = {}
    for n, item in enumerate(shown["items"]):
        given[item["id"]] = (item["aspect"], answers[n % 4])
        assert run(capsys, data_dir, "assess", "set", a["id"], item["id"], answers[n % 4], "--note", f"n{n}")[0] == 0

    # the formula, computed here independently: (yes + ½ partly) / answered other than na
    def expect(pairs):
        counted = [ans for _asp, ans in pairs if ans != "na"]
        return round(100 * (counted.count("yes") + 0.5 * counted.count("partly")) / len(counted), 1) if counted else None
    shown = run_json(capsys, data_dir, "assess", "show", a["id"], "--json")
    assert shown["scores"]["overall"] == expect(given.values())
    for key, code in (("air", "air"), ("siting", "siting"), ("land_soil", "land-soil"), ("litter_debris", "litter"), ("water", "water")):
        assert shown["scores"][key] == expect([p for p in given.values() if p[0] == code])

    first = shown["items"][0]["id"]
    assert run(capsys, data_dir, "assess", "set", a["id"], first, "no", "--reason", "checked the roof again")[0] == 0
    assert run(capsys, data_dir, "assess", "finalize", a["id"])[0] == 0

    code, _out, err = run(capsys, data_dir, "assess", "set", a["id"], first, "yes")
    assert code == 1 and "finalized" in err
    assert run_json(capsys, data_dir, "assess", "show", a["id"], "--json")["items"][0]["answer"] == "no"

    v2 = run_json(capsys, data_dir, "assess", "revise", a["id"], "--reason", "owner showed the new dust filter", "--json")
    assert (v2["version"], v2["status"]) == (2, "draft")
    assert run(capsys, data_dir, "assess", "set", v2["id"], first, "yes")[0] == 0
    v1 = run_json(capsys, data_dir, "assess", "show", v2["id"], "--version", "1", "--json")
    assert (v1["version"], v1["status"], v1["items"][0]["answer"]) == (1, "finalized", "no")
    assert run_json(capsys, data_dir, "assess", "show", v2["id"], "--json")["items"][0]["answer"] == "yes"

    history = run_json(capsys, data_dir, "assess", "history", v2["id"], "--json")
    changes = [(c["version"], c["item"], c["field"], c["old"], c["new"], c["reason"]) for c in history["changes"]]
    assert (1, first, "answer", "yes", "no", "checked the roof again") in changes
    assert (2, first, "answer", "no", "yes", "owner showed the new dust filter") in changes
    assert all(c["at"] for c in history["changes"])
    assert [v["version"] for v in history["versions"]] == [1, 2]

    site = run_json(capsys, data_dir, "site", "show", site_id, "--json")
    assert [(v["date"], v["version"]) for v in site["visits"]] == [("2026-11-20", 2)]
    assert site["owner"] == "Trần Thị Hoa"


def test_finalize_names_the_unanswered_items_and_changes_nothing(capsys, data_dir, started):
    _site, a = started
    shown = run_json(capsys, data_dir, "assess", "show", a["id"], "--json")
    for item in shown["items"][:-2]:
        run(capsys, data_dir, "assess", "set", a["id"], item["id"], "yes")
    code, _out, err = run(capsys, data_dir, "assess", "finalize", a["id"])
    assert code == 1
    assert shown["items"][-1]["id"] in err and shown["items"][-2]["id"] in err
    assert run_json(capsys, data_dir, "assess", "show", a["id"], "--json")["status"] == "draft"


def test_hostile_input_is_refused_without_change(capsys, data_dir, started):
    site_id, a = started
    assert run(capsys, data_dir, "assess", "set", a["id"], "no-such-item", "yes")[0] == 1
    assert run(capsys, data_dir, "assess", "set", "not-an-id", "f-air-1", "yes")[0] == 1
    assert run(capsys, data_dir, "site", "add", "--name", "X", "--kind", "factory", "--province", "Huế",
               "--lat", "91", "--lon", "10")[0] == 1
    assert run(capsys, data_dir, "site", "add", "--name", "X", "--kind", "factory", "--province", "Huế",
               "--lat", "abc", "--lon", "10")[0] == 1
    assert run(capsys, data_dir, "assess", "revise", a["id"], "--reason", "x")[0] == 1  # a draft is not revised
    assert run(capsys, data_dir, "assess", "revise", a["id"], "--reason", "   ")[0] == 1
    assert [s["id"] for s in run_json(capsys, data_dir, "site", "list", "--json")] == [site_id]


def test_a_pack_update_does_not_change_an_assessment_made_with_the_old_checklist(sites, junk_shop):
    from dataclasses import replace

    real = sites.packs
    a = sites.start(junk_shop["id"], "junk-shop")
    before = sites.show(a["id"])
    pack = real("guideline-pellet-leakage")
    cl = next(c for c in pack.checklists if c.id == "junk-shop")
    changed_item = replace(cl.items[0], text=replace(cl.items[0].text, vi="Câu đã sửa ở bản 1.1", en="Reworded in 1.1"))
    newer = replace(pack, version="1.1.0", checklists=tuple(
        replace(c, items=(changed_item, *c.items[1:])) if c.id == "junk-shop" else c for c in pack.checklists))
    sites.packs = lambda _id: newer
    b = sites.start(junk_shop["id"], "junk-shop")
    old, new = sites.show(a["id"]), sites.show(b["id"])
    assert old["items"] == before["items"] and old["checklist"] == before["checklist"]
    assert old["items"][0]["text_en"] == cl.items[0].text.en
    assert new["items"][0]["text_en"] == "Reworded in 1.1" and new["checklist"]["version"] == "1.1.0"
    assert new["checklist"]["hash"] != old["checklist"]["hash"]


def test_list_filters_and_open_actions(sites, junk_shop):
    other = sites.add_site({"name": "Nhà máy Sông Hồng", "kind": "factory", "provinces": ["Hải Phòng"]})
    a = sites.start(junk_shop["id"], "junk-shop", on="2026-10-01")
    for item in sites.show(a["id"])["items"]:
        sites.set_answer(a["id"], item["id"], "no")
    first = sites.show(a["id"])["items"][0]["id"]
    sites.set_action(a["id"], first, "Che kín máy băm", "anh Phát", "2026-12-31")
    listed = {s["id"]: s for s in sites.list_sites()}
    assert listed[junk_shop["id"]]["open_actions"] == 1 and listed[junk_shop["id"]]["last_overall"] == 0.0
    assert listed[other["id"]]["last_visit"] is None
    assert [s["id"] for s in sites.list_sites(kind="factory")] == [other["id"]]
    assert [s["id"] for s in sites.list_sites(province="Ha Noi")] == [junk_shop["id"]]
    assert [s["id"] for s in sites.list_sites(text="song hong")] == [other["id"]]
    assert "owner" not in listed[junk_shop["id"]]  # the list never carries personal fields
