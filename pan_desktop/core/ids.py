"""Record ids: UUID version 7 (time-ordered), made on the device that creates the record."""

from __future__ import annotations

import os
import time
import uuid


def uuid7(unix_ms: int | None = None) -> str:
    """A new RFC 9562 UUIDv7 as text: 48 bits of Unix milliseconds, then 74 random bits."""
    ms = int(time.time() * 1000) if unix_ms is None else unix_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 68) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    return str(uuid.UUID(int=value))


def normalise_id(text: str) -> str:
    """Canonical lowercase form of a UUID; raises ValueError when the text is not one."""
    return str(uuid.UUID(text.strip()))
