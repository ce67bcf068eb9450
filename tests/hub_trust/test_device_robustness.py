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


def test_a_zero_byte_database_beside_the_sync_key_is_damage_not_a_new_computer(network):
    from pan_desktop.core.errors import DataDirError
    from pan_desktop.core.services import Services

    a = network.device("a", "Org A")
    folder = a.services.data_dir
    key = a.engine.identity.key_path.read_bytes()
    network.close()
    network.devices.clear()
    (folder / "pan.db").write_bytes(b"")
    for extra in ("pan.db-wal", "pan.db-shm"):
        (folder / extra).unlink(missing_ok=True)
    with pytest.raises(DataDirError) as refused:
        Services.open(folder)
    assert refused.value.code == "data_dir.damaged"
    assert (folder / "pan.db").stat().st_size == 0, "the damaged file was replaced"
    assert a.engine.identity.key_path.read_bytes() == key
