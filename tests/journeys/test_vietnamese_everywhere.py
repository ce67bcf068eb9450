"""No English on a control of the Vietnamese interface: every page, the record form, Qt's own dialogs and menus."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.journeys.english import english_in, english_words

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_the_heuristic_catches_what_a_new_user_saw():
    for text in ("Save", "Cancel", "Show Details...", "Clear all filters", "outreach-workers", "trainers", "1 results"):
        assert english_words(text), text
    for text in ("Lưu", "Hủy", "Xem chi tiết…", "In ấn", "Xóa bộ lọc", "PAN Desktop", "13 sáng kiến", "Tiếng Việt / English"):
        assert not english_words(text), text


def test_no_english_on_any_page_of_the_vietnamese_window(walker):
    walk = walker("vi", "1366x768")
    window, qtbot = walk.window, walk.qtbot
    problems = []
    for entry in window.pages:
        page = walk.click_nav(entry.key)
        qtbot.wait(30)
        problems += [f"[{entry.key}] {p}" for p in english_in(page)]
    for menu in (window.file_menu, window.language_menu, window.help_menu):
        problems += english_in(menu)
    problems += english_in(window.statusBar())
    problems += english_in(window.nav.parentWidget())

    records = window.record_pages["initiatives"]
    qtbot.waitUntil(lambda: records.model.rowCount() == 13, timeout=5000)
    records.view.selectRow(0)
    qtbot.waitUntil(lambda: records._detail_record is not None, timeout=5000)
    form = records.edit_selected()
    qtbot.waitUntil(lambda: form is not None and form.isVisible(), timeout=5000)
    problems += [f"[form] {p}" for p in english_in(form)]
    form.reject()

    library = window.show_page("library")
    qtbot.waitUntil(lambda: len(library.packs) == 6, timeout=10000)
    reader = library.open_pack("module-waste-separation")
    reader.show_page("lesson:" + reader.pack.lessons[0].id)
    problems += [f"[reader] {p}" for p in english_in(reader)]
    library.close_reader()
    assert not problems, "English in the Vietnamese interface:\n" + "\n".join(problems)


def test_qt_dialogs_and_menus_speak_vietnamese(walker, tmp_path):
    walker("vi", "1366x768")
    box = QMessageBox(QMessageBox.Icon.Warning, "Chưa nhập gì", "Có lỗi.", QMessageBox.StandardButton.Ok)
    box.setDetailedText("Dòng 2")
    box.show()
    QApplication.processEvents()
    dialog = QFileDialog(None, "Chọn tệp", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    QApplication.processEvents()
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    editors = [QLineEdit(), QPlainTextEdit()]
    menus = [e.createStandardContextMenu() for e in editors]
    problems = english_in(box) + english_in(dialog) + [p for m in menus for p in english_in(m)]
    box.close()
    dialog.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*_vi.ts")), ids=lambda p: p.name)
def test_every_translation_file_is_complete(ts):
    import xml.etree.ElementTree as ET

    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if (t := m.find("translation")) is not None and t.get("type") not in ("obsolete", "vanished")
                  and (t.get("type") == "unfinished" or not (t.text or "").strip())]
    assert not unfinished, f"{ts.name}: {len(unfinished)} unfinished: {unfinished[:10]}"


NEW_STYLE_TONE = "(?<![qQ])(o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?![a-zđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])"


@pytest.mark.parametrize("name", ["main_vi.ts", "records_vi.ts", "library_vi.ts", "qt_vi.ts"])
def test_one_spelling_convention_xoa_not_xoa(name):
    """Tones sit as in "xóa", "hủy", "hòa" (docs/ui-terms.md), never "xoá", "huỷ", "hoà"."""
    import re
    import xml.etree.ElementTree as ET

    texts = [t.text or "" for t in ET.parse(TRANSLATIONS / name).iter("translation")]
    odd = sorted({m.group(0) + " in " + t[:60] for t in texts for m in re.finditer(NEW_STYLE_TONE, t, re.IGNORECASE)})
    assert not odd, odd


def test_every_audience_of_the_bundled_packs_has_a_vietnamese_label():
    """Search facets, library filters and record forms show an audience by its label, never its code."""
    from pan_desktop.core.paths import training_modules_dir
    import yaml

    from pan_desktop.core.vocab import AUDIENCES, label

    codes = {a for pack in training_modules_dir().glob("*/pack.yaml")
             for a in yaml.safe_load(pack.read_text(encoding="utf-8")).get("audience", [])}
    assert {"outreach-workers", "trainers"} <= codes
    assert codes <= set(AUDIENCES), codes - set(AUDIENCES)
    assert label(AUDIENCES, "outreach-workers", "vi") == "Cán bộ tiếp cận cộng đồng, cơ sở"
