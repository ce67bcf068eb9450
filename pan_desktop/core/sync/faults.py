"""Fault points for the reliability suite (SYNC.md): a process can be made to die at a named point.

``PAN_FAULT_POINT=device.apply`` makes the process hard-exit (``os._exit(77)``: no cleanup, no
commit, as if the power went) the first time it reaches that point; ``name@N`` waits for the Nth
time; several points are separated by commas. Without the variable a point costs one dict lookup.

Device points (core/sync/engine.py): ``device.before_push`` (batch read, nothing sent),
``device.after_response`` (the hub committed and answered; nothing acknowledged here yet),
``device.apply`` (inside the transaction that acks and applies a page, before it commits),
``device.after_apply`` (a page committed; the next one not asked for). Hub points
(hub/merge.py): ``hub.mid_batch`` (half a batch applied inside its transaction) and
``hub.after_commit`` (a batch committed, its answer not sent).
"""

from __future__ import annotations

import os
from collections import Counter

ENV = "PAN_FAULT_POINT"
EXIT_CODE = 77
_hits: Counter = Counter()


def fault_point(name: str) -> None:
    """Hard-exit here when ``PAN_FAULT_POINT`` names this point (and its count is reached)."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    for item in wanted.split(","):
        point, _, nth = item.strip().partition("@")
        if point == name:
            _hits[name] += 1
            if _hits[name] >= int(nth or 1):
                os._exit(EXIT_CODE)
