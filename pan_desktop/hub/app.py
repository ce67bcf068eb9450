"""The hub's HTTP API (FastAPI). Request bodies may be gzip or zstd (``Content-Encoding``): FastAPI's
``max_body_size`` refuses one larger than ``MAX_BODY_BYTES`` while it arrives (413), and decompressing
refuses one larger than that once decompressed; responses are compressed as the client's
``Accept-Encoding`` allows. The OpenAPI document at ``/openapi.json`` describes every call with the
protocol's own classes."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute

from pan_desktop.core.shared import protocol as p
from pan_desktop.hub.attachments import attachments_router
from pan_desktop.hub.auth import Auth, AuthError
from pan_desktop.hub.content_routes import content_router
from pan_desktop.hub.merge import BatchApplier
from pan_desktop.hub.org_links import link_stored
from pan_desktop.hub.pull import pull_page, verify
from pan_desktop.hub.store import HubStore

log = logging.getLogger(__name__)


class CompressedRequest(Request):
    """A request whose body may arrive compressed (FastAPI's documented custom ``Request``): ``body()``
    returns it decompressed, at most ``MAX_BODY_BYTES``, or raises :class:`BodyError`."""

    _decoded: bytes | None = None

    async def body(self) -> bytes:
        if self._decoded is None:
            self._decoded = p.decompress(await super().body(), self.headers.get("content-encoding", ""))
        return self._decoded


def refusal(exc: Exception) -> JSONResponse:
    """The answer to a request refused before it was handled; the status follows the kind of error."""
    if isinstance(exc, AuthError):
        return JSONResponse({"detail": exc.message, "code": exc.code}, status_code=exc.status)
    status = 413 if isinstance(exc, p.BodyTooLarge) else 422
    return JSONResponse({"detail": str(exc), "code": "bad_body"}, status_code=status)


class CompressedRoute(APIRoute):
    """Hands every handler a :class:`CompressedRequest` (FastAPI's documented custom ``APIRoute``), its
    body read and decompressed first so a bad one is answered here, and turns refusals into clear errors."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            request = CompressedRequest(request.scope, request.receive)
            try:
                if request.method == "POST":
                    await request.body()
                return await handler(request)
            except (p.BodyError, AuthError) as exc:
                return refusal(exc)

        return route


def reply(request: Request, obj: Any) -> Response:
    """The JSON of a protocol object, compressed with zstd or gzip when the client accepts it."""
    accept = request.headers.get("accept-encoding", "")
    enc = "zstd" if "zstd" in accept else "gzip" if "gzip" in accept else "identity"
    body = json.dumps(p.to_wire(obj), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = {}
    if enc != "identity" and len(body) > 200:
        body = p.compress(body, enc)
        headers["content-encoding"] = enc
    return Response(body, media_type="application/json", headers=headers)


def create_app(store: HubStore) -> FastAPI:
    """The hub application over ``store`` (already initialised)."""
    auth = Auth(store)
    link_stored(store)  # a hub upgraded to organisation links links the rows it holds
    app = FastAPI(title="PAN hub", version=str(p.PROTOCOL_VERSION), max_body_size=p.MAX_BODY_BYTES,
                  description="Sync hub of PAN Desktop: enrol, token, push, pull, verify (see SYNC.md).")
    app.router.route_class = CompressedRoute

    @app.get("/v1/hub", summary="Hub identity and epoch")
    def hub_info() -> dict[str, Any]:
        """Identity, and the size of a first pull (rows and compressed bytes, roughly) so a device on a
        metered link can ask before it starts."""
        from sqlalchemy import func, select

        from pan_desktop.hub.models import HubRow

        with store.read() as s:
            rows = s.execute(select(func.count()).select_from(HubRow)).scalar_one()
        return {"hub_id": store.hub_id, "epoch": store.epoch, "protocol": p.PROTOCOL_VERSION,
                "server_time_ms": int(time.time() * 1000), "rows": rows, "first_pull_bytes": rows * 300}

    @app.post("/v1/enrol", response_model=p.EnrolResponse, summary="Invite code + device key → certificate")
    def enrol(body: p.EnrolRequest, request: Request):
        return reply(request, auth.enrol(body))

    @app.get("/v1/challenge", response_model=p.Challenge, summary="A challenge to sign for a token")
    def challenge(request: Request):
        return reply(request, auth.challenge())

    @app.post("/v1/token", response_model=p.TokenResponse, summary="Signed challenge → short-lived token")
    def token(body: p.TokenRequest, request: Request):
        return reply(request, auth.token(body))

    @app.post("/v1/push", response_model=p.PushResponse,
              summary="Outbox entries → a result per entry, and the first pull page")
    def push(body: p.PushRequest, request: Request, authorization: str | None = Header(None)):
        caller = auth.caller(authorization)
        if body.entries:
            results, high = BatchApplier(store, caller).run(body.entries)
        else:
            results, high = [], caller.next_seq - 1
        page = None
        if body.pull is not None:
            with store.read() as s:
                page = pull_page(s, caller, body.pull, fresh_hwm=bool(body.entries))
        return reply(request, p.PushResponse(results, high, store.hub_id, store.epoch, int(time.time() * 1000), page))

    @app.post("/v1/pull", response_model=p.PushResponse, summary="Cursors → a page of whole rows")
    def pull(body: p.PullRequest, request: Request, authorization: str | None = Header(None)):
        caller = auth.caller(authorization)
        with store.read() as s:
            page = pull_page(s, caller, body)
        return reply(request, p.PushResponse([], caller.next_seq - 1, store.hub_id, store.epoch,
                                             int(time.time() * 1000), page))

    @app.post("/v1/verify", response_model=p.VerifyResponse, summary="Per-scope count + checksum → scopes to repair")
    def verify_scopes(body: p.VerifyRequest, request: Request, authorization: str | None = Header(None)):
        caller = auth.caller(authorization)
        with store.read() as s:
            repair = verify(s, caller, body)
        return reply(request, p.VerifyResponse(repair, store.hub_id, store.epoch))

    app.include_router(content_router(store.url))
    app.include_router(attachments_router(auth, store.url))
    return app
