"""Devices never crash on what a hub sends, and never inflate a small answer into a huge one."""

from __future__ import annotations

import tracemalloc

import httpx
import pytest

import pan_desktop.core.services  # noqa: F401 - loads the services before conflicts (import order)
from pan_desktop.core.sync.client import HubClient, HubUnreachable, HubUnverified
from pan_desktop.core.sync.conflicts import hlc_time


@pytest.mark.parametrize("stamp", ["9999999999999-0000-abc", "99999999999999999999-0000-abc", "-5-0-a", "x", ""])
def test_a_stamp_beyond_any_calendar_shows_no_time_instead_of_crashing(stamp):
    assert isinstance(hlc_time(stamp), str)


def _bomb(size: int = 1 << 28) -> bytes:
    import zstandard

    comp = zstandard.ZstdCompressor(level=3).compressobj()
    zeros = b"\0" * (1 << 20)
    out = [comp.compress(zeros) for _ in range(size >> 20)]
    out.append(comp.flush())
    return b"".join(out)


def test_a_zstd_bomb_answer_is_refused_without_filling_memory():
    bomb = _bomb()
    assert len(bomb) < 16 * 1024  # 256 MiB once inflated

    def answer(_req):
        return httpx.Response(200, stream=httpx.ByteStream(bomb), headers={"content-encoding": "zstd"})

    for pinned in (False, True):
        client = HubClient("http://127.0.0.1:9", transport=httpx.MockTransport(answer), attempts=1, backoff=0)
        if pinned:
            client.pin("A" * 43 + "=", "hub")
        tracemalloc.start()
        try:
            with pytest.raises(HubUnverified if pinned else HubUnreachable):
                client.call("GET", "/v1/challenge", object)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            client.close()
        assert peak < 100 * 1024 * 1024, f"{peak / 1e6:.0f} MB"
