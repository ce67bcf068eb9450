"""What the fuzz run found, each pinned by a small request: the hub answers as its OpenAPI document says."""

from __future__ import annotations

import base64
import json

import pytest
from fastapi.testclient import TestClient
from nacl.signing import SigningKey

from pan_desktop.core.ids import uuid7


@pytest.fixture(scope="module")
def client(fuzz_hub):
    with TestClient(fuzz_hub.app) as c:
        yield c


def _bearer(fuzz_hub) -> dict:
    return {"authorization": f"Bearer {fuzz_hub.token}", "content-type": "application/json"}


@pytest.mark.parametrize("path", ["/v1/push", "/v1/pull", "/v1/verify", "/v1/token", "/v1/enrol"])
@pytest.mark.parametrize("body", [b"\xff", b"\t\xff_", "{\"a\": \"\u00e9\"}".encode("latin-1")])
def test_a_body_that_is_not_utf8_is_refused_as_invalid_json(client, fuzz_hub, path, body):
    r = client.post(path, content=body, headers=_bearer(fuzz_hub))
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "invalid"


@pytest.mark.parametrize("body", [{"limit": True}, {"hwm": False}, {"cursors": {"net": True}}, {"limit": "5"}, {"limit": 5.5}])
def test_a_pull_number_must_be_a_json_integer(client, fuzz_hub, body):
    """The device's own decoder (protocol.from_wire) takes only integers; the hub took true as 1."""
    r = client.post("/v1/pull", json=body, headers=_bearer(fuzz_hub))
    assert r.status_code == 422, r.text


def test_an_entry_number_must_be_a_json_integer(client, fuzz_hub):
    entry = {"device_seq": True, "kind": "create", "table": "initiatives", "id": uuid7(), "org": "x", "base_rev": 0,
             "fields": {}, "hlc": "0001700000000-0000-abc"}
    r = client.post("/v1/push", json={"entries": [entry]}, headers=_bearer(fuzz_hub))
    assert r.status_code == 422, r.text
    r = client.post("/v1/verify", json={"scopes": {"net": {"count": True, "checksum": ""}}}, headers=_bearer(fuzz_hub))
    assert r.status_code == 422, r.text


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_the_document_says_what_a_key_and_a_signature_look_like(client):
    """A schema-valid enrolment was refused with 422 (bad base64): the shapes are in the document now, and
    a key of that shape reaches the invite check (403), one of another shape is invalid (422)."""
    doc = client.get("/openapi.json").json()["components"]["schemas"]
    assert "pattern" in doc["EnrolRequest"]["properties"]["public_key"]
    assert "pattern" in doc["EnrolRequest"]["properties"]["proof"]
    assert "pattern" in doc["TokenRequest"]["properties"]["signature"]
    key = SigningKey.generate()
    good = _b64(bytes(key.verify_key))
    for public_key, status in ((good, 403), ("*", 422), (_b64(b"x" * 31), 422), (good[:-1] + "!", 422)):
        r = client.post("/v1/enrol", json={"code": "NOPE", "device_id": uuid7(), "public_key": public_key})
        assert r.status_code == status, (public_key, r.text)
    proof = _b64(key.sign(b"x").signature)
    for value, status in ((proof, 403), ("", 403), (proof[:-4], 422)):
        r = client.post("/v1/enrol", json={"code": "NOPE", "device_id": uuid7(), "public_key": good, "proof": value})
        assert r.status_code == status, (value, r.text)


def test_every_status_an_attachment_call_answers_is_documented(client):
    doc = client.get("/openapi.json").json()["paths"]
    assert {"401", "403", "404", "409", "413", "422", "503"} <= set(doc["/v1/attachments/{sha}"]["put"]["responses"])
    for path in ("/v1/attachments/{sha}", "/v1/attachments/{sha}/status"):
        assert {"401", "403", "404", "503"} <= set(doc[path]["get"]["responses"]), path
    body = doc["/v1/attachments/{sha}"]["put"]["responses"]["409"]["content"]["application/json"]["schema"]
    assert "received" in body["properties"]


def test_json_numbers_beyond_64_bits_never_reach_the_database(client, fuzz_hub):
    r = client.post("/v1/pull", content=json.dumps({"limit": 2**70, "hwm": -(2**70)}), headers=_bearer(fuzz_hub))
    assert r.status_code in (200, 422), r.text


def _enrolment(fuzz_hub, **change) -> dict:
    org = fuzz_hub.store.orgs()[0].id
    body = {"code": fuzz_hub.store.invite(org, "contributor"), "device_id": uuid7(),
            "public_key": _b64(bytes(SigningKey.generate().verify_key))}
    body.update(change)
    return body


@pytest.mark.parametrize("change", [
    {"first_seq": 2**63}, {"first_seq": 2**70},  # answered 500 (the integer does not fit the database)
    {"device_id": "\ud800"}, {"code": "\ud800"}, {"label": "\udc00 laptop"},  # 500: not valid Unicode
    {"device_id": "x" * 100_000}, {"device_id": "0190C0DE-0000-7000-8000-000000000001"},  # stored as a device
    {"code": "A" * 10_000},
], ids=lambda c: f"{next(iter(c))}={ascii(next(iter(c.values())))[:20]}")
def test_an_enrolment_with_a_valid_invite_and_a_bad_field_is_refused_not_stored(client, fuzz_hub, change):
    before = len(fuzz_hub.store.devices())
    r = client.post("/v1/enrol", content=json.dumps(_enrolment(fuzz_hub, **change)),
                    headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert len(fuzz_hub.store.devices()) == before


def test_a_good_enrolment_still_joins(client, fuzz_hub):
    r = client.post("/v1/enrol", json=_enrolment(fuzz_hub, label="Máy của chị Hoa", first_seq=12))
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("change", [{"device_id": "\ud800"}, {"challenge": "\ud800" + "x" * 10}, {"challenge": "1." * 5000}])
def test_a_token_request_with_a_malformed_field_is_refused(client, change):
    body = {"device_id": uuid7(), "challenge": "1.ab.cd", "signature": _b64(b"s" * 64), **change}
    r = client.post("/v1/token", content=json.dumps(body), headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
