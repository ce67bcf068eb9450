"""Cold start of PAN Desktop: process start to the main window painted, and memory after start.

Measures, interleaved, several fresh processes of each of:
  source        python -m pan_desktop              (the app from this checkout)
  bundle        dist/pan-desktop/pan-desktop        (when built: python build/build.py)
  bare source   bench/bare_window.py                (baseline: an empty QMainWindow, same probe)
  bare bundle   the same script frozen by PyInstaller (with --frozen-baseline; built once into build/out)

Each process runs offscreen with PAN_STARTUP_PROBE set to the launch time and prints
``window-shown <s>`` (first paint) with ``rss-shown-mb`` (resident memory then), ``ready <s>`` (start-up
work done: bundled content checked, pages loaded, search index catch-up started) and ``rss-mb <MB>``
(resident memory 0.3 s after ready), then ``settled <s>`` and ``rss-settled-mb`` (memory once the
background work start-up began has finished: the figure the memory target is about), then quits. For the bare window "ready" is its first paint. The data folder is made once
beforehand with ``pan-desktop init`` (a returning user's start). Prints medians, with the first run of each
kind shown apart (page cache still cold), and the load average, since this machine is shared. The data
folder is made once beforehand with ``pan-desktop init`` and ``index rebuild``; ``--records N`` first
imports N generated initiatives (bench/import_bench.py's corpus), for a member's larger database.

    python bench/startup_bench.py [--runs 7] [--records 0] [--frozen-baseline]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_EXE = ROOT / "dist" / "pan-desktop" / ("pan-desktop.exe" if sys.platform == "win32" else "pan-desktop")
BARE_DIST = ROOT / "build" / "out" / "startup-baseline"
BARE_EXE = BARE_DIST / "bare_window" / ("bare_window.exe" if sys.platform == "win32" else "bare_window")
TARGET_SHOWN_S, TARGET_RSS_MB = 1.0, 150.0
TIMEOUT_S = 90


def probe(cmd: list[str]) -> dict[str, float]:
    """One fresh process; its probe figures (empty when it failed)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
               PAN_STARTUP_PROBE=f"{time.time():.6f}")
    try:
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, cwd=ROOT).stdout
    except subprocess.TimeoutExpired:
        return {}
    figures = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and (parts[0] in ("window-shown", "ready", "rss-mb", "rss-shown-mb", "settled", "rss-settled-mb")
                                or parts[0].startswith("phase-")):
            figures[parts[0]] = float(parts[1])
    return figures


def build_bare_bundle() -> None:
    sources = [ROOT / "bench" / "bare_window.py", ROOT / "pan_desktop" / "startup_probe.py"]
    if BARE_EXE.exists() and all(p.stat().st_mtime < BARE_EXE.stat().st_mtime for p in sources):
        return
    print("freezing the bare baseline (once)…", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--onedir",
                    "--distpath", str(BARE_DIST), "--workpath", str(BARE_DIST / "work"), "--specpath", str(BARE_DIST),
                    "--paths", str(ROOT), "--exclude-module", "pan_desktop.core", "--exclude-module", "pan_desktop.ui",
                    str(ROOT / "bench" / "bare_window.py")], check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen-baseline", action="store_true", help="also freeze and time the bare window")
    parser.add_argument("--records", type=int, default=0, help="import this many generated initiatives first")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pan-startup-bench-") as tmp:
        return run(Path(tmp) / "data", args)


def run(data: Path, args) -> int:
    steps = [["init"]]
    if args.records:
        sys.path.insert(0, str(ROOT / "bench"))
        from import_bench import generate

        generate(data.parent / "records.csv", args.records)
        steps.append(["import", str(data.parent / "records.csv")])
    for step in (*steps, ["index", "rebuild"]):  # a returning user: data loaded, search index current
        subprocess.run([sys.executable, "-m", "pan_desktop", "--data-dir", str(data), *step], cwd=ROOT, check=True,
                       capture_output=True)
    kinds = {"source": [sys.executable, "-m", "pan_desktop", "--data-dir", str(data)],
             "bare source": [sys.executable, str(ROOT / "bench" / "bare_window.py")]}
    if BUNDLE_EXE.exists():
        kinds["bundle"] = [str(BUNDLE_EXE), "--data-dir", str(data)]
    else:
        print(f"(no bundle at {BUNDLE_EXE.relative_to(ROOT)}: build it with python build/build.py)")
    if args.frozen_baseline:
        build_bare_bundle()
        kinds["bare bundle"] = [str(BARE_EXE)]

    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    results: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
    for _ in range(args.runs + 1):  # round-robin, so a burst of load hits every kind alike
        for kind, cmd in kinds.items():
            results[kind].append(probe(cmd))
    load_after = os.getloadavg() if hasattr(os, "getloadavg") else None

    print(f"\nstart-up, offscreen, {args.runs} runs each after a first (cold-cache) run; medians")
    print(f"{'':14}{'first run':>12}{'window shown':>14}{'RSS then':>10}{'ready':>9}{'RSS then':>10}"
          f"{'settled':>9}{'RSS then':>10}{'failed':>8}")
    keys = ("window-shown", "rss-shown-mb", "ready", "rss-mb")
    for kind, runs in results.items():
        first, rest = runs[0], [r for r in runs[1:] if all(k in r for k in keys)]
        med = {k: statistics.median(r[k] for r in rest) if rest else float("nan") for k in keys}
        settled = [r for r in rest if "rss-settled-mb" in r]  # the bare window has no background work
        for k in ("settled", "rss-settled-mb"):
            med[k] = statistics.median(r[k] for r in settled) if settled else med["ready" if k == "settled" else "rss-mb"]
        failed = sum(1 for r in runs if not all(k in r for k in keys))
        print(f"{kind:14}{first.get('window-shown', float('nan')):11.2f}s{med['window-shown']:13.2f}s"
              f"{med['rss-shown-mb']:7.0f} MB{med['ready']:8.2f}s{med['rss-mb']:7.0f} MB"
              f"{med['settled']:8.2f}s{med['rss-settled-mb']:7.0f} MB{failed:8d}")
    print("\nwhere the time to the window goes (median time each phase ended; the app marks them in app.run_gui)")
    for kind, runs in results.items():
        rest = [r for r in runs[1:] if "phase-run_gui" in r]
        if rest:
            phases = [k for k in rest[0] if k.startswith("phase-")] + ["window-shown"]
            print(f"  {kind:10}" + "  ".join(f"{k.removeprefix('phase-')} {statistics.median(r[k] for r in rest):.2f}"
                                            for k in phases if all(k in r for r in rest)))
    print(f"\ntargets: window shown <= {TARGET_SHOWN_S:.1f} s from the bundle; memory after start (settled) <= {TARGET_RSS_MB:.0f} MB")
    if load_before and load_after:
        print(f"load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
