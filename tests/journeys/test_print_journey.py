"""From the Print page: a handout and an A5 booklet of a module, saved to files."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def save_as(walk, page, target, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    walk.qtbot.waitUntil(page.save_button.isEnabled, timeout=30000)
    walk.qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    walk.qtbot.waitUntil(target.exists, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")


def test_print_a_handout_and_a_booklet_to_files(walker, tmp_path, monkeypatch):
    from pypdf import PdfReader

    walk = walker("vi", "1024x600")
    page = walk.click_nav("print")
    page.kind.setCurrentIndex(page.kind.findData("handout"))
    walk.qtbot.waitUntil(lambda: page.target_model.rowCount() > 0, timeout=10000)
    assert page.current_job() is not None
    save_as(walk, page, tmp_path / "handout.pdf", monkeypatch)
    walk.check()
    page.booklet.setChecked(True)
    assert page.current_job().kind == "booklet"
    save_as(walk, page, tmp_path / "booklet.pdf", monkeypatch)
    assert len(PdfReader(tmp_path / "booklet.pdf").pages) >= 1
    walk.check()
    walk.qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)  # "Change in Settings…"
    assert walk.window.current_key() == "settings"
