"""Relevance bench: how often search puts the right thing first, over a judged set of queries.

    .venv/bin/python bench/relevance_bench.py              # every query, figures per category
    .venv/bin/python bench/relevance_bench.py --show 5     # also each query's top 5 and what it missed
    .venv/bin/python bench/relevance_bench.py --json out.json

The data is what a new installation holds (the bundled records, packs and glossary) plus the
synthetic records of ``bench/relevance/corpus.yaml``; the queries and their graded judgments are in
``bench/relevance/queries.yaml`` (0 not relevant … 3 what the person meant; a document not judged
counts as 0). Each query runs as the Search page runs it (last word completed while typing, a page
of 30 with facet counts and snippets, the spelling suggestion's results when nothing matches). Printed: nDCG@10, MRR (first document graded 2 or 3),
success@1 and @5 (one graded 2 or 3 there), overall and per category, with the engine's p50/p95.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HERE = Path(__file__).resolve().parent / "relevance"
RELEVANT = 2  # the grade from which a document counts as a right answer (MRR, success@k)
PAGE = 30  # what the Search page asks for
RUNS = 3  # timed runs per query (the median is kept)


@dataclass
class Judged:
    text: str
    category: str
    grades: dict[str, int]
    note: str = ""


@dataclass
class Outcome:
    query: Judged
    ranked: list[str]
    ms: float
    ndcg: float = 0.0
    rr: float = 0.0
    s1: float = 0.0
    s5: float = 0.0
    snippets: list[str] = field(default_factory=list)


def load_queries(path: Path = HERE / "queries.yaml") -> list[Judged]:
    raw = yaml.safe_load(path.read_text("utf-8"))
    out = []
    for item in raw["queries"]:
        grades = {str(k): int(v) for k, v in (item.get("j") or {}).items()}
        out.append(Judged(str(item["q"]), str(item["cat"]), grades, str(item.get("note", ""))))
    return out


def build_data(data_dir: Path) -> dict[str, str]:
    """A data dir with the bundled data and the synthetic corpus, indexed; returns handle -> doc key."""
    from pan_desktop.core.search import IndexManager
    from pan_desktop.core.services import Services
    from pan_desktop.core.services.setup import bundled_records, initialise

    services = Services.open(data_dir)
    try:
        initialise(services)
        corpus = yaml.safe_load((HERE / "corpus.yaml").read_text("utf-8"))
        handles = {}
        for table, items in corpus.items():
            for item in items:
                values = {k: v for k, v in item.items() if k != "handle"}
                row = services.records[table].create(values)
                handles[item["handle"]] = f"{table}:{row['id'] if isinstance(row, dict) else row.id}"
        seed = yaml.safe_load((HERE / "seed_handles.yaml").read_text("utf-8"))
        ids = {i["id"]: t for t, items in bundled_records().items() for i in items}
        for handle, rid in seed.items():
            handles[handle] = f"{ids[rid]}:{rid}"
        IndexManager.for_services(services).rebuild()
    finally:
        services.close()
    return handles


def _key(key: str, handles: dict[str, str]) -> str:
    if key in handles:
        return handles[key]
    if key.split(":", 1)[0] in ("lesson", "guideline", "glossary"):
        return key
    raise KeyError(f"judgment names {key!r}, which is neither a handle nor a content key")


def ndcg(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def score(outcome: Outcome) -> Outcome:
    g = outcome.query.grades
    ranks = [i for i, d in enumerate(outcome.ranked) if g.get(d, 0) >= RELEVANT]
    outcome.ndcg = ndcg(outcome.ranked, g)
    outcome.rr = 1 / (ranks[0] + 1) if ranks else 0.0
    outcome.s1 = 1.0 if ranks and ranks[0] < 1 else 0.0
    outcome.s5 = 1.0 if ranks and ranks[0] < 5 else 0.0
    return outcome


def run(data_dir: Path, queries: list[Judged], handles: dict[str, str], runs: int = RUNS) -> list[Outcome]:
    from pan_desktop.core.search import IndexManager, SearchQuery
    from pan_desktop.core.services import Services

    services = Services.open(data_dir)
    manager = IndexManager.for_services(services)
    manager.ensure()
    outcomes = []
    # An older checkout's engine has no spelling correction: the bench still runs, for before/after.
    as_the_page = {"correct": True} if "correct" in SearchQuery.__dataclass_fields__ else {}
    try:
        for jq in queries:
            grades = {_key(k, handles): v for k, v in jq.grades.items()}
            q = SearchQuery(jq.text, limit=PAGE, complete_last=True, **as_the_page)
            times, result = [], None
            for _ in range(runs):
                t = time.perf_counter()
                result = manager.search(q)
                times.append((time.perf_counter() - t) * 1000)
            assert result is not None and not result.from_database
            ranked = [f"{h.type}:{h.id}" for h in result.hits]
            judged = Judged(jq.text, jq.category, grades, jq.note)
            outcomes.append(score(Outcome(judged, ranked, statistics.median(times),
                                          snippets=[h.snippet.text for h in result.hits[:10]])))
    finally:
        services.close()
    return outcomes


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))]


def summary(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.query.category].append(o)
    groups = dict(sorted(groups.items()))
    groups["overall"] = outcomes
    return {name: {"n": len(os), "ndcg10": statistics.fmean(o.ndcg for o in os), "mrr": statistics.fmean(o.rr for o in os),
                   "s1": statistics.fmean(o.s1 for o in os), "s5": statistics.fmean(o.s5 for o in os),
                   "p50_ms": statistics.median(o.ms for o in os), "p95_ms": percentile([o.ms for o in os], 95)}
            for name, os in groups.items()}


def report(table: dict[str, dict[str, float]]) -> None:
    print(f"{'category':14s} {'n':>4s} {'nDCG@10':>8s} {'MRR':>6s} {'S@1':>6s} {'S@5':>6s}   {'p50 ms':>7s} {'p95 ms':>7s}")
    for name, r in table.items():
        if name == "overall":
            print("-" * 72)
        print(f"{name:14s} {r['n']:4d} {r['ndcg10']:8.3f} {r['mrr']:6.3f} {r['s1']:6.3f} {r['s5']:6.3f}   "
              f"{r['p50_ms']:7.1f} {r['p95_ms']:7.1f}")


def show(outcomes: list[Outcome], k: int, handles: dict[str, str]) -> None:
    names = {v: h for h, v in handles.items()}
    for o in sorted(outcomes, key=lambda o: o.ndcg):
        if o.ndcg >= 0.999:
            continue
        print(f"\n[{o.query.category}] {o.query.text!r}  nDCG {o.ndcg:.2f}  RR {o.rr:.2f}")
        for i, d in enumerate(o.ranked[:k]):
            print(f"   {i + 1}. ({o.query.grades.get(d, 0)}) {names.get(d, d)}  | {o.snippets[i][:90] if i < len(o.snippets) else ''}")
        missed = [(g, d) for d, g in o.query.grades.items() if g >= RELEVANT and d not in o.ranked[:k]]
        for g, d in sorted(missed, reverse=True):
            pos = o.ranked.index(d) + 1 if d in o.ranked else "-"
            print(f"   missed ({g}) {names.get(d, d)} at {pos}")


def override(item: str) -> None:
    """Set a constant of a ``pan_desktop.core.search`` module for this run (``engine.CAPS={}``)."""
    import ast
    import importlib

    name, _, value = item.partition("=")
    module, _, attr = name.rpartition(".")
    mod = importlib.import_module(f"pan_desktop.core.search.{module}")
    if not hasattr(mod, attr):
        raise SystemExit(f"--set: {module} has no {attr}")
    setattr(mod, attr, ast.literal_eval(value))
    print(f"set {name} = {value}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, metavar="K", help="print each imperfect query's top K")
    parser.add_argument("--json", type=Path, help="write the figures (and per-query results) to this file")
    parser.add_argument("--runs", type=int, default=RUNS, help="timed runs per query (median kept)")
    parser.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE",
                        help="try a ranking constant of core/search (e.g. query.NEIGHBOUR_BOOST=0); repeatable")
    args = parser.parse_args()
    for item in args.set:
        override(item)
    queries = load_queries()
    workdir = Path(tempfile.mkdtemp(prefix="pan-relevance-"))
    try:
        t = time.perf_counter()
        handles = build_data(workdir / "data")
        print(f"{len(queries)} judged queries; data built and indexed in {time.perf_counter() - t:.1f} s")
        outcomes = run(workdir / "data", queries, handles, args.runs)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    table = summary(outcomes)
    report(table)
    if args.show:
        show(outcomes, args.show, handles)
    if args.json:
        per_query = [{"q": o.query.text, "cat": o.query.category, "ndcg10": round(o.ndcg, 4), "rr": round(o.rr, 4),
                      "ms": round(o.ms, 2)} for o in outcomes]
        args.json.write_text(json.dumps({"summary": table, "queries": per_query}, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
