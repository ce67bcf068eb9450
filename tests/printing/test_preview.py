"""The preview draws the first pages with PDFium or pdftoppm, and says clearly when it cannot."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pan_desktop.core.printing import preview
from pan_desktop.core.printing.document import PageSetup, write_pdf
from pan_desktop.core.printing.flowables import para
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.styles import Styles


@pytest.fixture
def pdf(tmp_path):
    from reportlab.platypus import PageBreak

    options = PrintOptions(paper="A5")
    styles = Styles(options)
    return write_pdf([para("Trang một", styles.body), PageBreak(), para("Trang hai", styles.body), PageBreak(),
                      para("Trang ba", styles.body)], tmp_path / "p.pdf", options, PageSetup("x"), styles).path


@pytest.mark.parametrize("kind", ["pdfium", "pdftoppm"])
def test_first_pages_render_as_png_at_the_paper_shape(pdf, monkeypatch, kind):
    if kind == "pdfium":
        pytest.importorskip("pypdfium2")
    elif not __import__("shutil").which("pdftoppm"):
        pytest.skip("pdftoppm not installed")
    monkeypatch.setattr(preview, "backend", lambda: kind)
    pngs = preview.page_pngs(pdf, 1, 2, dpi=40)
    assert len(pngs) == 2 and all(p.startswith(b"\x89PNG") for p in pngs)
    img = preview.page_images(pdf, 3, 5, dpi=40)
    assert len(img) == 1 and img[0].height > img[0].width  # clipped to the document; A5 portrait


def test_no_renderer_is_a_clear_error(pdf, monkeypatch):
    monkeypatch.setattr(preview, "backend", lambda: None)
    with pytest.raises(preview.PreviewUnavailable, match="open it with your PDF reader"):
        preview.page_pngs(pdf)


def test_the_print_page_module_loads_without_reportlab():
    code = "import sys, pan_desktop.ui.printing, pan_desktop.commands.printing; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "False", out.stderr


def test_printing_paints_every_page_onto_the_printer(pdf, tmp_path, qapp):
    from PySide6.QtPrintSupport import QPrinter

    from pan_desktop.ui.printing.tasks import paint_to_printer
    from tests.printing.conftest import page_count

    if preview.backend() is None:
        pytest.skip("no renderer")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_to_printer(pdf, printer, max_dpi=100) == 3
    assert page_count(tmp_path / "printed.pdf") == 3
