"""SQLAlchemy models, one module per area; importing this package registers them all on ``Base``."""

from pan_desktop.core.models.base import DERIVED_COLUMNS, SYNC_COLUMNS, Base, SyncColumns
from pan_desktop.core.models.events import Event
from pan_desktop.core.models.initiatives import Initiative
from pan_desktop.core.models.organizations import Organization
from pan_desktop.core.models.policies import Policy
from pan_desktop.core.models.sites import SITE_MODELS
from pan_desktop.core.models.sync_local import SyncConflict, SyncLink, SyncQuarantine
from pan_desktop.core.models.sync_state import ChangeLogEntry, DeviceState, OutboxEntry
from pan_desktop.core.models.training import Enrolment, Participant, TrainingSession

RECORD_MODELS = {m.__tablename__: m for m in (Initiative, Organization, Policy, Event, TrainingSession, Participant,
                                                         Enrolment, *SITE_MODELS)}

__all__ = [
    "Base", "SyncColumns", "SYNC_COLUMNS", "DERIVED_COLUMNS", "Event", "Initiative", "Organization",
    "Policy", "ChangeLogEntry", "DeviceState", "OutboxEntry", "RECORD_MODELS", "SyncConflict", "SyncLink",
    "SyncQuarantine",
]
