"""The sync wire format (SYNC.md "Wire"), shared by the device and the hub.

Plain dataclasses, so the desktop side needs neither FastAPI nor pydantic; the hub hands the same
classes to FastAPI, which validates them and documents them in its OpenAPI schema. Every message is a
JSON object, so a batch written to a file (a USB sync pack) is the same bytes as one sent over HTTP.
Bodies travel gzip- or zstd-compressed; :func:`decode_body` enforces a maximum decompressed size.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import io
import json
import typing
import zlib
from dataclasses import dataclass, field
from typing import Annotated, Any

PROTOCOL_VERSION = 1
MAX_BODY_BYTES = 16 * 1024 * 1024
ROLES = ("viewer", "contributor", "secretariat")
KINDS = ("create", "update", "delete", "resolve")
RESULTS = ("applied", "duplicate", "held", "quarantined", "mismatch")
PUBLIC_ORG = "public"
LOCAL_ORG = "local"
CONFLICTS_TABLE = "conflicts"


class _Constraints:
    """Constraints the hub's validator (pydantic, through FastAPI) applies to a field and writes into the
    OpenAPI document; the desktop never imports pydantic and ``from_wire`` ignores them (it already takes
    only integers for an ``int``)."""

    def __init__(self, **constraints: Any):
        self.constraints = constraints

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> dict[str, Any]:
        schema = {**handler(source), **self.constraints}
        if schema.get("type") == "int" and schema.get("strict"):
            # JSON Schema counts 5.0 as an integer: take it as 5, but never true or "5"
            return {"type": "function-before", "function": {"type": "no-info", "function": _whole_number}, "schema": schema}
        return schema


def _whole_number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


# A JSON integer only: by default the hub would also take true as 1 or "5" as 5.
WireInt = Annotated[int, _Constraints(strict=True)]
# Ed25519 in standard base64: a public key is 32 bytes, a signature 64.
Ed25519Key = Annotated[str, _Constraints(pattern=r"^[A-Za-z0-9+/]{43}=$")]
Ed25519Signature = Annotated[str, _Constraints(pattern=r"^[A-Za-z0-9+/]{86}==$")]
Ed25519SignatureOrNone = Annotated[str, _Constraints(pattern=r"^([A-Za-z0-9+/]{86}==)?$")]  # "" for none
# A device id: a UUID in its canonical lower-case text, as core.ids.uuid7 makes it.
DeviceId = Annotated[str, _Constraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
# A sequence number the hub stores as a 64-bit integer.
SeqInt = Annotated[int, _Constraints(strict=True, le=2**63 - 1)]


def _text(max_length: int) -> Any:
    """Text of at most ``max_length`` characters; any length bound also makes pydantic refuse a string
    that is not valid Unicode (a lone surrogate), which the database could not store."""
    return Annotated[str, _Constraints(max_length=max_length)]


class BodyError(ValueError):
    """A body that cannot be decoded: unknown encoding, corrupt, too large, or not the expected JSON."""


class BodyTooLarge(BodyError):
    """A body larger than allowed, on the wire or once decompressed."""


# -- enrolment and tokens ----------------------------------------------------------------------------
@dataclass
class EnrolRequest:
    code: _text(64)
    device_id: DeviceId
    public_key: Ed25519Key
    label: _text(1000) = ""  # the hub keeps the first 200 characters
    first_seq: SeqInt = 1  # the lowest device_seq this install will push
    proof: Ed25519SignatureOrNone = ""  # device's signature over :func:`enrol_proof_bytes` (protocol 1, added)


def enrol_proof_bytes(code: str, device_id: str, public_key: str) -> bytes:
    """What a device signs when it enrols: the hub lets an invite re-enrol an existing device id only
    with this proof made by that device's current key (an invite never takes a device id over)."""
    return f"pan-enrol/1\n{code.strip().upper()}\n{device_id}\n{public_key}".encode("utf-8")


@dataclass
class Certificate:
    """What the hub vouches for: this device key belongs to ``org_id`` with ``role`` until ``expires``."""

    device_id: str
    public_key: str
    org_id: str
    role: str
    hub_id: str
    issued: str
    expires: str
    signature: str = ""  # hub's Ed25519 signature over :meth:`signed_bytes`, base64

    def signed_bytes(self) -> bytes:
        body = {k: v for k, v in dataclasses.asdict(self).items() if k != "signature"}
        return canonical_json(body)


@dataclass
class EnrolResponse:
    certificate: Certificate
    hub_public_key: str
    hub_id: str
    epoch: str
    org_name: str = ""
    server_time_ms: int = 0


@dataclass
class Challenge:
    challenge: str
    hub_id: str
    epoch: str


@dataclass
class TokenRequest:
    device_id: DeviceId
    challenge: _text(256)
    signature: Ed25519Signature  # device's Ed25519 signature over the challenge text


@dataclass
class TokenResponse:
    token: str
    expires_in: int
    hub_id: str
    epoch: str
    server_time_ms: int = 0


# -- push ----------------------------------------------------------------------------------------------
@dataclass
class Entry:
    """One outbox entry. ``fields`` maps a field name to ``{"old": ..., "new": ...}``; a ``resolve``
    entry names a conflict in ``id`` and carries ``{"resolution": {"old": null, "new": CHOICE}}``."""

    device_seq: WireInt
    kind: str
    table: str
    id: str
    org: str
    base_rev: WireInt
    fields: dict[str, Any]
    hlc: str
    user: str = ""
    visibility: str = ""  # creates only: read from the row when sent, so not part of the hash

    def content_hash(self) -> str:
        """The hash the ledger compares: the same as the device's ``OutboxEntry.hash``."""
        return entry_hash(self.kind, self.table, self.id, self.org, self.base_rev, self.fields, self.hlc, self.user)


@dataclass
class EntryResult:
    device_seq: int
    status: str  # one of RESULTS
    reason: str = ""


@dataclass
class PullRequest:
    cursors: dict[str, WireInt] = field(default_factory=dict)  # org id -> last server_seq applied
    hwm: WireInt = 0  # 0 on the first page; then the high-water mark the hub gave
    limit: WireInt = 500


@dataclass
class Row:
    """A whole record as the hub holds it."""

    table: str
    id: str
    org: str
    visibility: str
    rev: int
    server_seq: int
    updated_hlc: str
    updated_by: str
    field_revs: dict[str, Any]
    deleted: bool
    created_at: str
    updated_at: str
    data: dict[str, Any]


@dataclass
class ConflictRow:
    """A true concurrent edit: ``kept`` won, ``other`` lost (kept here so nothing is lost)."""

    id: str
    table: str
    record_id: str
    field: str
    base: Any
    kept: Any
    other: Any
    kept_by: str
    kept_hlc: str
    other_by: str
    other_hlc: str
    org: str
    visibility: str
    created_at: str
    server_seq: int
    resolution: str = ""  # "" while open; keep | use_other | value
    resolved_by: str = ""
    resolved_at: str = ""


@dataclass
class PullPage:
    rows: list[Row]
    conflicts: list[ConflictRow]
    cursors: dict[str, int]
    has_more: bool
    hwm: int


@dataclass
class PushRequest:
    entries: list[Entry] = field(default_factory=list)
    pull: PullRequest | None = None


@dataclass
class PushResponse:
    results: list[EntryResult]
    device_high: int  # highest device_seq the hub has recorded for this device
    hub_id: str
    epoch: str
    server_time_ms: int
    page: PullPage | None = None


@dataclass
class ScopeDigest:
    count: WireInt
    checksum: str


@dataclass
class VerifyRequest:
    scopes: dict[str, ScopeDigest]


@dataclass
class VerifyResponse:
    repair: list[str]  # org ids whose rows differ: pull them again from cursor 0
    hub_id: str
    epoch: str


# -- encoding ------------------------------------------------------------------------------------------
def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def entry_hash(kind: str, table: str, record_id: str, org: str, base_rev: int, fields: dict[str, Any], hlc: str,
               user: str) -> str:
    """SHA-256 of an edit's content (everything but its number, status and visibility). The device stores
    it with the outbox entry and the hub's ledger compares it, so both build it here and only here."""
    content = {"kind": kind, "table_name": table, "record_id": record_id, "org_id": org, "base_rev": base_rev,
               "fields": fields, "hlc": hlc, "user": user}
    return hashlib.sha256(canonical_json(content)).hexdigest()


def scope_digest(lines: list[str]) -> ScopeDigest:
    """Count and checksum of ``table/id/rev`` lines; the device and the hub compute it alike."""
    h = hashlib.sha256()
    for line in sorted(lines):
        h.update(line.encode("utf-8") + b"\n")
    return ScopeDigest(len(lines), h.hexdigest())


def scope_key(org_id: str, visibility: str, role: str) -> str:
    """The cursor key a row belongs to for a device with ``role``: ``net`` for rows every device reads,
    else the org id (``*`` for the secretariat, which reads every org's private rows)."""
    if visibility in ("network", "public") or org_id == PUBLIC_ORG:
        return "net"
    return "*" if role == "secretariat" else org_id


def to_wire(obj: Any) -> Any:
    """A dataclass (or list/dict of them) as JSON-ready data."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_wire(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_wire(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_wire(v) for k, v in obj.items()}
    return obj


def from_wire(cls: Any, data: Any) -> Any:
    """Build ``cls`` (a dataclass, list[...], dict[...] or plain type) from JSON data; unknown keys are
    ignored so a newer peer can add fields. Raises :class:`BodyError` on a shape mismatch."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        args = [a for a in typing.get_args(cls) if a is not type(None)]
        return None if data is None else from_wire(args[0], data)
    if origin is list:
        if not isinstance(data, list):
            raise BodyError(f"expected a list, got {type(data).__name__}")
        (item,) = typing.get_args(cls)
        return [from_wire(item, v) for v in data]
    if origin is dict:
        if not isinstance(data, dict):
            raise BodyError(f"expected an object, got {type(data).__name__}")
        _, value = typing.get_args(cls)
        return {str(k): from_wire(value, v) for k, v in data.items()}
    if dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise BodyError(f"expected an object for {cls.__name__}")
        hints = _type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = from_wire(hints[f.name], data[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise BodyError(f"{cls.__name__}: missing '{f.name}'")
        return cls(**kwargs)
    if cls is Any:
        return data
    if cls is int and isinstance(data, int) and not isinstance(data, bool):
        return data
    if cls is bool and isinstance(data, bool):
        return data
    if cls is str and isinstance(data, str):
        return data
    raise BodyError(f"expected {getattr(cls, '__name__', cls)}, got {type(data).__name__}")


@functools.lru_cache(maxsize=None)
def _type_hints(cls: type) -> dict[str, Any]:
    """A dataclass's resolved field types: resolving them costs more than building the object."""
    return typing.get_type_hints(cls)


def encode_body(obj: Any, encoding: str = "gzip") -> bytes:
    """JSON bytes of ``obj`` compressed with ``encoding`` (gzip, zstd or identity)."""
    return compress(json.dumps(to_wire(obj), ensure_ascii=False, separators=(",", ":")).encode("utf-8"), encoding)


def compress(raw: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        return gzip.compress(raw, compresslevel=6, mtime=0)
    if encoding == "zstd":
        import zstandard

        return zstandard.ZstdCompressor(level=6).compress(raw)
    if encoding in ("", "identity"):
        return raw
    raise BodyError(f"unknown content encoding '{encoding}'")


def decompress(data: bytes, encoding: str, max_size: int = MAX_BODY_BYTES) -> bytes:
    """Decompressed bytes; refuses more than ``max_size`` (a zip bomb never fills memory)."""
    encoding = (encoding or "identity").strip().lower()
    try:
        if encoding in ("", "identity"):
            out = data
        elif encoding == "gzip":
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out = d.decompress(data, max_size + 1)
            if len(out) <= max_size and not d.eof:
                raise BodyError("the compressed body is truncated")
        elif encoding == "zstd":
            import zstandard

            with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as r:
                out = r.read(max_size + 1)
        else:
            raise BodyError(f"unknown content encoding '{encoding}'")
    except (zlib.error, EOFError, OSError) as exc:
        raise BodyError(f"the body is not valid {encoding} data ({exc})") from exc
    except Exception as exc:  # zstandard.ZstdError has no stable import path across versions
        if isinstance(exc, BodyError):
            raise
        raise BodyError(f"the body is not valid {encoding} data ({exc})") from exc
    if len(out) > max_size:
        raise BodyTooLarge(f"the body is larger than {max_size} bytes once decompressed")
    return out


def decode_body(cls: Any, data: bytes, encoding: str = "identity", max_size: int = MAX_BODY_BYTES) -> Any:
    """Decompress, parse JSON and build ``cls``; :class:`BodyError` on any problem."""
    raw = decompress(data, encoding, max_size)
    try:
        parsed = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BodyError(f"the body is not JSON ({exc})") from exc
    return from_wire(cls, parsed)
