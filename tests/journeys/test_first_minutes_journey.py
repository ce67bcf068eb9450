"""A newcomer's first minutes: the start page, its next steps, the Settings page."""

import json

from PySide6.QtCore import Qt

from tests.journeys.conftest import type_into


def test_first_run_opens_on_the_start_page_and_its_steps_lead_on(walker):
    walk = walker("vi", "1024x600")
    window, qtbot = walk.window, walk.qtbot
    start = window.stack.currentWidget()
    assert window.current_key() == "start" and window.heading.text() == "Bắt đầu"
    qtbot.waitUntil(lambda: "13 sáng kiến" in start.holds.text(), timeout=5000)
    assert [b.text() for b in start.step_buttons.values()] == ["Mở thư viện", "In tài liệu phát tay", "Kết nối với máy chủ mạng lưới"]
    for key, button in start.step_buttons.items():
        window.show_page("start")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_key() == key
        walk.check()
    qtbot.waitUntil((walk.data_dir / "settings.json").exists, timeout=5000)  # the next start opens on the records


def test_settings_are_saved_and_the_language_follows(walker):
    walk = walker("vi", "1366x768")
    window, qtbot = walk.window, walk.qtbot
    page = walk.click_nav("settings")
    assert str(walk.data_dir) in page.folder.text()
    type_into(page.edits["user_name"], "Nguyễn Thị Hoa")
    type_into(page.edits["org_name"], "Nhóm Xanh Hội An")
    page.language.setCurrentIndex(page.language.findData("en"))
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = json.loads((walk.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["user_name"] == "Nguyễn Thị Hoa" and stored["org_name"] == "Nhóm Xanh Hội An"
    assert window.ctx.services.settings.org_name == "Nhóm Xanh Hội An"  # the print page reads this object
    qtbot.waitUntil(lambda: window.heading.text() == "Settings", timeout=5000)
    assert page.save_button.text() == "Save settings"
    walk.check()
