"""Hostile or mistaken enrolment files are refused with a code, and nothing changes on either side."""

from __future__ import annotations

import base64
import json

import pytest
from nacl.signing import SigningKey

from pan_desktop.core.sync.enrol_file_format import REPLY, EnrolFileError, write_signed
from pan_desktop.core.sync.offline_enrol import OfflineEnrolment
from pan_desktop.hub.auth import AuthError
from pan_desktop.hub.enrol_file import enrol_from_file
from pan_desktop.hub.models import Device, Invite
from pan_desktop.hub.store import later
from tests.offline_enrol.helpers import enrol_by_files, offline_device


def _invite(network, role="contributor"):
    return network.hub.store.invite(network.org("Org A"), role)


def _request(device, code, tmp, tag=""):
    path = tmp / f"{device.name}{tag}-request.panenrol"
    OfflineEnrolment(device.engine).write_request(code, path, device.name)
    return path


def _reply(network, request, tmp, tag="reply"):
    path = tmp / f"{tag}.panenrol"
    enrol_from_file(network.hub.store, request, path)
    return path


def _refused_on_device(device, path, code):
    """Accepting ``path`` is refused with ``code``; the device keeps no certificate, link or hub key."""
    with pytest.raises(EnrolFileError) as err:
        OfflineEnrolment(device.engine).accept_reply(path)
    assert err.value.code == code
    assert device.link() is None and device.engine.identity.certificate() is None
    assert device.engine.identity.hub_public_key() is None


def _edit(path, change):
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data), "utf-8")


def test_a_reply_changed_after_signing_is_refused(network, tmp_path):
    field = offline_device(network, "field")
    reply = _reply(network, _request(field, _invite(network), tmp_path), tmp_path)
    _edit(reply, lambda d: d["body"]["response"]["certificate"].update(role="secretariat"))
    _refused_on_device(field, reply, "sync.enrol_file_tampered")


def test_a_reply_resigned_by_another_key_is_refused(network, tmp_path):
    field = offline_device(network, "field")
    reply = _reply(network, _request(field, _invite(network), tmp_path), tmp_path)
    body = json.loads(reply.read_text("utf-8"))["body"]
    write_signed(reply, REPLY, body, SigningKey.generate())  # carries the hub's key, signed by another
    _refused_on_device(field, reply, "sync.enrol_file_tampered")


def test_an_impostor_hub_reply_to_the_request_is_refused_unless_signed_by_the_key_it_carries(network, tmp_path):
    field = offline_device(network, "field")
    reply = _reply(network, _request(field, _invite(network), tmp_path), tmp_path)
    body = json.loads(reply.read_text("utf-8"))["body"]
    body["response"]["hub_public_key"] = base64.b64encode(bytes(SigningKey.generate().verify_key)).decode()
    write_signed(reply, REPLY, body, SigningKey.generate())
    _refused_on_device(field, reply, "sync.enrol_file_tampered")


def test_a_reply_for_another_device_or_an_older_request_is_refused(network, tmp_path):
    field, other = offline_device(network, "field"), offline_device(network, "other")
    code = _invite(network)
    others = _reply(network, _request(other, _invite(network), tmp_path), tmp_path, "others")
    _request(field, code, tmp_path)
    _refused_on_device(field, others, "sync.enrol_reply_other")

    old = _reply(network, _request(field, code, tmp_path, "-1"), tmp_path, "old")
    _request(field, code, tmp_path, "-2")  # a newer request replaces the one the old reply answers
    _refused_on_device(field, old, "sync.enrol_reply_other")


@pytest.mark.parametrize("content", [b"", b"\x00\xff junk", b'{"format": "pan-enrol-reply/1"}', b"[1, 2]",
                                     b'{"format": "pan-enrol-reply/1", "body": {"response": 3}, "signature": "x"}',
                                     b"{" * 70000])
def test_an_unknown_file_is_refused(network, tmp_path, content):
    field = offline_device(network, "field")
    _request(field, _invite(network), tmp_path)
    bad = tmp_path / "bad.panenrol"
    bad.write_bytes(content)
    _refused_on_device(field, bad, "sync.enrol_file_unknown")


def test_a_request_is_not_a_reply_and_a_reply_without_request_is_refused(network, tmp_path):
    field, other = offline_device(network, "field"), offline_device(network, "other")
    request = _request(field, _invite(network), tmp_path)
    _refused_on_device(field, request, "sync.enrol_file_unknown")
    _refused_on_device(other, _reply(network, request, tmp_path), "sync.enrol_no_request")


def _hub_refuses(network, request, tmp_path, code):
    out = tmp_path / "refused-reply.panenrol"
    with network.hub.store.read() as s:
        before = [(d.id, d.public_key, d.org_id, d.role, d.revoked) for d in s.query(Device).order_by(Device.id)]
    with pytest.raises((AuthError, EnrolFileError)) as err:
        enrol_from_file(network.hub.store, request, out)
    assert err.value.code == code and not out.exists()
    with network.hub.store.read() as s:
        assert [(d.id, d.public_key, d.org_id, d.role, d.revoked) for d in s.query(Device).order_by(Device.id)] == before


def test_the_hub_refuses_a_used_expired_or_unknown_invite(network, tmp_path):
    field, other = offline_device(network, "field"), offline_device(network, "other")
    code = _invite(network)
    enrol_by_files(network, field, code, tmp_path)
    _hub_refuses(network, _request(other, code, tmp_path), tmp_path, "invite_used")
    _hub_refuses(network, _request(other, "NOPE-NOPE", tmp_path), tmp_path, "bad_invite")
    stale = _invite(network)
    with network.hub.store.write() as s:
        s.get(Invite, stale).expires_at = later(-1)
    _hub_refuses(network, _request(other, stale, tmp_path), tmp_path, "bad_invite")
    assert other.link() is None


def test_the_hub_refuses_a_revoked_device_and_a_takeover(network, tmp_path):
    field, thief = offline_device(network, "field"), offline_device(network, "thief")
    enrol_by_files(network, field, _invite(network), tmp_path)
    # another install claiming the enrolled device's id with its own key
    thief.engine.device_id = field.id
    _hub_refuses(network, _request(thief, _invite(network), tmp_path), tmp_path, "device_taken")
    network.hub.store.revoke(field.id)
    _hub_refuses(network, _request(field, _invite(network), tmp_path), tmp_path, "device_revoked")


def test_the_hub_refuses_a_request_changed_after_signing(network, tmp_path):
    field = offline_device(network, "field")
    request = _request(field, _invite(network), tmp_path)
    _edit(request, lambda d: d["body"]["request"].update(label="someone else"))
    _hub_refuses(network, request, tmp_path, "sync.enrol_file_tampered")


def test_a_revoked_device_joins_again_by_file_as_a_new_device_keeping_its_edits(network, tmp_path):
    field = offline_device(network, "field")
    enrol_by_files(network, field, _invite(network), tmp_path)
    mine = field.services.initiatives.create({"title_vi": "Chưa gửi"})
    old_id, old_key = field.id, field.engine.identity.public_key()
    network.hub.store.revoke(old_id)
    _hub_refuses(network, _request(field, _invite(network), tmp_path), tmp_path, "device_revoked")

    request, reply = tmp_path / "again.panenrol", tmp_path / "again-reply.panenrol"
    OfflineEnrolment(field.engine).write_request(_invite(network), request, "field", new_identity=True)
    assert (field.engine.device_id, field.engine.identity.public_key()) == (old_id, old_key)  # nothing kept yet
    enrol_from_file(network.hub.store, request, reply)
    OfflineEnrolment(field.engine).accept_reply(reply)
    assert field.engine.device_id != old_id and field.engine.identity.public_key() != old_key
    assert field.engine.identity.certificate().device_id == field.engine.device_id
    assert field.services.initiatives.get(mine.id)["title_vi"] == "Chưa gửi"


@pytest.mark.parametrize("change", [{"label": "x" * 5_000}, {"device_id": "not-a-uuid"}, {"first_seq": 2 ** 63}])
def test_the_hub_refuses_a_request_file_the_online_endpoint_would_refuse(network, tmp_path, change):
    """A request file is checked like the online request (bounded valid text, canonical device id, 64-bit
    numbers), even when it is properly signed by the key it carries: whoever made it chose that key."""
    from pan_desktop.core.sync.enrol_file_format import REQUEST

    field = offline_device(network, "field")
    request = _request(field, _invite(network), tmp_path)
    data = json.loads(request.read_text("utf-8"))
    body = data["body"]
    key = SigningKey.generate()
    body["request"].update(change, public_key=base64.b64encode(bytes(key.verify_key)).decode())
    write_signed(request, REQUEST, body, key)
    _hub_refuses(network, request, tmp_path, "invalid")
