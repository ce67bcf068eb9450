"""``pan-desktop search`` and ``pan-desktop index`` as a person runs them."""

from __future__ import annotations

import json

from pan_desktop.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_search_json_is_a_list_best_first(capsys, services, records, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "search", "rac", "thai", "nhua", "--json")
    assert code == 0
    hits = json.loads(out)
    assert isinstance(hits, list) and hits[0]["id"] == records["road"].id
    assert {"type", "id", "title", "score", "snippet"} <= set(hits[0])
    assert hits[0]["type"] == "initiatives" and hits[0]["title"] == "Con đường không rác thải nhựa"
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_filters_by_current_province(capsys, services, records, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "search", "rác", "--province", "Tây Ninh", "--json")
    assert code == 0 and [h["id"] for h in json.loads(out)] == [records["road"].id]


def test_plain_output_and_typo(capsys, services, records, data_dir):
    code, out, err = run(capsys, "--data-dir", str(data_dir), "search", "biểm", "--type", "initiatives")
    assert code == 0 and "showing results for" in err and "Dương Đông" in out


def test_bad_year_range_is_explained(capsys, services, data_dir):
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "search", "x", "--year-from", "2022", "--year-to", "2020")
    assert code == 1 and "swap" in err and "Traceback" not in err


def test_index_rebuild_and_check(capsys, services, records, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "index", "rebuild")
    assert code == 0 and "rebuilt" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "index", "check", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["indexed"] == report["expected"]
