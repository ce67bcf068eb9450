"""HTTP calls to the hub: compressed bodies, byte counts, retries with backoff and jitter.

401/403/413/422 and protocol refusals are never retried: they raise :class:`HubRefused` at once.
Network failures and 5xx are retried a bounded number of times, then raise :class:`HubUnreachable`.
Once the hub's key is pinned (:meth:`HubClient.pin`), every answer must be signed by it for this call's
nonce and name the pinned hub id, or the call raises :class:`HubUnverified` (never retried, nothing of
it used). Answers are inflated here, at most ``MAX_BODY_BYTES``: a small compressed bomb never fills memory.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import ssl
import time
from dataclasses import dataclass
from typing import Any

import httpx

from pan_desktop.core.errors import PanError
from pan_desktop.core.shared import protocol as p
from pan_desktop.core.sync.hubproof import NONCE_HEADER, SIGNATURE_HEADER, answer_is_signed, new_nonce, verify_key

log = logging.getLogger(__name__)
ENCODING = "zstd"


class SyncError(PanError):
    """Sync could not finish; the message says why and what to do."""

    code = "sync.failed"


class HubUnreachable(SyncError):
    """The hub could not be reached (or kept failing); nothing was lost, try again later."""

    code = "sync.unreachable"


# The hub's refusal codes a person can act on, and the error code that says what to do.
REFUSALS = {"revoked": "sync.revoked", "bad_invite": "sync.bad_invite", "invite_used": "sync.bad_invite",
            "unknown_device": "sync.unknown_device", "device_revoked": "sync.device_revoked",
            "device_taken": "sync.device_taken", "cert_expired": "sync.cert_expired"}


class HubRefused(SyncError):
    """The hub answered with a refusal that retrying will not fix; ``hub_code`` is the hub's own code."""

    def __init__(self, status: int, hub_code: str, message: str):
        super().__init__(message, code=REFUSALS.get(hub_code, "sync.refused"))
        self.status, self.hub_code = status, hub_code


class HubUnverified(SyncError):
    """The answer was not signed by the hub this computer joined (an impostor at its address, or a
    proxy in the way): nothing of it was used."""

    code = "sync.hub_unverified"


class TooLarge(HubRefused):
    """413: the batch was too large; send a smaller one."""


@dataclass(frozen=True)
class ClientSettings:
    """Timeouts and retries of hub calls, declared once. Each can be overridden by an environment
    variable (``PAN_SYNC_TIMEOUT``, ``PAN_SYNC_ATTEMPTS``, ``PAN_SYNC_BACKOFF``), which tests use to
    make a subprocess give up quickly on a link they broke on purpose."""

    timeout: float = 30.0
    attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 8.0

    @classmethod
    def from_env(cls) -> "ClientSettings":
        base = cls()
        return cls(float(os.environ.get("PAN_SYNC_TIMEOUT", base.timeout)),
                   int(os.environ.get("PAN_SYNC_ATTEMPTS", base.attempts)),
                   float(os.environ.get("PAN_SYNC_BACKOFF", base.backoff)), base.max_backoff)


@functools.lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """Loading the CA bundle costs ~30 ms: do it once per process, not once per sync."""
    return httpx.create_ssl_context()


@dataclass
class Traffic:
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0


class HubClient:
    """One hub URL. ``timeout`` covers each request; ``attempts`` bounds the retries of one call.
    Unset arguments come from :meth:`ClientSettings.from_env`."""

    def __init__(self, url: str, timeout: float | None = None, attempts: int | None = None,
                 backoff: float | None = None, transport: httpx.BaseTransport | None = None):
        conf = ClientSettings.from_env()
        timeout = conf.timeout if timeout is None else timeout
        self.url = url.rstrip("/")
        self.attempts = conf.attempts if attempts is None else attempts
        self.backoff = conf.backoff if backoff is None else backoff
        self.max_backoff = conf.max_backoff
        self.traffic = Traffic()
        self.token: str | None = None
        self._pin: tuple | None = None
        self.verified = False  # an answer of this client has proved the pinned key
        self._http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), transport=transport,
                                  verify=_tls_context(), headers={"user-agent": "pan/1", "accept-encoding": "zstd, gzip", "accept": "*/*"})

    def close(self) -> None:
        self._http.close()

    def pin(self, hub_public_key: str, hub_id: str) -> None:
        """Accept from now on only answers signed by this hub key and naming ``hub_id``."""
        try:
            self._pin = (verify_key(hub_public_key), hub_id)
        except Exception as exc:  # noqa: BLE001 - a damaged key file: trust nothing
            raise HubUnverified("The hub key kept at enrolment is damaged; join the hub again.",
                                url=self.url) from exc

    def call(self, method: str, path: str, cls: Any, body: Any = None, auth: bool = False, retry: bool = True) -> Any:
        """Send ``body`` (a protocol object) and decode the answer as ``cls``."""
        content = p.encode_body(body, ENCODING) if body is not None else None
        headers = {}
        if content is not None:
            headers = {"content-type": "application/json", "content-encoding": ENCODING}
        if auth and self.token:
            headers["authorization"] = f"Bearer {self.token}"
        attempts = self.attempts if retry else 1
        for attempt in range(1, attempts + 1):
            headers[NONCE_HEADER] = new_nonce()
            try:
                return self._once(method, path, cls, content, headers)
            except (httpx.TransportError, _Retryable) as exc:
                if isinstance(exc, httpx.TimeoutException) and content is not None and len(content) > 4096:
                    raise _Timeout(str(exc)) from exc  # the engine shrinks the batch instead
                if attempt == attempts:
                    raise HubUnreachable(f"The hub at {self.url} could not be reached ({_describe(exc)}). "
                                         "Nothing was lost: your edits stay on this computer; sync again later.",
                                         code=unreachable_code(exc)) from exc
                delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
                log.info("sync %s %s failed (%s); retry %d in %.1fs", method, path, _describe(exc), attempt, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _once(self, method: str, path: str, cls: Any, content: bytes | None, headers: dict) -> Any:
        self.traffic.requests += 1
        with self._http.stream(method, self.url + path, content=content, headers=headers) as resp:
            wire = _read_capped(resp)
            self.traffic.bytes_up += len(content or b"") + _header_bytes(resp.request.headers)
            self.traffic.bytes_down += len(wire) + _header_bytes(resp.headers)
            if resp.status_code >= 500 or resp.status_code == 429:
                raise _Retryable(f"HTTP {resp.status_code}")
            try:
                raw = p.decompress(wire, resp.headers.get("content-encoding", ""))
            except p.BodyError as exc:
                if self._pin is not None:  # unsigned damage: nothing to trust, nothing to retry into
                    raise HubUnverified(f"The answer from {self.url} could not be read ({exc}).", url=self.url) from exc
                raise _Retryable(f"damaged answer: {exc}") from exc
            if self._pin is not None and resp.status_code != 413:  # a proxy's own 413 only halves the batch
                self._check_signature(method, path, resp, raw, headers[NONCE_HEADER])
            if resp.status_code >= 400:
                raise _refusal(resp.status_code, raw)
            try:
                answer = p.decode_body(cls, raw)
            except p.BodyError as exc:
                raise _Retryable(f"damaged answer: {exc}") from exc
            if self._pin is not None:
                hub_id = self._pin[1]
                named = answer.get("hub_id", hub_id) if isinstance(answer, dict) else getattr(answer, "hub_id", hub_id)
                if named != hub_id:
                    raise HubUnverified(f"The answer from {self.url} names another hub.", url=self.url)
                self.verified = True
            return answer

    def _check_signature(self, method: str, path: str, resp: httpx.Response, raw: bytes, nonce: str) -> None:
        key, hub_id = self._pin
        if not answer_is_signed(key, hub_id, nonce, method, path, resp.status_code, raw,
                                resp.headers.get(SIGNATURE_HEADER)):
            log.warning("sync: the answer of %s %s at %s is not signed by the pinned hub; refused", method, path, self.url)
            raise HubUnverified(f"The answer from {self.url} is not signed by the hub this computer joined: "
                                "nothing of it was used. Check the Internet connection (a public Wi-Fi may "
                                "put its own page in the way) or the hub address with the secretariat.", url=self.url)


def _read_capped(resp: httpx.Response, limit: int = p.MAX_BODY_BYTES) -> bytes:
    """The answer's bytes as they crossed the wire (still compressed), refused beyond ``limit``."""
    parts, size = [], 0
    for chunk in resp.iter_raw():
        size += len(chunk)
        if size > limit:
            raise _Retryable(f"the answer is larger than {limit} bytes")
        parts.append(chunk)
    return b"".join(parts)


class _Retryable(Exception):
    pass


class _Timeout(HubUnreachable):
    """A large request timed out (the engine retries it as a smaller batch)."""


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 20


def unreachable_code(exc: BaseException) -> str:
    """The error code saying why the hub could not be reached, read from the exception chain (the
    errno of the socket error, the TLS or name-lookup failure), so the window can word it without
    showing the raw text: ``sync.unreachable.{name,refused,timeout,tls,network}`` or ``sync.unreachable``."""
    import errno
    import socket

    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
            return "sync.unreachable.timeout"
        if isinstance(exc, ssl.SSLError):
            return "sync.unreachable.tls"
        if isinstance(exc, socket.gaierror):
            return "sync.unreachable.name"
        if isinstance(exc, ConnectionRefusedError) or getattr(exc, "errno", None) == errno.ECONNREFUSED:
            return "sync.unreachable.refused"
        if getattr(exc, "errno", None) in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
            return "sync.unreachable.network"
        text = str(exc)
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text:
            return "sync.unreachable.tls"
        if "Name or service not known" in text or "getaddrinfo" in text or "nodename nor servname" in text:
            return "sync.unreachable.name"
        if "Connection refused" in text or "[Errno 111]" in text or "WinError 10061" in text:
            return "sync.unreachable.refused"
        exc = exc.__cause__ or exc.__context__
    return "sync.unreachable"


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _refusal(status: int, raw: bytes) -> HubRefused:
    import json

    try:
        data = json.loads(raw)
        detail, code = data.get("detail"), data.get("code", "")
        if not isinstance(detail, str):
            detail, code = f"the hub did not accept the request ({json.dumps(detail)[:300]})", code or "invalid"
    except ValueError:
        detail, code = raw[:200].decode("utf-8", "replace") or f"HTTP {status}", ""
    cls = TooLarge if status == 413 else HubRefused
    return cls(status, code, f"The hub refused the request: {detail}.")
