"""Import 50,000 realistic bilingual initiatives, then open the window's table on them.

Prints import records/s (median of several runs) beside a baseline measured in the same run: the same
rows written with one plain executemany and no validation or change capture, so the ratio shows what
validation, the outbox and the change log cost. Then the time to first paint of the initiatives table
and the cost of scrolling it. Also the re-import of the same file (rows without ids: every row is
found already present, nothing written) and, with ``--xlsx``, the same rows from an Excel workbook.

    python bench/import_bench.py [--rows 50000] [--runs 3] [--xlsx]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PLACES = ["Hà Nội", "Long An", "Thừa Thiên Huế", "Phú Quốc", "Đà Nẵng", "Bến Tre", "Cần Thơ", "Quảng Ninh", "Bình Dương",
          "Hải Phòng", "Kiên Giang", "Nghệ An", "Lâm Đồng", "Thành phố Hồ Chí Minh", "Bà Rịa – Vũng Tàu", "Thái Bình"]
SUBJECT_VI = ["Phân loại rác tại nguồn", "Giảm túi ni lông", "Thu gom rác thải nhựa", "Tái chế chai nhựa", "Kinh tế tuần hoàn",
              "Chợ xanh không rác nhựa", "Giảm bao bì trong thương mại điện tử", "Ngăn rò rỉ hạt nhựa", "Vựa phế liệu an toàn"]
SUBJECT_EN = ["Waste separation at source", "Reducing plastic bags", "Collecting plastic waste", "Recycling plastic bottles",
              "Circular economy", "Green markets without plastic waste", "Less packaging in e-commerce", "Stopping pellet leakage",
              "Safer junk shops"]
WHO_VI = ["cho hộ gia đình", "tại trường học", "cho tiểu thương", "ở khu dân cư ven biển", "cho thanh niên", "tại làng nghề"]
WHO_EN = ["for households", "in schools", "for market traders", "in coastal communities", "for young people", "in craft villages"]
ORGS = ["WWF-Vietnam", "VECOM", "VNCPC", "GreenHub", "Plastic Action Network (PAN network)", "AIT RRC.AP"]
THEMES = ["3r", "circular-economy", "waste-separation", "marine-plastic", "single-use-plastic", "e-commerce", "awareness"]
STATUS = ["planned", "ongoing", "completed"]
FIELDS = ["title_vi", "title_en", "summary_vi", "summary_en", "organizations", "provinces", "themes", "audiences",
          "outputs", "sources", "start_date", "end_date", "status"]


def generate(path: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(FIELDS)
        for i in range(n):
            s = rnd.randrange(len(SUBJECT_VI))
            who = rnd.randrange(len(WHO_VI))
            place = rnd.choice(PLACES)
            start = rnd.randint(2015, 2025)
            w.writerow([
                f"{SUBJECT_VI[s]} {WHO_VI[who]} ở {place} #{i}", f"{SUBJECT_EN[s]} {WHO_EN[who]} #{i}",
                f"Sáng kiến {SUBJECT_VI[s].lower()} {WHO_VI[who]}, tập huấn và truyền thông tại {place}.",
                f"An initiative on {SUBJECT_EN[s].lower()} {WHO_EN[who]}, with training and outreach.",
                "; ".join(rnd.sample(ORGS, 2)), place, "; ".join(rnd.sample(THEMES, 2)), "households; communities",
                f"{rnd.randint(10, 5000)} người được tập huấn", "synthetic benchmark data",
                str(start), str(start + rnd.randint(0, 4)), rnd.choice(STATUS),
            ])


def fresh_services(root: Path):
    from pan_desktop.core.services import Services

    return Services.open(root)


def timed_import(path: Path, root: Path):
    """Seconds to import ``path`` into the data dir ``root`` (created if new), and the report."""
    svc = fresh_services(root)
    t0 = time.perf_counter()
    report = svc.interchange.import_file(path)
    elapsed = time.perf_counter() - t0
    svc.close()
    return elapsed, report


def time_import(csv_path: Path, root: Path) -> float:
    elapsed, report = timed_import(csv_path, root)
    assert report.added > 0
    return elapsed


def time_reimport(csv_path: Path, root: Path) -> tuple[float, int]:
    """The same file again into a database that holds it: read, check and match every row, write nothing."""
    elapsed, report = timed_import(csv_path, root)
    assert report.added == 0
    return elapsed, report.already_present


def time_xlsx(csv_path: Path, root: Path) -> tuple[float, float]:
    """Seconds to write the rows as an .xlsx (openpyxl, write-only) and to import that workbook."""
    from openpyxl import Workbook

    t0 = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sáng kiến")
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            sheet.append(row)
    xlsx = csv_path.with_suffix(".xlsx")
    book.save(xlsx)
    written = time.perf_counter() - t0
    elapsed, report = timed_import(xlsx, root)
    assert report.added > 0
    return written, elapsed


def time_baseline(csv_path: Path, root: Path) -> float:
    """The same rows with csv + one executemany into a same-shaped table: no validation, no logs."""
    con = sqlite3.connect(root / "baseline.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(f"CREATE TABLE t (id TEXT PRIMARY KEY, {', '.join(f + ' TEXT' for f in FIELDS)})")
    t0 = time.perf_counter()
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    with con:
        con.executemany(f"INSERT INTO t VALUES (?, {', '.join('?' for _ in FIELDS)})", ([str(i), *r] for i, r in enumerate(rows)))
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def time_table(root: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pan_desktop.app import build_context
    from pan_desktop.ui.records.page import RecordsPage

    _app = QApplication.instance() or QApplication([])  # kept alive for the widgets below
    svc = fresh_services(root)
    ctx = build_context(svc, root)
    page = RecordsPage(ctx, "initiatives")
    page.resize(1200, 800)
    page.show()
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    first_paint = []

    def rows_arrived() -> None:
        if not first_paint:
            page.view.viewport().repaint()
            first_paint.append(time.perf_counter() - t0)

    page.model.modelReset.connect(rows_arrived)
    t0 = time.perf_counter()
    page.reload()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    loaded = time.perf_counter() - t0
    painted = first_paint[0]
    rows = page.model.rowCount()
    bar = page.view.verticalScrollBar()
    steps = []
    for i in range(200):
        s = time.perf_counter()
        bar.setValue(int(bar.maximum() * i / 199))
        page.view.viewport().repaint()
        steps.append((time.perf_counter() - s) * 1000)
    ctx.pools.wait()
    svc.close()
    return {"rows": rows, "load_s": loaded, "first_paint_s": painted, "scroll_median_ms": statistics.median(steps), "scroll_max_ms": max(steps)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--xlsx", action="store_true", help="also import the rows from an .xlsx workbook (slow to write)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv_path = tmp / "initiatives.csv"
        generate(csv_path, args.rows)
        print(f"corpus: {args.rows:,} initiatives, {csv_path.stat().st_size / 2**20:.1f} MB CSV")
        imports, baselines = [], []
        for run in range(args.runs):
            imports.append(time_import(csv_path, tmp / f"run{run}"))
            baselines.append(time_baseline(csv_path, tmp / f"run{run}"))
            print(f"  run {run + 1}: import {imports[-1]:.2f} s, baseline {baselines[-1]:.2f} s")
        imp, base = statistics.median(imports), statistics.median(baselines)
        print(f"import (validation + outbox + change log): median {imp:.2f} s = {args.rows / imp:,.0f} records/s (target: {args.rows:,} in < 60 s)")
        print(f"baseline (csv + one executemany, no checks): median {base:.2f} s = {args.rows / base:,.0f} records/s")
        print(f"ratio import/baseline: {imp / base:.1f}x")
        again, present = time_reimport(csv_path, tmp / "run0")
        print(f"re-import of the same file (no ids): {again:.2f} s, 0 added, {present:,} already present")
        if args.xlsx:
            written, from_xlsx = time_xlsx(csv_path, tmp / "xlsx")
            print(f"xlsx: the same rows from a workbook imported in {from_xlsx:.2f} s (written by openpyxl in {written:.2f} s, with inline strings: the slowest form to read; Excel writes shared strings)")
        table = time_table(tmp / "run0")
        print(f"table: first screen of rows painted at {table['first_paint_s']:.3f} s; all {table['rows']:,} rows loaded on a worker by {table['load_s']:.2f} s (the window stays responsive meanwhile)")
        print(f"scrolling: 200 jumps across the table, repaint median {table['scroll_median_ms']:.1f} ms, max {table['scroll_max_ms']:.1f} ms")


if __name__ == "__main__":
    main()
