"""Record sync by USB stick beside the network, for the same 1,000 edits, in the same run. Medians over
``--runs`` runs.

Two enrolled devices, each with a hub of its own, hold the same records and make the same 1,000 varied edits (the edits of
``bench/sync_bench.py``: Vietnamese and English texts of different lengths, lists, choices). One syncs
over loopback HTTP to a real hub (``sync now``: push the edits, pull the changed rows back); the other
goes by stick: ``sync export`` → ``pan-hub sync import`` → ``pan-hub sync export`` → ``sync import``.
Printed: the up-pack's size beside the network's bytes up, and each step's seconds beside the
network sync's.

    .venv/bin/python bench/usb_sync_bench.py [--runs 3] [--edits 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sync_bench import WORDS, sentence, varied_edit  # noqa: E402
from pan_desktop.core.services import Services  # noqa: E402
from pan_desktop.core.sync.usb_device import UsbDevice  # noqa: E402
from pan_desktop.hub.usb import export_down_pack, import_up_pack  # noqa: E402
from tests.sync.hubserver import HubServer  # noqa: E402


def one_run(n: int, tmp: Path, seed: int) -> dict[str, float]:
    hubs = {name: HubServer(tmp / f"hub-{name}.db").start() for name in ("net", "usb")}  # one each: same work
    try:
        devices = {}
        for name, hub in hubs.items():
            svc = Services.open(tmp / name)
            svc.settings.user_name = name
            engine = svc.sync_engine()
            engine.enrol(hub.url, hub.store.invite(hub.store.add_org("Bench"), "contributor"))
            devices[name] = (svc, engine)
        net, net_engine = devices["net"]
        usb, usb_engine = devices["usb"]
        rng = random.Random(seed)
        titles = [sentence(rng, WORDS, 3, 9) for _ in range(n)]
        own = {}
        for name, (svc, engine) in devices.items():  # the same records on each, synced once online
            own[name] = [svc.initiatives.create({"title_vi": title}).id for title in titles]
            engine.run()
        for name, (svc, _engine) in devices.items():  # the same 1,000 edits on each
            edits = random.Random(seed + 1)
            for i, rid in enumerate(own[name]):
                svc.initiatives.update(rid, varied_edit(edits, i))

        t = time.perf_counter()
        report = net_engine.run()
        t_net = time.perf_counter() - t
        assert report.pushed == n, report

        up, down = tmp / "up.pansync", tmp / "down.pansync"
        t = time.perf_counter()
        exported = UsbDevice(usb).export(up)
        t_export = time.perf_counter() - t
        t = time.perf_counter()
        applied = import_up_pack(hubs["usb"].store, up)
        t_hub_import = time.perf_counter() - t
        t = time.perf_counter()
        made = export_down_pack(hubs["usb"].store, usb.device_id, down)
        t_hub_export = time.perf_counter() - t
        t = time.perf_counter()
        imported = UsbDevice(usb).import_pack(down)
        t_import = time.perf_counter() - t
        assert exported.entries == n and applied.results["applied"] == n and imported.acknowledged == n, (applied, imported)
        for svc, _ in devices.values():
            svc.close()
        return {
            "network: bytes up": report.bytes_up, "network: bytes down": report.bytes_down,
            "usb: up-pack bytes": exported.bytes, "usb: down-pack bytes": made.bytes,
            "network: sync s": t_net,
            "usb: device export s": t_export, "usb: hub import s": t_hub_import,
            "usb: hub export s": t_hub_export, "usb: device import s": t_import,
            "usb: all four steps s": t_export + t_hub_import + t_hub_export + t_import,
        }
    finally:
        for hub in hubs.values():
            hub.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=1000)
    args = parser.parse_args()
    runs = []
    for i in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(one_run(args.edits, Path(tmp), seed=i + 1))
    print(f"{args.edits} edits, medians of {args.runs} runs (network: loopback HTTP to a real hub)")
    for key in runs[0]:
        value = statistics.median(r[key] for r in runs)
        print(f"  {key:<26} {value:>12,.3f}" if key.endswith(" s") else f"  {key:<26} {value:>12,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
