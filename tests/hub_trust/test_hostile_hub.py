"""Hostile input to the hub: every answer is a clean refusal (4xx, or the entry quarantined with a
reason while the rest of the batch applies), never a 500, and nothing stored that cannot be sent back."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

from pan_desktop.core.ids import uuid7
from pan_desktop.hub.models import HubRow


@pytest.fixture
def device(network):
    a = network.device("a", "Org A")
    a.sync()
    return a, network.orgs["Org A"], {"authorization": f"Bearer {a.engine.identity.cached_token()}",
                                      "content-type": "application/json"}


def _entry(seq, org, **kw):
    base = {"device_seq": seq, "kind": "create", "table": "initiatives", "id": uuid7(), "org": org, "base_rev": 0,
            "fields": {"title_vi": {"old": None, "new": f"Sáng kiến {seq}"}}, "hlc": "0001700000000-0000-abc"}
    base.update(kw)
    return base


BAD_ENTRIES = {
    "big base version": dict(base_rev=2**63),
    "upper-case id": dict(id="0190C0DE-0000-7000-8000-000000000001"),
    "id not a uuid": dict(id="../../etc/passwd"),
    "lone surrogate": dict(fields={"title_vi": {"old": None, "new": "\ud800"}}),
    "NaN": dict(fields={"title_vi": {"old": None, "new": float("nan")}}),
    "huge integer in a value": dict(fields={"title_vi": {"old": None, "new": 2**70}}),
    "unreadable stamp": dict(hlc="yesterday"),
    "resolve given a string": dict(kind="resolve", fields={"resolution": "keep"}),
    "unknown table": dict(table="nope"),
}


def test_each_malformed_entry_is_quarantined_and_the_rest_applies(network, device):
    a, org, headers = device
    entries, seq = [], a.link().device_high + 1
    for what, change in BAD_ENTRIES.items():
        entries.append(_entry(seq, org, **change))
        seq += 1
    good = _entry(seq, org)
    entries.append(good)
    body = json.dumps({"entries": entries}, allow_nan=True)  # NaN on purpose
    r = httpx.post(network.hub.url + "/v1/push", content=body, headers=headers, timeout=10)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results[:-1]] == ["quarantined"] * len(BAD_ENTRIES), results
    assert all(x["reason"] for x in results[:-1])
    assert results[-1]["status"] == "applied"
    with network.hub.store.read() as s:
        assert s.get(HubRow, ("initiatives", good["id"])) is not None
    # And the hub can still send everything it holds (nothing stored that breaks a pull).
    r = httpx.post(network.hub.url + "/v1/pull", json={"cursors": {}, "hwm": 0}, headers=headers, timeout=10)
    assert r.status_code == 200


def test_an_id_of_another_table_is_refused(network, device):
    a, org, headers = device
    seq = a.link().device_high + 1
    taken = a.services.initiatives.create({"title_vi": "Có trước"}).id
    a.sync()
    r = httpx.post(network.hub.url + "/v1/push", headers=headers, timeout=10, content=json.dumps(
        {"entries": [_entry(seq + 1, org, table="events", id=taken, fields={"title_vi": {"old": None, "new": "x"}})]}))
    assert r.json()["results"][0]["status"] == "quarantined"


def test_a_stamp_from_the_far_future_is_clamped_when_stored(network, device):
    a, org, headers = device
    e = _entry(a.link().device_high + 1, org, hlc="9999999999999-0000-abc")
    r = httpx.post(network.hub.url + "/v1/push", json={"entries": [e]}, headers=headers, timeout=10)
    assert r.json()["results"][0]["status"] == "applied"
    with network.hub.store.read() as s:
        row = s.get(HubRow, ("initiatives", e["id"]))
    assert row.updated_hlc < "9999" and row.field_revs["title_vi"] == row.updated_hlc


@pytest.mark.parametrize("body", [
    {"entries": [{"device_seq": 2**63}]},
    {"pull": {"cursors": {"net": 2**70}, "hwm": 2**70, "limit": 2**70}},
    {"pull": {"cursors": {"net": -5}, "hwm": -1, "limit": -1}},
    {"entries": "resolve"},
])
def test_out_of_range_requests_are_refused_or_bounded(network, device, body):
    a, org, headers = device
    if "entries" in body and isinstance(body["entries"], list):
        body = {"entries": [_entry(body["entries"][0]["device_seq"], org)]}
    r = httpx.post(network.hub.url + "/v1/push", json=body, headers=headers, timeout=10)
    assert r.status_code in (200, 422), r.text
    if r.status_code == 200 and "entries" in body:
        assert r.json()["results"][0]["status"] == "quarantined"


def _raw(hub, request: bytes) -> int:
    with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
        sock.sendall(request)
        return int(sock.recv(4096).split(b" ")[1])


@pytest.mark.parametrize("token", ["Bearer \u00e9\u00e9.1.x".encode("latin-1"), b"Bearer .", b"Bearer x.99999999999999999999.y",
                                   "Bearer a.\u00b2.b".encode()])
def test_odd_tokens_are_refused_with_401(network, token):
    request = (b"POST /v1/pull HTTP/1.1\r\nHost: h\r\ncontent-type: application/json\r\nauthorization: " + token +
               b"\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}")
    assert _raw(network.hub, request) == 401


@pytest.mark.parametrize("signature", ["AAAA", "", "not base64!", "\u00e9"])
def test_odd_signatures_and_challenges_are_refused_with_401_or_422(network, signature):
    a = network.device("a", "Org A")
    ch = httpx.get(network.hub.url + "/v1/challenge").json()["challenge"]
    for challenge in (ch, "1.\u00e9.x", "\u00b2.x.y"):
        r = httpx.post(network.hub.url + "/v1/token", timeout=10,
                       json={"device_id": a.id, "challenge": challenge, "signature": signature})
        assert r.status_code in (401, 422), r.text


def test_a_lone_surrogate_in_a_challenge_is_refused(network):
    r = httpx.post(network.hub.url + "/v1/token", timeout=10, headers={"content-type": "application/json"},
                   content=b'{"device_id":"x","challenge":"\\ud800.x.y","signature":"AAAA"}')
    assert r.status_code in (401, 422), r.text


def test_the_openapi_document_lists_the_refusals_with_their_bodies(network):
    doc = httpx.get(network.hub.url + "/openapi.json", timeout=10).json()
    for path in ("/v1/push", "/v1/pull", "/v1/verify", "/v1/token", "/v1/enrol", "/v1/renew"):
        responses = doc["paths"][path]["post"]["responses"]
        for status in ("401", "403", "413", "422"):
            assert status in responses, (path, status)
        schema = responses["403"]["content"]["application/json"]["schema"]
        assert set(schema["properties"]) == {"detail", "code"}
