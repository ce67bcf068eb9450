"""Moved to :mod:`pan_desktop.core.shared.validation` (the hub cleans pushed values with it too).

This name stays so code written against it keeps working; new code imports the shared module.
"""

from pan_desktop.core.shared.validation import (  # noqa: F401
    FieldError, clean_field, clean_values, join_list_text, parse_partial_date, split_list_text,
)
