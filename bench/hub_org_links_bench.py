"""What the hub's organisation linking costs when the hub starts: building the app over a hub of N rows
without the linking (the baseline, as before), with it on a hub already linked (every later start),
and the first start of a hub upgraded with N unlinked rows (once). Medians; SQLite.

    python bench/hub_org_links_bench.py [--rows 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ORGS = 30


def make_hub(path: Path, rows: int) -> None:
    from pan_desktop.core.ids import uuid7
    from pan_desktop.core.shared.clock import utcnow
    from pan_desktop.core.shared.schema import TABLES
    from pan_desktop.hub.models import ChangeRow, HubRow
    from pan_desktop.hub.store import HubStore, sqlite_url

    store = HubStore(sqlite_url(str(path)))
    store.init()
    now, hlc = utcnow(), "0001764460800000-0000-old"
    with store.write() as s:
        counter = store.lock_counter(s)

        def add(table: str, data: dict) -> None:
            counter.value += 1
            rid = uuid7()
            s.add(HubRow(table_name=table, id=rid, org_id="org", visibility="network", rev=1, server_seq=counter.value,
                         updated_hlc=hlc, updated_by="old", field_revs={}, field_by={}, deleted=False, deleted_by="",
                         created_at=now, updated_at=now, data={**TABLES[table].empty_values(), **data}))
            s.add(ChangeRow(server_seq=counter.value, scope="net", org_id="org", table_name=table, record_id=rid,
                            rev=1, kind="create", device_id=""))

        for i in range(ORGS):
            add("organizations", {"name_vi": f"Tổ chức số {i}", "short_name": f"TC{i}"})
        for i in range(rows):
            add("initiatives", {"title_vi": f"Sáng kiến {i}", "organizations": [f"TC{i % ORGS}", "Nhóm chưa có"],
                                "funders": [f"tổ chức số {(i + 1) % ORGS}"]})
    store.dispose()


def start(path: Path, linking: bool) -> float:
    from pan_desktop.hub import app as hub_app
    from pan_desktop.hub.store import HubStore, sqlite_url

    store = HubStore(sqlite_url(str(path)))
    t0 = time.perf_counter()
    if linking:
        hub_app.create_app(store)
    else:
        with mock.patch.object(hub_app, "link_stored", lambda _store: 0):
            hub_app.create_app(store)
    took = time.perf_counter() - t0
    store.dispose()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.db"
        make_hub(template, args.rows)
        first = []
        for i in range(max(1, args.runs // 2)):
            copy = Path(tmp) / f"first{i}.db"
            shutil.copy(template, copy)
            first.append(start(copy, True))
        linked = Path(tmp) / "first0.db"
        baseline = [start(linked, False) for _ in range(args.runs)]
        later = [start(linked, True) for _ in range(args.runs)]
    ms = lambda xs: f"{statistics.median(xs) * 1000:8.1f} ms"  # noqa: E731
    print(f"hub of {args.rows} initiatives, {ORGS} organisations (medians)")
    print(f"  start, no linking (baseline)        {ms(baseline)}")
    print(f"  start, linking a linked hub         {ms(later)}")
    print(f"  first start, linking every row      {ms(first)}")


if __name__ == "__main__":
    main()
