"""Fixtures of the hub fuzz tests: a hub application over a fresh SQLite store, with one enrolled device
and a token for it, called in-process (no port)."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from nacl.signing import SigningKey

from pan_desktop.core.ids import uuid7
from pan_desktop.core.shared import protocol as p
from pan_desktop.hub.app import create_app
from pan_desktop.hub.auth import Auth
from pan_desktop.hub.store import HubStore, sqlite_url


@dataclass
class FuzzHub:
    app: FastAPI
    store: HubStore
    token: str  # a contributor device's bearer token


@pytest.fixture(scope="module")
def fuzz_hub(tmp_path_factory):
    store = HubStore(sqlite_url(str(tmp_path_factory.mktemp("fuzzhub") / "hub.db")))
    store.init()
    auth = Auth(store)
    key, device_id = SigningKey.generate(), uuid7()
    code = store.invite(store.add_org("Org A"), "contributor")
    auth.enrol(p.EnrolRequest(code, device_id, base64.b64encode(bytes(key.verify_key)).decode()))
    challenge = auth.challenge().challenge
    signature = base64.b64encode(key.sign(challenge.encode()).signature).decode()
    token = auth.token(p.TokenRequest(device_id, challenge, signature)).token
    yield FuzzHub(create_app(store), store, token)
    store.dispose()
