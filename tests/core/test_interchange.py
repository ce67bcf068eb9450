"""Import/export of initiatives: all or nothing, every bad row reported, round trips exactly."""

import hashlib
import json

import pytest

from pan_desktop.core.errors import ImportRejected, PanError
from pan_desktop.core.services import ListQuery

HEADER = "title_vi,title_en,provinces,themes,start_date,end_date,status,organizations"


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def db_digest(data_dir):
    return hashlib.sha256((data_dir / "pan.db").read_bytes()).hexdigest()


def all_initiatives(services):
    return services.initiatives.list(ListQuery(limit=100_000, sort="created_at")).records


def test_csv_with_excel_bom_imports(services, tmp_path):
    f = write(tmp_path / "a.csv", "\ufeff" + HEADER + "\nPhân loại rác,Waste sorting,Long An; Hà Nội,3r,2018,2023,completed,WWF-Vietnam\n")
    report = services.interchange.import_file(f)
    assert report.created == 1
    rec = all_initiatives(services)[0]
    assert rec["title_vi"] == "Phân loại rác" and rec["provinces"] == ["Long An", "Hà Nội"]


def test_csv_without_bom_and_jsonl_both_import(services, tmp_path):
    services.interchange.import_file(write(tmp_path / "a.csv", HEADER + "\nA,,,,,,,\n"))
    services.interchange.import_file(write(tmp_path / "b.jsonl", json.dumps({"title_en": "B", "provinces": ["Huế"]}) + "\n\n"))
    assert sorted(r.title() for r in all_initiatives(services)) == ["A", "B"]


def test_one_bad_row_rejects_the_whole_file_and_lists_every_problem(services, data_dir, tmp_path):
    services.initiatives.create({"title_vi": "Đã có"})
    before = db_digest(data_dir)
    f = write(tmp_path / "bad.csv", HEADER + "\n"
              "Tốt,,,,,,,\n"            # line 2: fine
              ",,,,,,,\n"               # line 3: blank row, skipped
              ",Only spaces? no: empty titles,,,2019-02-30,,,\n"  # line 4: bad date (title_en present)
              ",,Huế,,,,,\n"            # line 5: no title
              "X,,,,2020,2019,done,\n")  # line 6: end before start, unknown status
    with pytest.raises(ImportRejected) as err:
        services.interchange.import_file(f)
    where = {(p.line, p.field) for p in err.value.problems}
    assert where == {(4, "start_date"), (5, "title_vi"), (6, "status"), (6, "end_date")}
    assert "line 6, status" in str(err.value)
    assert db_digest(data_dir) == before
    assert [r.title() for r in all_initiatives(services)] == ["Đã có"]


def test_a_ten_megabyte_field_is_reported_not_crashing(services, tmp_path):
    huge = "x" * (10 * 1024 * 1024)
    f = write(tmp_path / "huge.csv", f"title_vi,description_vi\nA,{huge}\n")
    with pytest.raises(ImportRejected, match="line 2, description_vi: is 10,485,760 characters long"):
        services.interchange.import_file(f)


def test_duplicate_ids_in_one_file_are_refused(services, tmp_path):
    rid = "01941f29-7c00-7fdf-a433-000000000001"
    f = write(tmp_path / "dup.csv", f"id,title_vi\n{rid},A\n{rid},B\nnot-a-uuid,C\n")
    with pytest.raises(ImportRejected) as err:
        services.interchange.import_file(f)
    messages = [str(p) for p in err.value.problems]
    assert messages == ["line 3, id: the same id is already on line 2",
                        "line 4, id: 'not-a-uuid' is not a UUID; leave id empty for a new record"]


def test_formula_and_markup_text_is_kept_as_text(services, tmp_path):
    formula = '=HYPERLINK("http://evil.example","click")'
    markup = "<b>bold</b> & <script>alert(1)</script>"
    f = write(tmp_path / "hostile.jsonl", json.dumps({"title_vi": formula, "summary_vi": markup}) + "\n")
    services.interchange.import_file(f)
    rec = all_initiatives(services)[0]
    assert rec["title_vi"] == formula and rec["summary_vi"] == markup
    out = tmp_path / "out.csv"
    services.interchange.export_file(out)
    text = out.read_text("utf-8-sig")
    assert "'=HYPERLINK" in text  # a spreadsheet will not run it


def test_a_column_with_data_that_matches_no_field_refuses_the_file_naming_the_closest_name(services, tmp_path):
    f = write(tmp_path / "u.csv", "title_vi,provinse,colour\nA,Huế,\n")
    with pytest.raises(ImportRejected) as err:
        services.interchange.import_file(f)
    assert [str(p) for p in err.value.problems] == [
        "line 1: column B 'provinse' holds data but matches no field; the closest known name is 'Province'. Rename the "
        "column, or import with --ignore-unknown to leave it out"]
    assert err.value.problems[0].params == {"column": "provinse", "letter": "B", "count": 1, "first_line": 2, "closest": "Province"}
    assert all_initiatives(services) == []


def test_ignore_unknown_leaves_the_column_out_and_the_report_says_so(services, tmp_path):
    f = write(tmp_path / "u.csv", "title_vi,Ghi chú,colour\nA,gọi lại sau,\nB,,\n")
    report = services.interchange.import_file(f, ignore_unknown=True)
    assert report.created == 2 and report.ignored_columns == ["Ghi chú"]
    assert [(n.code, n.params.get("column")) for n in report.notes] == [("import.note.empty_column", "colour"),
                                                                        ("import.note.ignored_column", "Ghi chú")]
    assert report.as_dict()["ignored_columns"] == ["Ghi chú"]


def test_the_same_id_updates_that_record(services, tmp_path):
    rec = services.initiatives.create({"title_vi": "Cũ", "status": "planned"})
    f = write(tmp_path / "upd.csv", f"id,title_vi,status\n{rec.id},Mới,ongoing\n")
    report = services.interchange.import_file(f)
    assert (report.created, report.updated) == (0, 1)
    assert services.initiatives.get(rec.id)["status"] == "ongoing"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_export_then_reimport_gives_the_same_records(services, tmp_path, suffix):
    services.initiatives.create({"title_vi": "Dấu ; chấm phẩy", "outputs": ["10.000 thùng rác; 2 xe", "a\\b"], "provinces": "Long An",
                                 "description_vi": "Dòng 1\nDòng 2, \"ngoặc\"", "start_date": "2022-05", "kind": "project"})
    services.initiatives.create({"title_en": "-5 degrees", "summary_en": "@mention +plus"})
    before = [r.as_dict() for r in all_initiatives(services)]
    out = tmp_path / f"all{suffix}"
    assert services.interchange.export_file(out) == 2
    report = services.interchange.import_file(out)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert [r.as_dict() for r in all_initiatives(services)] == before


def test_export_into_a_missing_folder_says_so(services, tmp_path):
    with pytest.raises(PanError, match="Cannot write"):
        services.interchange.export_file(tmp_path / "nope" / "x.csv")


def test_unsupported_file_types_say_what_to_use(services, tmp_path):
    with pytest.raises(PanError, match="Use a .csv, .xlsx or .jsonl file"):
        services.interchange.import_file(write(tmp_path / "x.pdf", "%PDF"))
    with pytest.raises(PanError, match="not '.xls'. Save the file as .xlsx or as CSV UTF-8") as err:
        services.interchange.import_file(write(tmp_path / "x.xls", "old"))
    assert err.value.code == "import.file_type.spreadsheet"


def test_malformed_jsonl_lines_are_reported_by_line(services, tmp_path):
    f = write(tmp_path / "m.jsonl", '{"title_vi": "A"}\n{"title_vi": \n[1,2]\n')
    with pytest.raises(ImportRejected) as err:
        services.interchange.import_file(f)
    assert [p.line for p in err.value.problems] == [2, 3]


def test_a_jsonl_line_may_update_only_some_fields_of_a_stored_record(services, tmp_path):
    rec = services.initiatives.create({"title_vi": "Giữ tên", "status": "planned"})
    f = write(tmp_path / "partial.jsonl", json.dumps({"id": rec.id, "status": "completed"}) + "\n")
    report = services.interchange.import_file(f)
    assert report.updated == 1
    stored = services.initiatives.get(rec.id)
    assert (stored["title_vi"], stored["status"]) == ("Giữ tên", "completed")
