"""``report training --json`` on several sessions and ~100 people equals figures computed by hand."""

from __future__ import annotations

import json
import random

import pytest

from pan_desktop.cli import main
from pan_desktop.core.services import Services
from pan_desktop.core.training.indicators import KEYS, ReportFilter, training_report


@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory, _template_dir):
    """Four sessions (two provinces, two years, one with a pass mark of 60) and 100 people; the
    expected figures are computed alongside in plain Python."""
    from tests.conftest import copy_data_dir

    path = copy_data_dir(_template_dir, tmp_path_factory.mktemp("report") / "data")
    rnd = random.Random(14)
    svc = Services.open(path)
    t = svc.training
    plans = [("2025-05-01", "Huế", 70), ("2026-03-01", "Huế", 70), ("2026-06-01", "Hà Nội", 60), ("2026-09-01", "Hà Nội", 70)]
    sessions = [(t.add_session({"title": f"S{i}", "start_date": d, "provinces": [p], "pass_mark": m,
                                "module_id": "m-a" if i % 2 else "m-b"}).id, d, p, m) for i, (d, p, m) in enumerate(plans)]
    people = []
    for i in range(100):
        p = t.add_participant({"name": f"Người {i}", "sex": ("female", "male", "")[i % 3], "birth_year": 1950 + i % 60,
                               "role": ("waste-picker", "junk-shop-worker", "student", "")[i % 4]})
        people.append(p)
    taken = []  # (session index, person index, attended, pre, post)
    for k, (sid, *_rest) in enumerate(sessions):
        for j in rnd.sample(range(100), 40):
            t.enrol(sid, people[j].id)
            attended = rnd.random() < 0.85
            pre = rnd.choice([None, rnd.randint(0, 100)])
            post = rnd.choice([None, rnd.randint(0, 100), rnd.randint(50, 100)])
            t.set_results(sid, people[j].id, attended=attended, pre_score=pre, post_score=post)
            taken.append((k, j, attended, pre, post))
    svc.close()
    return path, sessions, people, taken


def _expected(sessions, people, taken, keep):
    rows = [r for r in taken if keep(sessions[r[0]])]
    att = [r for r in rows if r[2]]
    attendees = {r[1] for r in att}
    completed = {r[1] for r in att if r[4] is not None and r[4] >= sessions[r[0]][3]}
    pres = [r[3] for r in att if r[3] is not None]
    posts = [r[4] for r in att if r[4] is not None]
    gains = [r[4] - r[3] for r in att if r[3] is not None and r[4] is not None]
    by_sex = {}
    for j in attendees:
        key = ("female", "male", "unspecified")[j % 3]
        by_sex[key] = by_sex.get(key, 0) + 1
    by_province = {}
    for prov in {sessions[r[0]][2] for r in att}:
        by_province[prov] = len({r[1] for r in att if sessions[r[0]][2] == prov})
    return {
        "sessions": sum(1 for s in sessions if keep(s)),
        "participants": len({r[1] for r in rows}),
        "attended": len(attendees),
        "completed": len(completed),
        "by_sex": by_sex,
        "by_province": by_province,
        "pre_mean": round(sum(pres) / len(pres), 1),
        "post_mean": round(sum(posts) / len(posts), 1),
        "mean_gain": round(sum(gains) / len(gains), 1),
        "pass_rate": round(len(completed) / len(attendees), 3),
    }


@pytest.mark.parametrize("args,keep", [
    ([], lambda s: True),
    (["--from", "2026"], lambda s: s[1] >= "2026"),
    (["--from", "2026-01-01", "--to", "2026-06-30", "--province", "Hà Nội"], lambda s: "2026" <= s[1] <= "2026-06-30" and s[2] == "Hà Nội"),
])
def test_report_json_equals_figures_computed_by_hand(fixture_dir, capsys, args, keep):
    path, sessions, people, taken = fixture_dir
    assert main(["--data-dir", str(path), "report", "training", "--json", *args]) == 0
    got = json.loads(capsys.readouterr().out)
    assert list(got) == list(KEYS)
    want = _expected(sessions, people, taken, keep)
    for key, value in want.items():
        assert got[key] == value, key
    assert sum(got["by_role"].values()) == got["attended"] == sum(got["by_age_band"].values())


def test_age_band_is_the_age_in_the_session_year(services):
    t = services.training
    sid = t.add_session({"title": "S", "start_date": "2026-01-05"}).id
    for name, year in (("A", 2009), ("B", 2008), ("C", 1966), ("D", None)):
        p = t.add_participant({"name": name, "birth_year": year, "age_band": "45-59" if year is None else ""}, session_id=sid)
        t.set_results(sid, p.id, attended=True)
    assert training_report(services.db)["by_age_band"] == {"45-59": 1, "18-29": 1, "60-plus": 1, "under-18": 1}


def test_no_attendees_gives_no_rate_rather_than_a_division_by_zero(services):
    sid = services.training.add_session({"title": "S", "start_date": "2026-01-05"}).id
    services.training.add_participant({"name": "A"}, session_id=sid)
    got = training_report(services.db, ReportFilter(module=""))
    assert (got["participants"], got["attended"], got["pass_rate"], got["mean_gain"]) == (1, 0, None, None)


@pytest.mark.parametrize("lang,words", [("vi", ["Người tham dự theo giới tính", "Nữ", "Tỉ lệ đạt", "Hà Nội"]),
                                        ("en", ["People who attended, by sex", "Female", "Pass rate", "Huế"])])
def test_pdf_report_has_two_pages_with_its_charts_in_the_print_language(fixture_dir, tmp_path, capsys, lang, words):
    from pypdf import PdfReader

    path = fixture_dir[0]
    out, table = tmp_path / "report.pdf", tmp_path / "report.csv"
    assert main(["--data-dir", str(path), "report", "training", "--pdf", str(out), "--csv", str(table), "--lang", lang]) == 0
    pages = PdfReader(out).pages
    assert len(pages) == 2
    text = " ".join(p.extract_text() for p in pages)
    for word in words:
        assert word in text
    import re

    decimals = re.findall(r"\d+[.,]\d+ ?%", text)  # means are fractional in the fixture
    assert decimals and all(("," in d) == (lang == "vi") for d in decimals), decimals  # 76,7 % in Vietnamese
    rows = table.read_text("utf-8-sig").splitlines()
    assert rows[0] == "indicator,group,value" and any(r.startswith("by_sex,female,") for r in rows)
