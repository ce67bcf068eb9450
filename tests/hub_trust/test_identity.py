"""Enrolment and identity: revocation ends a device id, an invite never takes one over, certificates
expire and renew, a challenge is single-use, the open /v1/hub says who the hub is and nothing more."""

from __future__ import annotations

import base64
from datetime import timedelta

import httpx
import pytest
from nacl.signing import SigningKey
from sqlalchemy import update

from pan_desktop.core.shared.protocol import EnrolRequest, encode_body, enrol_proof_bytes
from pan_desktop.core.sync import engine as engine_mod
from pan_desktop.core.sync.client import HubRefused
from pan_desktop.hub.models import Device, DeviceOp


def _post(hub, path, obj, **headers):
    return httpx.post(hub.url + path, content=encode_body(obj, "identity"), timeout=10,
                      headers={"content-type": "application/json", **headers})


def test_a_revoked_device_needs_a_new_invite_and_comes_back_as_a_new_device(network):
    org = network.org("Org A")
    code = network.hub.store.invite(org, "contributor")
    a = network.device("a", "Org A", enrol=False)
    a.engine.enrol(network.hub.url, code, "a")
    old_id = a.engine.device_id
    a.services.initiatives.create({"title_vi": "Trước khi bị thu hồi"})
    network.hub.store.revoke(old_id)
    with pytest.raises(HubRefused) as refused:
        a.engine.enrol(network.hub.url, code, "a")  # the old invite: refused, even as a new id
    assert refused.value.code == "sync.bad_invite"
    with pytest.raises(HubRefused):
        a.sync()
    a.engine.enrol(network.hub.url, network.hub.store.invite(org, "contributor"), "a")
    new_id = a.engine.device_id
    assert new_id != old_id
    assert a.services.sync_engine().device_id == new_id, "a new engine forgot the new id"
    devices = {d.id: d.revoked for d in network.hub.store.devices()}
    assert devices[old_id] is True and devices[new_id] is False
    assert a.sync().pushed == 1  # the edit made before revocation still arrives, from the new id
    with network.hub.store.read() as s:
        assert s.get(DeviceOp, (new_id, 1)).status == "applied"


def test_an_invite_never_takes_over_an_existing_device_id(network):
    a = network.device("a", "Org A")
    org = network.org("Org A")
    thief = SigningKey.generate()
    thief_pub = base64.b64encode(bytes(thief.verify_key)).decode()
    for key, proof_key in ((thief_pub, thief), (a.engine.identity.public_key(), None)):
        code = network.hub.store.invite(org, "contributor")
        proof = "" if proof_key is None else base64.b64encode(
            proof_key.sign(enrol_proof_bytes(code, a.id, key)).signature).decode()
        r = _post(network.hub, "/v1/enrol", EnrolRequest(code, a.id, key, "thief", 1, proof))
        assert r.status_code == 403 and r.json()["code"] == "device_taken", r.text
    # The device itself, with proof of its key, may re-enrol with a new invite (e.g. another org).
    a.engine.enrol(network.hub.url, network.hub.store.invite(network.org("Org B"), "viewer"), "a")
    assert a.link().role == "viewer" and a.sync() is not None


def test_an_expired_certificate_is_refused_and_one_near_its_end_is_renewed(network, monkeypatch):
    a = network.device("a", "Org A")
    with network.hub.store.write() as s:
        s.execute(update(Device).where(Device.id == a.id).values(expires_at="2020-01-01T00:00:00.000000Z"))
    a.engine.identity.forget_token()
    with pytest.raises(HubRefused) as refused:
        a.sync()
    assert refused.value.code == "sync.cert_expired"
    with network.hub.store.write() as s:
        s.execute(update(Device).where(Device.id == a.id).values(expires_at="2099-01-01T00:00:00.000000Z"))
    before = a.engine.identity.certificate().expires
    monkeypatch.setattr(engine_mod, "RENEW_BEFORE", timedelta(days=400))  # every certificate is near its end
    a.sync()
    after = a.engine.identity.certificate().expires
    assert after > before
    (dev,) = [d for d in network.hub.store.devices() if d.id == a.id]
    assert dev.expires_at == after


def test_a_signed_challenge_is_single_use(network):
    a = network.device("a", "Org A")
    ch = httpx.get(network.hub.url + "/v1/challenge").json()["challenge"]
    req = {"device_id": a.id, "challenge": ch, "signature": a.engine.identity.sign(ch)}
    first = httpx.post(network.hub.url + "/v1/token", json=req)
    again = httpx.post(network.hub.url + "/v1/token", json=req)
    assert first.status_code == 200
    assert again.status_code == 401 and again.json()["code"] == "challenge_used"


def test_the_open_hub_address_says_who_it_is_and_nothing_more(network):
    a = network.device("a", "Org A")
    a.sync()
    open_info = httpx.get(network.hub.url + "/v1/hub").json()
    assert set(open_info) == {"hub_id", "epoch", "protocol", "hub_public_key", "server_time_ms"}
    token = a.engine.identity.cached_token()
    mine = httpx.get(network.hub.url + "/v1/hub", headers={"authorization": f"Bearer {token}"}).json()
    assert mine["rows"] >= 0 and "first_pull_bytes" in mine
    bad = httpx.get(network.hub.url + "/v1/hub", headers={"authorization": "Bearer nope.1.x"})
    assert bad.status_code == 401
