"""Attachments (photos of site assessments) on the hub: files named by their SHA-256, uploaded once,
resumable, verified on arrival.

- ``GET /v1/attachments/{sha}/status`` → ``{"sha256", "size", "complete", "received", "limit"}``
  (``received``: the bytes of an unfinished upload already held, where the next piece starts).
- ``PUT /v1/attachments/{sha}?offset=N&total=T`` appends one piece at ``offset`` (409 with
  ``received`` when it is not where the upload stands); the last piece makes the hub check the SHA-256
  of the whole and keep it (422 and the upload discarded when it does not match). A ``total`` over the
  size limit is refused at once (413). Viewers may not upload.
- ``GET /v1/attachments/{sha}`` sends the file (``Range`` resumes a download).

Files live in ``attachments/`` beside the SQLite database, or in ``PAN_HUB_ATTACHMENTS_DIR``.
A hash is 256 random-looking bits that a device only learns from a photo record it may read, so any
enrolled device may download by hash.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from fastapi import APIRouter, Header, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy.engine import make_url

from pan_desktop.hub.auth import Auth, AuthError

PREFIX = "/v1/attachments"
MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024  # a 1600 px photo is well under 1 MB
ENV_DIR = "PAN_HUB_ATTACHMENTS_DIR"
_SHA = re.compile(r"^[0-9a-f]{64}$")


def attachments_dir_for(db_url: str, override: str | None = None) -> Path | None:
    """Where attachments are kept: ``override``, the environment, or beside a SQLite database."""
    if override or os.environ.get(ENV_DIR):
        return Path(override or os.environ[ENV_DIR]).expanduser().resolve()
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().resolve().parent / "attachments"
    return None


def _refusal(what: str, **extra: dict) -> dict:
    """A refusal as the OpenAPI document lists it."""
    schema = {"type": "object", "required": ["detail", "code", *extra],
              "properties": {"detail": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}]},
                             "code": {"type": "string"}, **extra}}
    return {"description": what, "content": {"application/json": {"schema": schema}}}


_STATE = {"description": "What the hub holds of the attachment", "content": {"application/json": {"schema": {
    "type": "object", "required": ["sha256", "complete", "size", "received", "limit"], "properties": {
        "sha256": {"type": "string"}, "complete": {"type": "boolean"}, "size": {"type": "integer"},
        "received": {"type": "integer"}, "limit": {"type": "integer"}}}}}}
_READ = {404: _refusal("No such attachment (or not a SHA-256)"),
         503: _refusal("This hub keeps no attachments")}
_WRITE = {**_READ, 200: _STATE,
          403: _refusal("A viewer device may not upload"),
          409: _refusal("The piece is not where the upload stands", received={"type": "integer"}),
          413: _refusal("Larger than the limit, or more bytes than announced", limit={"type": "integer"}),
          422: _refusal("The file received does not match its SHA-256 (discarded), or a bad offset or total")}


def attachments_router(auth: Auth, signer, db_url: str, folder: str | None = None,
                       limit: int = MAX_ATTACHMENT_BYTES) -> APIRouter:
    """The attachment routes. Every JSON answer is signed like the hub's other answers (``signer``), so a
    device never takes an impostor's word that a photo arrived; the bytes of a download are checked by
    their SHA-256 on arrival instead."""
    where = attachments_dir_for(db_url, folder)
    router = APIRouter(prefix=PREFIX, tags=["attachments"])

    def answer(request: Request, data: dict, status: int = 200) -> Response:
        return signer.respond(request, status, data, compress=False)

    def _error(request: Request, status: int, code: str, detail: str, **extra) -> Response:
        return answer(request, {"detail": detail, "code": code, **extra}, status)

    def paths(sha: str) -> tuple[Path, Path]:
        final = where / sha[:2] / sha
        return final, final.with_name(sha + ".part")

    def check(request: Request, sha: str, authorization: str | None, write: bool = False) -> Response | None:
        try:
            caller = auth.caller(authorization)
        except AuthError as exc:
            return _error(request, exc.status, exc.code, exc.message)
        if write and caller.role not in ("contributor", "secretariat"):
            return _error(request, 403, "read_only", "this device may read but not upload (viewer)")
        if where is None:
            return _error(request, 503, "no_attachments", "this hub keeps no attachments: set PAN_HUB_ATTACHMENTS_DIR")
        if not _SHA.match(sha):
            return _error(request, 404, "not_found", "no such attachment")
        return None

    def state(sha: str) -> dict:
        final, part = paths(sha)
        done = final.is_file()
        return {"sha256": sha, "complete": done, "size": final.stat().st_size if done else 0,
                "received": part.stat().st_size if part.is_file() and not done else 0, "limit": limit}

    @router.get("/{sha}/status", summary="Whether the hub holds an attachment, or how much of its upload",
                responses={**_READ, 200: _STATE})
    def status(sha: str, request: Request, authorization: str | None = Header(None)):
        return check(request, sha, authorization) or answer(request, state(sha))

    @router.put("/{sha}", summary="One piece of an upload (resumable); the last one is verified", responses=_WRITE)
    async def upload(sha: str, offset: int, total: int, request: Request, authorization: str | None = Header(None)):
        refused = check(request, sha, authorization, write=True)
        if refused:
            return refused
        if total > limit or total <= 0:
            return _error(request, 413, "too_large", f"an attachment may be at most {limit} bytes", limit=limit)
        now = state(sha)
        if now["complete"]:
            return answer(request, now)
        if offset != now["received"]:
            return _error(request, 409, "wrong_offset", "the upload stands elsewhere", received=now["received"])
        final, part = paths(sha)
        part.parent.mkdir(parents=True, exist_ok=True)
        written = offset
        with open(part, "ab") as f:
            async for piece in request.stream():
                written += len(piece)
                if written > total:
                    f.truncate(offset)
                    return _error(request, 413, "too_large", "more bytes than announced", limit=limit)
                f.write(piece)
        if written == total:
            digest = hashlib.sha256()
            with open(part, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            if digest.hexdigest() != sha:
                part.unlink(missing_ok=True)
                return _error(request, 422, "hash_mismatch", "the file received does not match its SHA-256; send it again")
            os.replace(part, final)
        return answer(request, state(sha))

    @router.get("/{sha}", summary="An attachment's bytes (resumable with Range)", responses={
        **_READ, 200: {"description": "The photo", "content": {"image/jpeg": {}}},
        206: {"description": "Part of the photo (Range)", "content": {"image/jpeg": {}}}})
    def download(sha: str, request: Request, authorization: str | None = Header(None)):
        refused = check(request, sha, authorization)
        if refused:
            return refused
        final, _part = paths(sha)
        if not final.is_file():
            return _error(request, 404, "not_found", "no such attachment")
        return FileResponse(final, media_type="image/jpeg", headers={"cache-control": "private, max-age=31536000, immutable"})

    return router
