"""Enrolment by file, for a device that never connects (docs/usb-sync.md).

The device writes a ``.panenrol`` request (its :class:`EnrolRequest` with the key proof, a fresh nonce,
signed by its own key); the hub applies the very same enrolment as ``POST /v1/enrol`` and writes a reply
signed by its key; the device accepts only the reply to its own last request (its nonce, the digest of
its request, its key) and then keeps it exactly as an online answer (:meth:`SyncEngine.adopt_enrolment`).
The files themselves are read, signed and checked in :mod:`enrol_file_format` (the hub uses it too).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from pan_desktop.core.ids import uuid7
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.shared.protocol import EnrolResponse, from_wire, to_wire
from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import SyncError
from pan_desktop.core.sync.enrol_file_format import (
    REPLY, REQUEST, EnrolFileError, fingerprint, read_signed, request_digest, signed_by, write_signed,
)
from pan_desktop.core.sync.hubproof import new_nonce
from pan_desktop.core.sync.identity import _write_private, private_dir, signed_enrol_request

PENDING_FILE = "enrol-request.json"


def request_key(body: dict[str, Any]) -> str:
    return body["request"]["public_key"]


@dataclass
class RequestReport:
    file: str
    bytes: int
    device_id: str
    label: str

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "bytes": self.bytes, "device_id": self.device_id, "label": self.label}


@dataclass
class AcceptReport:
    hub_id: str
    hub_url: str
    hub_fingerprint: str
    org_id: str
    org_name: str
    role: str
    expires: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class OfflineEnrolment:
    """The device's two steps; ``engine`` is its :class:`SyncEngine` (keys, link, write path)."""

    def __init__(self, engine):
        self.engine = engine
        self.pending_path = engine.identity.dir / PENDING_FILE

    def write_request(self, code: str, out: Path, label: str = "", new_identity: bool = False) -> RequestReport:
        """Sign an enrolment request with this install's key and keep a copy to match the reply against.
        ``new_identity``: ask as a new device (new id and key, kept only once the reply is accepted), as
        online enrolment does by itself when the hub says this device id was revoked."""
        if not code.strip():
            raise SyncError("An invite code is needed.", code="sync.bad_invite")
        with self.engine.db.session() as s:
            first = local.first_unsent_seq(s)
        key = SigningKey.generate() if new_identity else self.engine.identity.signing_key()
        req = signed_enrol_request(key, code, uuid7() if new_identity else self.engine.device_id, label.strip(), first)
        body = {"request": to_wire(req), "nonce": new_nonce(), "made_at": utcnow()}
        size = write_signed(Path(out), REQUEST, body, key)
        new_key = base64.b64encode(bytes(key)).decode() if new_identity else ""
        private_dir(self.pending_path.parent)  # a new identity's request may be this install's first key use
        _write_private(self.pending_path, json.dumps({"body": body, "new_key": new_key}).encode())
        return RequestReport(str(out), size, req.device_id, req.label)

    def _pending(self) -> tuple[dict[str, Any], SigningKey | None]:
        """The latest request's body (empty when none waits) and its new key when it asks as a new device."""
        try:
            data = json.loads(self.pending_path.read_text("utf-8"))
            body, new_key = data["body"], data["new_key"]
            return body, (SigningKey(base64.b64decode(new_key)) if new_key else None)
        except (OSError, ValueError, KeyError, TypeError):
            return {}, None

    def _key_of(self, new_key: SigningKey | None) -> str:
        """The public key the reply must certify: the request's new key, or this install's own."""
        return base64.b64encode(bytes(new_key.verify_key)).decode() if new_key else self.engine.identity.public_key()

    def accept_reply(self, path: Path) -> AcceptReport:
        """Check the hub's reply answers this install's last request and is signed by the hub key it
        carries, then keep it as online enrolment does (pinning that key and hub id)."""
        name = Path(path).name
        body, signature = read_signed(path, REPLY)
        pending, new_key = self._pending()
        if not pending:
            raise EnrolFileError("This computer has no enrolment request waiting for a reply; make one first.",
                                 code="sync.enrol_no_request", name=name)
        try:
            resp = from_wire(EnrolResponse, body["response"])
            cert, hub_url = resp.certificate, str(body.get("hub_url") or "")
            ours = (body["request_nonce"] == pending["nonce"] and body["request_sha256"] == request_digest(pending)
                    and cert.device_id == pending["request"]["device_id"]
                    and cert.public_key == request_key(pending) == self._key_of(new_key))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise EnrolFileError(f"{name} is not a PAN enrolment reply.", code="sync.enrol_file_unknown",
                                 name=name) from exc
        if not signed_by(resp.hub_public_key, REPLY, body, signature) or cert.hub_id != resp.hub_id:
            raise EnrolFileError("The enrolment reply was changed after the hub signed it; ask for a new one.",
                                 code="sync.enrol_file_tampered", name=name)
        if not ours:
            raise EnrolFileError("This enrolment reply answers another computer's request, or an older one.",
                                 code="sync.enrol_reply_other", name=name)
        if new_key is not None:
            self.engine._adopt_device_identity(cert.device_id, new_key)
        link = self.engine.adopt_enrolment(resp, hub_url, int(pending["request"].get("first_seq", 1)))
        self.pending_path.unlink(missing_ok=True)
        return AcceptReport(link.hub_id, link.hub_url, fingerprint(resp.hub_public_key), cert.org_id,
                            link.org_name, cert.role, cert.expires)
