"""Certificates for a training session: of completion for those who attended and reached the pass
mark, or of participation for every attendee when asked. Each carries a signed QR code and short code
(core/training/credentials.py) when this computer is enrolled with a hub."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pan_desktop.core.content.model import Text
from pan_desktop.core.errors import NotFound, PanError
from pan_desktop.core.printing.certificates import Participant, build_certificates
from pan_desktop.core.printing.document import PrintResult, ProgressFn
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.warnings import PrintWarning
from pan_desktop.core.training.credentials import Issuer


class _Titled:
    """What the certificate page reads of a module: its title (a session without an installed module)."""

    def __init__(self, title: str):
        self.title = Text(title, title)


def session_certificates(services, session_id: str, out: Path | str, options: PrintOptions, participation: bool = False,
                         progress: ProgressFn | None = None) -> tuple[PrintResult, list[dict[str, Any]]]:
    """Write the PDF; returns it and what was issued (participant, name, code, QR text)."""
    detail = services.training.session(session_id)
    s = detail.session
    people = [a for a in detail.attendees if a.attended] if participation else detail.completers()
    if not people:
        what = "attended" if participation else "attended and reached the pass mark"
        raise PanError(f"No participant of this session {what}: there is no certificate to print.",
                       code="training.no_certificates")
    pack = _Titled(s["title"])
    if s["module_id"]:
        from pan_desktop.core.content.loader import Library

        try:
            pack = Library(services.data_dir).get(s["module_id"])
        except NotFound:
            pass
    org = options.org_name or s["organization"]
    issuer = Issuer.for_data_dir(services.data_dir, org)
    date = s["end_date"] or s["start_date"] or ""
    module = pack.title.get(options.primary)
    issued, printed = [], []
    for a in people:
        p = a.participant
        text, code = issuer.issue(p["name"], module, date) if issuer else ("", "")
        issued.append({"participant": p.id, "name": p["name"], "code": code, "qr": text})
        printed.append(Participant(p["name"], p["organization"], text, code))
    result = build_certificates(pack, printed, out, options, progress, session_date=date, completion=not participation)
    if issuer is None:
        result.warnings.append(PrintWarning("This computer is not enrolled with a hub, so the certificates carry no "
                                            "verification code. Enrol it (Sync page) and print them again.",
                                            "print.not_enrolled"))
    return result, issued
