"""The search page: type, see results and facets, open a result, follow the spelling suggestion."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(qtbot, services, records, data_dir):
    from pan_desktop.app import build_context
    from pan_desktop.ui.search import SearchPage

    ctx = build_context(services, data_dir)
    p = SearchPage(ctx)
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    qtbot.waitUntil(lambda: p.manager.ready, timeout=15000)
    yield p
    ctx.pools.wait()
    ctx.bridge.close()
    ctx.translation.uninstall()


def test_typing_shows_results_and_facets_and_enter_opens(qtbot, page, records):
    page.focus_search()
    qtbot.keyClicks(page.box, "rac thai nhu")  # last word unfinished
    road = ("initiatives", records["road"].id)
    qtbot.waitUntil(lambda: page._result is not None and page._result.query.text == "rac thai nhu"
                    and page.results.count() > 0 and page.results.item(0).data(0x0100) == road, timeout=5000)
    shown = page.results.itemWidget(page.results.item(0)).text()
    assert "<u>rác</u> <u>thải</u> <u>nhựa</u>" in shown and "<b>rác</b>" in shown  # title and snippet highlights
    assert page._result.total < 20  # the words narrowed it (the empty box lists everything)
    assert "Sáng kiến" in page.facets.toPlainText() or "Initiatives" in page.facets.toPlainText()
    page.grab().save("/tmp/search_page.png")
    with qtbot.waitSignal(page.open_record, timeout=2000) as sig:
        qtbot.keyClick(page.box, "\r")
    assert sig.args == ["initiatives", records["road"].id]


def test_empty_result_offers_the_suggestion(qtbot, page, records):
    page.box.insert("biểm ")  # QTest.keyClicks only types ASCII
    qtbot.waitUntil(lambda: page.empty.isVisible() and "<a " in page.empty.text(), timeout=5000)
    page.grab().save("/tmp/search_empty.png")
    page._use_suggestion(page._result.suggestion)
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=5000)
