"""Content packs: training modules and technical guidelines (load, validate, install). No Qt here.

Public API (the contract the reader, search and printing code use)::

    from pan_desktop.core.content import load_pack, Library, validate, install, install_bundled
"""

from pan_desktop.core.content.install import DowngradeRefused, InstallResult, bundled_packs, install, install_bundled
from pan_desktop.core.content.loader import Library, load_pack, version_key
from pan_desktop.core.content.model import (ASPECTS, KINDS, Checklist, ChecklistItem, Choice, GlossaryEntry,
                                            KnowledgeCheck, Lesson, Pack, PackError, PackProblem, Text,
                                            audience_label)
from pan_desktop.core.content.validate import validate

__all__ = [
    "ASPECTS", "KINDS", "Checklist", "ChecklistItem", "Choice", "DowngradeRefused", "GlossaryEntry", "InstallResult",
    "KnowledgeCheck", "Lesson", "Library", "Pack", "PackError", "PackProblem", "Text", "audience_label",
    "bundled_packs", "install", "install_bundled", "load_pack", "validate", "version_key",
]
