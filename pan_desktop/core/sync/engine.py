"""One sync run, as a bounded loop of push+pull exchanges (SYNC.md "Wire").

Each exchange sends up to ``batch`` outbox entries with the pull cursors and gets back a result per
entry and a page of rows; the answer is applied in one local transaction. Batches start at 50 and
double up to 500 while requests succeed, and halve on a timeout or 413. Only one run at a time per
data dir (a lock file). A run that makes no progress for several exchanges stops and says so.

A run moves through named stages (:class:`~pan_desktop.core.sync.status.Stage`: push, pull, apply,
verify; enrolment is its own), reported as progress; when it ends, its last stage, outcome and error
(code and params) are stored with the hub link, so the Sync page can say where a sync stopped and
what to do.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout
from nacl.signing import SigningKey

from pan_desktop.core.db import Database
from pan_desktop.core.errors import Interrupted, PanError
from pan_desktop.core.ids import uuid7
from pan_desktop.core.models import DeviceState, SyncLink
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import (
    HubClient, HubRefused, HubUnreachable, HubUnverified, SyncError, TooLarge, _Timeout,
)
from pan_desktop.core.sync.faults import fault_point
from pan_desktop.core.sync.identity import Identity, signed_enrol_request
from pan_desktop.core.sync.status import Outcome, Stage
from pan_desktop.core.shared.protocol import (
    Certificate, Challenge, EnrolResponse, PullRequest, PushRequest, PushResponse, TokenRequest, TokenResponse,
    VerifyRequest, VerifyResponse,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
FIRST_BATCH, MAX_BATCH = 50, 500
PAGE_ROWS = int(os.environ.get("PAN_SYNC_PAGE_ROWS", "500"))  # rows per pull page (tests use small pages)
MAX_EXCHANGES = 10_000
NO_PROGRESS_LIMIT = 3
MAX_NEW_EPOCHS = 2  # a hub restored twice during one run is odd; more would be a loop
# A pull that would delete more than this many live records, and more than this share of them, stops
# and asks first (SYNC.md "a mass delete arriving"): a mistaken bulk delete elsewhere, or a damaged
# hub, must not empty every laptop in the network before anyone notices.
MASS_DELETE_MIN, MASS_DELETE_SHARE = 20, 0.25
VERIFY_EVERY = timedelta(days=1)
RENEW_BEFORE = timedelta(days=30)  # the hub's RENEW_DAYS


@dataclass
class SyncReport:
    """What one run did; ``as_json`` is the shape ``pan-desktop sync now --json`` prints."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    held: int = 0
    quarantined: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    requests: int = 0
    repaired: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("pushed", "pulled", "conflicts", "held", "quarantined", "bytes_up", "bytes_down")}


@dataclass
class Progress:
    """Shown by the UI while a run goes on (written by the worker, read on a timer)."""

    stage: str = ""
    pushed: int = 0
    pulled: int = 0
    pending: int = 0
    bytes_up: int = 0
    bytes_down: int = 0


class MassDeleteHeld(SyncError):
    """A pull would delete many records here; nothing of it was applied. ``deleting`` of ``live``."""

    code = "sync.deletions_held"

    def __init__(self, deleting: int, live: int):
        super().__init__(
            f"Sync stopped before deleting anything: the hub's changes would delete {deleting} of the "
            f"{live} records on this computer. If that is expected (someone cleaned up on purpose), run "
            "the sync again and confirm the deletions (pan-desktop sync now --confirm-deletes); "
            "otherwise ask the secretariat first. Your records and edits are untouched.", deleting=deleting, live=live)
        self.deleting, self.live = deleting, live


class SyncLock:
    """An exclusive lock file in the data dir (``filelock``); a second run (thread or process) is refused
    at once. The operating system releases it when the process dies."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = FileLock(path)

    def __enter__(self) -> "SyncLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise SyncError("A sync is already running on this computer; wait for it to finish.", code="sync.busy") from None
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()


class SyncEngine:
    """Enrol and sync one data dir (``db`` and the ``data_dir`` holding the device's keys). Runs on a
    worker thread or in the CLI; never touches the UI.

    ``progress`` is called with a :class:`Progress` after each exchange; ``cancelled`` is polled and
    stops the run between exchanges (what was applied stays applied). ``run_write(fn)`` runs each
    database write ``fn`` and returns its result: the window passes one that runs it on its single
    write thread; by default it runs here.
    """

    def __init__(self, db: Database, data_dir: Path, device_id: str,
                 client_factory: Callable[[str], HubClient] = HubClient,
                 progress: Callable[[Progress], None] | None = None, cancelled: Callable[[], bool] | None = None,
                 run_write: Callable[[Callable[[], T]], T] | None = None):
        self.db = db
        self.device_id = self._stored_device_id() or device_id  # a re-join after revocation changes it
        self.identity = Identity(data_dir)
        self.client_factory = client_factory
        self.progress = progress or (lambda _p: None)
        self.cancelled = cancelled or (lambda: False)
        self.run_write = run_write or (lambda fn: fn())
        self._prog = Progress()

    def _at(self, stage: str) -> None:
        """The run has reached ``stage``: say so (the UI shows it; a failure is stored with it)."""
        if self._prog.stage != stage:
            self._prog.stage = stage
            self.progress(self._prog)

    @property
    def lock_path(self) -> Path:
        return self.identity.dir / "sync.lock"

    def link(self) -> SyncLink | None:
        with self.db.session() as s:
            return local.get_link(s)

    def _stored_device_id(self) -> str:
        with self.db.session() as s:
            state = s.get(DeviceState, 1)
            return state.device_id if state is not None else ""

    # -- enrolment ------------------------------------------------------------------------------------
    def enrol(self, hub_url: str, code: str, label: str = "", insecure_http: bool = False) -> SyncLink:
        """Join the hub with an invite code: key pair, certificate, org; local records take the org.
        The hub's key in the answer is pinned: from then on only answers it signed are used. An
        ``http://`` address is refused (anyone on the way could pose as the hub) unless it is this
        computer's own (loopback) or ``insecure_http`` says the person accepts the risk."""
        self._prog = Progress()
        self._at(Stage.ENROL)
        hub_url = checked_url(hub_url, insecure_http)
        with self.db.session() as s:
            first = local.first_unsent_seq(s)
        try:
            resp = self._enrol_call(hub_url, code, label, first, self.device_id, self.identity.signing_key())
        except HubRefused as exc:
            if exc.hub_code != "device_revoked":
                raise
            # Revocation ended this device id: a new invite joins as a new device (new id and key),
            # kept only once the hub accepted it.
            new_id, new_key = uuid7(), SigningKey.generate()
            resp = self._enrol_call(hub_url, code, label, first, new_id, new_key)
            self._adopt_device_identity(new_id, new_key)
        return self.adopt_enrolment(resp, hub_url, first)

    def adopt_enrolment(self, resp: EnrolResponse, hub_url: str, first: int) -> SyncLink:
        """Keep the hub's answer to an enrolment (online or by file): check and keep the certificate, pin
        the hub's key and id, and link this install to the hub's org."""
        try:
            self.identity.save_certificate(resp.certificate, resp.hub_public_key)
        except Exception as exc:  # bad signature or another key: refuse the answer
            raise SyncError(f"The hub's answer could not be trusted ({exc}); check the hub address.",
                            code="sync.untrusted") from exc
        cert = resp.certificate

        def save_link() -> None:
            with self.db.write() as s:
                link = local.get_link(s)
                if link is None:
                    link = SyncLink(id=1, cursors={}, device_high=first - 1, last_sync_at="", last_verify_at="",
                                    last_error="", last_report={})
                    s.add(link)
                elif link.hub_id != resp.hub_id or link.org_id != cert.org_id or link.role != cert.role:
                    link.cursors, link.last_verify_at = {}, ""
                link.hub_url, link.hub_id, link.epoch = (hub_url or link.hub_url or "").rstrip("/"), resp.hub_id, resp.epoch
                link.org_id, link.org_name, link.role, link.enrolled_at = cert.org_id, resp.org_name, cert.role, utcnow()
                ChangeWriter(s).adopt_org(cert.org_id)

        self.run_write(save_link)
        self.identity.forget_token()
        return self.link()

    def _enrol_call(self, hub_url: str, code: str, label: str, first: int, device_id: str,
                    key: SigningKey) -> EnrolResponse:
        client = self.client_factory(hub_url)
        try:
            req = signed_enrol_request(key, code, device_id, label, first)
            return client.call("POST", "/v1/enrol", EnrolResponse, req)
        finally:
            client.close()

    def _adopt_device_identity(self, device_id: str, key: SigningKey) -> None:
        """This install is now ``device_id`` with ``key`` (the hub ended the old id by revocation)."""

        def save() -> None:
            with self.db.write() as s:
                s.get(DeviceState, 1).device_id = device_id

        self.run_write(save)
        self.identity.replace_key(key)
        log.warning("this device's old id was revoked at the hub; it joined again as %s", device_id)
        self.device_id = device_id

    def set_url(self, url: str, insecure_http: bool = False) -> SyncLink:
        """Move to the hub's new address: accepted only when the hub there proves the pinned key."""
        link = self.link()
        if link is None:
            raise SyncError("This computer has not joined a hub yet.", code="sync.not_enrolled")
        url = checked_url(url, insecure_http)
        client = self.pinned_client(link, url)
        try:
            client.call("GET", "/v1/hub", Any, retry=False)
        finally:
            client.close()

        def save() -> None:
            with self.db.write() as s:
                local.get_link(s).hub_url = url

        self.run_write(save)
        return self.link()

    def first_pull_size(self) -> tuple[int, int]:
        """Rows and compressed bytes, roughly, of a first pull (the hub tells only enrolled devices)."""
        link = self.link()
        if link is None:
            raise SyncError("This computer has not joined a hub yet.", code="sync.not_enrolled")
        client = self.pinned_client(link)
        try:
            self._authenticate(client)
            info = client.call("GET", "/v1/hub", Any, auth=True, retry=False)
        finally:
            client.close()
        return int(info.get("rows", 0)), int(info.get("first_pull_bytes", 0))

    # -- a run ----------------------------------------------------------------------------------------
    def run(self, deadline_s: float = 600.0, confirm_deletes: bool = False) -> SyncReport:
        """Push every pending edit and pull everything new, within ``deadline_s`` seconds. A pull
        that would delete many records raises :class:`MassDeleteHeld` unless ``confirm_deletes``."""
        with SyncLock(self.lock_path):
            link = self.link()
            if link is None:
                raise SyncError("This computer is not enrolled with a hub yet. "
                                "Enrol it first: pan-desktop sync enroll --hub URL --code CODE", code="sync.not_enrolled")
            client = self.pinned_client(link)
            report = SyncReport()
            self._prog = Progress()
            try:
                self._run(client, link, report, time.monotonic() + deadline_s, confirm_deletes)
            except Exception as exc:
                self._record(report, exc)
                raise
            else:
                self._record(report, None)
            finally:
                report.bytes_up, report.bytes_down = client.traffic.bytes_up, client.traffic.bytes_down
                report.requests = client.traffic.requests
                client.close()
            return report

    def pinned_client(self, link: SyncLink, url: str = "") -> HubClient:
        """A client for the link's hub (or ``url``) that accepts only answers signed by the pinned key."""
        if not (url or link.hub_url):  # joined by file without the hub's address: USB only until set-url
            raise SyncError("This computer joined by file and does not know the hub's address: sync by USB, or set "
                            "the address with pan-desktop sync set-url URL.", code="sync.no_address")
        client = self.client_factory(url or link.hub_url)
        key = self.identity.hub_public_key()
        if key is None:
            client.close()
            raise HubUnverified("This computer has no record of its hub's key, so no answer can be trusted. "
                                "Join the hub again with a new invite code.", url=link.hub_url)
        try:
            client.pin(key, link.hub_id)
        except Exception:
            client.close()
            raise
        return client

    def _run(self, client: HubClient, link: SyncLink, report: SyncReport, deadline: float,
             confirm_deletes: bool = False) -> None:
        with self.db.session() as s:
            self._at(Stage.PUSH if local.entries_to_push(s, 1) else Stage.PULL)
        self._authenticate(client)
        self._renew_if_due(client)
        self._exchanges(client, report, deadline, confirm_deletes)
        if self._verify_if_due(client, report):
            self._exchanges(client, report, deadline, confirm_deletes)  # pull the repaired scopes now

    def _exchanges(self, client: HubClient, report: SyncReport, deadline: float, confirm_deletes: bool) -> None:
        """Push and pull until nothing is left on either side."""
        batch, hwm, stalled, deleted, epochs = FIRST_BATCH, 0, 0, 0, 0
        held_seen: set[int] = set()
        prog = self._prog
        for _ in range(MAX_EXCHANGES):
            if self.cancelled():
                raise Interrupted("Sync was stopped; what was already exchanged is kept.")
            if time.monotonic() > deadline:
                raise SyncError("Sync took too long and was stopped; what was already exchanged is kept. Try again.",
                                code="sync.too_long")
            with self.db.session() as s:
                entries = local.entries_to_push(s, batch, held_seen)
                cursors = dict(local.get_link(s).cursors or {})
            self._at(Stage.PUSH if entries else Stage.PULL)
            req = PushRequest(entries, PullRequest(cursors, 0 if entries else hwm, PAGE_ROWS))
            fault_point("device.before_push")
            try:
                resp: PushResponse = self._call(client, "/v1/push", PushResponse, req)
            except (_Timeout, TooLarge) as exc:
                if batch == 1 or not entries:
                    raise SyncError(f"The hub could not take even one edit ({exc}).", code="sync.too_large") from exc
                batch = max(1, min(batch, len(entries)) // 2)
                stalled += 1
                continue
            fault_point("device.after_response")
            self._at(Stage.APPLY)

            def apply(resp=resp, entries=entries, deleted=deleted) -> tuple[dict[str, int], int]:
                with self.db.write() as s:
                    if resp.page is not None and not confirm_deletes:
                        deleted += local.deletions(s, resp.page.rows)
                        live = local.live_records(s)
                        if deleted > MASS_DELETE_MIN and deleted > MASS_DELETE_SHARE * (live + deleted):
                            raise MassDeleteHeld(deleted, live)  # rolls back: nothing of this answer applied
                    counts = local.apply_response(s, resp, entries)
                    fault_point("device.apply")
                return counts, deleted

            counts, deleted = self.run_write(apply)
            fault_point("device.after_apply")
            for key in ("pushed", "pulled", "conflicts", "held", "quarantined"):
                setattr(report, key, getattr(report, key) + counts.get(key, 0))
            if counts.get("new_epoch"):  # the hub was restored: re-push what it lost, pull from the start
                epochs += 1
                if epochs > MAX_NEW_EPOCHS:
                    raise SyncError("Sync stopped: the hub announced a new epoch again and again. Your edits are "
                                    "kept here; tell the secretariat.", code="sync.stalled")
                log.warning("the hub has a new epoch (restored from a backup): re-sending kept edits, pulling again")
                hwm, stalled, held_seen = 0, 0, set()
                continue
            held_seen.update(r.device_seq for r in resp.results if r.status == "held")
            moved = counts.get("pushed", 0) + counts.get("pulled", 0) + counts.get("quarantined", 0) + counts.get("conflicts", 0)
            with self.db.session() as s:  # progress is what was kept here, not what the answer claims
                now = dict(local.get_link(s).cursors or {})
            advanced = any(int(v) > int(cursors.get(k, 0)) for k, v in now.items())
            stalled = 0 if (moved or advanced) else stalled + 1
            if stalled >= NO_PROGRESS_LIMIT:
                raise SyncError("Sync stopped: the hub answered several times without anything moving. "
                                "Your edits are kept here; try again later or tell the secretariat.", code="sync.stalled")
            if entries and counts.get("pushed", 0) == len(entries):
                batch = min(MAX_BATCH, batch * 2)
            hwm = resp.page.hwm if resp.page else hwm
            with self.db.session() as s:
                left = local.entries_to_push(s, 1, held_seen)
            prog.pushed, prog.pulled = report.pushed, report.pulled
            prog.bytes_up, prog.bytes_down = client.traffic.bytes_up, client.traffic.bytes_down
            self.progress(prog)
            if not left and not (resp.page and resp.page.has_more):
                break
        else:
            raise SyncError("Sync stopped after too many exchanges; try again.", code="sync.stalled")

    def _verify_if_due(self, client: HubClient, report: SyncReport) -> bool:
        """Once a day, compare per-scope counts and checksums with the hub; a scope that differs
        has its cursor reset (so it is pulled again). True when something needs repair."""
        link = self.link()
        if link.last_verify_at and _parse(link.last_verify_at) > datetime.now(timezone.utc) - VERIFY_EVERY:
            return False
        self._at(Stage.VERIFY)
        keys = list((link.cursors or {}).keys()) or ["net", "*" if link.role == "secretariat" else link.org_id]
        with self.db.session() as s:
            digests = local.local_digests(s, link.role, keys)
        resp: VerifyResponse = self._call(client, "/v1/verify", VerifyResponse, VerifyRequest(digests))

        def save() -> None:
            with self.db.write() as s:
                link = local.get_link(s)
                link.last_verify_at = utcnow()
                if resp.repair:
                    link.cursors = {k: v for k, v in (link.cursors or {}).items() if k not in resp.repair}

        self.run_write(save)
        report.repaired = list(resp.repair)
        if resp.repair:
            log.warning("verify: scopes %s differ from the hub; pulling them again", resp.repair)
        return bool(resp.repair)

    def _renew_if_due(self, client: HubClient) -> None:
        """A certificate near its end is renewed while the device is in good standing (one call)."""
        cert = self.identity.certificate()
        soon = (datetime.now(timezone.utc) + RENEW_BEFORE).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if cert is None or cert.expires > soon:
            return
        fresh: Certificate = self._call(client, "/v1/renew", Certificate, None)
        try:
            self.identity.save_certificate(fresh, self.identity.hub_public_key())
        except Exception as exc:  # noqa: BLE001 - signed answer but a certificate for someone else
            raise HubUnverified(f"The renewed certificate could not be checked ({exc}).", url=client.url) from exc
        log.info("certificate renewed until %s", fresh.expires)

    # -- auth -----------------------------------------------------------------------------------------
    def authenticate(self, client: HubClient, fresh: bool = False) -> None:
        """Give ``client`` this device's token (the cached one unless ``fresh``), for calls beside a run."""
        self._authenticate(client, fresh)

    def _authenticate(self, client: HubClient, fresh: bool = False) -> None:
        """A token for the calls of this run. The hub proves its key first (a signed challenge), so
        neither the token nor any edit ever goes to whoever else answers at its address."""
        token = None if fresh else self.identity.cached_token()
        if token is None or not client.verified:
            ch: Challenge = client.call("GET", "/v1/challenge", Challenge)
        if token is None:
            req = TokenRequest(self.device_id, ch.challenge, self.identity.sign(ch.challenge))
            resp: TokenResponse = client.call("POST", "/v1/token", TokenResponse, req)
            self.identity.save_token(resp.token, resp.expires_in)
            token = resp.token
        client.token = token

    def _call(self, client: HubClient, path: str, cls, body):
        try:
            return client.call("POST", path, cls, body, auth=True)
        except HubRefused as exc:
            if exc.status != 401 or exc.hub_code not in ("token_expired", "bad_token"):
                raise
            self._authenticate(client, fresh=True)
            return client.call("POST", path, cls, body, auth=True)

    def _record(self, report: SyncReport, exc: Exception | None) -> None:
        """Store how the run ended: outcome, the stage it reached, and the error's code and params."""
        outcome = (Outcome.OK if exc is None else Outcome.HELD if isinstance(exc, MassDeleteHeld)
                   else Outcome.CANCELLED if isinstance(exc, Interrupted) else Outcome.FAILED)
        code, params = (exc.code, exc.params) if isinstance(exc, PanError) else ("error" if exc else "", {})

        def save() -> None:
            with self.db.write() as s:
                link = local.get_link(s)
                if link is None:
                    return
                if exc is None:
                    link.last_sync_at = utcnow()
                link.last_stage, link.last_outcome = self._prog.stage, outcome
                link.last_error = str(exc) if exc is not None else ""
                link.last_error_code = code
                link.last_error_params = {k: v for k, v in params.items() if isinstance(v, (str, int, float, bool))}
                link.last_report = report.as_json()

        try:
            self.run_write(save)
        except Exception:  # noqa: BLE001 - the run's own error matters more than failing to note it
            if exc is None:
                raise
            log.exception("could not store how the sync ended")


LOOPBACK_HOSTS = ("localhost", "::1")


def checked_url(url: str, insecure_http: bool = False) -> str:
    """A hub address fit to join: ``https://``, or ``http://`` on this computer (loopback) or when the
    person explicitly accepts an unprotected link (``insecure_http``, which is logged as a warning)."""
    import ipaddress
    from urllib.parse import urlsplit

    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        host, parts = "", None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise SyncError(f"'{url}' is not a hub address (it looks like https://hub.example.org).",
                        code="sync.bad_address", url=url)
    if parts.scheme == "https":
        return url
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host.lower() in LOOPBACK_HOSTS
    if not loopback:
        if not insecure_http:
            raise SyncError(f"The hub address {url} is not protected (http://): anyone on the way could pose as "
                            "the hub. Use its https:// address, or pass --insecure-http to accept the risk.",
                            code="sync.insecure_address", url=url)
        log.warning("joining the hub at %s over unprotected http (--insecure-http)", url)
    return url


def _parse(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


__all__ = ["SyncEngine", "SyncReport", "MassDeleteHeld", "Progress", "SyncLock", "SyncError", "HubUnreachable", "HubRefused", "asdict"]
