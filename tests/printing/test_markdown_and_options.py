"""Lesson Markdown becomes safe flowables; black-and-white output has no colour; images stay in media/."""

from __future__ import annotations

import re

from pypdf import PdfReader

from pan_desktop.core.printing.document import PageSetup, frame_width, write_pdf
from pan_desktop.core.printing.markdown import MarkdownRenderer
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.styles import Styles
from tests.printing.conftest import pdf_text, squash

MD = """# Tiêu đề <script>

Đoạn **đậm** và *nghiêng*, [liên kết](https://example.org/a?b=1&c=2) và <b>thẻ thô</b> & R&D.

- một
- hai

| A | B |
| --- | --- |
| ô <1> | ô & 2 |

> Trích dẫn

![ngoài](media/../../secret.png) ![thiếu](media/khong-co.png) ![từ xa](https://example.org/x.png)

```
mã <code>
```
"""


def _render(tmp_path, text: str, options=PrintOptions()):
    styles = Styles(options)
    md = MarkdownRenderer(styles, "vi", tmp_path, frame_width(options))
    (tmp_path / "media").mkdir(exist_ok=True)
    (tmp_path / "secret.png").write_bytes(b"outside media")
    return write_pdf(md.render(text), tmp_path / "m.pdf", options, PageSetup("md"), styles)


def test_markdown_text_prints_literally_and_links_show_their_address(tmp_path):
    text = squash(pdf_text(_render(tmp_path, MD).path))
    for piece in ("Tiêu đề <script>", "<b>thẻ thô</b> & R&D", "ô <1>", "ô & 2", "mã <code>", "Trích dẫn",
                  "(https://example.org/a?b=1&c=2)"):
        assert squash(piece) in text, piece


def test_images_outside_media_or_missing_print_a_note_not_the_file(tmp_path):
    text = pdf_text(_render(tmp_path, MD).path)
    assert text.count("không có hình") == 3


def test_black_and_white_uses_greys_only(tmp_path):
    result = _render(tmp_path, MD, PrintOptions(bw=True))
    data = b"".join(p.get_contents().get_data() for p in PdfReader(str(result.path)).pages)
    colours = re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)", data)
    assert colours
    assert all(float(r) == float(g) == float(b) for r, g, b in colours)


def test_large_print_sets_body_text_at_14_points_or_more():
    assert Styles(PrintOptions(large_print=True, paper="A5")).body.fontSize >= 14
    assert Styles(PrintOptions()).body.fontSize < 14
