"""Use cases: the only door the UI, the CLI and sync use to change data."""

from pan_desktop.core.services.context import Services
from pan_desktop.core.services.records import Filters, ListQuery, Page, Record, RecordService

__all__ = ["Services", "Filters", "ListQuery", "Page", "Record", "RecordService"]
