"""The Sites area: the site list with filters, a site's visits and trend, the assessment form made for a
laptop on a shop floor, and the owner's report."""

from PySide6.QtCore import QCoreApplication


def page_title() -> str:
    """The Sites area's name in the navigation."""
    return QCoreApplication.translate("SitesPage", "Site assessments")
