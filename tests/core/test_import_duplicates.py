"""Rows without id are not added twice: same folded title, lead organisation and start."""

from pan_desktop.core.services import ListQuery
from pan_desktop.core.services.duplicates import find_present


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def titles(services):
    return sorted(r.title() for r in services.initiatives.list(ListQuery(limit=100)).records)


def test_a_row_matching_a_stored_record_by_folded_title_organisation_and_start_is_already_present(services, tmp_path):
    stored = services.initiatives.create({"title_vi": "Phân loại rác tại nguồn", "organizations": "WWF-Vietnam; VECOM",
                                          "start_date": "2018"})
    f = write(tmp_path / "a.csv", "title_vi,organizations,start_date\n"
              "PHAN LOAI  rac tai nguon,wwf-vietnam,2018\n"      # same once folded: present
              "Phân loại rác tại nguồn,WWF-Vietnam,2019\n"      # another start: added
              "Phân loại rác tại nguồn,VECOM,2018\n"            # another lead organisation: added
              "Phân loại rác tại nguồn,,2018\n")                 # no organisation: added
    report = services.interchange.import_file(f)
    assert (report.added, report.already_present) == (3, 1)
    assert [p.as_dict() for p in report.present] == [{"line": 2, "id": stored.id}]


def test_repeated_rows_in_one_file_are_added_once_unless_duplicates_are_allowed(services, tmp_path):
    f = write(tmp_path / "a.csv", "title_en,start_date\nBeach clean-up,2024\nBeach  Clean-up,2024\n")
    report = services.interchange.import_file(f)
    assert (report.added, [p.as_dict() for p in report.present]) == (1, [{"line": 3, "same_as_line": 2}])
    report = services.interchange.import_file(f, allow_duplicates=True)
    assert (report.added, report.already_present) == (2, 0)
    assert titles(services) == ["Beach Clean-up", "Beach clean-up", "Beach clean-up"]


def test_a_deleted_record_does_not_hold_back_a_new_row_and_rows_with_ids_are_not_matched(services, tmp_path):
    gone = services.initiatives.create({"title_vi": "Chợ xanh"})
    services.initiatives.delete(gone.id)
    kept = services.initiatives.create({"title_vi": "Chợ xanh 2"})
    report = services.interchange.import_file(write(tmp_path / "a.csv", f"id,title_vi\n,Chợ xanh\n{kept.id},Chợ xanh 2\n"))
    assert (report.added, report.unchanged, report.present) == (1, 1, [])


def test_find_present_takes_a_session_and_candidate_rows(services):
    rec = services.initiatives.create({"title_en": "Green market", "start_date": "2021-05"})
    rows = [(7, {"title_vi": "Chợ xanh", "title_en": "green MARKET", "start_date": "2021-05"}), (8, {"title_en": "Green market"})]
    with services.db.session() as s:
        found = find_present(s, rows)
    assert {line: p.record_id for line, p in found.items()} == {7: rec.id}
