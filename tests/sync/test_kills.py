"""Reliability suite, processes killed at fault points (``PAN_FAULT_POINT``, core/sync/faults.py).

A device runs as its own process (``python -m pan_desktop --data-dir D sync now``) and dies during a
pull, while applying a page, and after the hub answered but before the answer was acknowledged; the
hub runs as its own process and dies half-way through a batch and after committing one. After
each: the state so far keeps G1, G3 and G5; then heal, sync everyone, and G1–G5 including G2.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from pan_desktop.core.models import Initiative, OutboxEntry
from pan_desktop.core.sync.client import HubClient, HubUnreachable
from pan_desktop.core.sync.faults import EXIT_CODE
from pan_desktop.hub.models import DeviceOp, HubRow
from tests.sync.hubserver import HubProcess
from tests.sync.oracle import Network


def sync_in_process_of_its_own(dev, fault: str, page_rows: int = 500) -> subprocess.CompletedProcess:
    env = {**os.environ, "PAN_FAULT_POINT": fault, "PAN_SYNC_PAGE_ROWS": str(page_rows),
           "PAN_SYNC_ATTEMPTS": "2", "PAN_SYNC_BACKOFF": "0.05", "PAN_SYNC_TIMEOUT": "10"}
    return subprocess.run([sys.executable, "-m", "pan_desktop", "--data-dir", str(dev.services.data_dir),
                           "sync", "now", "--json"], env=env, capture_output=True, text=True, timeout=60)


def _count(dev, model, *where) -> int:
    with dev.services.db.session() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_device_killed_during_pull_apply_and_ack_loses_nothing(network):
    a, b = network.device("a", "Org A"), network.device("b", "Org A")
    ids = [a.services.initiatives.create({"title_vi": f"Sáng kiến {i}", "summary_vi": "Giảm rác nhựa"}).id
           for i in range(12)]
    a.sync()

    # During a pull of three pages: two are applied, the process dies before asking for the third.
    run = sync_in_process_of_its_own(b, "device.after_apply@2", page_rows=5)
    assert run.returncode == EXIT_CODE, run.stderr
    assert _count(b, Initiative) == 10
    network.check(converged=False)  # G3: the cursor covers exactly the ten rows applied

    # While applying a page: the transaction never commits, so neither rows nor cursor move.
    cursors = b.link().cursors
    a.services.initiatives.update(ids[0], {"title_en": "Collecting plastic"})
    a.sync()
    run = sync_in_process_of_its_own(b, "device.apply", page_rows=5)
    assert run.returncode == EXIT_CODE, run.stderr
    assert b.link().cursors == cursors and _count(b, Initiative) == 10
    network.check(converged=False)

    # After the hub applied b's edits and answered, before b acknowledged them: they stay pending
    # here, are sent again, and the hub answers "duplicate" instead of applying them twice.
    b.services.initiatives.update(ids[1], {"status": "ongoing"})
    mine = b.services.initiatives.create({"title_vi": "Của b"}).id
    run = sync_in_process_of_its_own(b, "device.after_response")
    assert run.returncode == EXIT_CODE, run.stderr
    assert _count(b, OutboxEntry, OutboxEntry.status == "pending") == 2
    with network.hub.store.read() as s:
        assert s.execute(select(func.count()).select_from(DeviceOp).where(DeviceOp.device_id == b.id)).scalar_one() == 2
    network.check(converged=False)

    # Heal (the killed processes left no sync lock behind), then everyone.
    assert b.sync().pushed == 2
    network.sync_all()
    network.check()
    with network.hub.store.read() as s:
        assert s.get(HubRow, ("initiatives", mine)).rev == 1, "an edit was applied twice"
    assert b.services.initiatives.get(ids[0])["title_en"] == "Collecting plastic"
    assert a.services.initiatives.get(ids[1])["status"] == "ongoing"


@pytest.fixture
def hub_process(tmp_path):
    hub = HubProcess(tmp_path / "hub-proc.db")
    yield hub
    hub.stop()


def test_hub_killed_mid_batch_and_after_commit_loses_nothing(hub_process, tmp_path, data_dir):
    hub = hub_process
    net = Network(hub, tmp_path, data_dir)
    fast = lambda url: HubClient(url, timeout=5, attempts=2, backoff=0.05)  # noqa: E731
    try:
        hub.start(fault="hub.mid_batch")  # enrolling and an empty sync apply no batch
        a = net.device("a", "Org A", client_factory=fast)
        b = net.device("b", "Org A", client_factory=fast)
        a.sync()
        ids = [a.services.initiatives.create({"title_vi": f"Lô {i}"}).id for i in range(20)]

        # Killed half-way through a's batch: the transaction is lost whole; every edit stays pending.
        with pytest.raises(HubUnreachable):
            a.sync()
        assert hub.wait_exit() == EXIT_CODE
        with hub.store.read() as s:
            assert s.execute(select(func.count()).select_from(HubRow)).scalar_one() == 0
        assert a.services.pending_outbox() == 20
        net.check(converged=False)

        # Killed after committing the batch, before answering: the resend is answered "duplicate".
        hub.start(fault="hub.after_commit")
        with pytest.raises(HubUnreachable):
            a.sync()
        assert hub.wait_exit() == EXIT_CODE
        with hub.store.read() as s:
            assert s.execute(select(func.count()).select_from(HubRow)).scalar_one() == 20
        assert a.services.pending_outbox() == 20
        net.check(converged=False)

        hub.start()
        report = a.sync()
        assert report.pushed == 20
        net.sync_all()
        net.check()
        with hub.store.read() as s:
            assert {r.rev for r in s.scalars(select(HubRow))} == {1}, "an edit was applied twice"
        assert b.services.initiatives.count() == 20 and b.services.initiatives.get(ids[-1])["title_vi"] == "Lô 19"
    finally:
        net.close()
