"""The Training page: a trainer types a session's 30 pre and post scores from the keyboard alone, saves,
and reads the indicators — in Vietnamese and English, on both screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pan_desktop.core.services import Services
from pan_desktop.ui.training.page import ATTENDED, POST, PRE


def _plan(data_dir, people: int) -> str:
    svc = Services.open(data_dir)
    try:
        sid = svc.training.add_session({"title": "Phân loại rác tại vựa", "start_date": "2026-03-10",
                                        "provinces": ["Huế"], "place": "Phường Hương Sơ"}).id
        for i in range(people):
            svc.training.add_participant({"name": f"Nguyễn Thị {i:02d}", "sex": "female" if i % 2 else "male",
                                          "birth_year": 1970 + i}, session_id=sid)
        return sid
    finally:
        svc.close()


def _open_session(walk, sid):
    page = walk.click_nav("training")
    walk.qtbot.waitUntil(lambda: page.sessions.count() == 1, timeout=5000)
    with walk.qtbot.waitSignal(page.loaded, timeout=5000):
        page.sessions.setCurrentRow(0)
    assert page.session_id == sid
    return page


@pytest.mark.parametrize("lang,size", [("vi", "1024x600"), ("en", "1366x768")])
def test_thirty_scores_typed_from_the_keyboard(walker, walk_data, forbid_gui_thread_sql, lang, size):
    with forbid_gui_thread_sql.allowed():
        sid = _plan(walk_data, 30)
    walk = walker(lang, size)
    page = _open_session(walk, sid)
    grid = page.grid
    assert grid.rowCount() == 30
    for col, score in ((PRE, lambda i: 30 + i), (POST, lambda i: 50 + i)):
        grid.setFocus()
        grid.setCurrentCell(0, col)
        for i in range(30):
            if not i:
                QTest.keyClick(grid, Qt.Key.Key_F2)  # the first cell opens with F2; Enter opens the next ones
            walk.qtbot.waitUntil(lambda: grid.currentRow() == i and grid.state() == grid.State.EditingState, timeout=3000)
            QTest.keyClicks(grid.focusWidget(), str(score(i)))
            QTest.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
        walk.qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState, timeout=3000)
    assert [grid.item(i, POST).text() for i in (0, 29)] == ["50", "79"]
    assert all(grid.item(i, ATTENDED).checkState() == Qt.CheckState.Checked for i in range(30))
    page.grab().save(f"/tmp/training-grid-{lang}-{size}.png")
    walk.check()
    with walk.qtbot.waitSignal(page.loaded, timeout=10000):
        QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with forbid_gui_thread_sql.allowed():
        detail = walk.ctx.services.training.session(sid)
    assert [(a.attended, a.pre_score, a.post_score) for a in detail.attendees] == [(True, 30 + i, 50 + i) for i in range(30)]
    assert len(detail.completers()) == 10  # post 70..79
    page.tabs.setCurrentIndex(1)
    walk.qtbot.waitUntil(lambda: page.figures.rowCount() > 0, timeout=5000)
    texts = {page.figures.item(r, 0).text(): page.figures.item(r, 1).text() for r in range(page.figures.rowCount())}
    pass_label = "Tỉ lệ đạt" if lang == "vi" else "Pass rate"
    assert texts[pass_label] == "33 %"
    page.grab().save(f"/tmp/training-{lang}-{size}.png")
    walk.check()


def test_a_bad_score_is_refused_and_nothing_is_saved(walker, walk_data, forbid_gui_thread_sql):
    with forbid_gui_thread_sql.allowed():
        sid = _plan(walk_data, 2)
    walk = walker("vi", "1366x768")
    page = _open_session(walk, sid)
    page.grid.item(0, PRE).setText("120")
    shown = []
    import pan_desktop.ui.training.page as module

    original = module.QMessageBox.warning
    module.QMessageBox.warning = lambda *a: shown.append(a[2])
    try:
        page.save()
    finally:
        module.QMessageBox.warning = original
    assert shown and "0" in shown[0] and "100" in shown[0]
    with forbid_gui_thread_sql.allowed():
        assert [a.pre_score for a in walk.ctx.services.training.session(sid).attendees] == [None, None]


def test_erasing_a_person_from_the_grid(walker, walk_data, forbid_gui_thread_sql):
    with forbid_gui_thread_sql.allowed():
        sid = _plan(walk_data, 3)
    walk = walker("en", "1024x600")
    page = _open_session(walk, sid)
    page.grid.setCurrentCell(1, PRE)
    import pan_desktop.ui.training.page as module

    original = module.QMessageBox.question
    module.QMessageBox.question = lambda *a: module.QMessageBox.StandardButton.Yes
    try:
        with walk.qtbot.waitSignal(page.loaded, timeout=10000):
            page.erase_button.click()
    finally:
        module.QMessageBox.question = original
    walk.qtbot.waitUntil(lambda: page.grid.rowCount() == 2, timeout=5000)
    assert [page.grid.item(r, 0).text() for r in range(2)] == ["Nguyễn Thị 00", "Nguyễn Thị 02"]
    walk.check()


@pytest.mark.parametrize("lang,size", [("vi", "1024x600"), ("en", "1366x768")])
def test_printing_the_sheet_and_certificates_and_the_report(walker, walk_data, forbid_gui_thread_sql, tmp_path, lang, size):
    with forbid_gui_thread_sql.allowed():
        sid = _plan(walk_data, 3)
        svc = Services.open(walk_data)
        svc.training.update_session(sid, {"module_id": "module-junk-shop-practice"})
        first = svc.training.session(sid).attendees[0].participant.id
        svc.training.set_results(sid, first, attended=True, post_score=90)
        svc.close()
    walk = walker(lang, size)
    page = _open_session(walk, sid)
    import pan_desktop.ui.training.page as module

    original = module.QFileDialog.getSaveFileName
    try:
        for button, name in ((page.sheet_button, "sheet.pdf"), (page.certificates_button, "certs.pdf")):
            module.QFileDialog.getSaveFileName = lambda *a, n=name: (str(tmp_path / n), "")
            button.click()
            walk.qtbot.waitUntil(lambda n=name: n in page.status.text(), timeout=20000)
        assert ("xác thực" if lang == "vi" else "verification") in page.status.text()  # not enrolled: said so
        page.tabs.setCurrentIndex(1)
        module.QFileDialog.getSaveFileName = lambda *a: (str(tmp_path / "report.pdf"), "")
        page.pdf_button.click()
        walk.qtbot.waitUntil(lambda: "report.pdf" in page.report_status.text(), timeout=20000)
    finally:
        module.QFileDialog.getSaveFileName = original
    assert all((tmp_path / n).stat().st_size > 1000 for n in ("sheet.pdf", "certs.pdf", "report.pdf"))
    page.tabs.setCurrentIndex(0)
    page.grab().save(f"/tmp/trn/print-{lang}-{size}.png")
    walk.check()


@pytest.mark.parametrize("lang,size", [("vi", "1024x600"), ("en", "1366x768")])
def test_an_oral_test_recorded_answer_by_answer_from_the_keyboard(walker, walk_data, forbid_gui_thread_sql, lang, size):
    """A participant who cannot read answers aloud: the trainer opens the oral test for the selected row,
    types each answer's number and Tab, Enter saves; the score is computed and the row marked oral."""
    from PySide6.QtCore import QTimer

    from pan_desktop.core.content import load_pack
    from pan_desktop.core.paths import training_modules_dir
    from pan_desktop.core.training.oral import oral_test
    from pan_desktop.ui.training.page import ORAL

    with forbid_gui_thread_sql.allowed():
        sid = _plan(walk_data, 2)
        svc = Services.open(walk_data)
        svc.training.update_session(sid, {"module_id": "module-junk-shop-practice"})
        svc.close()
        checks = oral_test(load_pack(training_modules_dir() / "module-junk-shop-practice"), "pre").checks
    walk = walker(lang, size)
    page = _open_session(walk, sid)
    page.grid.setCurrentCell(1, PRE)
    typed = [c.answer + 1 for c in checks]
    typed[0] = (checks[0].answer + 1) % len(checks[0].choices) + 1  # the first one wrong
    seen = {}

    def answer():
        dialog = page.oral_dialog
        seen["form"] = dialog.form()
        for number in typed:
            QTest.keyClicks(dialog.focusWidget(), str(number))
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen["score"] = dialog.score_label.text()
        dialog.grab().save(str(walk_data.parent / f"oral-{lang}.png"))
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    page.oral_dialog = None
    timer = QTimer(page)
    timer.setInterval(50)
    timer.timeout.connect(lambda: (timer.stop(), answer()) if page.oral_dialog and page.oral_dialog.isVisible() else None)
    timer.start()
    with walk.qtbot.waitSignal(page.loaded, timeout=10000):
        page.oral_button.click()
    n = len(checks)
    assert seen["form"] == "pre"
    assert f"{n - 1}" in seen["score"] and f"{n}" in seen["score"]
    walk.qtbot.waitUntil(lambda: page.grid.item(1, PRE).text() == f"{round(100 * (n - 1) / n, 1):g}", timeout=5000)
    assert page.grid.item(1, ORAL).checkState() == Qt.CheckState.Checked
    assert page.grid.item(0, PRE).text() == ""
    walk.check()
