"""The Organisations page notes the organisation names records keep as text, and each of their records
opens from the note."""

import pytest
from PySide6.QtCore import QUrl

WORDS = {"vi": ("1 tên tổ chức chưa được liên kết", "chưa có tổ chức nào mang tên này", "Chính sách · Cơ quan ban hành"),
         "en": ("1 organisation name is not linked", "no organisation has this name", "Policies · Issuing body")}


@pytest.mark.parametrize("lang, size", [("vi", "1024x600"), ("en", "1366x768")])
def test_the_organisations_page_lists_the_names_not_linked_and_opens_their_records(walker, tmp_path, lang, size):
    walk = walker(lang, size)
    page = walk.click_nav("organizations")
    note = page.unlinked_note
    walk.qtbot.waitUntil(lambda: note.isVisible() and bool(note.entries), timeout=10000)
    summary, meaning, where = WORDS[lang]
    assert note.summary.text().startswith(summary)
    assert not note.list.isVisible()
    note.toggle.click()
    assert note.list.isVisible()
    text = note.list.toPlainText()
    assert "ASEAN" in text and meaning in text and where in text, text
    walk.qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=10000)
    assert note.list.height() < 120  # one name: the list is as tall as it, the table keeps its room
    page.grab().save(str(tmp_path / f"unlinked-{lang}-{size}.png"))
    entry = note.entries[0]
    assert (entry.name, entry.table, entry.count) == ("ASEAN", "policies", 2) and all(t for _i, t in entry.records)
    record_id = entry.records[0][0]
    note._clicked(QUrl(f"record:policies:{record_id}"))
    policies = walk.window.record_pages["policies"]
    walk.qtbot.waitUntil(lambda: policies.isVisible() and policies.selected_record() is not None
                         and policies.selected_record().id == record_id, timeout=10000)
    walk.check()
