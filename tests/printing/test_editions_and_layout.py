"""Handout editions (participant without answers or notes, facilitator with them) and the typesetting
of the bundled packs: no heading left at the foot of a page, no page but the last left mostly empty,
the factory and junk-shop checklists on two sheets."""

from __future__ import annotations

import re

import pytest

from pan_desktop.core.paths import training_modules_dir
from pan_desktop.core.printing.checklist import build_checklist
from pan_desktop.core.printing.handout import build_handout
from pan_desktop.core.printing.options import PrintOptions
from tests.printing.conftest import body_extent, page_lines, pdf_text, squash

MODULES = sorted(p.parent.name for p in training_modules_dir().glob("module-*/pack.yaml"))


def _pack(pack_id):
    from pan_desktop.core.content import load_pack

    return load_pack(training_modules_dir() / pack_id)


def _plain(markdown: str) -> str:
    """A stretch of plain words from Markdown (no markers), to look for in the PDF text."""
    line = next(l for l in markdown.splitlines() if len(l.strip()) > 40)
    return re.sub(r"[*_#>`|]", "", line).strip()[:40]


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    out = tmp_path_factory.mktemp("editions")
    made = {}
    for pack_id in MODULES:
        pack = _pack(pack_id)
        for edition in ("participant", "facilitator"):
            made[pack_id, edition] = (pack, build_handout(pack, out / f"{pack_id}-{edition}.pdf", PrintOptions(),
                                                          edition=edition))
    return made


def test_there_are_bundled_modules():
    assert len(MODULES) >= 5


@pytest.mark.parametrize("pack_id", MODULES)
def test_participant_edition_has_no_answer_key_and_no_facilitator_notes(editions, pack_id):
    pack, result = editions[pack_id, "participant"]
    text = squash(pdf_text(result.path))
    assert squash("Đáp án") not in text and squash("Ghi chú cho người hướng dẫn") not in text
    lessons = squash(" ".join(lesson.body.vi for lesson in pack.lessons))
    for check in pack.checks:
        assert squash(check.question.vi)[:30] in text  # the questions are there, to answer
        explanation = squash(check.explanation.vi)[:30]
        if explanation and explanation not in lessons:  # some explanations quote the lesson
            assert explanation not in text
    for lesson in pack.lessons:
        if lesson.facilitator.vi.strip():
            assert squash(_plain(lesson.facilitator.vi)) not in text, lesson.id
    assert squash("Bản dành cho học viên") in text


@pytest.mark.parametrize("pack_id", MODULES)
def test_facilitator_edition_has_notes_timings_and_answer_key(editions, pack_id):
    pack, result = editions[pack_id, "facilitator"]
    text = squash(pdf_text(result.path))
    assert squash("Đáp án") in text and squash("Kế hoạch buổi tập huấn") in text
    for check in pack.checks:
        if check.explanation.vi:
            assert squash(check.explanation.vi)[:30] in text
    notes = [lesson for lesson in pack.lessons if lesson.facilitator.vi.strip()]
    assert notes
    for lesson in notes:
        assert squash(_plain(lesson.facilitator.vi)) in text, lesson.id
    total = sum(lesson.duration_minutes or 0 for lesson in pack.lessons)
    assert squash(f"{total} phút") in text  # the session plan's total
    assert squash("Bản dành cho người hướng dẫn") in text


def _stranded_headings(path) -> list[tuple[int, str]]:
    """(page, text) of headings (bold, larger than body text) that are the last line on a page."""
    out = []
    pages = page_lines(path)
    for n, runs in enumerate(pages[:-1], 1):
        inside = [r for r in runs if 57 < r[0] < 790]  # between the footer and the running header (A4)
        if inside and inside[-1][2] and inside[-1][1] >= 10.9:
            out.append((n, inside[-1][3]))
    return out


@pytest.mark.parametrize("edition", ["participant", "facilitator"])
def test_no_heading_is_stranded_and_no_page_is_left_mostly_empty(editions, edition):
    for pack_id in MODULES:
        _, result = editions[pack_id, edition]
        assert _stranded_headings(result.path) == [], pack_id
        fills = [share for _, share in body_extent(result.path)]
        assert all(share > 0.5 for share in fills[:-1]), (pack_id, [round(f, 2) for f in fills])


@pytest.mark.parametrize("site", ["factory", "junk-shop"])
def test_bundled_checklists_fit_on_two_sheets_with_a_roomy_not_applicable_column(tmp_path, site):
    pack = _pack("guideline-pellet-leakage")
    checklist = next(c for c in pack.checklists if c.id == site)
    assert len(checklist.items) == 15
    result = build_checklist(pack, site, tmp_path / "c.pdf", PrintOptions())
    assert result.pages <= 2
    assert _stranded_headings(result.path) == []
    text = squash(pdf_text(result.path))
    assert squash("Không áp dụng") in text and "K.áp" not in text


def test_checklist_footer_names_the_organisation(tmp_path):
    pack = _pack("guideline-pellet-leakage")
    result = build_checklist(pack, "factory", tmp_path / "c.pdf", PrintOptions(org_name="Trung tâm Sống Xanh"))
    pages = page_lines(result.path)
    assert all(any("Trung tâm Sống Xanh" in r[3] for r in runs if r[0] < 57) for runs in pages)
