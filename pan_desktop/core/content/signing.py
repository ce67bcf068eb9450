"""Ed25519 keys of the content repository, through PyNaCl (libsodium), which the app already ships for sync.

securesystemslib verifies Ed25519 with pyca/cryptography when that is installed and otherwise with a
pure-Python fallback (about 20 ms a signature); :func:`use_nacl_keys` registers :class:`NaclKey` for the
``ed25519`` key type, so TUF verifies with libsodium (about 0.3 ms) and the bundle needs no
cryptography. :class:`NaclSigner` signs on the hub; a private key file is JSON holding the 32-byte seed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.signing
from securesystemslib.exceptions import UnverifiedSignatureError
from securesystemslib.formats import encode_canonical
from securesystemslib.signer import KEY_FOR_TYPE_AND_SCHEME, Key, Signature, Signer, SSlibKey

ED25519 = "ed25519"


class NaclKey(SSlibKey):
    """An Ed25519 public key verified by libsodium. A malformed or wrong signature is "not signed"."""

    def verify_signature(self, signature: Signature, data: bytes) -> None:
        try:
            if signature.keyid != self.keyid:
                raise ValueError("key id mismatch")
            verify_key = nacl.signing.VerifyKey(bytes.fromhex(self.keyval["public"]))
            verify_key.verify(data, bytes.fromhex(signature.signature))
        except (ValueError, TypeError, KeyError, nacl.exceptions.CryptoError) as exc:
            raise UnverifiedSignatureError(f"signature by {self.keyid} does not verify") from exc


def use_nacl_keys() -> None:
    """Verify Ed25519 metadata signatures with :class:`NaclKey` in this process (idempotent)."""
    KEY_FOR_TYPE_AND_SCHEME[(ED25519, ED25519)] = NaclKey


def public_key(verify_key: nacl.signing.VerifyKey) -> NaclKey:
    """The TUF key of an Ed25519 public key; its id is the SHA-256 of the key's canonical JSON."""
    keyval = {"public": verify_key.encode().hex()}
    body = {"keytype": ED25519, "scheme": ED25519, "keyval": keyval}
    keyid = hashlib.sha256(encode_canonical(body).encode("utf-8")).hexdigest()
    return NaclKey(keyid, ED25519, ED25519, keyval)


class NaclSigner(Signer):
    """Signs TUF metadata with an Ed25519 private key held in memory."""

    def __init__(self, signing_key: nacl.signing.SigningKey):
        self._signing_key = signing_key
        self._public = public_key(signing_key.verify_key)

    @classmethod
    def generate(cls) -> NaclSigner:
        return cls(nacl.signing.SigningKey.generate())

    @classmethod
    def from_priv_key_uri(cls, priv_key_uri: str, public_key: Key, secrets_handler=None) -> NaclSigner:
        raise ValueError("PAN keys are read from key files, not from key URIs")

    @property
    def public_key(self) -> NaclKey:
        return self._public

    def sign(self, payload: bytes) -> Signature:
        signature = self._signing_key.sign(payload).signature
        return Signature(self._public.keyid, signature.hex())

    # -- key files --------------------------------------------------------------------------------
    def save(self, path: Path, role: str) -> None:
        """Write the private key to a new file readable by this account only (0600 from the start)."""
        data: dict[str, Any] = {"role": role, "keytype": ED25519, "keyid": self._public.keyid,
                                "public": self._public.keyval["public"], "seed": self._signing_key.encode().hex()}
        path = Path(path)
        tmp = path.with_name(path.name + ".partial")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> tuple[NaclSigner, str]:
        """``(signer, role)`` from a key file written by :meth:`save`; ValueError when it is not one."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            signer = cls(nacl.signing.SigningKey(bytes.fromhex(data["seed"])))
            role = data["role"]
        except (KeyError, TypeError, ValueError, nacl.exceptions.CryptoError) as exc:
            raise ValueError(f"{path} is not a PAN content key file") from exc
        if signer.public_key.keyid != data.get("keyid"):
            raise ValueError(f"{path} is damaged: its key does not match its key id")
        return signer, str(role)
