"""Enrolment (invite code + device key → certificate) and short-lived tokens by signed challenge."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from nacl.exceptions import CryptoError
from nacl.signing import SigningKey, VerifyKey

from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.shared.protocol import (
    Certificate, Challenge, EnrolRequest, EnrolResponse, TokenRequest, TokenResponse, enrol_proof_bytes,
)
from pan_desktop.hub.models import Device, Invite, Org, UsedChallenge
from pan_desktop.hub.store import CERT_DAYS, HubStore, later

CHALLENGE_TTL_S = 300
TOKEN_TTL_S = 3600
RENEW_DAYS = 30  # a certificate this close to its end is renewed at the device's next sync


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


def _signed_by(public_key: str, message: bytes, signature: str) -> bool:
    """Whether ``signature`` (base64) is ``public_key``'s Ed25519 signature of ``message``; any malformed
    key or signature (short, not base64) is simply not a valid one."""
    try:
        VerifyKey(_b64d(public_key)).verify(message, _b64d(signature))
    except (AuthError, CryptoError, ValueError, TypeError):
        return False
    return True


class Auth:
    def __init__(self, store: HubStore):
        self.store = store

    @property
    def _secret(self) -> bytes:
        return self.store.meta("token_secret").encode()

    def _mac(self, text: str) -> str:
        return hmac.new(self._secret, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]

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
            dev = s.get(Device, req.device_id)
            if dev is not None and dev.revoked:
                raise AuthError(403, "device_revoked", "this device was revoked: join again with a new invite "
                                "(the device makes a new id)")
            if dev is not None and not (dev.public_key == req.public_key and _signed_by(
                    dev.public_key, enrol_proof_bytes(code, req.device_id, req.public_key), req.proof)):
                raise AuthError(403, "device_taken", "this device id is already enrolled: an invite cannot take it "
                                "over without proof of that device's key")
            invite.used_by = req.device_id
            expires = later(CERT_DAYS)
            if dev is None:
                dev = Device(id=req.device_id, next_seq=max(1, req.first_seq), enrolled_at=utcnow())
                s.add(dev)
            dev.public_key, dev.org_id, dev.role = req.public_key, invite.org_id, invite.role
            dev.label, dev.expires_at, dev.revoked = req.label[:200], expires, False
            cert = Certificate(req.device_id, req.public_key, invite.org_id, invite.role, self.store.hub_id,
                               utcnow(), expires)
        self._sign(cert)
        return EnrolResponse(cert, self.hub_public_key(), self.store.hub_id, self.store.epoch,
                             org.name if org else "", int(time.time() * 1000))

    def _sign(self, cert: Certificate) -> Certificate:
        cert.signature = base64.b64encode(self.signing_key().sign(cert.signed_bytes()).signature).decode()
        return cert

    def renew(self, caller: "Caller") -> Certificate:
        """A new certificate for a device in good standing (not revoked, certificate not expired)."""
        expires = later(CERT_DAYS)
        with self.store.write() as s:
            dev = s.get(Device, caller.device_id)
            if dev is None or dev.revoked or dev.expires_at < utcnow():
                raise AuthError(403, "revoked", "this device's access was revoked or has expired: ask for a new invite")
            dev.expires_at = expires
            cert = Certificate(dev.id, dev.public_key, dev.org_id, dev.role, self.store.hub_id, utcnow(), expires)
        return self._sign(cert)

    # -- tokens ---------------------------------------------------------------------------------------
    def challenge(self) -> Challenge:
        body = f"{int(time.time())}.{secrets.token_hex(12)}"
        return Challenge(f"{body}.{self._mac(body)}", self.store.hub_id, self.store.epoch)

    def token(self, req: TokenRequest) -> TokenResponse:
        body, _, mac = req.challenge.rpartition(".")
        issued, _, nonce = body.partition(".")
        if not hmac.compare_digest(mac.encode("utf-8", "surrogatepass"), self._mac(body).encode()) or not (issued.isascii() and issued.isdigit()):
            raise AuthError(401, "bad_challenge", "the challenge was not issued by this hub")
        if int(issued) + CHALLENGE_TTL_S < time.time():
            raise AuthError(401, "challenge_expired", "the challenge expired: ask for a new one")
        with self.store.read() as s:
            dev = s.get(Device, req.device_id)
        if dev is None:
            raise AuthError(401, "unknown_device", "this device is not enrolled on this hub: enrol it with an invite code")
        if dev.revoked:
            raise AuthError(403, "revoked", "this device's access was revoked by the secretariat: ask them for a new invite")
        if dev.expires_at < utcnow():
            raise AuthError(403, "cert_expired", "this device's certificate has expired: ask the secretariat for a new invite")
        if not _signed_by(dev.public_key, req.challenge.encode(), req.signature):
            raise AuthError(401, "bad_signature", "the challenge signature does not match this device's key")
        self._use_challenge(nonce, int(issued))
        exp = int(time.time()) + TOKEN_TTL_S
        payload = f"{dev.id}.{exp}"
        return TokenResponse(f"{payload}.{self._mac(payload)}", TOKEN_TTL_S, self.store.hub_id, self.store.epoch,
                             int(time.time() * 1000))

    def _use_challenge(self, nonce: str, issued: int) -> None:
        """Mark a challenge used; a second token for it is refused (and expired marks are dropped)."""
        from sqlalchemy import delete
        from sqlalchemy.exc import IntegrityError

        try:
            with self.store.write() as s:
                s.execute(delete(UsedChallenge).where(UsedChallenge.issued < int(time.time()) - CHALLENGE_TTL_S))
                if s.get(UsedChallenge, nonce) is not None:
                    raise AuthError(401, "challenge_used", "this challenge was already used: ask for a new one")
                s.add(UsedChallenge(nonce=nonce, issued=issued))
        except IntegrityError as exc:  # the same challenge in two requests at once
            raise AuthError(401, "challenge_used", "this challenge was already used: ask for a new one") from exc

    def caller(self, authorization: str | None) -> Caller:
        """The device behind a ``Bearer`` token, checked against its current state (revocation, role)."""
        if not authorization or not authorization.startswith("Bearer "):
            raise AuthError(401, "no_token", "no access token: get one with a signed challenge")
        token = authorization[7:].strip()
        payload, _, mac = token.rpartition(".")
        device_id, _, exp = payload.rpartition(".")
        if not payload or not hmac.compare_digest(mac.encode("utf-8", "surrogatepass"), self._mac(payload).encode()) or not (exp.isascii() and exp.isdigit()):
            raise AuthError(401, "bad_token", "the access token is not valid: get a new one")
        if int(exp) < time.time():
            raise AuthError(401, "token_expired", "the access token expired: get a new one")
        with self.store.read() as s:
            dev = s.get(Device, device_id)
        if dev is None:
            raise AuthError(401, "unknown_device", "this device is not enrolled on this hub")
        if dev.revoked:
            raise AuthError(403, "revoked", "this device's access was revoked by the secretariat: ask them for a new invite")
        if dev.expires_at < utcnow():
            raise AuthError(403, "cert_expired", "this device's certificate has expired: ask the secretariat for a new invite")
        return Caller(dev.id, dev.org_id, dev.role, dev.next_seq)
