"""A trainer opens a module, answers a knowledge check, opens a guideline's site checklist; the longest
titles never push the window past a netbook's screen."""

from PySide6.QtCore import Qt


def test_open_a_module_answer_a_check_and_open_a_checklist(walker):
    walk = walker("vi", "1024x600")
    qtbot = walk.qtbot
    library = walk.click_nav("library")
    qtbot.waitUntil(lambda: len(library.cards) == 6, timeout=10000)
    card = next(c for c in library.cards if c.pack.id == "module-waste-separation")
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    reader = library.reader
    assert reader is not None and reader.pack.id == "module-waste-separation"
    assert walk.window.focusWidget() is reader.toc  # focus follows into the pack, not lost on a hidden button
    first_lesson = next(i for i in range(reader.toc.count()) if (reader.toc.item(i).data(Qt.ItemDataRole.UserRole) or "").startswith("lesson:"))
    reader.toc.setCurrentRow(first_lesson)
    assert reader.key.startswith("lesson:")
    if not reader.checks_toggle.isChecked():  # a short screen starts with the questions folded away
        qtbot.mouseClick(reader.checks_toggle, Qt.MouseButton.LeftButton)
    card = reader.checks.cards[0]
    assert card.isVisible()
    for button in (card.buttons[card.check.answer], card.check_button):
        reader.checks_area.ensureWidgetVisible(button)  # scrolled to, as a person would
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert card.feedback.text().startswith("Chính xác.")
    assert reader.checks.score.text().startswith("Điểm: 1/3")
    assert not card.buttons[0].isEnabled()  # the answer is locked once shown
    qtbot.mouseClick(reader.checks_toggle, Qt.MouseButton.LeftButton)
    assert not reader.checks_area.isVisible()  # folded away: the lesson has the room
    walk.check()

    qtbot.mouseClick(reader.back, Qt.MouseButton.LeftButton)
    back_on = next(c for c in library.cards if c.pack.id == "module-waste-separation").open_button
    assert walk.window.focusWidget() is back_on  # back where the person left the list
    guideline = next(c for c in library.cards if c.pack.id == "guideline-pellet-leakage")
    qtbot.mouseClick(guideline.open_button, Qt.MouseButton.LeftButton)
    reader = library.reader
    row = next(i for i in range(reader.toc.count()) if (reader.toc.item(i).data(Qt.ItemDataRole.UserRole) or "").startswith("checklist:"))
    reader.toc.setCurrentRow(row)
    checklist = reader.pack.checklists[0]
    assert reader.key == f"checklist:{checklist.id}"
    assert checklist.title.get("vi") in reader.browser.toPlainText()
    walk.check()


def test_the_longest_titles_never_widen_the_window(walker):
    walk = walker("vi", "1024x600")
    window, qtbot = walk.window, walk.qtbot
    library = walk.click_nav("library")
    qtbot.waitUntil(lambda: len(library.cards) == 6, timeout=10000)
    longest = max(((p, lesson) for p in library.packs for lesson in p.lessons), key=lambda pl: len(pl[1].title.get("vi")))
    pack = max(library.packs, key=lambda p: len(p.title.get("vi")))
    for pack_id, lesson in ((longest[0].id, longest[1]), (pack.id, pack.lessons[0])):
        reader = library.open_pack(pack_id)
        reader.show_page(f"lesson:{lesson.id}")
        qtbot.wait(50)
        walk.check()
    assert window.width() <= window.screen().availableGeometry().width()
