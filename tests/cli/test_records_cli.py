"""The headless CLI: init, list, show, add, update, delete, restore, import, export."""

import json
import subprocess
import sys

import pytest

from pan_desktop.cli import main

LONG_AN = "01941f29-7c0c-776b-bac3-e2164316715f"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def initialised(data_dir, capsys):
    assert run(capsys, "--data-dir", str(data_dir), "init")[0] == 0
    return data_dir


def test_init_and_list_json_show_the_seed_initiatives_with_real_places_and_periods(tmp_path):
    d = tmp_path / "d"
    env_cmd = [sys.executable, "-m", "pan_desktop", "--data-dir", str(d)]
    assert subprocess.run([*env_cmd, "init"], capture_output=True).returncode == 0
    second = subprocess.run([*env_cmd, "init"], capture_output=True, text=True)
    assert "0 loaded, 13 already present" in second.stdout
    out = subprocess.run([*env_cmd, "list", "initiatives", "--json"], capture_output=True, text=True, encoding="utf-8")
    records = {r["id"]: r for r in json.loads(out.stdout)}
    assert len(records) == 13
    long_an = records[LONG_AN]
    assert (long_an["provinces"], long_an["start_date"], long_an["end_date"]) == (["Long An"], "2018", "2023")
    assert "hỗ trợ gần 10.000 thùng rác cho hộ gia đình" in long_an["outputs"]  # results are written in Vietnamese
    hue = next(r for r in records.values() if r["title_en"].startswith("Project Hue"))
    assert (hue["provinces"], hue["start_date"], hue["end_date"]) == (["Huế"], "2021", "2024")
    asean = next(r for r in records.values() if "Resin Pellets" in r["title_en"])
    assert asean["start_date"] == "2022-05" and asean["funders"] == []  # named by its record, not by a name
    assert asean["funder_ids"] == ["01941f29-7c09-7abe-993d-5d0c24949a42"]  # RKC-MPD of ERIA
    assert all(r["sources"] for r in records.values())
    assert set(json.loads(out.stdout)[0]) >= {"id", "title_vi", "title_en", "summary_vi", "summary_en", "organizations", "funders",
                                              "provinces", "themes", "audiences", "outputs", "sources", "start_date", "end_date", "status"}


def test_list_filters_by_former_and_current_province(initialised, capsys):
    code, out, _ = run(capsys, "--data-dir", str(initialised), "list", "initiatives", "--province", "Tay Ninh", "--json")
    assert [r["id"] for r in json.loads(out)] == [LONG_AN]
    code, out, _ = run(capsys, "--data-dir", str(initialised), "list", "initiatives", "--province", "An Giang", "--json")
    assert [r["title_en"] for r in json.loads(out)] == ["Project to reduce ocean plastic waste in Vietnam – Phu Quoc"]


def test_update_delete_restore_round(initialised, capsys):
    d = str(initialised)
    code, out, _ = run(capsys, "--data-dir", d, "update", LONG_AN, "--set", "status=completed", "--set", "themes=3r; waste-separation", "--json")
    assert code == 0 and json.loads(out)["status"] == "completed" and json.loads(out)["themes"] == ["3r", "waste-separation"]
    code, out, _ = run(capsys, "--data-dir", d, "delete", LONG_AN)
    assert code == 0 and "restore" in out
    code, _, err = run(capsys, "--data-dir", d, "show", LONG_AN)
    assert code == 1 and "No record with id" in err
    assert run(capsys, "--data-dir", d, "restore", LONG_AN)[0] == 0
    assert run(capsys, "--data-dir", d, "show", LONG_AN)[0] == 0


def test_user_mistakes_give_a_message_and_exit_code_not_a_traceback(initialised, capsys):
    d = str(initialised)
    code, _, err = run(capsys, "--data-dir", d, "update", LONG_AN, "--set", "start_date=2023-02-30")
    assert code == 1 and err.startswith("pan-desktop: start_date: 2023-02 has no day 30") and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", d, "update", LONG_AN, "--set", "nonsense")
    assert code == 1 and "use FIELD=VALUE" in err
    code, _, err = run(capsys, "--data-dir", d, "import", str(initialised / "missing.csv"))
    assert code == 1 and "cannot read the file" in err


def test_add_import_export(initialised, capsys, tmp_path):
    d = str(initialised)
    code, out, _ = run(capsys, "--data-dir", d, "add", "events", "--set", "title_vi=Tập huấn", "--set", "start_date=2025-10-01", "--json")
    assert code == 0 and json.loads(out)["start_date"] == "2025-10-01"
    f = tmp_path / "new.csv"
    f.write_text("title_vi,provinces\nMô hình mới,Bến Tre\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", d, "import", str(f))
    assert code == 0 and "1 added, 0 updated, 0 already present, 0 refused" in out
    code, out, _ = run(capsys, "--data-dir", d, "list", "initiatives", "--province", "Vĩnh Long", "--json")
    assert [r["title_vi"] for r in json.loads(out)] == ["Mô hình mới"]
    out_file = tmp_path / "all.jsonl"
    assert run(capsys, "--data-dir", d, "export-data", "--out", str(out_file))[0] == 0
    assert len(out_file.read_text("utf-8").splitlines()) == 14


def test_data_dir_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PAN_DATA_DIR", str(tmp_path / "envdir"))
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "envdir" / "pan.db").exists()
    assert (tmp_path / "envdir" / "logs" / "pan-desktop.log").exists()
