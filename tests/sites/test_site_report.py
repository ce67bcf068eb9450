"""The owner's report: one A4 page in Vietnamese with the site's name, the scores and the first actions,
even when every answer is long; from the command line as the issue spells it."""

from __future__ import annotations

import json

from pan_desktop.cli import main
from tests.printing.conftest import page_count, pdf_text, squash
from tests.sites.conftest import make_photo


def _filled(sites, site, tmp_path, answers):
    a = sites.start(site["id"], "junk-shop", on="2026-11-20")
    items = sites.show(a["id"])["items"]
    for item, answer in zip(items, answers):
        sites.set_answer(a["id"], item["id"], answer, note="Ghi chú rất dài " * 40)
    for n in range(4):
        sites.add_photo(a["id"], items[n]["id"], make_photo(tmp_path / f"p{n}.jpg", (900, 1200)))
    sites.set_action(a["id"], items[1]["id"], "Làm mái che cho khu chứa bao " * 8, "Ông Phát", "2026-12-20")
    sites.finalize(a["id"], next_visit="2027-02-15")
    return a["id"], items


def test_report_is_one_vietnamese_page_with_name_scores_and_first_actions(capsys, sites, junk_shop, tmp_path, data_dir):
    answers = ["yes", "no", "partly", "no", "no", "no", "na", "partly", "yes", "no", "yes", "yes", "partly", "yes", "no"]
    aid, items = _filled(sites, junk_shop, tmp_path, answers)
    out = tmp_path / "r.pdf"
    assert main(["--data-dir", str(data_dir), "print", "site-report", "--assessment", aid, "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 1
    assert page_count(out) == 1
    text = squash(pdf_text(out))
    scores = sites.show(aid)["scores"]
    assert squash(junk_shop["name"]) in text and squash("Ba việc nên làm trước") in text
    assert squash(f"{scores['overall']:.1f}".replace(".", ",")) in text
    first_no = [i for i, a in zip(items, answers) if a == "no"][:3]
    assert all(squash(i["text_vi"][:40]) in text for i in first_no)
    assert squash("15/02/2027") in text


def test_report_of_a_draft_says_so_and_still_fits(sites, junk_shop, tmp_path):
    from pan_desktop.core.printing.site_report import build_site_report

    a = sites.start(junk_shop["id"], "factory")
    result = build_site_report(sites, a["id"], tmp_path / "d.pdf")
    assert result.pages == 1 and squash("BẢN NHÁP") in squash(pdf_text(tmp_path / "d.pdf"))
