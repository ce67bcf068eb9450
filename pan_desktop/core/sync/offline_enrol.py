"""Enrolment by file, for a device that never connects (docs/usb-sync.md).

The device writes a ``.panenrol`` request (its :class:`EnrolRequest` with the key proof, a fresh nonce,
signed by its own key); the hub applies the very same enrolment as ``POST /v1/enrol`` and writes a reply
signed by its key; the device accepts only the reply to its own last request (its nonce, the digest of
its request, its key) and then keeps it exactly as an online answer (:meth:`SyncEngine.adopt_enrolment`).
Both sides read and sign the files here and only here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.shared.protocol import EnrolRequest, EnrolResponse, canonical_json, from_wire, to_wire
from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import SyncError
from pan_desktop.core.sync.hubproof import new_nonce
from pan_desktop.core.sync.identity import _write_private, signed_enrol_request

REQUEST = "pan-enrol-request/1"
REPLY = "pan-enrol-reply/1"
MAX_FILE_BYTES = 64 * 1024
PENDING_FILE = "enrol-request.json"


class EnrolFileError(SyncError):
    """A ``.panenrol`` file refused; ``code`` says why (unknown file, tampered, for another device)."""

    code = "sync.enrol_file_unknown"


def fingerprint(public_key_b64: str) -> str:
    """A key's fingerprint to read out by phone: the first 16 bytes of its SHA-256, in groups of four."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _signed_message(kind: str, body: dict[str, Any]) -> bytes:
    return kind.encode() + b"\n" + canonical_json(body)


def write_signed(path: Path, kind: str, body: dict[str, Any], key: SigningKey) -> int:
    """Write ``body`` signed by ``key`` as a ``kind`` file (atomically); returns its size in bytes."""
    signature = base64.b64encode(key.sign(_signed_message(kind, body)).signature).decode()
    data = json.dumps({"format": kind, "body": body, "signature": signature}, ensure_ascii=False, indent=1).encode()
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return len(data)


def read_signed(path: Path, kind: str) -> tuple[dict[str, Any], str]:
    """The body and signature of a ``kind`` file; anything else (too large, not JSON, another kind) is refused."""
    path = Path(path)
    unknown = EnrolFileError(f"{path.name} is not a PAN enrolment file of the expected kind ({kind}).",
                             code="sync.enrol_file_unknown", name=path.name)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_FILE_BYTES else None
    except (OSError, ValueError) as exc:
        raise unknown from exc
    if not (isinstance(data, dict) and data.get("format") == kind and isinstance(data.get("body"), dict)
            and isinstance(data.get("signature"), str)):
        raise unknown
    return data["body"], data["signature"]


def signed_by(public_key_b64: str, kind: str, body: dict[str, Any], signature: str) -> bool:
    try:
        VerifyKey(base64.b64decode(public_key_b64, validate=True)).verify(
            _signed_message(kind, body), base64.b64decode(signature, validate=True))
    except (BadSignatureError, binascii.Error, ValueError, TypeError):
        return False
    return True


def request_digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(body)).hexdigest()


def parse_request(path: Path) -> tuple[EnrolRequest, dict[str, Any]]:
    """The hub's reading of a request file: the enrolment request, checked to be signed by its own key."""
    body, signature = read_signed(path, REQUEST)
    try:
        req = from_wire(EnrolRequest, body["request"])
        ok = isinstance(body.get("nonce"), str) and signed_by(req.public_key, REQUEST, body, signature)
    except (KeyError, TypeError, ValueError) as exc:
        raise EnrolFileError(f"{Path(path).name} is not a PAN enrolment request.", code="sync.enrol_file_unknown",
                             name=Path(path).name) from exc
    if not ok:
        raise EnrolFileError("The enrolment request was changed after the device signed it; ask for a new one.",
                             code="sync.enrol_file_tampered", name=Path(path).name)
    return req, body


def reply_body(request: dict[str, Any], resp: EnrolResponse, hub_url: str) -> dict[str, Any]:
    """What the hub signs in its reply: its enrolment answer bound to this very request."""
    return {"request_nonce": request["nonce"], "request_sha256": request_digest(request),
            "response": to_wire(resp), "hub_url": hub_url}


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

    def write_request(self, code: str, out: Path, label: str = "") -> RequestReport:
        """Sign an enrolment request with this install's key and keep a copy to match the reply against."""
        if not code.strip():
            raise SyncError("An invite code is needed.", code="sync.bad_invite")
        with self.engine.db.session() as s:
            first = local.first_unsent_seq(s)
        key = self.engine.identity.signing_key()
        req = signed_enrol_request(key, code, self.engine.device_id, label.strip(), first)
        body = {"request": to_wire(req), "nonce": new_nonce(), "made_at": utcnow()}
        size = write_signed(Path(out), REQUEST, body, key)
        _write_private(self.pending_path, json.dumps(body).encode())
        return RequestReport(str(out), size, req.device_id, req.label)

    def _pending(self) -> dict[str, Any]:
        try:
            body = json.loads(self.pending_path.read_text("utf-8"))
            return body if isinstance(body, dict) and "request" in body else {}
        except (OSError, ValueError):
            return {}

    def accept_reply(self, path: Path) -> AcceptReport:
        """Check the hub's reply answers this install's last request and is signed by the hub key it
        carries, then keep it as online enrolment does (pinning that key and hub id)."""
        name = Path(path).name
        body, signature = read_signed(path, REPLY)
        pending = self._pending()
        if not pending:
            raise EnrolFileError("This computer has no enrolment request waiting for a reply; make one first.",
                                 code="sync.enrol_no_request", name=name)
        try:
            resp = from_wire(EnrolResponse, body["response"])
            cert, hub_url = resp.certificate, str(body.get("hub_url") or "")
            ours = (body["request_nonce"] == pending["nonce"] and body["request_sha256"] == request_digest(pending)
                    and cert.device_id == pending["request"]["device_id"]
                    and cert.public_key == self.engine.identity.public_key())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise EnrolFileError(f"{name} is not a PAN enrolment reply.", code="sync.enrol_file_unknown",
                                 name=name) from exc
        if not signed_by(resp.hub_public_key, REPLY, body, signature) or cert.hub_id != resp.hub_id:
            raise EnrolFileError("The enrolment reply was changed after the hub signed it; ask for a new one.",
                                 code="sync.enrol_file_tampered", name=name)
        if not ours:
            raise EnrolFileError("This enrolment reply answers another computer's request, or an older one.",
                                 code="sync.enrol_reply_other", name=name)
        link = self.engine.adopt_enrolment(resp, hub_url, int(pending["request"].get("first_seq", 1)))
        self.pending_path.unlink(missing_ok=True)
        return AcceptReport(link.hub_id, link.hub_url, fingerprint(resp.hub_public_key), cert.org_id,
                            link.org_name, cert.role, cert.expires)
