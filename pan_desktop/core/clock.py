"""Moved to :mod:`pan_desktop.core.shared.clock` (the hub stamps with it too, without the desktop's data layer).

This name stays so code written against it keeps working; new code imports the shared module.
"""

from pan_desktop.core.shared.clock import Stamp, next_stamp, observe_stamp, utcnow  # noqa: F401
