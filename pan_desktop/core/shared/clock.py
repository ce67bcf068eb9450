"""Time as both ends write it: hybrid logical clock stamps (SYNC.md) and UTC timestamps.

HLC format ``{wall_ms:013d}-{counter:04x}-{device}``: text that sorts in causal order. The last stamp
issued is persisted by the caller, so a device whose wall clock jumps back (a laptop reset to the year
2000) still issues increasing stamps.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone


def utcnow() -> str:
    """Current UTC time as ISO text, the form every timestamp column stores."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter, 16), device)


def next_stamp(last: str | None, device: str, now_ms: int | None = None, offset_ms: int = 0) -> str:
    """The stamp after ``last`` for a local event, using wall time plus the offset learned from the hub."""
    wall = (int(time.time() * 1000) if now_ms is None else now_ms) + offset_ms
    if last:
        prev = Stamp.parse(last)
        if prev.wall_ms >= wall:
            return str(Stamp(prev.wall_ms, prev.counter + 1, device))
    return str(Stamp(wall, 0, device))


def observe_stamp(last: str | None, remote: str, device: str, now_ms: int | None = None, offset_ms: int = 0) -> str:
    """The stamp after receiving ``remote``: never behind it, never behind ``last``."""
    local = next_stamp(last, device, now_ms, offset_ms)
    r = Stamp.parse(remote)
    l = Stamp.parse(local)
    if r.wall_ms > l.wall_ms or (r.wall_ms == l.wall_ms and r.counter >= l.counter):
        return str(Stamp(r.wall_ms, r.counter + 1, device))
    return local
