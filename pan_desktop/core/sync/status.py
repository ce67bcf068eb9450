"""Where sync stands, for ``sync status``, the Sync page and the status-bar indicator."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select

from pan_desktop.core.db import Database
from pan_desktop.core.models import OutboxEntry, SyncConflict, SyncLink, SyncQuarantine


class Stage:
    """The named stages of sync: where a run is (its progress) and where the last one stopped."""

    ENROL = "enrol"  # joining the hub with an invite code
    PUSH = "push"  # sending this computer's edits (and asking for the network's)
    PULL = "pull"  # asking for the network's changes
    APPLY = "apply"  # saving what the hub answered here
    VERIFY = "verify"  # comparing this computer's copy with the hub's (once a day)
    ALL = (ENROL, PUSH, PULL, APPLY, VERIFY)


class Outcome:
    """How the last run ended."""

    OK = "ok"
    FAILED = "failed"
    CANCELLED = "cancelled"  # stopped by the person; what was exchanged is kept
    HELD = "held"  # stopped before a pull that would delete many records, waiting for a person
    ALL = (OK, FAILED, CANCELLED, HELD)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str = ""
    org_id: str = ""
    org_name: str = ""
    role: str = ""
    last_sync_at: str = ""
    last_error: str = ""
    pending: int = 0
    held: int = 0
    open_conflicts: int = 0
    quarantined: int = 0
    never_synced: bool = True
    last_report: dict = field(default_factory=dict)
    last_stage: str = ""  # a Stage
    last_outcome: str = ""  # an Outcome ("" before the first run)
    last_error_code: str = ""  # the error's code, for words in the interface language
    last_error_params: dict = field(default_factory=dict)

    @property
    def stopped(self) -> bool:
        """The last run did not finish (failed, was cancelled, or waits for a person)."""
        return self.last_outcome not in ("", Outcome.OK)

    def as_json(self) -> dict:
        return asdict(self)


def sync_status(db: Database) -> SyncStatus:
    """Read on a worker (the window) or in the CLI; one short read transaction."""
    with db.session() as s:
        link = s.get(SyncLink, 1)
        by_status = dict(s.execute(select(OutboxEntry.status, func.count()).where(
            OutboxEntry.status.in_(("pending", "held"))).group_by(OutboxEntry.status)).all())
        conflicts = s.execute(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolution == "", SyncConflict.local_choice == "")).scalar_one()
        quarantined = s.execute(select(func.count()).select_from(SyncQuarantine).where(
            SyncQuarantine.status == "open")).scalar_one()
    common = dict(pending=by_status.get("pending", 0), held=by_status.get("held", 0), open_conflicts=conflicts,
                  quarantined=quarantined)
    if link is None:
        return SyncStatus(False, **common)
    return SyncStatus(True, link.hub_url, link.org_id, link.org_name, link.role, link.last_sync_at, link.last_error,
                      never_synced=not (link.cursors or {}), last_report=dict(link.last_report or {}),
                      last_stage=link.last_stage, last_outcome=link.last_outcome, last_error_code=link.last_error_code,
                      last_error_params=dict(link.last_error_params or {}), **common)
