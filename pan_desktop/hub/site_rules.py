"""The hub's rule for site assessments: a finalized assessment is evidence and never changes.

The app refuses such edits itself, but an answer given offline on one laptop may reach the hub after
another laptop finalized the same assessment. The hub holds the finalized version: an edit that would
change it, its answers, photos or audit log is refused (quarantined; the device reverts it and keeps
it in its refused edits, where a person sees why). ``revise`` makes a new version, which is a draft.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from pan_desktop.core.shared.protocol import Entry
from pan_desktop.hub.models import HubRow

# Tables whose rows belong to one assessment through their ``assessment_id``.
CHILDREN = ("assessment_answers", "site_photos", "assessment_audit")
REASON = ("assessment {id} was finalized before this edit reached the hub, so it can no longer change; "
          "revise it to make a new version")


def locked_assessment(s: Session, e: Entry, row: HubRow | None, fields: dict[str, dict[str, Any]]) -> str:
    """Why the hub refuses ``e`` (already cleaned into ``fields``; ``row`` is the hub's, or None for a
    new one) because it changes a finalized assessment; "" when it does not."""
    if e.table == "assessments":
        aid = e.id
    elif e.table in CHILDREN:
        aid = (row.data.get("assessment_id") if row is not None else None) or (fields.get("assessment_id") or {}).get("new")
    else:
        return ""
    parent = row if e.table == "assessments" else (s.get(HubRow, ("assessments", aid)) if aid else None)
    if parent is None or parent.data.get("status") != "finalized":
        return ""
    if row is not None and not _changes(row, fields):
        return ""  # nothing would change (an edit sent twice, or the same finalize from two laptops)
    return REASON.format(id=aid)


def _changes(row: HubRow, fields: dict[str, dict[str, Any]]) -> list[str]:
    stored = {**row.data, "deleted": row.deleted}
    return [n for n, d in fields.items() if d["new"] != stored.get(n)]
