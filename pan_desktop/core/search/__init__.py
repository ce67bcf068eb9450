"""Bilingual, diacritic-aware full-text search over records and content (Whoosh; no Qt).

Use :class:`IndexManager` (``IndexManager.for_services(services)``): ``ensure()`` at start-up and
``catch_up()`` after writes (on a worker), ``search(SearchQuery(...))`` from any worker thread.
"""

from pan_desktop.core.search.facets import FACET_NAMES, Filters
from pan_desktop.core.search.highlight import Snippet
from pan_desktop.core.search.index import IndexCheck, IndexUnusable
from pan_desktop.core.search.manager import IndexManager
from pan_desktop.core.search.results import Hit, SearchQuery, SearchResult

__all__ = ["FACET_NAMES", "Filters", "Hit", "IndexCheck", "IndexManager", "IndexUnusable", "SearchQuery",
           "SearchResult", "Snippet"]
