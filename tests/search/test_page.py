"""The search page: type, see results and facets, open a result, follow the spelling suggestion."""

from __future__ import annotations

import pytest

from pan_desktop.ui.search.results_view import HIT_ROLE, KEY_ROLE


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
    model = page.results.model()
    qtbot.waitUntil(lambda: page._result is not None and page._result.query.text == "rac thai nhu"
                    and model.rowCount() > 0 and model.index(0).data(KEY_ROLE) == road, timeout=5000)
    hit = model.index(0).data(HIT_ROLE)
    assert [hit.title[s:e] for s, e in hit.title_spans] == ["rác", "thải", "nhựa"]  # highlighted in the row
    assert "<b>rác</b>" in hit.snippet.html() and hit.place == "Long An (nay thuộc Tây Ninh)"
    assert "Long An" in model.index(0).data() and "Sáng kiến" in model.index(0).data()  # type and place shown
    assert page._result.total < 20  # the words narrowed it (the empty box lists everything)
    assert "Sáng kiến" in page.facets.toPlainText() or "Initiatives" in page.facets.toPlainText()
    page.grab().save("/tmp/sw/search_page.png")
    with qtbot.waitSignal(page.open_record, timeout=2000) as sig:
        qtbot.keyClick(page.box, "\r")
    assert sig.args == ["initiatives", records["road"].id]
    last = page.results.count() - 1  # the list answers the calls of a list widget too
    page.results.setCurrentRow(last)
    with qtbot.waitSignal(page.open_record, timeout=2000) as sig:
        qtbot.keyClick(page.box, "\r")
    assert tuple(sig.args) == page.results.item(last).data(0x0100) and last > 0


def test_a_misspelt_word_shows_the_suggestion_s_results(qtbot, page, records):
    page.box.insert("biểm ")  # QTest.keyClicks only types ASCII
    qtbot.waitUntil(lambda: page._result is not None and page._result.corrected, timeout=5000)
    assert "biển" in page.status.text() and page.results.model().rowCount() > 0
    assert page.results.model().index(0).data(KEY_ROLE) == ("initiatives", records["duong"].id)
    page.box.setText("zzzqqxx ")
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=5000)
    assert page.results.model().rowCount() == 0 and "zzzqqxx" in page.empty.text()


def test_searches_run_in_order_on_one_kept_thread(qtbot, page, monkeypatch):
    """The engine keeps its searcher per thread (a new thread pays ~0.3 s to rebuild it at 10k documents):
    every search of the page runs on the one search thread, and one typed over is skipped."""
    import threading

    threads, texts, real = set(), [], page.manager.search

    def spy(q):
        threads.add(threading.get_ident())
        texts.append(q.text)
        return real(q)

    monkeypatch.setattr(page.manager, "search", spy)
    for text in ("rac", "rac thai", "nhua", "tai che", "bien"):
        page.box.setText(text)
        page.run_search()
    qtbot.waitUntil(lambda: page._result is not None and page._result.query.text == "bien", timeout=5000)
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert texts[-1] == "bien" and len(texts) < 5 + 2  # the last one always runs
    assert page.ctx.pools.search.maxThreadCount() == 1 and page.ctx.pools.search.expiryTimeout() < 0
