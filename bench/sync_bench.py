"""Sync over a poor link: 1,000 edits up and 1,000 changes down through a shaping proxy on loopback
(64 kbit/s each way, 250 ms one way), against the SYNC.md budgets. Medians over ``--runs`` runs.

    .venv/bin/python bench/sync_bench.py [--runs 3] [--edits 1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pan_desktop.core.services import Services  # noqa: E402
from pan_desktop.core.sync.client import HubClient  # noqa: E402
from pan_desktop.core.sync.engine import SyncEngine  # noqa: E402
from pan_desktop.core.sync.protocol import PushRequest, encode_body  # noqa: E402
from tests.sync.faultproxy import FaultProxy  # noqa: E402
from tests.sync.hubserver import HubServer  # noqa: E402

RATE = 64_000 / 8  # bytes per second each way
DELAY = 0.250


def one_run(n: int, tmp: Path) -> dict[str, float]:
    hub = HubServer(tmp / "hub.db").start()
    proxy = FaultProxy(hub.port, rate=RATE, delay=DELAY)
    try:
        org = hub.store.add_org("Bench")
        devs = []
        for name in ("up", "down"):
            svc = Services.open(tmp / name)
            svc.settings.user_name = name
            eng = SyncEngine(svc, client_factory=lambda _u: HubClient(proxy.url, timeout=60))
            eng.enrol(hub.url, hub.store.invite(org, "contributor"))
            eng.run()
            devs.append((svc, eng))
        (up, eup), (down, edown) = devs
        ids = [up.initiatives.create({"title_vi": f"Sáng kiến {i}"}).id for i in range(n)]
        eup.run()
        edown.run()
        for i, rid in enumerate(ids):
            up.initiatives.update(rid, {"status": "ongoing", "title_en": f"Initiative {i}"})
        # Hub apply rate, measured on the same batches without the link.
        with up.db.session() as s:
            from pan_desktop.core.sync import local

            entries = local.entries_to_push(s, n)
        push_bytes = len(encode_body(PushRequest(entries), "zstd"))
        t0 = time.perf_counter()
        rep_up = eup.run()
        t_up = time.perf_counter() - t0
        t1 = time.perf_counter()
        rep_down = edown.run()
        t_down = time.perf_counter() - t1
        apply_s = _device_apply(down, n)
        idle = edown.run()
        hub_rate = _hub_rate(tmp, n)
        for svc, _ in devs:
            svc.close()
        return {
            "push bytes/record": rep_up.bytes_up / n, "push body bytes/record": push_bytes / n,
            "requests": rep_up.requests + rep_down.requests, "seconds": t_up + t_down,
            "hub edits/s": hub_rate, "device apply s/1000": apply_s * 1000 / n,
            "idle bytes": idle.bytes_up + idle.bytes_down, "idle requests": idle.requests,
        }
    finally:
        proxy.close()
        hub.stop()


def _device_apply(svc, n: int) -> float:
    """Time to apply n pulled rows in one transaction (what a pull page costs the device)."""
    from sqlalchemy import select

    from pan_desktop.core.models import DeviceState, Initiative
    from pan_desktop.core.sync.local import apply_rows
    from pan_desktop.core.sync.protocol import Row

    with svc.db.session() as s:
        rows = [Row("initiatives", r.id, r.org_id, r.visibility, r.rev + 1, r.server_seq, r.updated_hlc, r.updated_by,
                    r.field_revs, r.deleted, r.created_at, r.updated_at,
                    {"title_vi": r.title_vi, "title_en": r.title_en + " *", "status": r.status})
                for r in s.scalars(select(Initiative).limit(n))]
    t = time.perf_counter()
    with svc.db.write() as s:
        apply_rows(s, rows, s.get(DeviceState, 1), int(time.time() * 1000))
    return time.perf_counter() - t


def _hub_rate(tmp: Path, n: int) -> float:
    """Edits/s of the hub's batch apply on SQLite (no network), 500-entry batches."""
    from pan_desktop.core.sync.protocol import Entry
    from pan_desktop.hub.auth import Caller
    from pan_desktop.hub.merge import BatchApplier
    from pan_desktop.hub.models import Device
    from pan_desktop.hub.store import HubStore, sqlite_url

    store = HubStore(sqlite_url(str(tmp / "rate.db")))
    store.init()
    org = store.add_org("Rate")
    with store.write() as s:
        s.add(Device(id="dev", public_key="", org_id=org, role="contributor", enrolled_at="", expires_at="", next_seq=1))
    caller = Caller("dev", org, "contributor")
    entries = [Entry(i + 1, "create", "initiatives", f"00000000-0000-7000-8000-{i:012d}", org, 0,
                     {"title_vi": {"old": None, "new": f"T {i}"}}, f"{1800000000000 + i:013d}-0000-dev") for i in range(n)]
    entries += [Entry(n + i + 1, "update", "initiatives", f"00000000-0000-7000-8000-{i:012d}", org, 1,
                      {"title_vi": {"old": f"T {i}", "new": f"U {i}"}}, f"{1800000001000 + i:013d}-0000-dev") for i in range(n)]
    t = time.perf_counter()
    for i in range(0, len(entries), 500):
        BatchApplier(store, caller).run(entries[i:i + 500])
    rate = len(entries) / (time.perf_counter() - t)
    store.dispose()
    return rate


BUDGET = {
    "push bytes/record": ("<=", 160), "requests": ("info", None), "seconds": ("<=", 60),
    "hub edits/s": (">=", 500), "device apply s/1000": ("<=", 2.0), "idle bytes": ("<=", 1536),
    "idle requests": ("<=", 1), "push body bytes/record": ("info", None),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--edits", type=int, default=1000)
    args = ap.parse_args()
    results = []
    for i in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(one_run(args.edits, Path(tmp)))
        print(f"run {i + 1}: " + ", ".join(f"{k}={v:.1f}" for k, v in results[-1].items()), flush=True)
    print(f"\nmedians over {args.runs} runs, {args.edits} edits up + {args.edits} changes down, "
          f"64 kbit/s each way, 250 ms one way:")
    print(f"{'figure':26} {'measured':>10}  budget")
    for key, (op, limit) in BUDGET.items():
        value = statistics.median(r[key] for r in results)
        verdict = "" if op == "info" else ("ok" if (value <= limit if op == "<=" else value >= limit) else "OVER")
        print(f"{key:26} {value:10.1f}  {'' if op == 'info' else f'{op} {limit}'} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
