"""A hub that cannot be reached is worded from why (name, refused, timeout, certificate, no network),
read from the exception chain, never from its raw text."""

from __future__ import annotations

import errno
import socket
import ssl

import httpx
import pytest

from pan_desktop.core.sync.client import HubClient, HubUnreachable, unreachable_code
from tests.sync.hubserver import free_port


def _raising(exc):
    def handler(_req):
        raise exc
    return handler


def _connect_error(cause: BaseException) -> httpx.ConnectError:
    try:
        raise httpx.ConnectError("failed") from cause
    except httpx.ConnectError as exc:
        return exc


@pytest.mark.parametrize("exc,code", [
    (httpx.ConnectTimeout("slow"), "sync.unreachable.timeout"),
    (_connect_error(ssl.SSLCertVerificationError("certificate verify failed")), "sync.unreachable.tls"),
    (_connect_error(socket.gaierror(socket.EAI_NONAME, "Name or service not known")), "sync.unreachable.name"),
    (_connect_error(OSError(errno.ENETUNREACH, "Network is unreachable")), "sync.unreachable.network"),
    (httpx.ConnectError("[Errno 111] Connection refused"), "sync.unreachable.refused"),
    (httpx.ReadError("odd"), "sync.unreachable"),
])
def test_each_cause_has_its_code(exc, code):
    client = HubClient("http://hub.test", transport=httpx.MockTransport(_raising(exc)), attempts=1, backoff=0)
    with pytest.raises(HubUnreachable) as failed:
        client.call("GET", "/v1/hub", object)
    assert failed.value.code == code
    client.close()


def test_a_port_where_nothing_listens_is_refused():
    client = HubClient(f"http://127.0.0.1:{free_port()}", attempts=1, backoff=0, timeout=2)
    with pytest.raises(HubUnreachable) as failed:
        client.call("GET", "/v1/hub", object)
    assert failed.value.code == "sync.unreachable.refused"
    assert unreachable_code(failed.value.__cause__) == "sync.unreachable.refused"
    client.close()


def test_every_code_has_words_in_both_languages():
    from pan_desktop.ui.sync.messages import MESSAGES

    for code in ("name", "refused", "timeout", "tls", "network"):
        assert f"sync.unreachable.{code}" in MESSAGES
