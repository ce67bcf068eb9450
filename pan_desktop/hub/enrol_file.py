"""``pan-hub --db URL enrol-file REQUEST.panenrol --out REPLY.panenrol``: enrol a device that never
connects. The request goes through :meth:`Auth.enrol`, the one enrolment of ``POST /v1/enrol`` (invite
checks, revocation, takeover refusal, certificate expiry); the reply is signed by the hub's key."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from pan_desktop.core.shared.protocol import EnrolRequest, to_wire
from pan_desktop.core.sync.enrol_file_format import REPLY, fingerprint, parse_request, reply_body, write_signed
from pan_desktop.hub.auth import Auth, AuthError
from pan_desktop.hub.store import HubStore


@dataclass
class EnrolFileResult:
    file: str
    device_id: str
    label: str
    org_id: str
    role: str
    expires: str
    hub_id: str
    hub_fingerprint: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def enrol_from_file(store: HubStore, request_path: Path, out: Path, hub_url: str = "") -> EnrolFileResult:
    """Apply the enrolment a request file asks for and write the signed reply; :class:`AuthError` when refused."""
    req, request = parse_request(request_path)
    _validate(req)
    auth = Auth(store)
    resp = auth.enrol(req)
    write_signed(Path(out), REPLY, reply_body(request, resp, hub_url.strip().rstrip("/")), auth.signing_key())
    cert = resp.certificate
    return EnrolFileResult(str(out), cert.device_id, req.label, cert.org_id, cert.role, cert.expires, resp.hub_id,
                           fingerprint(resp.hub_public_key))


def _validate(req: EnrolRequest) -> None:
    """The checks the online endpoint's validator applies (canonical device id, bounded valid text, key and
    signature formats, 64-bit numbers): a file is as untrusted as a request."""
    try:
        TypeAdapter(EnrolRequest).validate_python(to_wire(req))
    except ValidationError as exc:
        where = ", ".join(".".join(map(str, e["loc"])) for e in exc.errors()[:5])
        raise AuthError(422, "invalid", f"the request file holds values a hub cannot accept ({where})") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("enrol-file", help="enrol a device that never connects, from its request file (.panenrol)")
    p.add_argument("file", help="the device's request (pan-desktop sync enrol-request)")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the signed reply (.panenrol)")
    p.add_argument("--hub-url", default="", metavar="URL", help="the hub's address, for when the device later connects")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_enrol_file)


def cmd_enrol_file(args) -> int:
    try:
        result = enrol_from_file(HubStore(args.db), Path(args.file), Path(args.out), args.hub_url)
    except AuthError as exc:
        if args.json:
            print(json.dumps({"refused": exc.code, "message": exc.message}, ensure_ascii=False, indent=2))
        print(f"pan-hub: refused ({exc.code}): {exc.message}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"enrolled device {result.device_id} ({result.label or 'no name'}) as {result.role} until "
              f"{result.expires}; reply written to {result.file}")
        print(f"hub key fingerprint (read it to the device's user): {result.hub_fingerprint}")
    return 0
