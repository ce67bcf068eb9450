"""A photo upload's answers are signed like every other hub answer: an impostor cannot tell a device
that a photo arrived (the device would never send it again), and the real hub's answers pass."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
from nacl.signing import SigningKey

from pan_desktop.core.sync.client import HubClient, HubUnverified
from pan_desktop.core.sync.hubproof import NONCE_HEADER, SIGNATURE_HEADER, sign_answer

HUB_ID = "hub-real"
PATH = "/v1/attachments/" + "ab" * 32 + "/status"


def _client(answer_key: SigningKey, pinned: SigningKey) -> HubClient:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.dumps({"sha256": "ab" * 32, "complete": True}).encode()
        nonce = request.headers.get(NONCE_HEADER, "")
        sig = sign_answer(answer_key, HUB_ID, nonce, request.method, request.url.path, 200, body)
        return httpx.Response(200, content=body, headers={SIGNATURE_HEADER: sig})

    client = HubClient("http://127.0.0.1:9", transport=httpx.MockTransport(handler))
    client.pin(base64.b64encode(bytes(pinned.verify_key)).decode(), HUB_ID)
    return client


def test_an_impostor_cannot_say_a_photo_arrived():
    real, impostor = SigningKey.generate(), SigningKey.generate()
    with pytest.raises(HubUnverified):
        _client(impostor, pinned=real).raw("GET", PATH)
    assert _client(real, pinned=real).raw("GET", PATH).json()["complete"] is True
