"""What can go wrong with sites and assessments, each with a stable code the window puts in words."""

from __future__ import annotations

from pan_desktop.core.errors import PanError


class AssessmentLocked(PanError):
    """A finalized assessment is evidence: it never changes (revise it to make a new version)."""

    code = "sites.locked"


class Unanswered(PanError):
    """Finalizing while items are still unanswered."""

    code = "sites.unanswered"


class SiteInputError(PanError):
    """A value a person gave for a site, an assessment or a photo that cannot be used."""

    code = "sites.input"
