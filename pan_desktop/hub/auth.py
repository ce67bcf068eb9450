"""Enrolment (invite code + device key → certificate) and short-lived tokens by signed challenge."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.shared.protocol import Certificate, Challenge, EnrolRequest, EnrolResponse, TokenRequest, TokenResponse
from pan_desktop.hub.models import Device, Invite, Org
from pan_desktop.hub.store import CERT_DAYS, HubStore, later

CHALLENGE_TTL_S = 300
TOKEN_TTL_S = 3600


class AuthError(Exception):
    """Refused: ``status`` is the HTTP status (401 unknown/expired, 403 revoked or forbidden)."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class Caller:
    device_id: str
    org_id: str
    role: str
    next_seq: int = 1


def _b64d(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except Exception as exc:  # binascii.Error / ValueError
        raise AuthError(422, "bad_base64", "a key or signature is not valid base64") from exc


class Auth:
    def __init__(self, store: HubStore):
        self.store = store

    @property
    def _secret(self) -> bytes:
        return self.store.meta("token_secret").encode()

    def _mac(self, text: str) -> str:
        return hmac.new(self._secret, text.encode(), hashlib.sha256).hexdigest()[:32]

    def signing_key(self) -> SigningKey:
        return SigningKey(base64.b64decode(self.store.meta("signing_key")))

    def hub_public_key(self) -> str:
        return base64.b64encode(bytes(self.signing_key().verify_key)).decode()

    # -- enrolment ------------------------------------------------------------------------------------
    def enrol(self, req: EnrolRequest) -> EnrolResponse:
        key = _b64d(req.public_key)
        if len(key) != 32:
            raise AuthError(422, "bad_key", "the device public key must be 32 bytes (Ed25519)")
        code = req.code.strip().upper()
        with self.store.write() as s:
            invite = s.get(Invite, code)
            if invite is None or invite.expires_at < utcnow():
                raise AuthError(403, "bad_invite", "this invite code is unknown or has expired: ask the secretariat for a new one")
            if invite.used_by and invite.used_by != req.device_id:
                raise AuthError(403, "invite_used", "this invite code was already used by another device: ask for a new one")
            org = s.get(Org, invite.org_id)
            invite.used_by = req.device_id
            dev = s.get(Device, req.device_id)
            expires = later(CERT_DAYS)
            if dev is None:
                dev = Device(id=req.device_id, next_seq=max(1, req.first_seq), enrolled_at=utcnow())
                s.add(dev)
            dev.public_key, dev.org_id, dev.role = req.public_key, invite.org_id, invite.role
            dev.label, dev.expires_at, dev.revoked = req.label[:200], expires, False
            cert = Certificate(req.device_id, req.public_key, invite.org_id, invite.role, self.store.hub_id,
                               utcnow(), expires)
        cert.signature = base64.b64encode(self.signing_key().sign(cert.signed_bytes()).signature).decode()
        return EnrolResponse(cert, self.hub_public_key(), self.store.hub_id, self.store.epoch,
                             org.name if org else "", int(time.time() * 1000))

    # -- tokens ---------------------------------------------------------------------------------------
    def challenge(self) -> Challenge:
        body = f"{int(time.time())}.{secrets.token_hex(12)}"
        return Challenge(f"{body}.{self._mac(body)}", self.store.hub_id, self.store.epoch)

    def token(self, req: TokenRequest) -> TokenResponse:
        body, _, mac = req.challenge.rpartition(".")
        if not hmac.compare_digest(mac, self._mac(body)):
            raise AuthError(401, "bad_challenge", "the challenge was not issued by this hub")
        if int(body.split(".")[0]) + CHALLENGE_TTL_S < time.time():
            raise AuthError(401, "challenge_expired", "the challenge expired: ask for a new one")
        with self.store.read() as s:
            dev = s.get(Device, req.device_id)
        if dev is None:
            raise AuthError(401, "unknown_device", "this device is not enrolled on this hub: enrol it with an invite code")
        if dev.revoked:
            raise AuthError(403, "revoked", "this device's access was revoked by the secretariat: ask them for a new invite")
        try:
            VerifyKey(_b64d(dev.public_key)).verify(req.challenge.encode(), _b64d(req.signature))
        except BadSignatureError as exc:
            raise AuthError(401, "bad_signature", "the challenge signature does not match this device's key") from exc
        exp = int(time.time()) + TOKEN_TTL_S
        payload = f"{dev.id}.{exp}"
        return TokenResponse(f"{payload}.{self._mac(payload)}", TOKEN_TTL_S, self.store.hub_id, self.store.epoch,
                             int(time.time() * 1000))

    def caller(self, authorization: str | None) -> Caller:
        """The device behind a ``Bearer`` token, checked against its current state (revocation, role)."""
        if not authorization or not authorization.startswith("Bearer "):
            raise AuthError(401, "no_token", "no access token: get one with a signed challenge")
        token = authorization[7:].strip()
        payload, _, mac = token.rpartition(".")
        device_id, _, exp = payload.rpartition(".")
        if not payload or not hmac.compare_digest(mac, self._mac(payload)) or not exp.isdigit():
            raise AuthError(401, "bad_token", "the access token is not valid: get a new one")
        if int(exp) < time.time():
            raise AuthError(401, "token_expired", "the access token expired: get a new one")
        with self.store.read() as s:
            dev = s.get(Device, device_id)
        if dev is None:
            raise AuthError(401, "unknown_device", "this device is not enrolled on this hub")
        if dev.revoked:
            raise AuthError(403, "revoked", "this device's access was revoked by the secretariat: ask them for a new invite")
        return Caller(dev.id, dev.org_id, dev.role, dev.next_seq)
