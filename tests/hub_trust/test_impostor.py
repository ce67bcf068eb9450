"""An impostor at the hub's address (café Wi-Fi): nothing applied, nothing acknowledged, no edit sent;
back at the real hub every edit arrives and a second device sees it (G1, G2)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pan_desktop.core.models import OutboxEntry, SyncLink
from pan_desktop.core.sync.client import HubUnverified
from pan_desktop.hub.models import DeviceOp, HubRow
from tests.hub_trust.impostor import point_at, start_impostor


def _outbox(dev):
    with dev.services.db.session() as s:
        return [tuple(r) for r in s.execute(select(OutboxEntry.device_seq, OutboxEntry.status, OutboxEntry.hash))]


def _link(dev):
    with dev.services.db.session() as s:
        link = s.get(SyncLink, 1)
        return link.epoch, dict(link.cursors or {}), link.last_outcome, link.last_error_code


def _titles(dev):
    model = dev.services.records["initiatives"].model
    with dev.services.db.session() as s:
        return set(s.scalars(select(model.title_vi)))


@pytest.mark.parametrize("new_epoch", [False, True], ids=["copied-epoch", "newer-epoch"])
def test_impostor_is_refused_and_the_real_hub_is_served_after(network, tmp_path, new_epoch):
    a = network.device("a", "Org A")
    b = network.device("b", "Org A")
    network.sync_all()
    a.sync()  # a cached token: the impostor is met without a signed challenge first
    impostor = start_impostor(network.hub, tmp_path, new_epoch=new_epoch)
    try:
        # The impostor holds a record nobody made on the real hub: it must never reach a device.
        forger = network.device("m", "Org A", enrol=False)
        forger.engine.enrol(impostor.url, impostor.store.invite(network.orgs["Org A"], "contributor"), "m")
        forger.services.initiatives.create({"title_vi": "Giả mạo"})
        forger.sync()
        network.devices.remove(forger)
        a.services.initiatives.create({"title_vi": "Riêng của A"}, visibility="org")
        a.services.initiatives.create({"title_vi": "Chung của A"})
        before, link_before = _outbox(a), _link(a)[:2]
        with impostor.store.read() as s:
            ops_before = s.execute(select(func.count()).select_from(DeviceOp)).scalar_one()
        point_at(a, impostor.url)
        for _ in range(3):  # again and again: still nothing, and no flood
            with pytest.raises(HubUnverified):
                a.sync()
        assert _outbox(a) == before, "an impostor's answer changed the outbox"
        assert _link(a)[:2] == link_before, "an impostor's epoch or cursors were kept"
        assert _link(a)[2:] == ("failed", "sync.hub_unverified")
        assert "Giả mạo" not in _titles(a)
        with impostor.store.read() as s:
            assert s.execute(select(func.count()).select_from(DeviceOp)).scalar_one() == ops_before, \
                "an edit reached the impostor"
            assert not [r for r in s.scalars(select(HubRow)) if r.data.get("title_vi", "").endswith("của A")]
    finally:
        impostor.stop()
    point_at(a, network.hub.url)
    a.sync()
    b.sync()
    assert {"Riêng của A", "Chung của A"} <= _titles(b)
    assert "Giả mạo" not in _titles(a) | _titles(b)
    network.check()


def test_an_unsigned_answer_and_a_replayed_one_are_refused(network):
    """A proxy that answers itself, or someone replaying a real answer of the hub, is not the hub."""
    import httpx

    from pan_desktop.core.sync.client import HubClient

    a = network.device("a", "Org A")
    key, hub_id = a.engine.identity.hub_public_key(), a.link().hub_id
    real = httpx.get(network.hub.url + "/v1/challenge", headers={"x-pan-nonce": "n" * 24})
    replies = {"unsigned": {}, "replayed": {"x-pan-signature": real.headers["x-pan-signature"]}}
    for what, headers in replies.items():
        answer = (lambda _req, h=headers: httpx.Response(200, stream=httpx.ByteStream(real.content), headers=h))
        client = HubClient(network.hub.url, transport=httpx.MockTransport(answer), attempts=1)
        client.pin(key, hub_id)
        with pytest.raises(HubUnverified):
            client.call("GET", "/v1/challenge", object)
        assert not client.verified, what
    client = HubClient(network.hub.url, attempts=1)
    client.pin(key, hub_id)
    from pan_desktop.core.shared.protocol import Challenge

    assert client.call("GET", "/v1/challenge", Challenge).hub_id == hub_id and client.verified
