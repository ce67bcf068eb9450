"""1,000 sites × 3 visits (15 answers each): the Sites page's first paint and the time to save one answer.

Targets (issue 15): first paint ≤ 0.3 s, one answer saved ≤ 50 ms. Each figure is printed beside a
baseline measured in the same run: the Sites page over an empty data folder, and one plain record edit
(an initiative's title) through the same write path. Medians of several runs.

    python bench/assessment_bench.py [--sites 1000] [--visits 3] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PLACES = ["Hà Nội", "Long An", "Huế", "Đà Nẵng", "Bến Tre", "Cần Thơ", "Quảng Ninh", "Bình Dương", "Hải Phòng", "Bắc Ninh"]
ANSWERS = ("yes", "partly", "no", "na")


def populate(root: Path, n_sites: int, visits: int) -> str:
    """Sites, assessments and answers written through the ChangeWriter in a few large transactions.
    Returns the id of one draft assessment (for timing answers)."""
    import random

    from pan_desktop.core.services import Services
    from pan_desktop.core.services.changes import ChangeWriter
    from pan_desktop.core.shared.schema import TABLES
    from pan_desktop.core.shared.validation import clean_values
    from pan_desktop.core.sites.service import site_service

    rnd = random.Random(15)
    svc = Services.open(root)
    sites = site_service(svc)
    template = sites.show(sites.start(sites.add_site({"name": "Mẫu", "kind": "junk-shop", "provinces": ["Huế"]})["id"],
                                      "junk-shop")["id"])
    items = template["items"]
    draft = template["id"]
    values = {k: v for k, v in _assessment_row(svc, draft).items() if k in TABLES["assessments"].names}
    for start in range(0, n_sites, 200):
        with svc.db.write() as s:
            w = ChangeWriter(s, "local", "bench")
            for i in range(start, min(n_sites, start + 200)):
                site = w.create("sites", clean_values(TABLES["sites"], {
                    "name": f"Vựa phế liệu số {i}", "kind": rnd.choice(("junk-shop", "factory")),
                    "provinces": [rnd.choice(PLACES)]}))
                for v in range(visits):
                    a = w.create("assessments", clean_values(TABLES["assessments"], {
                        **values, "site_id": site["id"], "date": f"202{4 + v}-0{rnd.randint(1, 9)}-1{v}",
                        "status": "finalized"}))
                    for item in items:
                        w.create("assessment_answers", clean_values(TABLES["assessment_answers"], {
                            "assessment_id": a["id"], "item_id": item["id"], "aspect": item["aspect"],
                            "answer": rnd.choice(ANSWERS)}))
    for item in items:
        sites.set_answer(draft, item["id"], "yes")
    svc.close()
    return draft


def _assessment_row(svc, assessment_id: str) -> dict:
    from sqlalchemy import select

    from pan_desktop.core.models.sites import Assessment

    with svc.db.session() as s:
        return dict(s.execute(select(Assessment.__table__).where(Assessment.id == assessment_id)).mappings().one())


def first_paint(root: Path) -> tuple[float, int, float]:
    """Seconds from opening the Sites page to its table painted with every site, and to every site's
    last visit and score filled in."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pan_desktop.app import build_context
    from pan_desktop.core.services import Services
    from pan_desktop.ui.sites.page import SitesPage

    _app = QApplication.instance() or QApplication([])
    svc = Services.open(root)
    ctx = build_context(svc, root)
    loop = QEventLoop()
    t0 = time.perf_counter()
    page = SitesPage(ctx)
    page.resize(1024, 560)
    page.show()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    page.table.viewport().repaint()
    elapsed = time.perf_counter() - t0
    rows = page.model.rowCount()
    done = QEventLoop()
    page.summarised.connect(done.quit)
    QTimer.singleShot(60_000, done.quit)
    done.exec()
    page.table.viewport().repaint()
    filled = time.perf_counter() - t0
    ctx.pools.wait()
    page.close()
    page.deleteLater()
    ctx.bridge.close()
    svc.close()
    return elapsed, rows, filled


def answer_ms(root: Path, draft: str, runs: int) -> tuple[float, float]:
    """Median milliseconds of one answer saved (each changes the stored one, so an audit row is written
    too), and of one plain record edit through the same write path."""
    from pan_desktop.core.services import Services
    from pan_desktop.core.sites.service import site_service

    svc = Services.open(root)
    sites = site_service(svc)
    items = [i["id"] for i in sites.show(draft)["items"]]
    rec = svc.initiatives.create({"title_vi": "Mốc so sánh"})
    ans, edit = [], []
    for n in range(runs):
        t0 = time.perf_counter()
        sites.set_answer(draft, items[n % len(items)], ANSWERS[(n // len(items) + 1) % 3])
        ans.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        svc.initiatives.update(rec.id, {"title_vi": f"Mốc so sánh {n}"})
        edit.append((time.perf_counter() - t0) * 1000)
    svc.close()
    return statistics.median(ans), statistics.median(edit)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--visits", type=int, default=3)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        full, empty = Path(tmp) / "full", Path(tmp) / "empty"
        t0 = time.perf_counter()
        draft = populate(full, args.sites, args.visits)
        print(f"data: {args.sites} sites × {args.visits} visits × 15 answers written in {time.perf_counter() - t0:.1f} s")
        from pan_desktop.core.services import Services

        Services.open(empty).close()
        paints = [first_paint(full) for _ in range(args.runs)]
        base = [first_paint(empty) for _ in range(args.runs)]
        print(f"Sites page first paint, {paints[0][1]} sites: median {statistics.median(p[0] for p in paints):.3f} s "
              f"(target ≤ 0.300 s) | baseline, empty data folder: {statistics.median(b[0] for b in base):.3f} s")
        print(f"  last visits and scores filled in: median {statistics.median(p[2] for p in paints):.3f} s "
              f"| baseline, empty data folder: {statistics.median(b[2] for b in base):.3f} s")
        a, e = answer_ms(full, draft, max(30, args.runs * 10))
        print(f"one answer saved: median {a:.1f} ms (target ≤ 50 ms) | baseline, one initiative edit: {e:.1f} ms")


if __name__ == "__main__":
    main()
