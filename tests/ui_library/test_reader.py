"""The reader driven like a person would: cards and filters, a module with notes and checks, a guideline,
the glossary search, the reading position."""

from __future__ import annotations

from pan_desktop.ui.library import GlossaryPage, LibraryPage
from pan_desktop.ui.library.reader import GuidelineView, ModuleView


def _library(qtbot, ctx) -> LibraryPage:
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000) as blocker:
        pass
    assert blocker.args == [6]
    return page


def _choose(box, data):
    box.setCurrentIndex(box.findData(data))


def test_cards_and_filters(qtbot, ctx):
    page = _library(qtbot, ctx)
    assert len(page.cards) == 6 and page.count.text() == "6 of 6 packs"
    _choose(page.kind_box, "guideline")
    assert [c.pack.id for c in page.cards] == ["guideline-pellet-leakage"]
    _choose(page.kind_box, "")
    _choose(page.audience_box, "junk-shops")
    assert {c.pack.id for c in page.cards} == {"guideline-pellet-leakage", "module-junk-shop-practice"}
    _choose(page.language_box, "en")
    assert len(page.cards) == 2


def test_module_notes_toggle_and_knowledge_check(qtbot, ctx):
    page = _library(qtbot, ctx)
    card = next(c for c in page.cards if c.pack.id == "module-waste-separation")
    card.open_button.click()
    reader = page.reader
    assert isinstance(reader, ModuleView)
    assert reader.key == "overview" and "Objectives" in reader.browser.toPlainText()
    reader.toc.setCurrentRow(1)  # first lesson
    assert reader.key == "lesson:01-why-and-what"
    text = reader.browser.toPlainText()
    assert "three main groups" in text and "Facilitator notes" not in text
    reader.notes.click()
    assert "Facilitator notes" in reader.browser.toPlainText() and "sorting relay" in reader.browser.toPlainText().lower()

    cards = reader.checks.cards
    assert len(cards) == 3 and reader.checks_area.isVisible()
    first = cards[0]
    wrong = next(i for i in range(len(first.buttons)) if i != first.check.answer)
    first.buttons[wrong].click()
    first.check_button.click()
    assert first.feedback.isVisible() and first.feedback.text().startswith("Not quite. The answer is:")
    assert first.check.explanation.en in first.feedback.text()
    assert reader.checks.score.text() == "Score: 0 of 3 (1 answered)"
    # the right answer is now shown: the choice can no longer be changed to score a point
    assert not any(b.isEnabled() for b in first.buttons) and not first.check_button.isEnabled()
    first.buttons[first.check.answer].click()
    first.choose(first.check.answer)
    first.check_button.click()
    assert first.buttons[wrong].isChecked()
    assert first.feedback.text().startswith("Not quite.")
    assert reader.checks.score.text() == "Score: 0 of 3 (1 answered)"


def test_content_language_switch_shows_vietnamese_lesson(qtbot, ctx):
    page = _library(qtbot, ctx)
    reader = page.open_pack("module-3r-circular-economy")
    reader.show_page("lesson:02-the-3r-ladder")
    reader.language_box.setCurrentIndex(reader.language_box.findData("vi"))
    assert "Bậc thang 3R" in reader.browser.toPlainText()
    assert reader.checks.cards[0].question.text() == "Theo bậc thang 3R, việc nào nên làm trước tiên?"


def test_guideline_by_aspect_with_checklists(qtbot, ctx):
    page = _library(qtbot, ctx)
    reader = page.open_pack("guideline-pellet-leakage")
    assert isinstance(reader, GuidelineView)
    rows = [reader.toc.item(i).text() for i in range(reader.toc.count())]
    assert rows[1] == "Sections by aspect" and rows[2:7] == ["Air", "Environmental siting", "Land and soil",
                                                               "Litter and debris", "Water and wastewater"]
    assert "Plastic factory checklist" in rows and "Junk shop and small recycler checklist" in rows
    reader.show_page("checklist:factory")
    text = reader.browser.toPlainText()
    assert "What to look for" in text and "Shredders and grinders are enclosed" in text
    assert not reader.checks_area.isVisible()
    reader.show_page("lesson:04-litter")
    assert reader.browser.document().resource(2, "media/loss-points-en.png") is not None  # the image loaded


def test_reading_position_is_remembered_per_pack(qtbot, ctx):
    page = _library(qtbot, ctx)
    reader = page.open_pack("module-facilitation")
    reader.show_page("lesson:03-during-and-after")
    page.close_reader()
    qtbot.waitUntil(lambda: (ctx.data_dir / "library-state.json").exists(), timeout=5000)
    again = _library(qtbot, ctx)
    assert again.open_pack("module-facilitation").key == "lesson:03-during-and-after"
    assert again.open_pack("module-3r-circular-economy").key == "overview"


def test_glossary_search_ignores_diacritics_and_language(qtbot, ctx):
    page = GlossaryPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page._all) > 40, timeout=10000)
    page.search.setText("tui ni long")
    qtbot.waitUntil(lambda: page.shown_entries() and page.shown_entries()[0].id == "plastic-bag", timeout=3000)
    assert "thin bag made of plastic film" in page.detail.toPlainText()  # the shipped definition
    assert "polythene bag" in page.detail.toPlainText()  # a pack's other name for the same term
    page.search.setText("VI NHUA")
    qtbot.waitUntil(lambda: page.shown_entries() and page.shown_entries()[0].id == "microplastic", timeout=3000)
    assert [e.id for e in page.shown_entries()].count("microplastic") == 1
    page.search.setText("zzzz")
    qtbot.waitUntil(lambda: page.shown_entries() == [], timeout=3000)
    assert "No term matches" in page.detail.toPlainText()


def test_glossary_page_shows_shipped_terms_and_pack_terms_once(qtbot, ctx):
    from pan_desktop.core.content.glossary import shipped_glossary

    page = GlossaryPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page._all) > 40, timeout=10000)
    ids = [e.id for e, _terms, _all in page._all]
    assert len(ids) == len(set(ids))
    assert {e.id for e in shipped_glossary()} <= set(ids)  # e.g. "leachate", shipped with the app only
    assert {"leachate", "bubble-wrap", "settling-tank"} <= set(ids)  # shipped; e-commerce pack; pellet guideline


def test_vietnamese_interface(qtbot, ctx):
    ctx.translation.set_language("vi")
    try:
        page = _library(qtbot, ctx)
        assert page.heading_text() == "Thư viện: học phần tập huấn và hướng dẫn kỹ thuật"
        assert page.count.text() == "6/6 tài liệu"
        reader = page.open_pack("module-waste-separation")
        assert reader.back.text() == "← Thư viện" and reader.notes.text() == "Ghi chú cho người điều phối"
        assert reader.toc.item(0).text() == "Tổng quan và mục tiêu"
        assert "Phân loại rác sinh hoạt tại nguồn" in reader.browser.toPlainText()
        reader.show_page("lesson:01-why-and-what")
        card = reader.checks.cards[0]
        card.choose(card.check.answer)
        card.check_button.click()
        assert card.feedback.text().startswith("Chính xác.")
    finally:
        ctx.translation.set_language("en")


def test_install_from_file_refuses_broken_and_accepts_good(qtbot, ctx, tmp_path):
    from tests.content.packbuilder import make_pack, replace_in, zip_pack

    page = _library(qtbot, ctx)
    broken = make_pack(tmp_path / "broken")
    replace_in(broken / "checks.yaml", "answer: 1", "answer: 4")
    page.install_from(zip_pack(broken, tmp_path / "broken.panpack"))
    qtbot.waitUntil(lambda: page.install_button.isEnabled(), timeout=10000)
    assert "checks.yaml:7" in page.status.text() and "Nothing was changed" in page.status.text()
    assert len(page.packs) == 6

    good = make_pack(tmp_path / "good")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.install_from(zip_pack(good, tmp_path / "good.panpack"))
    assert page.status.text() == "test-pack 1.0.0 installed." and len(page.cards) == 7


def test_vietnamese_cards_write_half_hours_with_a_comma(qtbot, ctx):
    ctx.translation.set_language("vi")
    try:
        page = _library(qtbot, ctx)
        card = next(c for c in page.cards if c.pack.id == "module-facilitation")  # 150 minutes
        assert "khoảng 2,5 giờ" in card.meta.text() and "2.5" not in card.meta.text()
        assert "3 bài học" in card.meta.text()
    finally:
        ctx.translation.set_language("en")


def test_english_glossary_sorts_by_the_english_term_and_shows_each_alias_once(qtbot, ctx):
    from pan_desktop.core.text import fold
    from pan_desktop.ui.library import GlossaryPage
    from pan_desktop.ui.library.render import glossary_entry_html

    page = GlossaryPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 10, timeout=10000)
    english = [fold(e.en) for e in page.shown_entries()]
    assert english == sorted(english)
    entry = next(e for e in page.shown_entries() if e.aliases_vi or e.aliases_en)
    doubled = type(entry)(**{**entry.__dict__, "aliases_en": (*entry.aliases_en, *entry.aliases_vi, entry.vi)})
    html = glossary_entry_html(doubled, "en", {"aliases": "Also called"})
    aliases = html.split("Also called: ")[1].split("<")[0].split(", ")
    assert len(aliases) == len({a.casefold() for a in aliases}) and entry.vi not in aliases
