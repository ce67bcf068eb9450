"""Fonts are embedded and subset; text survives layout with every diacritic; hostile text prints."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from pan_desktop.core.printing.document import PageSetup, write_pdf
from pan_desktop.core.printing.flowables import para
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import clean, markup, missing_characters
from pan_desktop.core.printing.styles import Styles
from tests.printing.conftest import pdf_text, squash

VIETNAMESE = ("Đường đi của rác thải nhựa: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ "
              "Ắ Ằ Ẳ Ẵ Ặ Ấ Ầ Ẩ Ẫ Ậ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự Ý Ỳ Ỷ Ỹ Ỵ đ Đ ơ ư Ơ Ư "
              "Người dân Thừa Thiên Huế phân loại rác tại nguồn.")
HOSTILE = [
    "<b>not bold</b> R&D &amp; <unclosed <font name='x'> </para> <br/>",
    "w" * 5000,
    "emoji 😀🎉👍🏽 and ZWJ 👨‍👩‍👧",
    "中文 日本語 한국어 العربية עברית Ελληνικά Русский ไทย",
    "Vie\u0302\u0323t Nam đa\u0300o ta\u0323o (decomposed)",
    "controls \x00\x01\x07\x08\x1b[31m\x7f \u202e reversed \u200b zero width \ufeff bom",
    "tab\tnew\nline\r\nend",
    "\ud800 lone surrogate",
    "",
    "   ",
    "→ ✓ ☐ ☑ ★ ∑ ≠ ∞ ½",
]


def _write(tmp_path, texts, options=PrintOptions(), name="t.pdf"):
    styles = Styles(options)
    return write_pdf([para(t, styles.body, keep_lines=True) for t in texts], tmp_path / name, options,
                     PageSetup("Kiểm tra <&>"), styles)


def test_fonts_are_embedded_subset_truetype_and_no_base14_font(tmp_path):
    result = _write(tmp_path, [VIETNAMESE, "<b>x</b>", "→ fallback"])
    reader = PdfReader(str(result.path))
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            assert "+" in str(font["/BaseFont"]), "embedded fonts are subset"
    assert any("BeVietnamPro-Regular" in n for n in names)
    assert not any("Helvetica" in n or "Times" in n for n in names)


def test_vietnamese_text_extracts_with_every_diacritic(tmp_path):
    result = _write(tmp_path, [VIETNAMESE])
    assert squash(VIETNAMESE) in squash(pdf_text(result.path))


def test_decomposed_vietnamese_prints_composed(tmp_path):
    decomposed = "Vie\u0302\u0323t Nam"
    result = _write(tmp_path, [decomposed])
    assert "Việt Nam" in pdf_text(result.path)


def test_markup_in_text_prints_literally(tmp_path):
    result = _write(tmp_path, [HOSTILE[0]])
    assert squash("<b>not bold</b> R&D &amp; <unclosed") in squash(pdf_text(result.path))


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_strings_render_to_a_valid_pdf(tmp_path, text):
    result = _write(tmp_path, [text, VIETNAMESE])
    reader = PdfReader(str(result.path))
    assert len(reader.pages) >= 1
    assert squash(VIETNAMESE) in squash(pdf_text(result.path))
    assert not (tmp_path / "t.pdf.partial").exists()


def test_a_5000_character_word_wraps_inside_the_margins(tmp_path):
    result = _write(tmp_path, ["x" * 5000])
    text = pdf_text(result.path)
    assert text.count("x") == 5000
    assert max(len(line) for line in text.splitlines()) < 200


def test_characters_the_font_lacks_are_never_dropped_silently(tmp_path):
    result = _write(tmp_path, ["A→B 😀 中"])
    text = pdf_text(result.path)
    from pan_desktop.core.printing.fonts import register_fonts

    if register_fonts().fallback:
        assert "→" in text  # drawn with the fallback font
    else:
        assert "[?]" in text
    assert text.count("□") + text.count("[?]") >= 1  # emoji shown as a visible box
    assert "😀" in missing_characters("😀")


def test_clean_drops_controls_but_keeps_text():
    assert clean("a\x00b\x07c\u202ed") == "abcd"
    assert clean("Vie\u0302\u0323t") == "Việt"
    assert markup("R&D <b>") == "R&amp;D &lt;b&gt;"
