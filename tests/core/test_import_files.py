"""Spreadsheets as people save them: Vietnamese headings, `;` and tab separators, UTF-16, legacy code
pages, .xlsx workbooks, broken quotes and hostile files."""

import json
import unicodedata
import zipfile

import pytest

from pan_desktop.core.errors import ImportRejected
from pan_desktop.core.services import ListQuery

VI_HEADER = "Tên dự án,Tên (tiếng Anh),Tỉnh/thành,Chủ đề,Bắt đầu,Kết thúc,Trạng thái,Tổ chức thực hiện"
VI_ROWS = ("Phân loại rác tại nguồn,Waste sorting,Long An; Hà Nội,Phân loại rác tại nguồn,2018,2023,Đã hoàn thành,WWF-Vietnam\n"
           "Giảm túi ni lông ở chợ,,Thừa Thiên Huế,,2021,,Đang thực hiện,\n")
TONES = "\u0300\u0301\u0303\u0309\u0323"


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def initiatives(services):
    return {r.title(): r for r in services.initiatives.list(ListQuery(limit=1000, sort="created_at")).records}


def cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: base letters precomposed, tone marks as combining characters."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return out


def problems(services, path, **kw):
    with pytest.raises(ImportRejected) as err:
        services.interchange.import_file(path, **kw)
    return err.value.problems


def assert_vietnamese_rows_imported(services):
    recs = initiatives(services)
    assert set(recs) == {"Phân loại rác tại nguồn", "Giảm túi ni lông ở chợ"}
    sorting = recs["Phân loại rác tại nguồn"]
    assert (sorting["title_en"], sorting["provinces"], sorting["themes"]) == ("Waste sorting", ["Long An", "Hà Nội"], ["waste-separation"])
    assert (sorting["start_date"], sorting["end_date"], sorting["status"], sorting["organizations"]) == ("2018", "2023", "completed", ["WWF-Vietnam"])
    assert (recs["Giảm túi ni lông ở chợ"]["provinces"], recs["Giảm túi ni lông ở chợ"]["status"]) == (["Thừa Thiên Huế"], "ongoing")


# -- done when -------------------------------------------------------------------------------------------

def test_a_csv_labelled_in_vietnamese_imports_whole(services, tmp_path):
    report = services.interchange.import_file(write(tmp_path / "vi.csv", VI_HEADER + "\n" + VI_ROWS))
    assert (report.added, [n for n in report.notes if not n.code.startswith("import.org.")]) == (2, [])
    assert_vietnamese_rows_imported(services)


def test_a_semicolon_csv_imports(services, tmp_path):
    text = VI_HEADER.replace(",", ";") + "\n" + VI_ROWS.replace(";", "|").replace(",", ";").replace("|", "\\;")
    text = text.replace("Long An\\; Hà Nội", '"Long An; Hà Nội"')
    report = services.interchange.import_file(write(tmp_path / "semi.csv", "\ufeff" + text))
    assert (report.added, report.separator) == (2, "semicolon")
    assert_vietnamese_rows_imported(services)


def test_a_utf16_csv_imports(services, tmp_path):
    """Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated."""
    text = VI_HEADER.replace(",", "\t") + "\n" + VI_ROWS.replace(",", "\t")
    report = services.interchange.import_file(write(tmp_path / "unicode.txt", text.encode("utf-16")))
    assert (report.added, report.encoding, report.separator) == (2, "UTF-16", "tab")
    assert_vietnamese_rows_imported(services)


def test_a_windows_1258_file_gets_the_encoding_message(services, tmp_path):
    found = problems(services, write(tmp_path / "cp.csv", cp1258(VI_HEADER + "\n" + VI_ROWS)))
    assert [(p.line, p.code, p.params) for p in found] == [(1, "import.encoding.code_page", {"encoding": "Windows-1258"})]
    assert "it looks like the Windows-1258 code page" in found[0].message and "CSV UTF-8" in found[0].message
    assert initiatives(services) == {}


def test_an_xlsx_imports(services, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Sáng kiến"
    ws.append(VI_HEADER.split(","))
    ws.append(["Phân loại rác tại nguồn", "Waste sorting", "Long An; Hà Nội", "Phân loại rác tại nguồn", 2018, 2023.0,
               "Đã hoàn thành", "WWF-Vietnam"])
    ws.append([])
    ws.append(["Giảm túi ni lông ở chợ", None, "Thừa Thiên Huế", None, datetime(2021, 3, 1), None, "Đang thực hiện"])
    book.save(tmp_path / "book.xlsx")
    report = services.interchange.import_file(tmp_path / "book.xlsx")
    assert (report.added, report.sheet, report.format) == (2, "Sáng kiến", "xlsx")
    recs = initiatives(services)
    sorting, bags = recs["Phân loại rác tại nguồn"], recs["Giảm túi ni lông ở chợ"]
    assert (sorting["start_date"], sorting["end_date"], sorting["provinces"]) == ("2018", "2023", ["Long An", "Hà Nội"])
    assert (bags["start_date"], bags["status"]) == ("2021-03-01", "ongoing")


def test_the_same_idless_file_imported_twice_adds_nothing_the_second_time(services, tmp_path):
    f = write(tmp_path / "vi.csv", VI_HEADER + "\n" + VI_ROWS)
    first = services.interchange.import_file(f)
    second = services.interchange.import_file(f)
    assert (first.added, first.already_present) == (2, 0)
    assert (second.added, second.updated, second.already_present) == (0, 0, 2)
    ids = {r.title(): r.id for r in initiatives(services).values()}
    assert [p.as_dict() for p in second.present] == [{"line": 2, "id": ids["Phân loại rác tại nguồn"]},
                                                    {"line": 3, "id": ids["Giảm túi ni lông ở chợ"]}]
    assert len(initiatives(services)) == 2


# -- Desktop robustness (issue 17) -----------------------------------------------------------------------

def test_an_unbalanced_quote_refuses_the_file_naming_the_line(services, tmp_path):
    f = write(tmp_path / "q.csv", 'title_vi,provinces\nA,Huế\nB,"Hà Nội\nC,Long An\nD,Bến Tre\n')
    found = problems(services, f)
    assert [(p.line, p.code) for p in found] == [(3, "import.csv.quote_unclosed")]
    assert initiatives(services) == {}


def test_a_quote_that_runs_on_to_a_later_line_names_where_it_starts(services, tmp_path):
    f = write(tmp_path / "q.csv", 'title_vi,provinces\nA,"Huế\nB,Hà Nội\nC,"Long" An\n')
    assert [(p.line, p.code, p.params) for p in problems(services, f)] == [(2, "import.csv.quote_runs_on", {"end": 4})]


def test_deeply_nested_jsonl_gives_a_line_error_not_a_traceback(services, tmp_path):
    f = write(tmp_path / "deep.jsonl", '{"title_vi": "A"}\n' + "[" * 100_000 + "]" * 100_000 + "\n"
              + '{"title_vi": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    assert [(p.line, p.code) for p in problems(services, f)] == [(2, "import.json.too_deep"), (3, "import.json.too_deep")]


def test_a_csv_id_that_belongs_to_another_table_is_refused(services, tmp_path):
    org = services.organizations.create({"name_vi": "Hội Phụ nữ"})
    found = problems(services, write(tmp_path / "other.csv", f"id,title_vi\n{org.id},Chiếm chỗ\n"))
    assert [(p.line, p.field, p.code, p.params["kind_vi"]) for p in found] == [(2, "id", "import.id.other_table", "Tổ chức")]
    assert services.initiatives.count() == 0 and services.organizations.get(org.id)["name_vi"] == "Hội Phụ nữ"


# -- headings --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Tên (tiếng Việt)", "TÊN DỰ ÁN", "ten du an", "Title (Vietnamese)", "title_vi", " Tiêu đề "])
def test_title_headings_match_without_case_or_diacritics(services, tmp_path, heading):
    services.interchange.import_file(write(tmp_path / "h.csv", f'"{heading}",Province\nMô hình,Huế\n'))
    assert initiatives(services)["Mô hình"]["provinces"] == ["Huế"]


def test_two_columns_meaning_one_field_are_refused(services, tmp_path):
    found = problems(services, write(tmp_path / "d.csv", "Tên dự án,Tỉnh/thành,Province\nA,Huế,Hà Nội\n"))
    assert [(p.line, p.field, p.params["letter"], p.params["other"]) for p in found] == [(1, "provinces", "C", "Tỉnh/thành")]


def test_data_in_a_column_without_heading_is_refused_not_dropped(services, tmp_path):
    found = problems(services, write(tmp_path / "n.csv", "Tên dự án,Tỉnh/thành,,\nA,Huế,,\nB,Huế,,ghi chú\n"))
    assert [(p.line, p.code, p.params) for p in found] == [(3, "import.header.unnamed", {"count": 1, "first_line": 3, "letter": "D"})]


def test_a_file_without_a_title_column_says_so(services, tmp_path):
    found = problems(services, write(tmp_path / "t.csv", "Tỉnh/thành,Bắt đầu\nHuế,2020\n"))
    assert [(p.line, p.code) for p in found] == [(1, "import.header.no_title"), (2, "value.required")]


def test_value_problems_name_the_column_as_the_file_writes_it(services, tmp_path):
    found = problems(services, write(tmp_path / "v.csv", "Tên dự án,Bắt đầu\nA,2020-13\n"))
    assert [str(p) for p in found] == ["line 2, start_date (column B 'Bắt đầu'): month must be 01 to 12"]
    assert (found[0].code, found[0].params) == ("value.bad_month", {"column": "Bắt đầu", "letter": "B"})


# -- separators and encodings ----------------------------------------------------------------------------

def test_excel_separator_line_and_tab_separated_files(services, tmp_path):
    services.interchange.import_file(write(tmp_path / "a.csv", "sep=;\ntitle_vi;provinces\nA, dấu phẩy;Huế\n"))
    services.interchange.import_file(write(tmp_path / "b.tsv", "title_vi\tprovinces\nB\tHà Nội; Huế\n"))
    recs = initiatives(services)
    assert recs["A, dấu phẩy"]["provinces"] == ["Huế"] and recs["B"]["provinces"] == ["Hà Nội", "Huế"]


def test_a_tied_separator_count_is_settled_by_the_rows(services, tmp_path):
    semicolon = problems(services, write(tmp_path / "t.csv", "title_vi;Tổ chức, đối tác\nA;X\n"))
    comma = problems(services, write(tmp_path / "u.csv", "title_vi,provinces;x\nA,Huế;1\n"))
    assert [p.params["column"] for p in semicolon + comma] == ["Tổ chức, đối tác", "provinces;x"]


def test_windows_1252_text_that_reads_the_same_in_every_code_page_is_converted_with_a_note(services, tmp_path):
    text = "title_en,organizations\nCafé Müller – Women’s group,Zürich naïve\n"
    report = services.interchange.import_file(write(tmp_path / "w.csv", text.encode("cp1252")))
    assert initiatives(services)["Café Müller – Women’s group"]["organizations"] == ["Zürich naïve"]
    assert [(n.code, n.params) for n in report.notes if n.field != "organizations"] == [
        ("import.note.converted", {"encoding": "Windows-1252"})]


@pytest.mark.parametrize("data, code, encoding", [
    ("Name,City\nSão Paulo,Coração\n".encode("cp1252"), "import.encoding.code_page", "Windows-1252"),
    (b"title_vi\nPh\xa9n lo\xb9i r\xb8c t\xb9i ngu\xe5n\n", "import.encoding.font", "TCVN3 (ABC)"),
    ("title_vi\nPhaân loaïi raùc taïi nguoàn cho hoä gia ñình\n".encode("cp1252"), "import.encoding.font", "VNI"),
])
def test_legacy_encodings_are_named(services, tmp_path, data, code, encoding):
    found = problems(services, write(tmp_path / "l.csv", data))
    assert [(p.code, p.params) for p in found] == [(code, {"encoding": encoding})]


def test_files_that_are_not_what_their_name_says(services, tmp_path):
    mixed = "title_vi\nPhân loại\n".encode() + "Café\n".encode("cp1252")
    assert [(p.line, p.code) for p in problems(services, write(tmp_path / "m.csv", mixed))] == [(3, "import.encoding.mixed")]
    assert problems(services, write(tmp_path / "z.csv", b"PK\x03\x04rest"))[0].code == "import.file.workbook_renamed"
    assert problems(services, write(tmp_path / "b.csv", b"title_vi\nA\x00B\n"))[0].code == "import.file.binary"
    assert problems(services, write(tmp_path / "e.csv", b"\xef\xbb\xbf\n\n"))[0].code == "import.file.empty"


# -- workbooks -------------------------------------------------------------------------------------------

def test_sheet_by_name_and_a_missing_sheet_lists_the_sheets(services, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Ghi chú"
    book.active.append(["không phải dữ liệu"])
    ws = book.create_sheet("Dữ liệu 2024")
    ws.append(["title_vi", "Bắt đầu"])
    ws.append(["A", "2020-13"])
    book.save(tmp_path / "b.xlsx")
    found = problems(services, tmp_path / "b.xlsx", sheet="du lieu 2024")
    assert [(p.line, p.field, p.params["letter"]) for p in found] == [(2, "start_date", "B")]
    found = problems(services, tmp_path / "b.xlsx", sheet="2025")
    assert (found[0].code, found[0].params["sheets"]) == ("import.xlsx.no_such_sheet", "Ghi chú, Dữ liệu 2024")


def test_a_damaged_or_oversized_workbook_is_refused_cleanly(services, tmp_path, monkeypatch):
    from pan_desktop.core.services import import_rows

    assert problems(services, write(tmp_path / "bad.xlsx", b"not a zip"))[0].code == "import.xlsx.unreadable"
    with zipfile.ZipFile(tmp_path / "junk.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types")
    assert problems(services, tmp_path / "junk.xlsx")[0].code == "import.xlsx.unreadable"
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<" * 100_000)  # unpacks to 1,000 times its size
    monkeypatch.setattr(import_rows, "MAX_FILE_BYTES", 50_000)
    assert problems(services, tmp_path / "bomb.xlsx")[0].code == "import.xlsx.too_big"


# -- JSON Lines ------------------------------------------------------------------------------------------

def test_jsonl_keys_match_like_headings_and_repeated_keys_are_refused(services, tmp_path):
    lines = [json.dumps({"Tên dự án": "A", "Tỉnh/thành": ["Huế"]}, ensure_ascii=False), '{"title_vi": "B", "title_vi": "C"}',
             json.dumps({"title_vi": "D", "Tên": "E"}, ensure_ascii=False), json.dumps({"title_vi": "F", "ghi_chu": "x"})]
    found = problems(services, write(tmp_path / "k.jsonl", "\n".join(lines) + "\n"))
    assert [(p.line, p.code) for p in found] == [(2, "import.json.duplicate_key"), (3, "import.json.duplicate_field"),
                                                  (4, "import.header.unknown")]
    lines.pop(1), lines.pop(1)
    services.interchange.import_file(write(tmp_path / "k.jsonl", "\n".join(lines) + "\n"), ignore_unknown=True)
    assert initiatives(services)["A"]["provinces"] == ["Huế"]
