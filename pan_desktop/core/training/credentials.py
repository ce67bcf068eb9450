"""Certificates that verify offline: the text of a certificate's QR code holds who, what, when and the
issuing organisation, signed (Ed25519) with the issuing device's enrolled key, together with the
device's certificate from the hub. Anyone holding the hub's public key can check it without a network.

Text: ``PANC1.<payload>.<signature>`` (base64url, no padding); the payload is canonical JSON:
``{"n": name, "m": module, "d": date, "o": issuing organisation, "k": device certificate}``.
The short code printed beside the QR (``ABCD-EFGH``) is derived from the signature: it names one
certificate when a person reads it out or types it, and changes whenever anything signed changes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from pan_desktop.core.errors import PanError
from pan_desktop.core.shared.protocol import Certificate, canonical_json
from pan_desktop.core.sync.identity import Identity

PREFIX = "PANC1"
MAX_TEXT = 4000


class CertificateInvalid(PanError):
    """A certificate text that does not verify: malformed, tampered, or from an issuer not vouched for."""

    code = "certificate.invalid"


@dataclass(frozen=True)
class Verified:
    name: str
    module: str
    date: str
    issuer: str
    issuer_org_id: str
    device: str
    code: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def short_code(signature: bytes) -> str:
    digest = base64.b32encode(hashlib.sha256(signature).digest()).decode()[:8]
    return f"{digest[:4]}-{digest[4:]}"


class Issuer:
    """Signs certificate texts with this device's enrolled key (``None`` from :meth:`for_data_dir` when
    the device is not enrolled: it has no certificate from the hub to vouch for its key)."""

    def __init__(self, identity: Identity, certificate: Certificate, org_name: str):
        self.identity = identity
        self.certificate = certificate
        self.org_name = org_name

    @classmethod
    def for_data_dir(cls, data_dir: Path, org_name: str) -> "Issuer | None":
        identity = Identity(data_dir)
        cert = identity.certificate()
        return cls(identity, cert, org_name) if cert is not None else None

    def issue(self, name: str, module: str, date: str) -> tuple[str, str]:
        """The QR text and short code of one certificate."""
        payload = {"n": name, "m": module, "d": date, "o": self.org_name, "k": asdict(self.certificate)}
        body = canonical_json(payload)
        signature = self.identity.signing_key().sign(body).signature
        return f"{PREFIX}.{_b64(body)}.{_b64(signature)}", short_code(signature)


def trusted_hub_keys(data_dir: Path) -> list[str]:
    """The hub public keys this device knows (from its enrolment)."""
    path = Identity(data_dir).dir / "certificate.json"
    try:
        key = json.loads(path.read_text("utf-8")).get("hub_public_key", "")
    except (OSError, ValueError, AttributeError):
        return []
    return [key] if key else []


def verify(text: str, hub_keys: list[str]) -> Verified:
    """Check a certificate text; CertificateInvalid says what is wrong (code ``certificate.malformed``,
    ``certificate.tampered`` or ``certificate.unknown_issuer``)."""
    text = "".join(text.split())
    parts = text.split(".")
    if len(text) > MAX_TEXT or len(parts) != 3 or parts[0] != PREFIX:
        raise CertificateInvalid("This is not a PAN certificate code (it should start with PANC1.).",
                                 code="certificate.malformed")
    try:
        body, signature = _unb64(parts[1]), _unb64(parts[2])
        payload: dict[str, Any] = json.loads(body.decode("utf-8"))
        cert = Certificate(**payload["k"])
        device_key = VerifyKey(base64.b64decode(cert.public_key))
        fields = {k: str(payload[k]) for k in ("n", "m", "d", "o")}
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError, AttributeError):
        raise CertificateInvalid("The certificate code is damaged: part of it is missing or changed.",
                                 code="certificate.tampered") from None
    try:
        device_key.verify(body, signature)
    except (BadSignatureError, ValueError):
        raise CertificateInvalid("The certificate was changed after it was issued: its signature does not match.",
                                 code="certificate.tampered") from None
    if not _vouched(cert, hub_keys):
        raise CertificateInvalid(f"The issuer (device {cert.device_id[-12:]}) is not vouched for by a hub this computer "
                                 "knows: the certificate cannot be trusted.", code="certificate.unknown_issuer",
                                 device=cert.device_id[-12:])
    return Verified(fields["n"], fields["m"], fields["d"], fields["o"], cert.org_id, cert.device_id, short_code(signature))


def _vouched(cert: Certificate, hub_keys: list[str]) -> bool:
    for key in hub_keys:
        try:
            VerifyKey(base64.b64decode(key)).verify(cert.signed_bytes(), base64.b64decode(cert.signature))
            return True
        except (BadSignatureError, ValueError, binascii.Error):
            continue
    return False
