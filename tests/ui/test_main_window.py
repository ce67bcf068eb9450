"""The main window driven as a person would: browse, filter, add, delete and undo, switch language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pan_desktop.core.services import ListQuery


def titles(page):
    return [page.model.record(i).title("vi") for i in range(page.model.rowCount())]


def test_opens_in_vietnamese_on_the_network_records(window, qtbot):
    assert [window.nav.item(i).toolTip() for i in range(window.nav.count())] == [
        "Bắt đầu", "Tìm kiếm", "Sáng kiến", "Tổ chức", "Chính sách", "Sự kiện", "Tập huấn", "Đánh giá cơ sở", "Thư viện", "Thuật ngữ", "In ấn",
        "Đồng bộ", "Xung đột", "Cài đặt"]
    assert window.stack.currentWidget() is window.record_pages["initiatives"]
    assert window.file_menu.title() == "&Tệp"
    page = window.record_pages["initiatives"]
    assert "Dự án Quản lý chất thải Long An, Đồng bằng sông Cửu Long" in titles(page)
    assert page.add_button.text() == "Thêm…"
    qtbot.waitUntil(lambda: "13 sáng kiến · 10 tổ chức · 2 chính sách · 3 sự kiện" in window.counts_label.text(), timeout=5000)
    assert window.ctx.data_dir.name in window.location_label.text()


def test_filter_by_current_province_finds_a_project_recorded_in_long_an(window, qtbot):
    page = window.record_pages["initiatives"]
    page.filters.province.setEditText("Tây Ninh")
    qtbot.waitUntil(lambda: titles(page) == ["Dự án Quản lý chất thải Long An, Đồng bằng sông Cửu Long"], timeout=5000)
    page.filters.clear.click()
    qtbot.waitUntil(lambda: len(titles(page)) == 13, timeout=5000)


def test_selecting_a_row_shows_its_details(window, qtbot):
    page = window.record_pages["initiatives"]
    page.select_id("01941f29-7c0c-776b-bac3-e2164316715f")
    qtbot.waitUntil(lambda: "Long An (nay thuộc Tây Ninh)" in page.detail.toPlainText(), timeout=5000)
    assert "gần 10.000 thùng rác" in page.detail.toPlainText()


def test_add_an_initiative_through_the_form(window, qtbot):
    page = window.record_pages["initiatives"]
    form = page.add()
    form.inputs["start_date"].setText("2025-13")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: form.errors["start_date"].isVisible(), timeout=5000)
    assert form.errors["start_date"].text() == "Tháng phải từ 01 đến 12."
    assert form.errors["title_vi"].isVisible()
    assert form.isVisible()

    form.inputs["title_vi"].setFocus()
    form.inputs["title_vi"].insert("Mô hình chợ không túi ni lông")  # QTest.keyClicks aborts on non-Latin-1 text
    form.inputs["start_date"].setText("2025-09")
    form.inputs["provinces"].setText("Bến Tre")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Mô hình chợ không túi ni lông" in titles(page), timeout=5000)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: getattr(page.selected_record(), "title", str)() == "Mô hình chợ không túi ni lông", timeout=5000)
    stored = window.ctx.services.initiatives.list(ListQuery(province="Vĩnh Long")).records
    assert [r["start_date"] for r in stored] == ["2025-09"]


def test_delete_and_undo(window, qtbot):
    page = window.record_pages["initiatives"]
    page.view.selectRow(0)
    first = page.selected_record()
    page.delete_button.click()
    qtbot.waitUntil(lambda: first.title() not in titles(page), timeout=5000)
    qtbot.waitUntil(page.undo_button.isVisible, timeout=5000)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.title() in titles(page), timeout=5000)
    assert not page.undo_button.isVisible()


def test_switch_language_to_english_and_back_at_runtime(window, qtbot):
    window.lang_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(2).toolTip() == "Initiatives", timeout=3000)
    assert window.nav.item(6).toolTip() == "Training"
    assert window.nav.item(7).toolTip() == "Site assessments"
    assert window.nav.item(8).toolTip() == "Library"
    page = window.record_pages["initiatives"]
    assert page.add_button.text() == "Add…"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert page.model.data(page.model.index(page.model.row_of("01941f29-7c0c-776b-bac3-e2164316715f"), 0)) == "Long An Waste Management Project, Mekong Delta"
    assert window.ctx.services.settings.language == "en"
    window.lang_actions["vi"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(2).toolTip() == "Sáng kiến", timeout=3000)


def test_import_a_file_that_is_refused_shows_every_problem_and_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("title_vi,start_date\n,2020\nB,2020-13\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self))
    window.import_initiatives(str(bad))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].windowTitle() == "Chưa nhập gì"
    details = shown[0].detailedText()
    assert "Dòng 2" in details and "Cần có tên bằng tiếng Việt hoặc tiếng Anh." in details, details
    assert "Dòng 3" in details and "Tháng phải từ 01 đến 12." in details, details
    assert "line 2" not in details and "month must be" not in details
    assert "2 lỗi" in shown[0].text()
    assert window.ctx.services.initiatives.count() == 13


def test_ctrl_k_opens_search_and_a_result_opens_the_record(window, qtbot):
    from PySide6.QtTest import QTest

    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.search_page
    window.open_record("initiatives", "01941f29-7c0c-776b-bac3-e2164316715f")
    page = window.record_pages["initiatives"]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: getattr(page.selected_record(), "id", None) == "01941f29-7c0c-776b-bac3-e2164316715f", timeout=5000)


def test_the_library_shows_the_bundled_packs(window, qtbot):
    window.show_page("library")
    qtbot.waitUntil(lambda: len(window.library_page.visible_packs()) == 6, timeout=10000)


def test_edit_a_record_through_the_form(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from pan_desktop.ui.records.form import RecordForm

    page = window.record_pages["initiatives"]
    long_an = "01941f29-7c0c-776b-bac3-e2164316715f"
    page.select_id(long_an)
    qtbot.waitUntil(lambda: getattr(page.selected_record(), "id", None) == long_an, timeout=5000)
    page.edit_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, RecordForm) and w.isVisible() for w in QApplication.topLevelWidgets()), timeout=5000)
    form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordForm) and w.isVisible())
    assert form.inputs["title_vi"].text() == "Dự án Quản lý chất thải Long An, Đồng bằng sông Cửu Long"
    status = form.inputs["status"]
    status.setCurrentIndex(status.findData("completed"))
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.ctx.services.initiatives.get(long_an)["status"] == "completed", timeout=5000)
    assert window.ctx.services.initiatives.get(long_an)["provinces"] == ["Long An"]  # untouched fields stay


def test_the_english_records_list_sorts_by_the_english_title(window, qtbot):
    from pan_desktop.core.text import fold

    page = window.record_pages["initiatives"]
    window.lang_actions["en"].trigger()

    def english():
        return [page.model.record(i).title("en") for i in range(page.model.rowCount())]

    qtbot.waitUntil(lambda: len(english()) == 13 and english() == sorted(english(), key=fold), timeout=5000)
    assert english()[0] != titles(page)[0] or english() == sorted(english(), key=fold)
    window.lang_actions["vi"].trigger()
    qtbot.waitUntil(lambda: titles(page) == sorted(titles(page), key=fold), timeout=5000)


def test_related_initiatives_show_titles_that_open_the_record(window, qtbot):
    policies = window.record_pages["policies"]
    long_an = "01941f29-7c0c-776b-bac3-e2164316715f"
    policy = window.ctx.services.policies.create({"title_vi": "Quy định thí điểm phân loại rác", "initiative_ids": [long_an]})
    window.show_page("policies")
    policies.select_id(policy.id)
    qtbot.waitUntil(lambda: "Dự án Quản lý chất thải Long An" in policies.detail.toPlainText(), timeout=5000)
    assert long_an not in policies.detail.toPlainText()
    link = next(f for f in policies.detail.toHtml().split("href=\"")[1:] if f.startswith("record:"))
    from PySide6.QtCore import QUrl

    policies.detail.anchorClicked.emit(QUrl(link.split("\"")[0]))
    page = window.record_pages["initiatives"]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: getattr(page.selected_record(), "id", None) == long_an, timeout=5000)


def test_sources_show_the_document_not_its_file_code(window, qtbot):
    page = window.record_pages["initiatives"]
    page.select_id("01941f29-7c0c-776b-bac3-e2164316715f")
    qtbot.waitUntil(lambda: "VECOM – WWF" in page.detail.toPlainText(), timeout=5000)
    text = page.detail.toPlainText()
    assert "001_fa913b" not in text and "source document" not in text and "tài liệu nguồn" not in text


def test_a_good_import_says_what_it_did_in_vietnamese(window, qtbot, tmp_path, monkeypatch):
    from tests.journeys.english import english_words

    good = tmp_path / "good.csv"
    good.write_text("title_vi,start_date\nChợ xanh Hội An,2025-03\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self))
    window.import_initiatives(str(good))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].windowTitle() != "Import finished" and not english_words(shown[0].text()), shown[0].text()
    assert "1" in shown[0].text()
    qtbot.waitUntil(lambda: window.ctx.services.initiatives.count() == 14, timeout=5000)


def test_every_page_of_the_navigation_has_an_icon(window):
    """Folded to icons (a 1024×600 netbook), a page without an icon would be an empty row."""
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert [k for k, i in zip(keys, range(window.nav.count())) if window.nav.item(i).icon().isNull()] == []
