"""Photos travel as attachments, beside the records: each is uploaded once by its SHA-256 (the hub says
whether it holds it), in pieces that resume where a cut connection left them, and checked by hash on
arrival at either end. The hub's side is ``pan_desktop/hub/attachments.py``.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import select

from pan_desktop.core.errors import Interrupted
from pan_desktop.core.models.sites import SitePhoto
from pan_desktop.core.sites.photos import photo_path
from pan_desktop.core.sync.client import HubRefused, HubUnreachable

log = logging.getLogger(__name__)
PIECE = 256 * 1024
PREFIX = "/v1/attachments"
UPLOADED = "uploaded.txt"  # hashes the hub confirmed it holds: never asked about again


@dataclass
class AttachmentReport:
    uploaded: list[str] = field(default_factory=list)
    downloaded: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # sha -> what went wrong (retried next time)
    bytes_up: int = 0
    bytes_down: int = 0

    def as_dict(self) -> dict:
        return {"uploaded": len(self.uploaded), "downloaded": len(self.downloaded), "failed": self.failed,
                "bytes_up": self.bytes_up, "bytes_down": self.bytes_down}


class AttachmentSync:
    """Sends the photos this device holds and the hub lacks, and fetches those it lacks itself.

    ``engine`` is the enrolled :class:`~pan_desktop.core.sync.engine.SyncEngine` of the data dir (its
    client factory and token); ``cancel`` is asked between pieces."""

    def __init__(self, engine, data_dir: Path, piece: int = PIECE, cancel: Callable[[], bool] = lambda: False):
        self.engine = engine
        self.data_dir = Path(data_dir)
        self.piece = piece
        self.cancel = cancel

    def run(self) -> AttachmentReport:
        link = self.engine.link()
        if link is None:
            from pan_desktop.core.sync.client import SyncError

            raise SyncError("This computer is not enrolled with a hub yet.", code="sync.not_enrolled")
        with self.engine.db.session() as s:
            hashes = sorted(set(s.scalars(select(SitePhoto.sha256).where(SitePhoto.deleted.is_(False)))))
        report = AttachmentReport()
        client = self.engine._client(link)  # the hub proves its pinned key before the token goes out
        try:
            self.engine._authenticate(client)  # the sync run's own token (cached by the identity)
            done = self._uploaded()
            for sha in hashes:
                if self.cancel():
                    raise Interrupted("Photo sync cancelled.")
                local = photo_path(self.data_dir, sha)
                try:
                    if local.is_file() and sha not in done:
                        self._upload(client, sha, local, report)
                        self._mark_uploaded(sha)
                    elif not local.is_file():
                        self._download(client, sha, local, report)
                except (HubRefused, HubUnreachable, httpx.TransportError, OSError) as exc:
                    report.failed[sha] = str(exc)[:300]
                    log.warning("photo %s not synced: %s", sha[:12], exc)
        finally:
            client.close()
        return report

    # -- up ----------------------------------------------------------------------------------------
    def _upload(self, client, sha: str, local: Path, report: AttachmentReport) -> None:
        if hashlib.sha256(local.read_bytes()).hexdigest() != sha:
            raise OSError(f"the stored photo {local.name} is damaged (its hash changed); add it again")
        total = local.stat().st_size
        state = self._json(client, "GET", f"{PREFIX}/{sha}/status")
        offset = state["received"]
        if state["complete"]:
            return
        with open(local, "rb") as f:
            while offset < total:
                if self.cancel():
                    raise Interrupted("Photo sync cancelled.")
                f.seek(offset)
                piece = f.read(self.piece)
                resp = self._send(client, "PUT", f"{PREFIX}/{sha}", params={"offset": offset, "total": total}, content=piece)
                if resp.status_code == 409:  # the hub stands elsewhere (a piece that arrived before the cut)
                    offset = resp.json().get("received", 0)
                    continue
                _raise_for(resp)
                report.bytes_up += len(piece)
                state = resp.json()
                if state["complete"]:
                    break
                offset = state["received"]
        report.uploaded.append(sha)

    # -- down --------------------------------------------------------------------------------------
    def _download(self, client, sha: str, local: Path, report: AttachmentReport) -> None:
        part = local.with_name(local.name + ".part")
        part.parent.mkdir(parents=True, exist_ok=True)
        have = part.stat().st_size if part.is_file() else 0
        headers = {"range": f"bytes={have}-"} if have else {}
        with client._http.stream("GET", client.url + f"{PREFIX}/{sha}", headers={**headers, **_auth(client)}) as resp:
            if resp.status_code == 416 or (have and resp.status_code == 200):
                have = 0  # the hub ignored or refused the range: start again
            elif resp.status_code >= 400:
                resp.read()
                _raise_for(resp)
            with open(part, "ab" if have else "wb") as f:
                for chunk in resp.iter_bytes():
                    f.write(chunk)
                    report.bytes_down += len(chunk)
                    if self.cancel():
                        raise Interrupted("Photo sync cancelled.")
        digest = hashlib.sha256(part.read_bytes()).hexdigest()
        if digest != sha:
            part.unlink(missing_ok=True)
            raise OSError(f"photo {sha[:12]} arrived damaged; it will be fetched again")
        os.replace(part, local)
        report.downloaded.append(sha)

    # -- helpers -----------------------------------------------------------------------------------
    def _send(self, client, method: str, path: str, **kw) -> httpx.Response:
        headers = {**kw.pop("headers", {}), **_auth(client)}
        resp = client._http.request(method, client.url + path, headers=headers, **kw)
        if resp.status_code == 401:
            self.engine._authenticate(client, fresh=True)
            resp = client._http.request(method, client.url + path, headers={**headers, **_auth(client)}, **kw)
        return resp

    def _json(self, client, method: str, path: str) -> dict:
        resp = self._send(client, method, path)
        _raise_for(resp)
        return resp.json()

    def _uploaded(self) -> set[str]:
        path = self.data_dir / "photos" / UPLOADED
        try:
            return set(path.read_text(encoding="ascii").split())
        except (OSError, UnicodeDecodeError):
            return set()

    def _mark_uploaded(self, sha: str) -> None:
        path = self.data_dir / "photos" / UPLOADED
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="ascii") as f:
            f.write(sha + "\n")


def _auth(client) -> dict:
    return {"authorization": f"Bearer {client.token}"} if client.token else {}


def _raise_for(resp: httpx.Response) -> None:
    if resp.status_code < 400:
        return
    try:
        data = resp.json()
        code, detail = data.get("code", ""), data.get("detail", "")
    except ValueError:
        code, detail = "", resp.text[:200]
    if resp.status_code >= 500:
        raise HubUnreachable(f"The hub could not take the photo now (HTTP {resp.status_code}); sync again later.")
    raise HubRefused(resp.status_code, code, f"The hub refused the photo: {detail}.")
