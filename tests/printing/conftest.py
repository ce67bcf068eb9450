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
