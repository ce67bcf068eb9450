"""``sync now`` also asks the enrolled hub for content updates and says their size before any download."""

from __future__ import annotations

import json

from pan_desktop.cli import main
from pan_desktop.core.content import Library
from tests.content_updates.conftest import build_pack, repo  # noqa: F401 - fixture
from tests.sync.hubserver import HubServer


def test_sync_now_lists_content_updates_with_their_size_and_downloads_nothing(tmp_path, repo, monkeypatch,  # noqa: F811
                                                                              data_dir, capsys):
    monkeypatch.setenv("PAN_HUB_CONTENT_DIR", str(repo.dir))
    hub = HubServer(tmp_path / "hub.db").start()
    try:
        code = hub.store.invite(hub.store.add_org("Member"), "contributor")
        args = ["--data-dir", str(data_dir)]
        assert main([*args, "sync", "enroll", "--hub", hub.url, "--code", code]) == 0
        capsys.readouterr()
        assert main([*args, "sync", "now", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["content"] == {"updates": [], "download_bytes": 0} and "pushed" in out  # nothing published yet

        repo.publish(build_pack(tmp_path))
        assert main([*args, "sync", "now", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        [offer] = out["content"]["updates"]
        assert (offer["id"], offer["version"], offer["installed_version"]) == ("test-pack", "1.0.0", None)
        assert offer["bytes"] > 0 and out["content"]["download_bytes"] == offer["bytes"]
        assert "test-pack" not in [p.id for p in Library(data_dir).installed()], "sync now only says what is offered"
        assert main([*args, "sync", "now"]) == 0
        assert f"test-pack 1.0.0 — {offer['bytes']} bytes to download" in capsys.readouterr().out
    finally:
        hub.stop()


def test_the_sync_page_says_what_content_the_hub_offers_after_a_sync(qtbot, tmp_path, repo, monkeypatch,  # noqa: F811
                                                                     services):
    from pan_desktop.ui.sync import SyncPage
    from tests.sync.test_ui import _ctx

    monkeypatch.setenv("PAN_HUB_CONTENT_DIR", str(repo.dir))
    repo.publish(build_pack(tmp_path))
    hub = HubServer(tmp_path / "hub.db").start()
    try:
        services.sync_engine().enrol(hub.url, hub.store.invite(hub.store.add_org("Member"), "contributor"))
        ctx = _ctx(services, tmp_path)
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5000)
        assert page.content_notice.text() == ""
        page.sync_button.click()
        qtbot.waitUntil(lambda: "1 content updates" in page.content_notice.text(), timeout=15000)
        assert "KB to download" in page.content_notice.text()
        assert "test-pack" not in [p.id for p in Library(services.data_dir).installed()]
        ctx.pools.wait(5000)
        ctx.bridge.close()
    finally:
        hub.stop()


def test_a_hub_without_content_is_no_news_and_no_error(qtbot, tmp_path, services, caplog):
    from pan_desktop.ui.sync import SyncPage
    from tests.sync.test_ui import _ctx

    hub = HubServer(tmp_path / "hub.db").start()  # no content repository next to it
    try:
        services.sync_engine().enrol(hub.url, hub.store.invite(hub.store.add_org("Member"), "contributor"))
        ctx = _ctx(services, tmp_path)
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5000)
        with qtbot.waitSignal(ctx.sync.finished, timeout=15000):
            page.sync_button.click()
        ctx.pools.wait(10000)
        assert page.content_notice.text() == ""
        assert not [r for r in caplog.records if r.levelname == "ERROR"], "a hub without content is not an error"
        ctx.bridge.close()
    finally:
        hub.stop()
