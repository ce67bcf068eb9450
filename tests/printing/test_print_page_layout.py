"""The Print page as a trainer uses it: the buttons work, the preview never shows a stale printable, the
edition and the organisation are on the page, nothing is cut off and the preview is readable at 1024×600,
in Vietnamese."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def ctx(services, tmp_path, qapp):
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.workers import Pools

    pools = Pools()
    bridge = ChangeBridge(services)
    translation = Translation(tmp_path / "qm")
    translation.set_language("vi")
    context = AppContext(services, pools, translation, bridge, services.data_dir)
    yield context
    pools.wait(20000)
    bridge.close()
    translation.uninstall()


@pytest.fixture
def page(qtbot, ctx):
    from pan_desktop.ui.printing import PrintPage

    page = PrintPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    qtbot.waitUntil(lambda: page._choices is not None, timeout=10000)
    return page


def _choose(qtbot, page, kind: str) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))
    qtbot.waitUntil(lambda: page.target_model.rowCount() > 0 or kind == "newsletter", timeout=10000)


def test_the_preview_button_makes_a_preview(qtbot, page):
    _choose(qtbot, page, "handout")
    with qtbot.captureExceptions() as raised:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)  # clicked(bool) used to arrive as `then`
        qtbot.waitUntil(lambda: page._made is not None, timeout=30000)
        qtbot.wait(100)
    assert raised == []
    assert page.save_button.isEnabled() and page._made.job.kind == "handout"
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # Not wired straight to _make_preview(then=None): a PySide that passes clicked's `checked` would
        # hand it over as `then` ("'bool' object is not callable" on every click).
        assert not page.preview_button.clicked.disconnect(page._make_preview)


def test_a_stale_preview_goes_when_the_printable_changes(qtbot, page):
    from pan_desktop.core.printing.preview import backend

    _choose(qtbot, page, "handout")
    page._make_preview()
    qtbot.waitUntil(lambda: page._made is not None, timeout=30000)
    if backend():
        assert page.page_labels[0].isVisible()
    _choose(qtbot, page, "checklist")
    assert page._made is None and not page.save_button.isEnabled()
    assert not any(lbl.isVisible() for lbl in page.page_labels) and page._images == []
    assert page.preview_note.isVisible() and page.preview_note.text()


def test_the_handout_edition_is_chosen_on_the_page(qtbot, page):
    _choose(qtbot, page, "handout")
    assert page.edition.isVisibleTo(page)
    assert page.current_job().edition == "participant"
    page.edition.setCurrentIndex(page.edition.findData("facilitator"))
    assert page.current_job().edition == "facilitator"
    page.booklet.setChecked(True)
    assert page.current_job().kind == "booklet" and page.current_job().edition == "facilitator"
    _choose(qtbot, page, "checklist")
    assert not page.edition.isVisibleTo(page)


def test_the_page_shows_the_organisation_it_prints_and_asks_for_the_settings_page(qtbot, page, ctx):
    from pan_desktop.core.settings import Settings

    assert "PAN Desktop" in page.org_note.text()  # nothing set: says what the footer will carry
    Settings(org_name="Trung tâm Sống Xanh", signatory_1="Nguyễn Văn An").save(ctx.data_dir)
    page.reload_settings()
    qtbot.waitUntil(lambda: "Trung tâm Sống Xanh" in page.org_note.text(), timeout=10000)
    assert "Nguyễn Văn An" in page.org_note.text()
    _choose(qtbot, page, "certificates")
    page.names.setText("/tmp/x.csv")
    assert page.current_job().options.org_name == "Trung tâm Sống Xanh"
    assert page.current_job().options.signatories == ("Nguyễn Văn An",)
    with qtbot.waitSignal(page.open_settings_requested, timeout=2000):
        qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)


def test_the_qr_option_is_offered_only_for_a_record_with_a_web_source(qtbot, page, ctx):
    with_web = ctx.services.initiatives.create({"title_vi": "A có nguồn web", "sources": ["https://example.org/a"]})
    without = ctx.services.initiatives.create({"title_vi": "B không có nguồn web", "sources": ["Tài liệu giấy"]})
    _choose(qtbot, page, "factsheet")
    qtbot.waitUntil(lambda: page.target_model.rowCount() == 2, timeout=10000)
    for record, offered in ((with_web, True), (without, False)):
        ids = [page.target_model.index(i).data(Qt.ItemDataRole.UserRole) for i in range(page.target_model.rowCount())]
        page.target.setCurrentIndex(ids.index(record.id))
        assert page.qr.isVisibleTo(page) is offered
        assert page.current_job().options.qr is offered


def test_nothing_is_cut_off_and_the_preview_is_readable(qtbot, page):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from pan_desktop.core.printing.preview import backend

    _choose(qtbot, page, "handout")
    page._make_preview()
    qtbot.waitUntil(lambda: page._made is not None, timeout=30000)
    for size in ((1366, 768), (1024, 600), (844, 560)):  # the whole window at 1024×600, and beside the navigation
        page.resize(*size)
        qtbot.wait(50)
        assert page.width() <= size[0] and page.height() <= size[1]
        for w in page.left_scroll.widget().findChildren(QLabel) + page.left_scroll.widget().findChildren(QAbstractButton):
            if not w.isVisibleTo(page) or not w.text():
                continue
            assert w.height() >= w.minimumSizeHint().height(), (size, w.text())
            if isinstance(w, QLabel) and w.wordWrap():
                assert w.heightForWidth(w.contentsRect().width()) <= w.contentsRect().height() + 1, (size, w.text())
            else:
                assert w.width() >= w.minimumSizeHint().width(), (size, w.text())
        if backend():
            pixmap = page.page_labels[0].pixmap()
            assert pixmap.width() / 595 >= 0.78, size  # pixels per point: 10.5-point text at least 8 pixels tall


def test_no_english_is_left_on_the_vietnamese_page(qtbot, page):
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "printing_vi.ts"
    messages = list(ET.parse(ts).iter("message"))
    assert all(m.find("translation").get("type") != "unfinished" and (m.findtext("translation") or "").strip()
               for m in messages)
    english = {m.findtext("source") for m in messages} - {m.findtext("translation") for m in messages}
    for kind in ("handout", "checklist", "certificates", "newsletter"):
        page.kind.setCurrentIndex(page.kind.findData(kind))
        shown = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
        shown += [w.title() for w in page.findChildren(QGroupBox)]
        shown += [w.placeholderText() for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)]
        shown += [c.itemText(i) for c in page.findChildren(QComboBox) for i in range(c.count()) if c is not page.target]
        assert not [t for t in shown if t in english], kind
