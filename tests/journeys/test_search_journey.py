"""Ctrl+K from anywhere, type, and open each kind of result: a record, a lesson, a guideline section, a term."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.journeys.conftest import type_into

CASES = [  # (words typed, kind of result opened)
    ("Long An", "initiatives"),
    ("phân loại rác", "lesson"),
    ("rò rỉ hạt nhựa", "guideline"),
    ("nước rỉ rác", "glossary"),
]


def search_and_open(walk, words: str, kind: str):
    window, qtbot = walk.window, walk.qtbot
    window.show_page("library" if kind == "initiatives" else "initiatives")  # start somewhere else
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.search_page
    assert window.stack.currentWidget() is page and page.box.hasFocus()
    page.box.clear()
    type_into(page.box, words)

    def row_of_kind():
        for i in range(page.results.count()):
            if page.results.item(i).data(Qt.ItemDataRole.UserRole)[0] == kind:
                return i
        return -1

    qtbot.waitUntil(lambda: row_of_kind() >= 0, timeout=10000)
    hit_kind, ident = page.results.item(row_of_kind()).data(Qt.ItemDataRole.UserRole)
    page.results.setCurrentRow(row_of_kind())
    QTest.keyClick(page.box, Qt.Key.Key_Return)
    return ident


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_ctrl_k_opens_every_kind_of_result(walker, lang):
    walk = walker(lang, "1024x600")
    window, qtbot = walk.window, walk.qtbot

    ident = search_and_open(walk, *CASES[0])
    page = window.record_pages["initiatives"]
    qtbot.waitUntil(lambda: getattr(page.selected_record(), "id", None) == ident, timeout=5000)
    walk.check()

    for words, kind in CASES[1:3]:
        ident = search_and_open(walk, words, kind)
        library = window.library_page
        assert window.stack.currentWidget() is library
        pack_id, _, lesson_id = ident.partition("/")
        qtbot.waitUntil(lambda: library.reader is not None and library.reader.pack.id == pack_id, timeout=5000)
        assert library.reader.key == f"lesson:{lesson_id}"
        assert library.reader.pack.lesson(lesson_id).title.get(library.reader.lang) in library.reader.browser.toPlainText()
        walk.check()

    ident = search_and_open(walk, *CASES[3])
    glossary = window.glossary_page
    assert window.stack.currentWidget() is glossary
    qtbot.waitUntil(lambda: glossary.view.currentIndex().isValid()
                    and glossary.model.entries[glossary.view.currentIndex().row()].id == ident, timeout=5000)
    walk.check()


def test_before_typing_the_search_page_explains_and_suggests(walker):
    walk = walker("vi", "1024x600")
    page = walk.click_nav("search")
    assert page.hints.isVisible() and "không dấu" in page.hints.explain.text()
    walk.qtbot.mouseClick(page.hints.buttons[0], Qt.MouseButton.LeftButton)
    assert page.box.text() == "túi ni lông" and not page.hints.isVisible()
    walk.qtbot.waitUntil(lambda: page.results.count() > 0, timeout=10000)
    walk.check()
