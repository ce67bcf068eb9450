"""Moved to :mod:`pan_desktop.core.shared.schema` (the hub reads it too, without the desktop's data layer).

This name stays so code written against it keeps working; new code imports the shared module.
"""

from pan_desktop.core.shared.schema import (  # noqa: F401
    EVENTS, INITIATIVES, LIST_ITEM_MAX, LIST_MAX_ITEMS, LONG_TEXT_MAX, ORGANIZATIONS, POLICIES, TABLES, TEXT_MAX,
    FieldSpec, TableSpec, empty_value, table_spec,
)
