"""The device's sync identity in the data dir: its Ed25519 key, the hub's certificate, the cached token.

Files live in ``<data dir>/sync/``; the private key is written owner-only and replaced atomically.
"""

from __future__ import annotations

import base64
import json
import os
import time
from pathlib import Path

from nacl.signing import SigningKey, VerifyKey

from pan_desktop.core.files import write_atomic
from pan_desktop.core.shared.protocol import Certificate, EnrolRequest, enrol_proof_bytes, from_wire, to_wire

SYNC_DIR = "sync"


def _write_private(path: Path, data: bytes) -> None:
    # A sync and the Sync page's first-pull question may save a token at once: write_atomic gives each
    # writer a temporary of its own.
    write_atomic(path, data, private=True)


def private_dir(path: Path) -> None:
    """Make ``path`` (owner-only where the file system keeps POSIX modes: not on FAT sticks or Windows)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:  # a file system without modes
        pass


def signed_enrol_request(key: SigningKey, code: str, device_id: str, label: str, first_seq: int) -> EnrolRequest:
    """The enrolment request of ``device_id`` with ``key``, carrying the proof of that key (online and by file)."""
    public = base64.b64encode(bytes(key.verify_key)).decode()
    proof = base64.b64encode(key.sign(enrol_proof_bytes(code, device_id, public)).signature).decode()
    return EnrolRequest(code.strip(), device_id, public, label, first_seq, proof)


class Identity:
    def __init__(self, data_dir: Path):
        self.dir = Path(data_dir) / SYNC_DIR

    @property
    def key_path(self) -> Path:
        return self.dir / "device.key"

    def signing_key(self) -> SigningKey:
        """This install's key, made on first use."""
        private_dir(self.dir)
        if self.key_path.exists():
            return SigningKey(base64.b64decode(self.key_path.read_bytes()))
        key = SigningKey.generate()
        _write_private(self.key_path, base64.b64encode(bytes(key)))
        return key

    def public_key(self) -> str:
        return base64.b64encode(bytes(self.signing_key().verify_key)).decode()

    def sign(self, text: str) -> str:
        return self.sign_bytes(text.encode())

    def sign_bytes(self, data: bytes) -> str:
        return base64.b64encode(self.signing_key().sign(data).signature).decode()

    def replace_key(self, key: SigningKey) -> None:
        """Use ``key`` from now on (a new device identity after revocation); the old token goes."""
        private_dir(self.dir)
        _write_private(self.key_path, base64.b64encode(bytes(key)))
        self.forget_token()

    # -- certificate ----------------------------------------------------------------------------------
    def save_certificate(self, cert: Certificate, hub_public_key: str) -> None:
        """Check the hub's signature and that the certificate is for this key, then keep it."""
        VerifyKey(base64.b64decode(hub_public_key)).verify(cert.signed_bytes(), base64.b64decode(cert.signature))
        if cert.public_key != self.public_key():
            raise ValueError("the certificate is for another device key")
        data = {"certificate": to_wire(cert), "hub_public_key": hub_public_key}
        _write_private(self.dir / "certificate.json", json.dumps(data, indent=2).encode())

    def _certificate_file(self) -> dict | None:
        path = self.dir / "certificate.json"
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def certificate(self) -> Certificate | None:
        data = self._certificate_file()
        if data is None or "certificate" not in data:
            return None
        return from_wire(Certificate, data["certificate"])

    def hub_public_key(self) -> str | None:
        """The hub's signing key pinned at enrolment (base64), or None when there is none."""
        data = self._certificate_file()
        key = data.get("hub_public_key") if data else None
        return key if isinstance(key, str) else None

    # -- token ----------------------------------------------------------------------------------------
    def cached_token(self) -> str | None:
        path = self.dir / "token.json"
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data["token"] if data.get("expires", 0) > time.time() + 30 else None

    def save_token(self, token: str, expires_in: int) -> None:
        _write_private(self.dir / "token.json", json.dumps({"token": token, "expires": time.time() + expires_in}).encode())

    def forget_token(self) -> None:
        (self.dir / "token.json").unlink(missing_ok=True)
