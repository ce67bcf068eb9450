"""The Library page: updates from a USB folder with the download size first and a confirmation listing
what changes, the warning before a pack PAN did not sign, the "not from PAN" label, "content as of"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from pan_desktop.core.content import Library
from pan_desktop.core.content.updates import Source
from pan_desktop.hub.content_repo import ContentRepo, utcnow
from pan_desktop.ui.library import library_page
from pan_desktop.ui.library.library_page import LibraryPage
from tests.content.packbuilder import make_pack, zip_pack
from tests.content_updates.conftest import build_pack, second_version
from tests.ui_library.conftest import _installed_content, ctx  # noqa: F401 - fixtures


def _page(qtbot, ctx) -> LibraryPage:  # noqa: F811
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitSignal(page.loaded, timeout=10000).wait()
    return page


@pytest.fixture
def usb(tmp_path, monkeypatch):
    """A USB export signed five days ago (its timestamp has expired) holding test-pack 1.0.0, then 1.1.0."""
    signed_at = utcnow() - timedelta(days=5)
    repo = ContentRepo(tmp_path / "repo", clock=lambda: signed_at)
    monkeypatch.setenv("PAN_CONTENT_ROOT", str(repo.init()))
    repo.publish(build_pack(tmp_path))
    repo.export(tmp_path / "usb")
    return repo, tmp_path / "usb", signed_at


def test_update_from_a_folder_asks_with_the_size_then_lists_changes_then_installs(qtbot, ctx, usb, monkeypatch, tmp_path):  # noqa: F811
    repo, folder, signed_at = usb
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    page = _page(qtbot, ctx)
    page.updater.start(Source("folder", str(folder)))
    qtbot.waitUntil(lambda: page.updater.dialog is not None and page.updater.dialog.isVisible(), timeout=15000)
    assert "1 pack(s) can be updated" in asked[0] and "KB to download" in asked[0]
    text = page.updater.dialog.text.toPlainText()
    assert "Test pack: new, version 1.0.0" in text and "added – lesson: Introduction" in text
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.updater.dialog.accept()
    card = next(c for c in page.cards if c.pack.id == "test-pack")
    assert card.not_from_pan.isHidden() and Library(ctx.data_dir).origin(card.pack) == "pan"
    assert page.as_of_notice.isVisible() and signed_at.strftime("%d/%m/%Y") in page.as_of_notice.text()
    assert "1 pack(s) installed from PAN" in page.status.text()

    # The next version: the confirmation lists what changes, and Cancel installs nothing.
    repo.publish(build_pack(tmp_path, "1.1.0", edit=second_version))
    repo.export(folder)
    page.updater.start(Source("folder", str(folder)))
    qtbot.waitUntil(lambda: page.updater.dialog is not None and page.updater.dialog.isVisible()
                    and "1.1.0" in page.updater.dialog.text.toPlainText(), timeout=15000)
    text = page.updater.dialog.text.toPlainText()
    assert "version 1.0.0 → 1.1.0" in text and "removed – lesson: More" in text and "changed – lesson: Introduction" in text
    page.updater.dialog.reject()
    qtbot.waitUntil(lambda: page.status.text() == "Nothing was installed.", timeout=5000)
    assert Library(ctx.data_dir).get("test-pack").version == "1.0.0"


def test_a_refused_update_says_why_in_the_interface_language(qtbot, ctx, usb, monkeypatch):  # noqa: F811
    _repo, folder, _ = usb
    monkeypatch.setenv("PAN_CONTENT_ROOT", str(ContentRepo(folder.parent / "other").init()))  # another network's root
    page = _page(qtbot, ctx)
    page.updater.start(Source("folder", str(folder)))
    qtbot.waitUntil(lambda: "not signed by PAN" in page.status.text(), timeout=15000)
    assert "test-pack" not in [p.id for p in Library(ctx.data_dir).installed()]


def test_install_a_pack_warns_first_and_labels_it_not_from_pan(qtbot, ctx, monkeypatch, tmp_path):  # noqa: F811
    pack = zip_pack(make_pack(tmp_path / "src" / "test-pack"), tmp_path / "test-pack.panpack")
    monkeypatch.setattr(library_page.QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack), ""))
    answers = [False]
    monkeypatch.setattr(library_page, "confirm_unsigned", lambda parent, path: answers.pop(0))
    page = _page(qtbot, ctx)
    page._choose_pack_file()  # the person says Cancel: nothing happens
    assert not page.status.isVisible() and len(page.packs) == 6
    answers.append(True)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page._choose_pack_file()
    qtbot.waitUntil(lambda: len(page.cards) == 7, timeout=5000)
    card = next(c for c in page.cards if c.pack.id == "test-pack")
    qtbot.waitUntil(card.not_from_pan.isVisible, timeout=5000)
    assert card.not_from_pan.text().startswith("Not from PAN")
    bundled = next(c for c in page.cards if c.pack.id != "test-pack")
    assert bundled.not_from_pan.isHidden()


def test_the_unsigned_warning_dialog_defaults_to_cancel(qtbot, monkeypatch, tmp_path):
    from pan_desktop.ui.library.updates import confirm_unsigned

    seen = {}

    def fake_exec(box):
        seen["text"], seen["default"] = box.text(), box.defaultButton().text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert confirm_unsigned(None, tmp_path / "gift.panpack") is False
    assert "gift.panpack" in seen["text"] and "not from PAN" in seen["text"]
    assert seen["default"] == "Cancel"
