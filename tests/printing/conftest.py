"""Fixtures for the printing tests: content packs written in a tmp dir, records, PDF helpers."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from tests.printing.packs import write_pack


@pytest.fixture(scope="session")
def module_pack(tmp_path_factory):
    from pan_desktop.core.content import load_pack

    return load_pack(write_pack(tmp_path_factory.mktemp("packs"), lessons=3))


@pytest.fixture(scope="session")
def guideline_pack(tmp_path_factory):
    from pan_desktop.core.content import load_pack

    return load_pack(write_pack(tmp_path_factory.mktemp("gpacks"), pack_id="gl-test", kind="guideline",
                                checklists=True, lessons=5))


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def squash(text: str) -> str:
    """NFC without any whitespace (line breaks fall where the layout puts them)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def page_lines(path: Path) -> list[list[tuple[float, float, bool, str]]]:
    """Per page, the text runs as (baseline y from the bottom, font size, bold, text), top to bottom."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(str(path)).pages:
        runs: list[tuple[float, float, bool, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if not text.strip():
                return
            scale = (tm[3] * cm[3]) or 1
            name = str((font or {}).get("/BaseFont", ""))
            runs.append((round(tm[5] * cm[3] + cm[5], 1), round(abs(size * scale), 1), "Bold" in name, text.strip()))

        page.extract_text(visitor_text=visit)
        runs.sort(key=lambda r: -r[0])
        pages.append(runs)
    return pages


def body_extent(path: Path, top_mm: float = 18, bottom_mm: float = 20) -> list[tuple[float, float]]:
    """Per page, (lowest baseline, its share of the frame used) for text inside the frame (header and
    footer left out); A4 portrait margins by default."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    top, bottom = A4[1] - top_mm * mm, bottom_mm * mm
    out = []
    for runs in page_lines(path):
        inside = [r for r in runs if bottom - 2 < r[0] < top + 2]
        low = min((r[0] for r in inside), default=top)
        out.append((low, (top - low) / (top - bottom)))
    return out
