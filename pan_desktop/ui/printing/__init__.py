"""The Print page: choose a printable and its record or pack, set options, preview, save or print."""

from pan_desktop.ui.printing.page import PrintPage

__all__ = ["PrintPage"]
