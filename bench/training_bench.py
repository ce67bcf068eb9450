"""Training at network scale: 500 sessions × 30 participants (15,000 people and enrolments).

Prints medians beside baselines measured in the same run:

- ``report training`` (all indicators) vs one plain SQL aggregate over the same join (target ≤ 0.5 s);
- the Training page's first paint (session list shown) vs a bare list widget filled with the same
  500 titles (target ≤ 0.3 s);
- a 30-row participant import (matching, enrolment, scores, change capture) vs reading the same CSV
  (target ≤ 1 s).

    python bench/training_bench.py [--sessions 500] [--people 30] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PLACES = ["Hà Nội", "Thừa Thiên Huế", "Đà Nẵng", "Long An", "Bến Tre", "Cần Thơ", "Quảng Ninh", "Hải Phòng"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
GIVEN = ["Thị Hoa", "Văn Nam", "Thị Mai", "Văn Đức", "Thị Lan", "Minh Tuấn", "Thu Hà", "Quốc Bảo", "Ngọc Anh", "Văn Hùng"]
SEXES = ["female", "male", "female", "male", "unspecified"]
ROLES = ["waste-picker", "junk-shop-owner", "junk-shop-worker", "factory-staff", "household-member", "student"]


def build(root: Path, sessions: int, people: int, seed: int = 14) -> None:
    """The data set, written through the one write path in a single transaction."""
    from pan_desktop.core.services import Services
    from pan_desktop.core.services.changes import ChangeWriter

    rnd = random.Random(seed)
    svc = Services.open(root)
    with svc.db.write() as s:
        w = ChangeWriter(s, "local", "bench")
        for i in range(sessions):
            year = 2022 + i % 5
            sid = w.create("training_sessions", {"title": f"Tập huấn vựa phế liệu #{i}", "module_id": "module-junk-shop-practice",
                                                 "start_date": f"{year}-{1 + i % 12:02d}-10", "provinces": [rnd.choice(PLACES)],
                                                 "pass_mark": 70, "organization": "Tổ chức A"})["id"]
            for j in range(people):
                name = f"{rnd.choice(SURNAMES)} {rnd.choice(GIVEN)} {i}-{j}"
                pid = w.create("participants", {"name": name, "sex": rnd.choice(SEXES), "birth_year": rnd.randint(1955, 2008),
                                                "role": rnd.choice(ROLES), "phone": f"09{rnd.randint(10**7, 10**8 - 1)}"},
                               visibility="org")["id"]
                pre = rnd.randint(10, 80)
                w.create("enrolments", {"session_id": sid, "participant_id": pid, "attended": rnd.random() < 0.9,
                                        "pre_score": pre, "post_score": min(100, pre + rnd.randint(-5, 40))}, visibility="org")
    svc.close()


def median_of(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_report(root: Path, runs: int) -> tuple[float, float]:
    from sqlalchemy import text

    from pan_desktop.core.services import Services
    from pan_desktop.core.training.indicators import training_report

    svc = Services.open(root)
    ours = median_of(lambda: training_report(svc.db), runs)

    def baseline():
        with svc.db.session() as s:
            s.execute(text("SELECT p.sex, count(DISTINCT e.participant_id), avg(e.post_score - e.pre_score) FROM enrolments e "
                           "JOIN participants p ON p.id = e.participant_id JOIN training_sessions t ON t.id = e.session_id "
                           "WHERE e.attended AND NOT e.deleted AND NOT t.deleted GROUP BY p.sex")).all()

    base = median_of(baseline, runs)
    svc.close()
    return ours, base


def bench_first_paint(root: Path, runs: int) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication, QListWidget

    from pan_desktop.app import build_context
    from pan_desktop.core.services import Services
    from pan_desktop.ui.training import TrainingPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    svc = Services.open(root)
    ctx = build_context(svc, root)
    titles = [r["title"] for r in svc.training.sessions()]
    ours, base = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        page = TrainingPage(ctx)
        page.resize(1280, 720)
        page.show()
        deadline = time.perf_counter() + 30
        while page.sessions.count() < len(titles) and time.perf_counter() < deadline:
            app.processEvents()
        page.grab()
        ours.append(time.perf_counter() - t0)
        page.close()
        page.deleteLater()
        t0 = time.perf_counter()
        bare = QListWidget()
        bare.addItems(titles)
        bare.resize(1280, 720)
        bare.show()
        app.processEvents()
        bare.grab()
        base.append(time.perf_counter() - t0)
        bare.close()
    ctx.pools.wait()
    svc.close()
    return statistics.median(ours), statistics.median(base)


def bench_import(root: Path, runs: int, people: int) -> tuple[float, float]:
    from pan_desktop.core.services import Services
    from pan_desktop.core.services.tabular import read_csv

    rnd = random.Random(3)
    csv_path = root.parent / "people.csv"
    lines = ["Họ và tên,Giới tính,Năm sinh,Vai trò,Điện thoại,Có tham dự,Điểm trước,Điểm sau"]
    for j in range(people):
        lines.append(f"{rnd.choice(SURNAMES)} {rnd.choice(GIVEN)} mới {j},nữ,{rnd.randint(1960, 2005)},công nhân vựa phế liệu,"
                     f"09{rnd.randint(10**7, 10**8 - 1)},có,{rnd.randint(0, 10)}/10,{rnd.randint(40, 100)}")
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    svc = Services.open(root)
    sessions = [svc.training.add_session({"title": f"Import {k}", "start_date": "2026-05-01"}).id for k in range(runs)]
    it = iter(sessions)
    ours = median_of(lambda: svc.training.import_file(next(it), csv_path), runs)
    data = csv_path.read_bytes()
    base = median_of(lambda: read_csv(data), runs)
    svc.close()
    return ours, base


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=500)
    ap.add_argument("--people", type=int, default=30)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        t0 = time.perf_counter()
        build(root, args.sessions, args.people)
        print(f"built {args.sessions} sessions × {args.people} participants in {time.perf_counter() - t0:.1f} s")
        ours, base = bench_report(root, args.runs)
        print(f"report training      median {ours:.3f} s   baseline (one SQL aggregate) {base:.3f} s   target ≤ 0.5 s")
        ours, base = bench_first_paint(root, args.runs)
        print(f"Sessions first paint median {ours:.3f} s   baseline (bare list, same titles) {base:.3f} s   target ≤ 0.3 s")
        ours, base = bench_import(root, args.runs, args.people)
        print(f"{args.people}-row import        median {ours:.3f} s   baseline (reading the CSV) {base:.4f} s   target ≤ 1 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
