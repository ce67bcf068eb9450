"""Add, edit and delete a record through the form, with the keyboard where a person would use it."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pan_desktop.ui.records.form import RecordForm
from tests.journeys.conftest import type_into, visible_of


def open_form(walk):
    walk.qtbot.waitUntil(lambda: bool(visible_of(RecordForm)), timeout=5000)
    return visible_of(RecordForm)[0]


def test_add_edit_and_delete_an_initiative(walker, forbid_gui_thread_sql):
    walk = walker("vi", "1024x600")
    window, qtbot = walk.window, walk.qtbot
    page = walk.click_nav("initiatives")
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = open_form(walk)
    save = form.buttons.button(form.buttons.StandardButton.Save)
    assert save.text() == "Lưu" and form.buttons.button(form.buttons.StandardButton.Cancel).text() == "Hủy"
    type_into(form.inputs["title_vi"], "Chợ xanh không túi ni lông ở Hội An")
    themes = form.inputs["themes"]
    labels = [themes.list.item(i).text() for i in range(themes.list.count())]
    assert "Giảm thiểu nhựa dùng một lần" in labels or all("-" not in t for t in labels)
    themes.list.item(0).setCheckState(Qt.CheckState.Checked)
    chosen_theme = themes.list.item(0).data(Qt.ItemDataRole.UserRole)
    type_into(form.inputs["start_date"], "2025-03")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: getattr(page.selected_record(), "title", str)() == "Chợ xanh không túi ni lông ở Hội An", timeout=5000)
    added = page.selected_record()
    with forbid_gui_thread_sql.allowed():  # the test's own check of what was stored
        assert window.ctx.services.initiatives.get(added.id)["themes"] == [chosen_theme]
    assert window.focusWidget() is page.view  # focus came back to the table after the form
    walk.check()

    QTest.keyClick(page.view, Qt.Key.Key_Return)  # Enter on the row opens the form
    form = open_form(walk)
    form.inputs["title_en"].setFocus()
    type_into(form.inputs["title_en"], "Plastic-bag-free green market in Hoi An")
    QTest.keyClick(form, Qt.Key.Key_Return)  # Enter saves (Save is the default button)
    with forbid_gui_thread_sql.allowed():
        qtbot.waitUntil(lambda: window.ctx.services.initiatives.get(added.id)["title_en"] == "Plastic-bag-free green market in Hoi An", timeout=5000)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    walk.check()

    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
    qtbot.waitUntil(page.undo_button.isVisible, timeout=5000)
    assert "Chợ xanh" in page.undo_label.text()
    walk.check()


def test_tab_leaves_the_records_table(walker):
    walk = walker("vi", "1366x768")
    page = walk.click_nav("initiatives")
    walk.qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
    page.view.setFocus()
    page.view.selectRow(0)
    QTest.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.view and not page.view.isAncestorOf(QApplication.focusWidget())


def test_a_viewer_is_told_before_typing_that_the_record_cannot_be_changed(walker, monkeypatch):
    from pan_desktop.ui.records import form as form_module

    monkeypatch.setattr(form_module, "edit_permission", lambda services, record: ("viewer", "viewer"))
    walk = walker("vi", "1366x768")
    page = walk.click_nav("initiatives")
    walk.qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
    page.view.selectRow(0)
    page.edit_selected()
    form = open_form(walk)
    walk.qtbot.waitUntil(form.permission_note.isVisible, timeout=5000)
    assert "chỉ xem" in form.permission_note.text()
    assert not form.buttons.button(form.buttons.StandardButton.Save).isEnabled()
    assert not form.inputs["title_vi"].isEnabled()
    form.reject()
