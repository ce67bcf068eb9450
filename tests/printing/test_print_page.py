"""The Print page makes a PDF on a worker, shows its first pages, and saves it where asked."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")


@pytest.fixture
def ctx(services, tmp_path, qapp):
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.workers import Pools

    pools = Pools()
    bridge = ChangeBridge(services)
    context = AppContext(services, pools, Translation(tmp_path / "qm"), bridge, services.data_dir)
    yield context
    pools.wait(20000)
    bridge.close()


def test_factsheet_preview_then_save(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from pan_desktop.ui.printing import PrintPage

    ini = ctx.services.initiatives.create({"title_vi": "Sáng kiến thu gom pin cũ", "sources": ["https://example.org/p"]})
    page = PrintPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.kind.setCurrentIndex(page.kind.findData("factsheet"))
    qtbot.waitUntil(lambda: page.target_model.rowCount() == 1, timeout=10000)
    assert page.current_job().target == ini.id
    page._make_preview()
    qtbot.waitUntil(lambda: page._made is not None, timeout=20000)
    assert page._made.pages == 1 and page.save_button.isEnabled()
    from pan_desktop.core.printing.preview import backend

    if backend():
        assert page.page_labels[0].pixmap() is not None and not page.page_labels[0].pixmap().isNull()
    page.grab().save(str(tmp_path / "print-page.png"))
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page._save()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")


def test_certificates_need_a_names_file_and_bad_rows_are_reported(qtbot, ctx, tmp_path, monkeypatch):
    from pan_desktop.ui import errors
    from pan_desktop.ui.printing import PrintPage

    shown = []
    monkeypatch.setattr("pan_desktop.ui.printing.page.show_error", lambda parent, exc: shown.append(exc))
    page = PrintPage(ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("certificates"))
    qtbot.waitUntil(lambda: page._choices is not None, timeout=10000)
    assert page.target_model.rowCount() >= 0
    if page.target_model.rowCount() == 0:
        pytest.skip("no bundled module to certify")
    assert page.current_job() is None  # no names file yet
    names = tmp_path / "n.csv"
    names.write_text("name\n\n,\n", encoding="utf-8")
    page.names.setText(str(names))
    page._make_preview()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "name" in str(shown[0])
    assert errors  # the module the page uses for dialogs


def test_new_records_appear_in_the_picker(qtbot, ctx):
    from pan_desktop.ui.printing import PrintPage

    page = PrintPage(ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("brief"))
    qtbot.waitUntil(lambda: page._choices is not None, timeout=10000)
    assert page.target_model.rowCount() == 0
    ctx.services.policies.create({"title_vi": "Nghị định 08/2022"})
    qtbot.waitUntil(lambda: page.target_model.rowCount() == 1, timeout=10000)
    page.filter_edit.setText("nghi dinh")  # without diacritics
    assert page.target_model.rowCount() == 1
    page.filter_edit.setText("luật")
    assert page.target_model.rowCount() == 0
