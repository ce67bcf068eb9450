"""Sessions, participants and results through the service and the command line."""

from __future__ import annotations

import json

import pytest

from pan_desktop.cli import main
from pan_desktop.core.errors import ImportRejected, NotFound, ValidationError
from pan_desktop.core.models import OutboxEntry


def test_a_person_enrolled_twice_is_one_participant_when_confirmed(services):
    t = services.training
    s1 = t.add_session({"title": "Một", "start_date": "2026-01-01"}).id
    s2 = t.add_session({"title": "Hai", "start_date": "2026-02-01"}).id
    first = t.add_participant({"name": "Nguyễn Thị Hoa", "phone": "0912 345 678", "birth_year": 1985}, session_id=s1)
    assert [c.id for c in t.candidates("nguyen  thi hoa", "+84 912 345 678")] == [first.id]
    assert [c.matched_on for c in t.candidates("Nguyễn Thị Hoa", birth_year=1985)] == ["birth_year"]
    assert t.candidates("Nguyễn Thị Hoa", "0999999999", 1990) == []
    assert t.candidates("Nguyễn Thị Hà", "0912345678") == []
    t.add_participant({"name": "Nguyễn Thị Hoa"}, session_id=s2, same_as=first.id)
    assert [a.participant.id for a in t.session(s2).attendees] == [first.id]
    t.enrol(s2, first.id)  # enrolling again changes nothing
    assert len(t.session(s2).attendees) == 1


def test_participants_are_written_org_only_and_sessions_network(services):
    t = services.training
    sid = t.add_session({"title": "S", "start_date": "2026-01-01"}).id
    t.add_participant({"name": "A"}, session_id=sid)
    with services.db.session() as s:
        entries = {e.table_name for e in s.query(OutboxEntry)}
        vis = dict(s.execute(__import__("sqlalchemy").text(
            "SELECT 'p', visibility FROM participants UNION ALL SELECT 'e', visibility FROM enrolments "
            "UNION ALL SELECT 's', visibility FROM training_sessions")).all())
    assert entries == {"training_sessions", "participants", "enrolments"}
    assert vis == {"p": "org", "e": "org", "s": "network"}


def test_bad_scores_and_unknown_people_are_refused_and_nothing_changes(services):
    t = services.training
    sid = t.add_session({"title": "S", "start_date": "2026-01-01"}).id
    p = t.add_participant({"name": "A"}, session_id=sid)
    for bad in ("101", "-1", "abc", "nan"):
        with pytest.raises(ValidationError):
            t.set_results(sid, p.id, post_score=bad)
    with pytest.raises(NotFound):
        t.set_results(sid, "01a22bd9-3f14-7a9b-ad17-098372bfe843", post_score=50)
    assert t.session(sid).attendees[0].post_score is None
    assert t.set_results(sid, p.id, post_score="72,5")["post_score"] == 72.5


def test_session_add_and_set_and_show_json(data_dir, capsys):
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "session", "add", "--module", "x", "--title", "Tập huấn", "--date", "2026-04-02", "--province", "Huế",
                 "--facilitator", "A", "--facilitator", "B", "--pass-mark", "60", "--json"]) == 0
    sid = json.loads(capsys.readouterr().out)["id"]
    from pan_desktop.core.services import Services

    svc = Services.open(data_dir)
    pid = svc.training.add_participant({"name": "Hoa"}, session_id=sid).id
    svc.close()
    assert main([*d, "session", "set", sid, "--participant", pid, "--attended", "yes", "--pre", "30", "--post", "60"]) == 0
    capsys.readouterr()
    assert main([*d, "session", "show", sid, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["facilitators"], shown["pass_mark"], shown["provinces"]) == (["A", "B"], 60, ["Huế"])
    assert [(p["name"], p["pre"], p["post"], p["passed"]) for p in shown["participants"]] == [("Hoa", 30, 60, True)]
    assert main([*d, "session", "list", "--json"]) == 0
    assert [s["id"] for s in json.loads(capsys.readouterr().out)] == [sid]


def test_import_vietnamese_list_with_fractions_and_a_known_person(services, tmp_path):
    t = services.training
    sid = t.add_session({"title": "S", "start_date": "2026-01-01"}).id
    known = t.add_participant({"name": "Trần Văn Nam", "birth_year": 1990})
    f = tmp_path / "ds.csv"
    f.write_text("Họ và tên,Giới tính,Năm sinh,Vai trò,Có tham dự,Điểm trước,Điểm sau\n"
                 "Nguyễn Thị Hoa,nữ,1985,công nhân vựa phế liệu,có,4/10,8/10\n"
                 "tran van nam,nam,1990,,có,50,65\n"
                 "Lê Thị Mai,Nữ,,,không,,\n", encoding="utf-8")
    report = t.import_file(sid, f)
    assert (report.rows, report.added, report.enrolled) == (3, 2, 3)
    assert report.matched == [{"line": 3, "participant": known.id, "matched_on": "birth_year"}]
    got = {a.participant["name"]: (a.participant["sex"], a.attended, a.pre_score, a.post_score) for a in t.session(sid).attendees}
    assert got == {"Nguyễn Thị Hoa": ("female", True, 40, 80), "Trần Văn Nam": ("", True, 50, 65),
                   "Lê Thị Mai": ("female", False, None, None)}


def test_a_bad_import_stores_nothing_and_names_every_problem(services, tmp_path):
    t = services.training
    sid = t.add_session({"title": "S", "start_date": "2026-01-01"}).id
    f = tmp_path / "bad.csv"
    f.write_text("name,sex,post,shoe size\nA,nữ,9/8,40\n,nam,5,\nB,x,=1+1,\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as exc:
        t.import_file(sid, f)
    where = sorted((p.line, p.field) for p in exc.value.problems)
    assert where == [(1, ""), (2, "post_score"), (3, "name"), (4, "post_score"), (4, "sex")]
    assert t.session(sid).attendees == []


def test_the_same_person_twice_in_one_file_is_one_participant(services, tmp_path):
    t = services.training
    sid = t.add_session({"title": "S", "start_date": "2026-01-01"}).id
    f = tmp_path / "twice.csv"
    f.write_text("name,phone,post\nNguyễn Thị Hoa,0912 345 678,60\nnguyen thi hoa,+84912345678,80\nNguyễn Thị Hoa,,\n",
                 encoding="utf-8")
    report = t.import_file(sid, f)
    assert (report.added, [m["line"] for m in report.matched]) == (2, [3])
    people = {(a.participant["phone"], a.post_score) for a in t.session(sid).attendees}
    assert people == {("0912 345 678", 80), ("", None)}


def test_roles_written_as_people_write_them_on_a_paper_list_import(services, tmp_path):
    """A trainer's list says "chủ vựa", "công nhân vựa", "sinh viên", "cán bộ xã", not the full labels."""
    t = services.training
    sid = t.add_session({"title": "S", "start_date": "2026-01-01"}).id
    f = tmp_path / "ds.csv"
    f.write_text("Họ tên,Giới tính,Vai trò\n"
                 "Trần Thị Hoa,nữ,chủ vựa\nLê Văn Bình,nam,công nhân vựa\n"
                 "Đỗ Minh,nam,sinh viên\nPhan Thu,không rõ,cán bộ xã\nVõ An,nam,nhặt ve chai\n", encoding="utf-8")
    report = t.import_file(sid, f)
    assert report.added == 5
    got = {a.participant["name"]: (a.participant["sex"], a.participant["role"]) for a in t.session(sid).attendees}
    assert got == {"Trần Thị Hoa": ("female", "junk-shop-owner"), "Lê Văn Bình": ("male", "junk-shop-worker"),
                   "Đỗ Minh": ("male", "student"), "Phan Thu": ("unspecified", "official"),
                   "Võ An": ("male", "waste-picker")}


def test_a_session_planned_from_a_module_takes_its_title_audience_and_duration(data_dir, capsys):
    d = ["--data-dir", str(data_dir)]
    add = [*d, "session", "add", "--module", "module-junk-shop-practice", "--date", "2026-04-02", "--province", "Huế",
           "--json"]
    assert main(add) == 0
    sid = json.loads(capsys.readouterr().out)["id"]
    assert main([*add, "--audience", "official", "--end-date", "2026-04-03", "--title", "Riêng"]) == 0
    edited = json.loads(capsys.readouterr().out)["id"]
    assert main([*d, "session", "show", sid, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    from pan_desktop.core.content import load_pack
    from pan_desktop.core.paths import training_modules_dir

    assert shown["title"] == load_pack(training_modules_dir() / "module-junk-shop-practice").title.get("vi")
    assert (shown["audiences"], shown["start_date"], shown["end_date"]) == (
        ["junk-shop-owner", "junk-shop-worker", "other"], "2026-04-02", "2026-04-02")
    assert main([*d, "session", "show", edited, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["title"], shown["audiences"], shown["end_date"]) == ("Riêng", ["official"], "2026-04-03")


def test_a_long_module_runs_over_several_days():
    from pan_desktop.core.training.planning import audience_roles, end_date, session_days

    assert [session_days(m) for m in (None, 200, 480, 481, 1200)] == [1, 1, 1, 2, 3]
    assert end_date("2026-02-27", 3) == "2026-03-01"
    assert audience_roles(["households", "communities", "tourists", "junk-shops"]) == [
        "household-member", "other", "junk-shop-owner", "junk-shop-worker"]
