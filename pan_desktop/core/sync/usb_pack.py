"""The ``.pansync`` file: sync entries carried on a USB stick (SYNC.md "USB sync packs").

A pack is a zip of three members:

- ``manifest.json`` — pack id, kind (``up``: device → hub, ``down``: hub → device), sender, recipient,
  hub id, epoch, the sender's pack number (it only grows), a summary, and the SHA-256 and size of the
  sealed payload;
- ``manifest.sig`` — the sender's Ed25519 signature over the manifest bytes (the sync identity keys:
  the device key the hub enrolled, the hub key the device pinned at enrolment);
- ``payload.sealed`` — the entries, compressed, in a NaCl sealed box to the recipient's key (the
  Curve25519 form of its Ed25519 key), because attendee lists hold names.

:func:`read_pack` checks everything — shape, sizes, recipient, signature, hash, decryption — before it
returns, so a caller that writes only after it has returned never writes from a damaged, forged or
foreign pack. Files are written to ``*.partial``, synced to disk and renamed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import SealedBox
from nacl.signing import SigningKey, VerifyKey

from pan_desktop.core.errors import PanError
from pan_desktop.core.files import write_atomic
from pan_desktop.core.shared import protocol as p

FORMAT = "pansync/1"
SUFFIX = ".pansync"
KINDS = ("up", "down")
MEMBERS = ("manifest.json", "manifest.sig", "payload.sealed")
MAX_MANIFEST = 64 * 1024
MAX_PAYLOAD = 256 * 1024 * 1024  # decompressed; a first pull of a large network stays well below
# A down-pack names each acknowledged edit by the start of its hash: enough to tell it from another edit
# with the same number (the pack itself is signed), a third of a pack's size less than whole hashes.
ACK_HASH_CHARS = 16


class PackError(PanError):
    """A ``.pansync`` file that cannot be used; nothing was changed. ``code`` says why."""

    code = "usb.damaged"


@dataclass
class Manifest:
    pack_id: str
    kind: str  # "up" or "down"
    sender: str  # a device id, or the hub id
    recipient: str  # the hub id, or a device id
    hub_id: str
    epoch: str
    number: int  # the sender's pack counter: a later pack has a larger number
    created_at: str
    payload_sha256: str = ""
    payload_size: int = 0
    summary: dict[str, int] = field(default_factory=dict)
    format: str = FORMAT

    def signed_bytes(self) -> bytes:
        return p.canonical_json(asdict(self))


def pack_path(path: Path) -> Path:
    """``path`` with the ``.pansync`` suffix (added when missing)."""
    path = Path(path)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def curve_public(verify_key_b64: str):
    """The Curve25519 public key (for sealing) of an Ed25519 public key given in base64."""
    return VerifyKey(base64.b64decode(verify_key_b64)).to_curve25519_public_key()


def write_pack(path: Path, manifest: Manifest, payload: dict[str, Any], sender_key: SigningKey,
               recipient_key_b64: str) -> int:
    """Seal ``payload`` to the recipient, sign the manifest and write the pack; returns its size in bytes."""
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    sealed = SealedBox(curve_public(recipient_key_b64)).encrypt(p.compress(raw, "zstd"))
    manifest.payload_sha256 = hashlib.sha256(sealed).hexdigest()
    manifest.payload_size = len(sealed)
    body = manifest.signed_bytes()
    signature = base64.b64encode(sender_key.sign(body).signature)
    buf = io.BytesIO()  # the sealed payload is in memory already; the zip adds a few hundred bytes
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("manifest.json", body)
        z.writestr("manifest.sig", signature)
        z.writestr("payload.sealed", sealed)
    return write_atomic(Path(path), buf.getvalue())


@dataclass
class OpenedPack:
    manifest: Manifest
    payload: dict[str, Any]


def read_pack(path: Path, kind: str, recipient: str, recipient_key: SigningKey,
              sender_key: Callable[[str], str]) -> OpenedPack:
    """Open and verify a pack meant for ``recipient``. ``sender_key(sender_id)`` returns the sender's
    Ed25519 public key (base64) or raises :class:`PackError` (unknown or revoked sender)."""
    members = _members(Path(path))
    try:
        data = json.loads(members["manifest.json"].decode("utf-8"))
        manifest = p.from_wire(Manifest, data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackError(f"{path} is not a PAN sync pack (its manifest cannot be read).", code="usb.not_a_pack",
                        file=str(path)) from exc
    if manifest.format != FORMAT or manifest.kind not in KINDS:
        raise PackError(f"{path} is a sync pack of a format this version does not read ({manifest.format}).",
                        code="usb.not_a_pack", file=str(path))
    if manifest.kind != kind:
        want = "from a device (made with 'pan-desktop sync export')" if kind == "up" else \
            "from the hub (made with 'pan-hub sync export')"
        raise PackError(f"This pack goes the other way: import a pack {want}.", code=f"usb.wrong_kind_{kind}")
    if manifest.recipient != recipient:
        raise PackError("This pack was made for another computer or hub; nothing was imported. "
                        "Ask for a pack made for this one.", code="usb.wrong_recipient")
    try:
        key = VerifyKey(base64.b64decode(sender_key(manifest.sender)))
        key.verify(members["manifest.json"], base64.b64decode(members["manifest.sig"], validate=True))
    except (BadSignatureError, ValueError) as exc:
        raise PackError("This pack's signature does not match its sender: it was changed or forged; nothing was "
                        "imported. Make a new pack.", code="usb.tampered") from exc
    if manifest.payload_sha256 != hashlib.sha256(members["payload.sealed"]).hexdigest():
        raise PackError("This pack's contents were changed after it was made; nothing was imported. Make a new pack.",
                        code="usb.tampered")
    try:
        compressed = SealedBox(recipient_key.to_curve25519_private_key()).decrypt(members["payload.sealed"])
        payload = json.loads(p.decompress(compressed, "zstd", MAX_PAYLOAD).decode("utf-8"))
    except p.BodyTooLarge as exc:
        raise PackError("This pack is too large to import.", code="usb.too_large") from exc
    except (CryptoError, p.BodyError, UnicodeDecodeError, ValueError) as exc:
        raise PackError("This pack cannot be opened with this computer's key; nothing was imported.",
                        code="usb.wrong_recipient") from exc
    if not isinstance(payload, dict) or payload.get("pack_id") != manifest.pack_id:
        raise PackError("This pack's contents do not belong to its manifest; nothing was imported.", code="usb.tampered")
    return OpenedPack(manifest, payload)


def _members(path: Path) -> dict[str, bytes]:
    """The three members, read with size limits (a zip bomb or a huge file is refused unread)."""
    if not path.is_file():
        raise PackError(f"There is no file {path}.", code="usb.no_file", file=str(path))
    try:
        with zipfile.ZipFile(path) as z:
            infos = {i.filename: i for i in z.infolist()}
            if set(infos) != set(MEMBERS):
                raise PackError(f"{path} is not a PAN sync pack.", code="usb.not_a_pack", file=str(path))
            limits = {"manifest.json": MAX_MANIFEST, "manifest.sig": 1024, "payload.sealed": MAX_PAYLOAD}
            out = {}
            for name, limit in limits.items():
                if infos[name].file_size > limit:
                    raise PackError("This pack is too large to import.", code="usb.too_large")
                with z.open(name) as f:
                    out[name] = f.read(limit + 1)
                if len(out[name]) > limit:
                    raise PackError("This pack is too large to import.", code="usb.too_large")
            return out
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError) as exc:
        if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile) and not path.exists():
            raise PackError(f"There is no file {path}.", code="usb.no_file", file=str(path)) from exc
        raise PackError(f"{path} is damaged or not a PAN sync pack (copy it again from the stick).",
                        code="usb.not_a_pack", file=str(path)) from exc


__all__ = ["FORMAT", "SUFFIX", "Manifest", "OpenedPack", "PackError", "pack_path", "read_pack", "write_pack"]
