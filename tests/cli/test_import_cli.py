"""`pan-desktop import` and `export-data --template`: the summary, the flags and the JSON shape."""

import json

from pan_desktop.cli import main

HEADER = "Tên dự án,Tỉnh/thành,Bắt đầu,Tổ chức thực hiện"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_summary_and_json_say_added_updated_already_present_refused(data_dir, capsys, tmp_path):
    d = str(data_dir)
    f = tmp_path / "vi.csv"
    f.write_text(f"{HEADER}\nMô hình A,Huế,2020,GreenHub\nMô hình A,Huế,2020,GreenHub\nMô hình B,Hà Nội,2021,\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", d, "import", str(f))
    assert code == 0
    assert out.splitlines()[:2] == [f"{f}: 2 added, 0 updated, 1 already present, 0 refused", "  line 3: already present (same as line 2)"]
    code, out, _ = run(capsys, "--data-dir", d, "import", str(f), "--json")
    report = json.loads(out)
    assert code == 0
    assert {k: report[k] for k in ("added", "updated", "already_present", "refused")} == {"added": 0, "updated": 0, "already_present": 3, "refused": 0}
    assert [p["line"] for p in report["present"]] == [2, 3, 4] and (report["format"], report["separator"]) == ("csv", "comma")
    code, out, _ = run(capsys, "--data-dir", d, "import", str(f), "--allow-duplicates", "--json")
    assert json.loads(out)["added"] == 3


def test_a_refused_import_prints_every_problem_with_code_and_exits_1(data_dir, capsys, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text(f"{HEADER},Ghi chú\nA,Huế,2020-13,,x\nB,,,,\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(f), "--json")
    report = json.loads(out)
    assert code == 1 and (report["added"], report["refused"]) == (0, 2)
    assert [(p["line"], p["code"]) for p in report["problems"]] == [(1, "import.header.unknown"), (2, "value.bad_month")]
    assert report["problems"][1]["params"] == {"column": "Bắt đầu", "letter": "C"}
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(f))
    assert code == 1 and out.strip().endswith("0 added, 0 updated, 0 already present, 2 refused")
    assert "line 1: column E 'Ghi chú' holds data but matches no field" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(f), "--ignore-unknown")
    assert code == 1  # the bad month is still refused
    f.write_text(f"{HEADER},Ghi chú\nA,Huế,2020,,x\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(f), "--ignore-unknown")
    assert code == 0 and "note: line 1: column E 'Ghi chú' matches no field; its 1 value(s) were left out, as asked" in out


def test_xlsx_sheet_flag(data_dir, capsys, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Tên dự án"])
    book.active.append(["Trang đầu"])
    book.create_sheet("Năm 2024").append(["Tên dự án"])
    book["Năm 2024"].append(["Trang hai"])
    book.save(tmp_path / "b.xlsx")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(tmp_path / "b.xlsx"), "--sheet", "Năm 2024", "--json")
    assert code == 0 and json.loads(out)["sheet"] == "Năm 2024"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "initiatives", "--json")
    assert [r["title_vi"] for r in json.loads(out)] == ["Trang hai"]


def test_template_has_the_vietnamese_headings_and_an_example_that_reimports_as_already_present(data_dir, capsys, tmp_path):
    d = str(data_dir)
    for name in ("mau-nhap-lieu.csv", "mau-nhap-lieu.xlsx"):
        out_file = tmp_path / name
        code, out, _ = run(capsys, "export-data", "--template", "--out", str(out_file))
        assert code == 0 and out_file.exists() and not list(tmp_path.glob("*.partial"))
    text = (tmp_path / "mau-nhap-lieu.csv").read_text("utf-8-sig").splitlines()
    assert text[0].startswith("Tên (tiếng Việt),Tên (tiếng Anh),Loại,Tóm tắt (tiếng Việt)") and "Tỉnh/thành" in text[0]
    assert text[1].startswith('"Dự án Quản lý chất thải Long An, Đồng bằng sông Cửu Long"')
    code, out, _ = run(capsys, "--data-dir", d, "import", str(tmp_path / "mau-nhap-lieu.csv"), "--json")
    assert code == 0 and json.loads(out)["added"] == 1  # an empty database: the example is new
    for name in ("mau-nhap-lieu.csv", "mau-nhap-lieu.xlsx"):
        code, out, _ = run(capsys, "--data-dir", d, "import", str(tmp_path / name), "--json")
        notes = [n["code"] for n in json.loads(out)["notes"]]
        assert (code, json.loads(out)["already_present"], notes) == (0, 1, ["import.org.unmatched"])  # no organisations here
    code, out, _ = run(capsys, "--data-dir", d, "list", "initiatives", "--json")
    (record,) = json.loads(out)
    assert (record["provinces"], record["kind"], record["themes"][0], record["start_date"]) == (["Long An"], "project", "waste-separation", "2018")
    code, _, err = run(capsys, "export-data", "--template", "--out", str(tmp_path / "t.jsonl"))
    assert code == 1 and "template is written as a .csv or .xlsx file" in err
