"""Use cases: the only door the UI, the CLI and sync use to change data."""

from pan_desktop.core.services.context import Services
from pan_desktop.core.services.records import ListQuery, Page, Record, RecordService

__all__ = ["Services", "ListQuery", "Page", "Record", "RecordService"]
