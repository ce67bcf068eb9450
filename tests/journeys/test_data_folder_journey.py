"""The data folder as it comes: on a write-protected USB stick, from a newer version, already open."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.journeys.conftest import close_window, read_only_folder, type_into


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes run with exec() are recorded instead of waiting for a click."""
    shown = []

    def record(box):
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_a_write_protected_stick_opens_read_only_browse_search_read_and_print(walker, walk_data, tmp_path, monkeypatch,
                                                                             forbid_gui_thread_sql):
    from pan_desktop.ui.startup import open_services

    (walk_data / "settings.json").write_text('{"language": "vi"}', encoding="utf-8")  # a returning user
    with read_only_folder(walk_data) as stick:
        with forbid_gui_thread_sql.allowed():  # opening the folder comes before the window, as in run_gui
            services = open_services(stick)
        assert services is not None and services.read_only
        walk = walker("vi", "1024x600", data_dir=stick, services=services)
        window, qtbot = walk.window, walk.qtbot
        assert window.read_only_banner.isVisible() and "chỉ đọc" in window.read_only_banner.text()
        for entry in window.pages:  # every page opens, nothing is logged as an error
            walk.click_nav(entry.key)
            walk.check()

        page = walk.click_nav("initiatives")
        qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=5000)
        page.view.selectRow(0)
        qtbot.waitUntil(lambda: page._detail_record is not None, timeout=5000)
        assert not page.add_button.isEnabled() and not page.edit_button.isEnabled()
        assert "chỉ đọc" in page.add_button.toolTip() and page.read_only_note.isVisible()
        assert page.add() is None and page.edit_selected() is None

        search = window.search_page
        window.focus_search()
        type_into(search.box, "phân loại rác")
        qtbot.waitUntil(lambda: search.results.count() > 0, timeout=10000)

        library = walk.click_nav("library")
        qtbot.waitUntil(lambda: len(library.packs) == 6, timeout=10000)
        assert not library.install_button.isEnabled()
        reader = library.open_pack("module-waste-separation")
        reader.show_page("lesson:" + reader.pack.lessons[0].id)
        assert reader.pack.lessons[0].title.get("vi") in reader.browser.toPlainText()
        library.close_reader()  # would save the reading position: not on a read-only stick

        printing = walk.click_nav("print")
        printing.kind.setCurrentIndex(printing.kind.findData("handout"))
        qtbot.waitUntil(lambda: printing.target_model.rowCount() > 0, timeout=10000)
        target = tmp_path / "handout.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        qtbot.waitUntil(printing.save_button.isEnabled, timeout=30000)
        qtbot.mouseClick(printing.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=30000)
        walk.check()
        settings = walk.click_nav("settings")
        assert not settings.save_button.isEnabled()
        close_window(window)  # everything done before the stick is "pulled out"


def test_an_empty_write_protected_folder_says_why_in_a_dialog(tmp_path, dialogs, qapp):
    from pan_desktop.ui.startup import open_services

    empty = tmp_path / "stick"
    empty.mkdir()
    with read_only_folder(empty) as stick:
        assert open_services(stick / "pan-data") is None
    assert dialogs and dialogs[0][0] == "PAN Desktop không mở được dữ liệu"
    assert "không dùng được" in dialogs[0][1] or "không thể" in dialogs[0][1] or "ghi" in dialogs[0][1]


def test_a_database_from_a_newer_version_says_so_and_the_window_does_not_open(walk_data, dialogs, qapp):
    from pan_desktop.app import run_gui

    con = sqlite3.connect(walk_data / "pan.db")
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    assert run_gui(walk_data) == 1
    assert dialogs, "no dialog was shown"
    title, text = dialogs[0]
    assert title == "PAN Desktop không mở được dữ liệu"
    assert "phiên bản PAN Desktop mới hơn" in text and str(walk_data) in text


def test_a_second_start_on_the_same_folder_brings_the_first_window_forward(walk_data, qtbot):
    from pan_desktop.app import run_gui
    from pan_desktop.ui.single_instance import SingleInstance

    first = SingleInstance(walk_data)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert run_gui(walk_data / ".." / walk_data.name) == 0  # the same folder, spelt differently
        assert SingleInstance(walk_data.parent / "another").claim()
    finally:
        first.release()
