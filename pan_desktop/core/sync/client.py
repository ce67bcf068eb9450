"""HTTP calls to the hub: compressed bodies, byte counts, retries with backoff and jitter.

401/403/413/422 and protocol refusals are never retried: they raise :class:`HubRefused` at once.
Network failures and 5xx are retried a bounded number of times, then raise :class:`HubUnreachable`.
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
            "unknown_device": "sync.unknown_device"}


class HubRefused(SyncError):
    """The hub answered with a refusal that retrying will not fix; ``hub_code`` is the hub's own code."""

    def __init__(self, status: int, hub_code: str, message: str):
        super().__init__(message, code=REFUSALS.get(hub_code, "sync.refused"))
        self.status, self.hub_code = status, hub_code


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
        self._http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), transport=transport,
                                  verify=_tls_context(), headers={"user-agent": "pan/1", "accept-encoding": "zstd, gzip", "accept": "*/*"})

    def close(self) -> None:
        self._http.close()

    def raw(self, method: str, path: str, stream: bool = False, headers: dict | None = None, **kw):
        """One request with this client's token whose answer is bytes, not a protocol body (photo
        attachments): an ``httpx.Response``, or with ``stream`` a context manager yielding one. Not retried."""
        headers = {**(headers or {}), **({"authorization": f"Bearer {self.token}"} if self.token else {})}
        send = self._http.stream if stream else self._http.request
        return send(method, self.url + path, headers=headers, **kw)

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
            try:
                return self._once(method, path, cls, content, headers)
            except (httpx.TransportError, _Retryable) as exc:
                if isinstance(exc, httpx.TimeoutException) and content is not None and len(content) > 4096:
                    raise _Timeout(str(exc)) from exc  # the engine shrinks the batch instead
                if attempt == attempts:
                    raise HubUnreachable(f"The hub at {self.url} could not be reached ({_describe(exc)}). "
                                         "Nothing was lost: your edits stay on this computer; sync again later.") from exc
                delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
                log.info("sync %s %s failed (%s); retry %d in %.1fs", method, path, _describe(exc), attempt, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _once(self, method: str, path: str, cls: Any, content: bytes | None, headers: dict) -> Any:
        self.traffic.requests += 1
        with self._http.stream(method, self.url + path, content=content, headers=headers) as resp:
            raw = resp.read()  # httpx already removed gzip/zstd; count what crossed the wire
            wire = int(resp.headers.get("content-length") or len(raw))
            self.traffic.bytes_up += len(content or b"") + _header_bytes(resp.request.headers)
            self.traffic.bytes_down += wire + _header_bytes(resp.headers)
            if resp.status_code >= 500 or resp.status_code == 429:
                raise _Retryable(f"HTTP {resp.status_code}")
            if resp.status_code >= 400:
                raise _refusal(resp.status_code, raw)
            try:
                return p.decode_body(cls, raw)
            except p.BodyError as exc:
                raise _Retryable(f"damaged answer: {exc}") from exc


class _Retryable(Exception):
    pass


class _Timeout(HubUnreachable):
    """A large request timed out (the engine retries it as a smaller batch)."""


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 20


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
