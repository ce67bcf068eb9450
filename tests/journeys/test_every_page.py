"""Every page of the navigation opens, in Vietnamese and in English, on a laptop and on a netbook screen."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget


def squeezed(page):
    """Controls narrower than they need to show their text ("Đến năm" drawn as "ến năm")."""
    out = []
    for w in page.findChildren(QWidget):
        if isinstance(w, (QAbstractButton, QAbstractSpinBox, QComboBox)) and w.isVisible():
            need = w.minimumSizeHint().width()
            if w.width() < need:
                out.append(f"{type(w).__name__}#{w.objectName() or '?'} {w.width()} < {need} px")
    return out


@pytest.mark.parametrize("size", ["1366x768", "1024x600"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_opens_and_fits_the_screen(walker, lang, size):
    walk = walker(lang, size)
    window = walk.window
    assert window.nav_collapsed == (size == "1024x600")  # a netbook gives the page the navigation's room
    keys = [entry.key for entry in window.pages]
    for key in keys:
        page = walk.click_nav(key)
        walk.check()
        area = window.stack.contentsRect()
        need = page.minimumSizeHint()
        assert need.width() <= area.width() and need.height() <= area.height(), (
            f"{key}: the page needs {need.width()}×{need.height()} but has {area.width()}×{area.height()}: it is clipped")
        assert not squeezed(page), f"{key}: {squeezed(page)}"
    assert window.nav.currentRow() == len(keys) - 1
