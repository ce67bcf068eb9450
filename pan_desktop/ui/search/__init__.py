"""Search UI: ``SearchPage(ctx)`` and ``start_search_indexing(ctx)`` (background index upkeep)."""

from pan_desktop.ui.search.indexing import SearchIndexer, start_search_indexing
from pan_desktop.ui.search.page import SearchPage

__all__ = ["SearchIndexer", "SearchPage", "start_search_indexing"]
