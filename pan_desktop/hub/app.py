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
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from pan_desktop.core.shared import protocol as p
from pan_desktop.core.sync.hubproof import NONCE_HEADER, SIGNATURE_HEADER, clean_nonce, sign_answer
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

    async def json(self) -> Any:
        """The body as JSON, which the protocol sends as UTF-8: other bytes are a JSON error (422), which
        FastAPI would otherwise answer as an undocumented 400."""
        raw = await self.body()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise json.JSONDecodeError(f"the body is not UTF-8 ({exc.reason})", raw.decode("utf-8", "replace"), exc.start) from exc
        return json.loads(text)


class Signer:
    """Signs every answer with the hub's key (``core/sync/hubproof.py``): the device that pinned the key
    at enrolment accepts nothing unsigned, so an impostor at the hub's address changes nothing there."""

    def __init__(self, store: HubStore, auth: Auth):
        self.store, self.auth = store, auth

    def respond(self, request: Request, status: int, data: Any, compress: bool = True) -> Response:
        """``data`` (JSON-ready) as the answer, signed for the request's nonce; compressed with zstd or
        gzip when the client accepts it."""
        # "replace": a refusal may echo the client's input, which can hold a lone surrogate
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "replace")
        nonce = clean_nonce(request.headers.get(NONCE_HEADER))
        headers = {SIGNATURE_HEADER: sign_answer(self.auth.signing_key(), self.store.hub_id, nonce, request.method,
                                                 request.url.path, status, body)}
        accept = request.headers.get("accept-encoding", "") if compress else ""
        enc = "zstd" if "zstd" in accept else "gzip" if "gzip" in accept else "identity"
        if enc != "identity" and len(body) > 200:
            body = p.compress(body, enc)
            headers["content-encoding"] = enc
        return Response(body, status_code=status, media_type="application/json", headers=headers)

    def reply(self, request: Request, obj: Any) -> Response:
        """The JSON of a protocol object."""
        return self.respond(request, 200, p.to_wire(obj))

    def refusal(self, request: Request, exc: Exception) -> Response:
        """The answer to a request refused; the status follows the kind of error."""
        if isinstance(exc, AuthError):
            return self.respond(request, exc.status, {"detail": exc.message, "code": exc.code})
        status = 413 if isinstance(exc, p.BodyTooLarge) else 422
        return self.respond(request, status, {"detail": str(exc), "code": "bad_body"})


class CompressedRoute(APIRoute):
    """Hands every handler a :class:`CompressedRequest` (FastAPI's documented custom ``APIRoute``), its
    body read and decompressed first so a bad one is answered here, and turns refusals into clear errors."""

    signer: Signer | None = None  # set by create_app on the app's own subclass

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            request = CompressedRequest(request.scope, request.receive)
            try:
                if request.method == "POST":
                    await request.body()
                return await handler(request)
            except (p.BodyError, AuthError) as exc:
                return self.signer.refusal(request, exc)

        return route


def _refusal_doc(what: str) -> dict[str, Any]:
    schema = {"type": "object", "required": ["detail", "code"], "properties": {
        "detail": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}]},
        "code": {"type": "string"}}}
    return {"description": what, "content": {"application/json": {"schema": schema}}}


# What the OpenAPI document lists beside each call's answer: the refusals, with their real bodies.
REFUSALS = {
    401: _refusal_doc("No token, or a token, challenge or signature that is not valid (code says which)"),
    403: _refusal_doc("Refused: revoked device, expired certificate, used or unknown invite, device id taken"),
    413: _refusal_doc("The body is larger than 16 MiB, as sent or once decompressed"),
    422: _refusal_doc("The body is not valid: not JSON, wrong shape, or a bad key"),
}


def create_app(store: HubStore) -> FastAPI:
    """The hub application over ``store`` (already initialised)."""
    store.ensure_tables()
    auth = Auth(store)
    link_stored(store)  # a hub upgraded to organisation links links the rows it holds
    signer = Signer(store, auth)
    app = FastAPI(title="PAN hub", version=str(p.PROTOCOL_VERSION), max_body_size=p.MAX_BODY_BYTES,
                  responses=REFUSALS, description="Sync hub of PAN Desktop: enrol, token, push, pull, verify (see SYNC.md).")
    app.router.route_class = type("SignedRoute", (CompressedRoute,), {"signer": signer})
    reply = signer.reply

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return signer.respond(request, 422, {"detail": _jsonable(exc.errors()), "code": "invalid"})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return signer.respond(request, exc.status_code, {"detail": str(exc.detail), "code": "http"})

    @app.get("/v1/hub", summary="Hub identity and version (and, with a token, the size of a first pull)")
    def hub_info(request: Request, authorization: str | None = Header(None)):
        """Identity (hub id, public key, epoch) and version, signed like every answer so a device can check
        the hub at a new address holds the key it pinned. With a device's token it also gives the size of
        a first pull (rows and compressed bytes, roughly) so a device on a metered link can ask first."""
        info: dict[str, Any] = {"hub_id": store.hub_id, "epoch": store.epoch, "protocol": p.PROTOCOL_VERSION,
                                "hub_public_key": auth.hub_public_key(), "server_time_ms": int(time.time() * 1000)}
        if authorization:
            auth.caller(authorization)
            from sqlalchemy import func, select

            from pan_desktop.hub.models import HubRow

            with store.read() as s:
                rows = s.execute(select(func.count()).select_from(HubRow)).scalar_one()
            info.update(rows=rows, first_pull_bytes=rows * 300)
        return signer.respond(request, 200, info)

    @app.post("/v1/enrol", response_model=p.EnrolResponse, summary="Invite code + device key → certificate")
    def enrol(body: p.EnrolRequest, request: Request):
        return reply(request, auth.enrol(body))

    @app.get("/v1/challenge", response_model=p.Challenge, summary="A challenge to sign for a token")
    def challenge(request: Request):
        return reply(request, auth.challenge())

    @app.post("/v1/token", response_model=p.TokenResponse, summary="Signed challenge → short-lived token")
    def token(body: p.TokenRequest, request: Request):
        return reply(request, auth.token(body))

    @app.post("/v1/renew", response_model=p.Certificate, summary="A new certificate for a device in good standing")
    def renew(request: Request, authorization: str | None = Header(None)):
        return reply(request, auth.renew(auth.caller(authorization)))

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
    app.include_router(attachments_router(auth, signer, store.url))
    return app


def _jsonable(value: Any) -> Any:
    """Validation details as JSON: FastAPI puts the offending input in them, which may be anything."""
    return json.loads(json.dumps(value, default=repr, ensure_ascii=False))
