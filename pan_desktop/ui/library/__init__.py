"""The Library: training modules and technical guidelines (cards, readers, knowledge checks) and the glossary.

Pages for the main window: ``LibraryPage(ctx, parent=None)`` and ``GlossaryPage(ctx, parent=None)``.
"""

from pan_desktop.ui.library.glossary_page import GlossaryPage
from pan_desktop.ui.library.library_page import LibraryPage

__all__ = ["GlossaryPage", "LibraryPage"]
