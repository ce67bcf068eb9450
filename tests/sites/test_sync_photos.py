"""A sync run carries the photos after the records, from the command line (``sync now``) and from the
window (Sync now, automatic sync), against a real hub on 127.0.0.1; photos that cannot travel never fail
the records that did, and the window can stop them."""

from __future__ import annotations

import json

import httpx
from PySide6.QtCore import Qt

from pan_desktop.cli import main
from pan_desktop.core.sites.attachments import sync_photos
from pan_desktop.core.sites.photos import photo_path
from pan_desktop.core.sites.service import site_service
from pan_desktop.core.sync.client import HubClient
from tests.sites.conftest import make_photo


def _photos(dev, tmp_path, n: int = 1, width: int = 320) -> list[str]:
    """``n`` photos of one assessment; ``width`` tells one test's pictures from another's (the hub keeps
    the photos it received across the tests of a module)."""
    sites = site_service(dev.services)
    site = sites.add_site({"name": "Vựa Phước Lộc", "kind": "junk-shop", "provinces": ["Long An"]})
    a = sites.start(site["id"], "junk-shop")
    return [sites.add_photo(a["id"], "j-air-1", make_photo(tmp_path / f"p{k}.jpg", (width + k, 240)))["sha256"]
            for k in range(n)]


def _sync_now(dev, capsys) -> tuple[int, dict]:
    code = main(["--data-dir", str(dev.services.data_dir), "sync", "now", "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_sync_now_sends_and_fetches_photos(network, tmp_path, capsys):
    a1, b1 = network.device("a1", "Org A"), network.device("b1", "Org B")
    [sha] = _photos(a1, tmp_path)
    code, sent = _sync_now(a1, capsys)
    assert code == 0 and sent["pushed"] > 0
    assert (sent["photos"]["uploaded"], sent["photos"]["failed"], sent["photos"]["error"]) == (1, {}, None)
    code, got = _sync_now(b1, capsys)
    assert code == 0 and got["pulled"] > 0 and got["photos"]["downloaded"] == 1
    assert photo_path(b1.services.data_dir, sha).is_file()
    code, again = _sync_now(a1, capsys)  # nothing to send again: not even asked about
    assert (again["photos"]["uploaded"], again["photos"]["downloaded"]) == (0, 0)


def test_a_damaged_photo_never_fails_the_records(network, tmp_path, capsys):
    a1 = network.device("a1", "Org A")
    [sha] = _photos(a1, tmp_path, width=330)
    path = photo_path(a1.services.data_dir, sha)
    path.write_bytes(path.read_bytes()[:-10] + b"0123456789")  # the disk changed it
    code, report = _sync_now(a1, capsys)
    assert code == 0 and report["pushed"] > 0
    assert report["photos"]["codes"] == {sha: "sites.photo_damaged"} and report["photos"]["uploaded"] == 0
    main(["--data-dir", str(a1.services.data_dir), "sync", "now"])
    assert "1 to retry" in capsys.readouterr().out


class NoAttachments(httpx.BaseTransport):
    """A link on which records travel but every photo request is cut."""

    def __init__(self):
        self.inner, self.photo_calls = httpx.HTTPTransport(), 0

    def handle_request(self, request):
        if "/v1/attachments" in request.url.path:
            self.photo_calls += 1
            raise httpx.ConnectError("the link dropped", request=request)
        return self.inner.handle_request(request)


def test_a_cut_link_stops_the_photos_at_the_first_and_says_so(network, tmp_path):
    a1 = network.device("a1", "Org A")
    _photos(a1, tmp_path, n=3, width=340)
    link = NoAttachments()
    a1.engine.client_factory = lambda url: HubClient(url, transport=link, attempts=1)
    assert a1.engine.run().pushed > 0
    report = sync_photos(a1.engine, a1.services.data_dir)
    assert link.photo_calls == 1 and len(report.failed) == 1  # the other two wait for the next sync
    assert set(report.failed_codes.values()) == {"sync.unreachable"} and not report.ok


def _ctx(services, tmp_path):
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.workers import Pools

    return AppContext(services, Pools(), Translation(tmp_path / "qm"), ChangeBridge(services), services.data_dir)


def test_the_sync_page_syncs_photos_shows_progress_and_can_stop_them(qtbot, network, tmp_path):
    from pan_desktop.ui.sync import SyncPage

    a1 = network.device("a1", "Org A")
    _photos(a1, tmp_path, n=3, width=350)
    ctx = _ctx(a1.services, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5000)
    steps = []
    ctx.sync.photos_progress.connect(lambda p: steps.append((p.done, p.total)), Qt.ConnectionType.DirectConnection)
    ctx.sync.photos_progress.connect(lambda _p: ctx.sync.cancel(), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(ctx.sync.photos_finished, timeout=15000) as stopped:
        page.sync_button.click()
        assert page.cancel_button.isVisibleTo(page)
    assert stopped.args[0].cancelled and steps == [(1, 3)]
    qtbot.waitUntil(lambda: "stopped" in page.photos_label.text(), timeout=3000)

    ctx.sync.photos_progress.disconnect()
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5000)  # the first run has ended
    with qtbot.waitSignal(ctx.sync.photos_finished, timeout=15000) as done:
        page.sync_button.click()
    assert len(done.args[0].uploaded) == 2 and done.args[0].ok  # the first one was sent before the stop
    qtbot.waitUntil(lambda: page.photos_label.text() == "Photos: 2 sent, 0 received.", timeout=3000)
    qtbot.waitUntil(lambda: not page.cancel_button.isVisibleTo(page), timeout=3000)
    ctx.pools.wait(5000)
    ctx.bridge.close()
