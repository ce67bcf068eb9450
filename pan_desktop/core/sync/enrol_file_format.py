"""The ``.panenrol`` files of enrolment by file (docs/usb-sync.md): a device's signed request and the
hub's signed reply. Read, signed and checked here and only here, by the device and by the hub (which
must load nothing of the desktop: this module needs only the shared protocol)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from pan_desktop.core.errors import PanError
from pan_desktop.core.files import write_atomic
from pan_desktop.core.shared.protocol import EnrolRequest, EnrolResponse, canonical_json, from_wire, to_wire

REQUEST = "pan-enrol-request/1"
REPLY = "pan-enrol-reply/1"
MAX_FILE_BYTES = 64 * 1024


class EnrolFileError(PanError):
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
    return write_atomic(Path(path), data)


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
