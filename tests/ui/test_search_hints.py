"""The Search page's empty state: every suggested search finds something in the bundled data."""

import pytest

from pan_desktop.ui.search_hints import SUGGESTIONS


@pytest.fixture(scope="module")
def manager(tmp_path_factory, _initialised_template):
    from pan_desktop.core.search import IndexManager
    from pan_desktop.core.services import Services
    from tests.conftest import copy_data_dir

    services = Services.open(copy_data_dir(_initialised_template, tmp_path_factory.mktemp("hints") / "data"))
    manager = IndexManager.for_services(services)
    manager.ensure()
    yield manager
    services.close()


@pytest.mark.parametrize("lang, text", [(lang, t) for lang, texts in SUGGESTIONS.items() for t in texts])
def test_every_suggestion_finds_something(manager, lang, text):
    from pan_desktop.core.search import SearchQuery

    result = manager.search(SearchQuery(text, lang=lang))
    assert result.total > 0 and result.matched == "all", (text, result.total, result.matched)


def test_a_suggestion_clicked_is_the_search_asked_for(qtbot, services, tmp_path):
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.search_hints import SearchHints
    from pan_desktop.ui.workers import Pools

    translation = Translation(tmp_path / "qm")
    translation.set_language("vi")
    ctx = AppContext(services, Pools(), translation, ChangeBridge(services), services.data_dir)
    hints = SearchHints(ctx)
    qtbot.addWidget(hints)
    assert "có dấu hoặc không dấu" in hints.explain.text() or "không dấu" in hints.explain.text()
    with qtbot.waitSignal(hints.chosen) as sig:
        hints.buttons[0].click()
    assert sig.args == ["túi ni lông"]
    translation.uninstall()
    ctx.bridge.close()
