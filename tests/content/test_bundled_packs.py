"""The six bundled packs: valid, complete in both languages, with what trainers and outreach workers need."""

from __future__ import annotations

import json
import re

import pytest

from pan_desktop.cli import main
from pan_desktop.core.paths import training_modules_dir
from pan_desktop.core.content import ASPECTS, load_pack, validate
from pan_desktop.core.content.positions import Position, ReadingPositions

EXPECTED = {"guideline-pellet-leakage", "module-3r-circular-economy", "module-waste-separation",
            "module-junk-shop-practice", "module-ecommerce-packaging", "module-facilitation"}
VIETNAMESE_MARKS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


@pytest.fixture(scope="module")
def packs():
    return {p.name: load_pack(p) for p in sorted(training_modules_dir().iterdir()) if p.is_dir()}


def test_the_six_packs_are_bundled_and_valid(packs):
    assert set(packs) == EXPECTED
    for folder in training_modules_dir().iterdir():
        assert validate(folder) == [], folder.name
        assert packs[folder.name].id == folder.name


def test_every_lesson_has_both_languages_and_facilitator_notes(packs):
    for pack in packs.values():
        assert pack.languages == ("vi", "en")
        assert pack.objectives_vi and len(pack.objectives_vi) == len(pack.objectives_en)
        for lesson in pack.lessons:
            for lang in ("vi", "en"):
                assert len(lesson.body.get(lang)) > 1200, (pack.id, lesson.id, lang)
                assert lesson.facilitator.get(lang), (pack.id, lesson.id, lang)
            assert VIETNAMESE_MARKS.search(lesson.body.vi), (pack.id, lesson.id)
            assert lesson.duration_minutes


def test_modules_have_objectives_duration_audience_checks_and_glossary(packs):
    for pack in packs.values():
        assert pack.duration_minutes and pack.audience and pack.glossary, pack.id
        assert pack.checks and all(c.explanation.vi and c.explanation.en for c in pack.checks), pack.id
        if pack.kind == "module":
            assert 3 <= len(pack.lessons) <= 5, pack.id


def test_guideline_has_one_section_per_aspect_and_both_checklists(packs):
    guide = packs["guideline-pellet-leakage"]
    assert guide.kind == "guideline"
    assert [l.aspect for l in guide.lessons] == list(ASPECTS)
    lists = {c.id: c for c in guide.checklists}
    assert set(lists) == {"factory", "junk-shop"}
    for checklist in lists.values():
        assert {i.aspect for i in checklist.items} == set(ASPECTS)
        assert all(i.look_for.vi and i.look_for.en for i in checklist.items)


def test_member_facts_come_from_the_seed_documents(packs):
    """The few facts about members quoted in the content match the seed documents word for word."""
    sep = packs["module-waste-separation"].lesson("03-commune-pilot").body.en
    assert "nearly 10,000 trash cans" in sep and "2 trucks" in sep and "about 1,000 people" in sep
    eco = packs["module-ecommerce-packaging"].lesson("01-plastic-in-an-order").body.en
    assert "retailers and last-mile delivery" in eco and "2024–2025" in eco
    assert "RKC-MPD of ERIA" in packs["guideline-pellet-leakage"].sources[0]


def test_cli_install_list_and_validate(tmp_path, capsys, good_pack):
    data = tmp_path / "data"
    folder = training_modules_dir() / "module-facilitation"
    assert main(["--data-dir", str(data), "content", "install", str(folder)]) == 1  # consent first
    assert "--allow-unsigned" in capsys.readouterr().err and not (data / "content" / "module-facilitation").exists()
    assert main(["--data-dir", str(data), "content", "install", "--allow-unsigned", str(folder)]) == 0
    assert main(["--data-dir", str(data), "content", "list", "--json"]) == 0
    out = capsys.readouterr().out
    listed = json.loads(out[out.index("["):])
    assert listed == [{"id": "module-facilitation", "kind": "module", "version": "1.0.0",
                       "title_vi": "Tổ chức buổi tập huấn nâng cao năng lực khi nguồn lực hạn chế",
                       "title_en": "Running a capacity-building session where resources are few", "languages": ["vi", "en"],
                       "origin": "unsigned", "from_pan": False, "label": "not from PAN"}]  # a copy, whatever it claims
    assert main(["--data-dir", str(data), "content", "validate", str(folder)]) == 0
    (good_pack / "lessons" / "02-more.en.md").unlink()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "content", "validate", str(good_pack)]) == 1
    captured = capsys.readouterr()
    assert "pack.yaml:17: lesson '02-more' has no en text" in captured.out
    assert "1 problem(s) found" in captured.err


def test_cli_install_of_broken_pack_prints_message_not_traceback(tmp_path, capsys, good_pack):
    (good_pack / "pack.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "content", "install", "--allow-unsigned", str(good_pack)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pan-desktop: The content pack") and "pack.yaml:" in err and "Traceback" not in err


def test_reading_positions_survive_and_tolerate_a_broken_file(tmp_path):
    store = ReadingPositions(tmp_path)
    assert store.get("x") is None
    store.set("x", Position("lesson:02", 0.5))
    assert ReadingPositions(tmp_path).get("x") == Position("lesson:02", 0.5)
    (tmp_path / "library-state.json").write_text("{not json", encoding="utf-8")
    assert ReadingPositions(tmp_path).get("x") is None
