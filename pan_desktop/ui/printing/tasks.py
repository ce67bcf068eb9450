"""Work the Print page runs on a worker thread: make the PDF with its preview, fill the pickers, and
paint pages onto a printer. Runs on a worker; must not touch widgets."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pan_desktop.core.errors import Interrupted
from pan_desktop.core.printing.jobs import PrintJob, available_packs, run_job
from pan_desktop.core.services import ListQuery

PREVIEW_PAGES = 2
PREVIEW_DPI = 110  # sharp enough to read, scaled to fit in the page


@dataclass(frozen=True)
class Made:
    """A PDF made for the preview: where it is, how many pages, the first pages as PNG bytes, warnings."""

    job: PrintJob
    path: Path
    pages: int
    size: int
    pngs: list[bytes]
    preview_error: str
    warnings: list[str]


@dataclass(frozen=True)
class Choices:
    """What the pickers offer: (id, label) pairs per kind of target."""

    modules: list[tuple[str, str]]
    guidelines: list[tuple[str, str]]
    initiatives: list[tuple[str, str]]
    policies: list[tuple[str, str]]
    with_web_source: frozenset[str] = frozenset()  # records with a web address (a QR code can point there)


def load_choices(services, lang: str) -> Choices:
    """Packs (installed and bundled) and records, with titles in ``lang``."""
    packs = available_packs(services)
    modules = [(p.id, f"{p.title.get(lang)} ({p.id} {p.version})") for p in packs]
    guidelines = [(p.id, f"{p.title.get(lang)} ({p.id} {p.version})") for p in packs if p.checklists]

    from pan_desktop.core.printing.record_parts import first_url

    web: set[str] = set()

    def records(table: str) -> list[tuple[str, str]]:
        page = services.records[table].list(ListQuery(limit=100_000), columns=("title_vi", "title_en", "sources"))
        web.update(r.id for r in page.records if first_url(r.get("sources")))
        return [(r.id, r.title(lang)) for r in page.records]

    initiatives, policies = records("initiatives"), records("policies")
    return Choices(modules, guidelines, initiatives, policies, frozenset(web))


def make_pdf(services, job: PrintJob, out: Path, progress=None) -> Made:
    """Write the PDF for ``job`` to ``out`` and render its first pages."""
    from pan_desktop.core.printing import preview

    out.parent.mkdir(parents=True, exist_ok=True)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress.update(done=done, total=max(total, done), stage="layout")

    result = run_job(services, job, out, report)
    if progress is not None:
        progress.update(done=result.pages, total=result.pages, stage="preview")
    pngs, error = [], ""
    try:
        pngs = preview.page_pngs(out, 1, PREVIEW_PAGES, PREVIEW_DPI)
    except Exception as exc:  # noqa: BLE001 - the PDF is fine without a preview; say why there is none
        error = str(exc)
    return Made(job, out, result.pages, result.size, pngs, error, result.warnings)


def save_copy(source: Path, target: Path) -> Path:
    """Copy the made PDF to where the person chose (via ``.partial``, then renamed)."""
    tmp = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def paint_to_printer(pdf: Path, printer, progress=None, max_dpi: int = 300) -> int:
    """Rasterise every page and paint it onto ``printer`` (a QPrinter; painting on one off the GUI
    thread is allowed). Returns the pages sent."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter

    from pan_desktop.core.printing import preview

    total = preview.page_count(pdf)
    dpi = min(max_dpi, max(150, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for n in range(1, total + 1):
            if progress is not None:
                progress.update(done=n - 1, total=total, stage="print")
            img = preview.page_images(pdf, n, 1, dpi)[0]
            data = img.tobytes("raw", "RGB")
            qimg = QImage(data, img.width, img.height, img.width * 3, QImage.Format.Format_RGB888)
            if n > 1:
                printer.newPage()
            target = painter.viewport()
            size = qimg.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), size), qimg)
    except Interrupted:
        printer.abort()
        raise
    finally:
        painter.end()
    return total
