"""Snippets are plain text: the words of a lesson, never its Markdown."""

from __future__ import annotations

import re

from pan_desktop.core.search import SearchQuery
from pan_desktop.core.search.plain import markdown_text

MARKUP = re.compile(r"(^|\s)#{1,6}\s|\*\*|__|\|\s*-{3}|\]\(|^\s*[-*+]\s|`")


def test_markdown_becomes_plain_text():
    text = markdown_text("# Ủ phân\n\n**Chuẩn bị:** một [xô cũ](media/x.png)\n\n- lá khô\n- vỏ rau\n\n"
                         "| Khâu | Cách sửa |\n| --- | --- |\n| Băm | khay `hứng` |\n")
    assert text.splitlines() == ["Ủ phân", "Chuẩn bị: một xô cũ", "lá khô", "vỏ rau", "Khâu · Cách sửa", "Băm · khay hứng"]
    assert markdown_text("") == "" and markdown_text("<b>x</b> & y") == "<b>x</b> & y"  # HTML is text, not markup


def test_lesson_snippets_have_no_markup(bundled_index):
    manager = bundled_index  # the bundled packs, full of headings, bold and tables
    seen = 0
    for text in ("bình chữa cháy", "khay", "compost", "phân loại", "bags", "mảnh nhựa"):
        for hit in manager.search(SearchQuery(text, limit=30)).hits:
            if hit.type in ("lesson", "guideline"):
                seen += 1
                assert not MARKUP.search(hit.snippet.text), (text, hit.snippet.text)
    assert seen >= 10
