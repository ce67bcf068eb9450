"""Proof that an answer comes from the hub a device enrolled with (docs/sync-trust.md).

The device sends a fresh random nonce with every call (``X-Pan-Nonce``); the hub signs each answer
with its Ed25519 signing key (``X-Pan-Signature``) over its own hub id, the nonce, the call and the
SHA-256 of the decompressed body. A device that pinned the hub's key at enrolment accepts an answer
only with a valid signature for its own nonce: an impostor cannot sign, and an old answer cannot be
replayed (the nonce differs). Both sides build the signed bytes here and only here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

NONCE_HEADER = "x-pan-nonce"
SIGNATURE_HEADER = "x-pan-signature"
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,64}")
_DOMAIN = b"pan-hub-answer/1\n"


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


def clean_nonce(value: str | None) -> str:
    """The nonce a request carried, or "" when it is missing or not of the expected shape."""
    return value if value and _NONCE.fullmatch(value) else ""


def answer_message(hub_id: str, nonce: str, method: str, path: str, status: int, body: bytes) -> bytes:
    """The bytes the hub signs for one answer."""
    return _DOMAIN + "\n".join([hub_id, nonce, method.upper(), path, str(status),
                                hashlib.sha256(body).hexdigest()]).encode("utf-8")


def sign_answer(key: SigningKey, hub_id: str, nonce: str, method: str, path: str, status: int, body: bytes) -> str:
    return base64.b64encode(key.sign(answer_message(hub_id, nonce, method, path, status, body)).signature).decode()


def answer_is_signed(key: VerifyKey, hub_id: str, nonce: str, method: str, path: str, status: int, body: bytes,
                     signature: str | None) -> bool:
    """Whether ``signature`` is the pinned hub's signature of this answer to this nonce."""
    if not signature:
        return False
    try:
        key.verify(answer_message(hub_id, nonce, method, path, status, body), base64.b64decode(signature, validate=True))
    except (BadSignatureError, binascii.Error, ValueError):
        return False
    return True


def verify_key(b64: str) -> VerifyKey:
    """The hub key as stored at enrolment (base64 of 32 bytes)."""
    return VerifyKey(base64.b64decode(b64, validate=True))
