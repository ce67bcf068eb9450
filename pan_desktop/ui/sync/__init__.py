"""Sync screens: the Sync page, the Conflicts page (with its quarantine list) and the status-bar indicator."""

from pan_desktop.ui.sync.conflicts_page import ConflictsPage
from pan_desktop.ui.sync.indicator import SyncIndicator
from pan_desktop.ui.sync.sync_page import SyncPage

__all__ = ["SyncPage", "ConflictsPage", "SyncIndicator"]
