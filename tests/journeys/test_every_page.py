"""Every page of the navigation opens, in Vietnamese and in English, on a laptop and on a netbook screen."""

import pytest


@pytest.mark.parametrize("size", ["1366x768", "1024x600"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_opens_and_fits_the_screen(walker, lang, size):
    walk = walker(lang, size)
    window = walk.window
    keys = [entry.key for entry in window.pages]
    for key in keys:
        page = walk.click_nav(key)
        walk.check()
        area = window.stack.contentsRect()
        need = page.minimumSizeHint()
        assert need.width() <= area.width() and need.height() <= area.height(), (
            f"{key}: the page needs {need.width()}×{need.height()} but has {area.width()}×{area.height()}: it is clipped")
    assert window.nav.currentRow() == len(keys) - 1
