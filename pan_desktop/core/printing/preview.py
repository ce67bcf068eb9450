"""Pictures of a PDF's first pages, for the in-app preview and for printing through the system dialog.

PySide6-Essentials has no QtPdf, so pages are rasterised here: with PDFium (``pypdfium2``, a wheel with
the library inside, ~20 ms a page) when installed, else with poppler's ``pdftoppm`` when it is on the
PATH. Without either, :class:`PreviewUnavailable` says so; the PDF itself is still written.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from pan_desktop.core.errors import PanError


class PreviewUnavailable(PanError):
    """Neither PDFium nor pdftoppm is available to draw the preview."""


def backend() -> str | None:
    """``pdfium``, ``pdftoppm`` or None."""
    try:
        import pypdfium2  # noqa: F401

        return "pdfium"
    except ImportError:
        pass
    return "pdftoppm" if shutil.which("pdftoppm") else None


def page_images(pdf: Path | str, first: int = 1, count: int = 2, dpi: float = 72):
    """PIL images of pages ``first`` .. ``first+count-1`` (1-based, clipped to the document)."""
    kind = backend()
    if kind == "pdfium":
        return _pdfium(Path(pdf), first, count, dpi)
    if kind == "pdftoppm":
        return _pdftoppm(Path(pdf), first, count, dpi)
    raise PreviewUnavailable("The preview needs PDFium (the pypdfium2 package) or pdftoppm (poppler-utils), and neither "
                             "is installed. The PDF was made all the same: open it with your PDF reader.")


def page_pngs(pdf: Path | str, first: int = 1, count: int = 2, dpi: float = 72) -> list[bytes]:
    """The same pages as PNG bytes (for the GUI, which turns them into images on its own thread)."""
    out = []
    for img in page_images(pdf, first, count, dpi):
        buf = io.BytesIO()
        img.save(buf, "PNG", optimize=False, compress_level=1)
        out.append(buf.getvalue())
    return out


def page_count(pdf: Path | str) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def _pdfium(pdf: Path, first: int, count: int, dpi: float):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        last = min(len(doc), first + count - 1)
        images = []
        for index in range(first - 1, last):
            page = doc[index]
            images.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            page.close()
        return images
    finally:
        doc.close()


def _pdftoppm(pdf: Path, first: int, count: int, dpi: float):
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="pan-preview-") as tmp:
        subprocess.run(["pdftoppm", "-png", "-r", str(int(dpi)), "-f", str(first), "-l", str(first + count - 1),
                        str(pdf), str(Path(tmp) / "p")], check=True, capture_output=True, timeout=120)
        images = []
        for png in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
            with Image.open(png) as im:
                images.append(im.convert("RGB"))
        return images
