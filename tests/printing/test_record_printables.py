"""Factsheets and policy briefs of the bundled records: every field in the print language, briefs that
fill their page, and records of any size laid out without failing."""

from __future__ import annotations

import pytest

from pan_desktop.core.printing.factsheet import build_factsheet
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.policy_brief import build_policy_brief
from pan_desktop.core.printing.record_parts import long_text, written_in
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.services.records import Record
from tests.printing.conftest import body_extent, page_count, pdf_text, squash

LONG_AN = "01941f29-7c0c-776b-bac3-e2164316715f"
POLICIES = ("01941f29-7c17-7fb4-a487-8f4300025a8e", "01941f29-7c18-7129-8e2c-6da13899b119")


@pytest.fixture
def bundled(services):
    from pan_desktop.core.services.setup import load_bundled_records

    load_bundled_records(services)
    return services


def test_long_an_factsheet_in_vietnamese_has_its_results_and_sources_in_vietnamese(tmp_path, bundled):
    result = build_factsheet(bundled.initiatives.get(LONG_AN), tmp_path / "f.pdf", PrintOptions(), services=bundled)
    text = squash(pdf_text(result.path))
    assert squash("hỗ trợ gần 10.000 thùng rác cho hộ gia đình") in text
    assert squash("mua 2 xe chở rác") in text and squash("tài liệu nguồn 001_fa913b450226e35e") in text
    assert "trash" not in text and "recorded" not in text and result.warnings == []
    assert squash("Quỹ Quốc tế về Bảo vệ Thiên nhiên tại Việt Nam") in text  # the organisation's Vietnamese name
    assert squash("Long An (nay thuộc Tây Ninh)") in text
    assert squash("Quét để xem nguồn") not in text  # no web source, no QR code


def test_english_factsheet_names_places_and_organisations_in_english_and_says_what_is_vietnamese(tmp_path, bundled):
    result = build_factsheet(bundled.initiatives.get(LONG_AN), tmp_path / "f.pdf", PrintOptions(lang="en"), services=bundled)
    text = squash(pdf_text(result.path))
    assert squash("World Wide Fund for Nature in Viet Nam (WWF-Vietnam)") in text
    assert squash("Long An (now Tay Ninh)") in text and squash("nearly 10,000 trash cans") in text  # the description
    assert squash("(recorded in Vietnamese)") in text
    assert {w.code for w in result.warnings} == {"print.other_language"}


def test_bundled_records_hold_vietnamese_where_vietnamese_is_read():
    from pan_desktop.core.services.setup import bundled_records

    records = bundled_records()
    for table, items in records.items():
        for r in items:
            for key in ("outputs", "sources"):
                if r.get(key):
                    assert written_in(r[key]) == "vi", (table, r["id"], key)
            for key, value in r.items():
                if key.endswith("_vi") and key != "name_vi" and value:
                    assert written_in([value]) == "vi", (table, r["id"], key)
    for org in records["organizations"]:
        assert org.get("description_vi") and org.get("description_en"), org["id"]
    greenhub = next(o for o in records["organizations"] if o["name_en"] == "GreenHub")
    assert "không có thông tin gì thêm" in greenhub["description_vi"]
    for r in records["initiatives"]:
        if r.get("status") == "planned":  # taken from the document of 14/08/2023: it says as of when
            assert "14/08/2023" in r["summary_vi"] and "14 August 2023" in r["summary_en"], r["id"]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("policy_id", POLICIES)
def test_each_bundled_policy_brief_fills_at_least_a_page_and_at_most_two(tmp_path, bundled, policy_id, lang):
    from pan_desktop.core.printing.jobs import available_packs

    policy = bundled.policies.get(policy_id)
    result = build_policy_brief(policy, tmp_path / "b.pdf", PrintOptions(lang=lang), bundled, packs=available_packs(bundled))
    assert 1 <= result.pages <= 2
    assert result.pages == 2 or body_extent(result.path)[0][1] > 0.85
    text = squash(pdf_text(result.path))
    heads = {"vi": ["Chính sách này là gì", "Yêu cầu gì, với ai", "Ý nghĩa với thành viên PAN", "Vựa phế liệu", "Nhà máy",
                    "Cộng đồng", "Sáng kiến cùng chủ đề hoặc địa bàn", "Nguồn"],
             "en": ["What the policy is", "What it asks, and of whom", "What it means for PAN members", "Junk shops",
                    "Factories", "Communities", "Initiatives on the same themes", "Sources"]}[lang]
    for head in heads:
        assert squash(head) in text, head
    project = bundled.initiatives.get("01941f29-7c16-7825-8872-87c0081028b4")
    assert squash(project.title(lang)) in text
    assert squash(policy.title(lang) + (" là" if lang == "vi" else " is")) in text  # what it is, in one sentence


def _record(**values) -> Record:
    return Record("initiatives", "01941f29-7c0c-776b-bac3-e2164316715f", {"title_vi": "Sáng kiến lớn", **values}, {})


def test_factsheet_of_a_record_with_60_long_organisation_names_paginates(tmp_path):
    orgs = [f"Hợp tác xã môi trường số {i:02d} " + "của phường " * 25 for i in range(60)]
    result = build_factsheet(_record(organizations=orgs), tmp_path / "f.pdf", PrintOptions())
    text = squash(pdf_text(result.path))
    assert result.pages >= 2
    for i in range(60):
        assert squash(f"Hợp tác xã môi trường số {i:02d}") in text
    assert squash("60 mục, liệt kê ở dưới") in text


def test_a_text_of_thousands_of_short_lines_is_laid_out_in_small_pieces(tmp_path):
    lines = "\n".join(f"dòng {i}" for i in range(16_000))
    pieces = long_text(lines, "", Styles(PrintOptions()), PrintOptions())
    assert len(pieces) == 400 and all(p.text.count("<br/>") < 40 for p in pieces)
    result = build_factsheet(_record(description_vi="\n".join(f"dòng {i}" for i in range(600))), tmp_path / "f.pdf",
                             PrintOptions())
    text = pdf_text(result.path)
    assert "dòng 0" in text and "dòng 599" in text and page_count(result.path) == result.pages >= 10
