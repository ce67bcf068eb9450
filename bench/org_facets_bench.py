"""How many organisation entries the search sidebar shows for the bundled records (one per organisation
is right), with their labels in Vietnamese and English, and how long linking the names of an import
takes per row.

    python bench/org_facets_bench.py [--rows 50000] [--runs 5]

Runs on any version of the app (the labels column is empty where facets carry names, not ids).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def facet_entries() -> None:
    from pan_desktop.core.search import IndexManager, SearchQuery
    from pan_desktop.core.services import Services
    from pan_desktop.core.services.setup import initialise

    with tempfile.TemporaryDirectory() as tmp:
        svc = Services.open(Path(tmp))
        initialise(svc)
        manager = IndexManager.for_services(svc)
        manager.ensure()
        result = manager.search(SearchQuery(""))
        orgs = result.facets.get("org", [])
        labels = getattr(result, "org_labels", {})
        print(f"organisation facet entries (bundled records): {len(orgs)}")
        for value, count in orgs:
            vi, en = labels.get(value, (value, value))
            print(f"  {count:3d}  {vi}  |  {en}")
        svc.close()


def linking(rows: int, runs: int) -> None:
    """Median seconds to link the organisation names of ``rows`` import rows (two names each)."""
    try:
        from pan_desktop.core.shared.org_names import OrgNames
    except ImportError:
        print("linking: not in this version")
        return
    from pan_desktop.core.shared.seed import bundled_records

    orgs = OrgNames(bundled_records()["organizations"])
    names = ["WWF-Vietnam", "VECOM", "VNCPC", "GreenHub", "Plastic Action Network (PAN network)", "Nhóm Xanh Huế"]
    batch = [[names[i % 6], names[(i + 1) % 6]] for i in range(rows)]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for pair in batch:
            orgs.link(pair)
        times.append(time.perf_counter() - t0)
    print(f"linking the names of {rows:,} rows: median {statistics.median(times):.3f} s over {runs} runs")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    facet_entries()
    linking(args.rows, args.runs)


if __name__ == "__main__":
    main()
