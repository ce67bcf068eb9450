"""The monthly newsletter: a Vietnamese masthead for a Vietnamese issue, news that is news (records created
or changed in substance that month), its sections, and a full first page from the bundled data."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pan_desktop.core.printing.newsletter import build_newsletter, month_changes
from pan_desktop.core.printing.options import PrintOptions
from tests.printing.conftest import body_extent, page_lines, pdf_text, squash

BUNDLE_MONTH = "2025-01"  # the bundled records carry the bundle's date
HUE = "01941f29-7c0b-7a18-bec4-49cafeb9d95a"
LONG_AN = "01941f29-7c0c-776b-bac3-e2164316715f"


@pytest.fixture
def bundled(services):
    from pan_desktop.core.services.setup import load_bundled_records

    load_bundled_records(services)
    return services


def _biggest(path) -> str:
    runs = page_lines(path)[0]
    return max(runs, key=lambda r: r[1])[3]


@pytest.mark.parametrize("lang, masthead", [("vi", "Mạng lưới Hành động về Nhựa"), ("both", "Mạng lưới Hành động về Nhựa"),
                                            ("en", "Plastic Action Network")])
def test_the_masthead_is_in_the_issues_language(tmp_path, bundled, lang, masthead):
    result = build_newsletter(month_changes(bundled, BUNDLE_MONTH), tmp_path / "n.pdf", PrintOptions(lang=lang), services=bundled)
    assert _biggest(result.path) == masthead
    if lang == "vi":
        english = [r for r in page_lines(result.path)[0] if "Plastic Action Network" in r[3]]
        assert english and all(r[1] < 14 for r in english)  # at most a smaller line under the Vietnamese name


def test_the_bundled_data_fills_the_first_page(tmp_path, bundled):
    from pan_desktop.core.printing.jobs import available_packs

    changes = month_changes(bundled, BUNDLE_MONTH, available_packs(bundled))
    assert len(changes.new_initiatives) == bundled.initiatives.count() and len(changes.policies) == 2
    result = build_newsletter(changes, tmp_path / "n.pdf", PrintOptions(), services=bundled)
    assert result.pages >= 2 and body_extent(result.path)[0][1] > 0.85
    text = squash(pdf_text(result.path))
    assert squash("Sáng kiến mới") in text and squash("Tin chính sách") in text
    assert squash("Quỹ Quốc tế về Bảo vệ Thiên nhiên tại Việt Nam") in text  # organisations named in Vietnamese


def test_only_changes_of_substance_make_news(tmp_path, bundled, module_pack):
    month = datetime.now(timezone.utc).strftime("%Y-%m")
    bundled.initiatives.update(HUE, {"themes": ["plastic-waste"], "sources": ["https://example.org/hue"]})  # bookkeeping
    bundled.initiatives.update(LONG_AN, {"status": "completed"})  # news
    event = bundled.events.create({"title_vi": "Tập huấn phân loại rác cho tổ dân phố", "start_date": "2099-05-02"})
    bundled.policies.update("01941f29-7c17-7fb4-a487-8f4300025a8e", {"summary_vi": "Tóm tắt mới."})
    changes = month_changes(bundled, month, [module_pack])
    assert changes.new_initiatives == []
    assert [r.id for r in changes.updated_initiatives] == [LONG_AN]
    assert [r.id for r in changes.events] == [event.id]
    assert [r.id for r in changes.policies] == ["01941f29-7c17-7fb4-a487-8f4300025a8e"]
    text = squash(pdf_text(build_newsletter(changes, tmp_path / "n.pdf", PrintOptions(), services=bundled).path))
    for head in ("Sáng kiến được cập nhật", "Sự kiện sắp tới", "Tin chính sách"):
        assert squash(head) in text
    assert squash("Dự án Huế") not in text
