"""Reliability suite, link faults: a fault proxy between device and hub; each scenario ends with G1–G5."""

from __future__ import annotations

import threading

import httpx
import pytest
from sqlalchemy import func, select

from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import HubClient
from pan_desktop.core.shared.protocol import PullRequest, PushRequest, PushResponse, decode_body, encode_body
from pan_desktop.hub.models import DeviceOp, HubRow
from tests.sync.faultproxy import FaultProxy


@pytest.fixture
def proxy(hub):
    p = FaultProxy(hub.port)
    yield p
    p.close()


def _via(proxy):
    return lambda _url: HubClient(proxy.url, timeout=5, attempts=4, backoff=0.05)


def _applied(hub, device_id):
    with hub.store.read() as s:
        return s.execute(select(func.count()).select_from(DeviceOp).where(
            DeviceOp.device_id == device_id, DeviceOp.status == "applied")).scalar_one()


def _revs(hub):
    with hub.store.read() as s:
        return {r.id: r.rev for r in s.scalars(select(HubRow))}


def test_response_lost_after_the_hub_committed_is_replayed_not_reapplied(network, proxy):
    a = network.device("a", "Org A", client_factory=_via(proxy))
    a.sync()
    ids = [a.services.initiatives.create({"title_vi": f"Bản ghi {i}"}).id for i in range(3)]
    proxy.faults.append({"cut_down": 0})
    report = a.sync()
    assert report.pushed == 3 and proxy.connections >= 3
    assert _applied(network.hub, a.id) == 3
    assert all(_revs(network.hub)[i] == 1 for i in ids), "an edit was applied twice"
    network.check()


def test_request_cut_half_way_is_sent_again_and_applied_once(network, proxy):
    a = network.device("a", "Org A", client_factory=_via(proxy))
    a.sync()
    for i in range(40):
        a.services.initiatives.create({"title_vi": f"Dài {i}", "description_vi": "x " * 300})
    proxy.faults.append({"cut_up": 900})
    report = a.sync()
    assert report.pushed == 40
    assert _applied(network.hub, a.id) == 40
    network.check()


def test_a_stalled_link_times_out_and_the_next_sync_finishes(network, proxy):
    a = network.device("a", "Org A", client_factory=lambda _u: HubClient(proxy.url, timeout=0.5, attempts=2, backoff=0.05))
    a.sync()
    a.services.initiatives.create({"title_vi": "Chậm"})
    proxy.faults.extend([{"stall": 1.5}, {"stall": 1.5}])
    with pytest.raises(Exception):
        a.sync()
    network.check(converged=False)
    assert a.sync().pushed == 1
    network.check()


def test_the_same_batch_twice_at_once_applies_once(network):
    a = network.device("a", "Org A")
    a.sync()
    rid = a.services.initiatives.create({"title_vi": "Hai lần"}).id
    a.services.initiatives.update(rid, {"title_en": "Twice"})
    with a.services.db.session() as s:
        entries = local.entries_to_push(s, 50)
    body = encode_body(PushRequest(entries, PullRequest({}, 0, 10)), "gzip")
    headers = {"authorization": f"Bearer {a.engine.identity.cached_token()}", "content-encoding": "gzip",
               "content-type": "application/json"}
    answers = []

    def send():
        r = httpx.post(network.hub.url + "/v1/push", content=body, headers=headers, timeout=10)
        answers.append(decode_body(PushResponse, r.content))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(15)
    statuses = sorted(r.status for resp in answers for r in resp.results)
    assert statuses == ["applied", "applied", "duplicate", "duplicate"]
    assert _revs(network.hub)[rid] == 2
    # Replaying it late, after the device moved on, changes nothing either.
    a.services.initiatives.update(rid, {"title_en": "Later"})
    a.sync()
    send()
    assert [r.status for r in answers[-1].results] == ["duplicate", "duplicate"]
    a.sync()
    assert a.services.initiatives.get(rid)["title_en"] == "Later"
    network.check()


def test_hub_refuses_bodies_that_are_not_what_they_claim(network):
    a = network.device("a", "Org A")
    a.sync()
    headers = {"authorization": f"Bearer {a.engine.identity.cached_token()}", "content-type": "application/json"}
    import gzip

    bomb = gzip.compress(b"[" + b"0," * (9 * 1024 * 1024) + b"0]")
    r = httpx.post(network.hub.url + "/v1/push", content=bomb, headers={**headers, "content-encoding": "gzip"})
    assert r.status_code == 413
    r = httpx.post(network.hub.url + "/v1/push", content=bomb[:100], headers={**headers, "content-encoding": "gzip"})
    assert r.status_code == 422 and "truncated" in r.json()["detail"]
    r = httpx.post(network.hub.url + "/v1/push", content=b'{"entries": "nope"}', headers=headers)
    assert r.status_code == 422
    network.check()


def _raw_post(url: str, head: bytes, body_parts, read_timeout: float = 10.0) -> bytes:
    """Send a request by hand (headers as given, then ``body_parts``) and return what the hub answers
    before the request is finished; b"" when it answers nothing within ``read_timeout``."""
    import socket
    from urllib.parse import urlsplit

    host, port = urlsplit(url).hostname, urlsplit(url).port
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(head)
        try:
            for part in body_parts:
                sock.sendall(part)
        except OSError:
            pass  # the hub answered and closed while we were still sending: what this test wants to see
        sock.settimeout(read_timeout)
        try:
            return sock.recv(4096)
        except (TimeoutError, OSError):
            return b""


def test_hub_refuses_an_oversized_body_while_it_arrives(network):
    """The size limit holds while the body is read: an announced size too large is refused before any
    of it arrives, and a chunked body is refused once it passes the limit, not after it ends."""
    from pan_desktop.core.shared.protocol import MAX_BODY_BYTES

    a = network.device("a", "Org A")
    a.sync()
    auth = f"authorization: Bearer {a.engine.identity.cached_token()}\r\n".encode()
    head = b"POST /v1/push HTTP/1.1\r\nhost: hub\r\ncontent-type: application/json\r\n" + auth
    answer = _raw_post(network.hub.url, head + f"content-length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode(), [])
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    chunk = b"0" * (1024 * 1024)
    parts = [f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" for _ in range(MAX_BODY_BYTES // len(chunk) + 1)]
    answer = _raw_post(network.hub.url, head + b"transfer-encoding: chunked\r\n\r\n", parts)  # never ends
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    assert a.sync().requests >= 1  # the hub goes on serving
    network.check()
