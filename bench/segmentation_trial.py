"""Trial of Vietnamese word segmentation (underthesea) as an extra search field, against the judged set.

    pip install underthesea          # in a separate environment: it is not a dependency
    python bench/segmentation_trial.py

Runs the relevance bench twice in one process, without and with a field ``g`` of the compound words
underthesea finds in each document's Vietnamese title and text (``túi ni lông`` -> ``tui_ni_long``);
a query's compounds add to the score the way neighbouring words do. Prints nDCG@10, MRR, S@1 and the
engine's p50/p95 for both, the time to segment and index, and the installed size of underthesea and
of the packages it brings that PAN Desktop does not already have.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import relevance_bench as rb  # noqa: E402

SEGMENT_BOOST = 1.0


def installed_size(dist: str) -> int:
    files = md.distribution(dist).files or []
    return sum(f.locate().stat().st_size for f in files if f.locate().is_file())


def _installed_requirements(name: str) -> list[str]:
    """The installed distributions ``name`` requires (extras left out)."""
    out = []
    for r in md.requires(name) or []:
        if "extra ==" in r:
            continue
        dep = re.split(r"[;\[<>=~! ]", r, maxsplit=1)[0].strip().lower()
        try:
            md.distribution(dep)
        except md.PackageNotFoundError:
            continue
        out.append(dep)
    return out


def _closure(names: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_installed_requirements(name))
    return seen


def added_packages() -> list[str]:
    """underthesea and what it requires that pan-desktop's own requirements do not."""
    return sorted(_closure(["underthesea"]) - _closure(_installed_requirements("pan-desktop")))


def with_segmentation() -> None:
    """Add the ``g`` field to the index and to queries (monkeypatched: this is a trial)."""
    from underthesea import word_tokenize

    from pan_desktop.core.search import analysis, documents, index, query

    index.FIELDS = analysis.FIELDS = (*analysis.FIELDS, "g")
    plain_terms = analysis.doc_terms

    def compounds(text: str) -> list[str]:
        return ["_".join(analysis.fold_word(w) for w in analysis.words(tok))
                for tok in word_tokenize(text) if len(analysis.words(tok)) > 1]

    def doc_terms(title, body, en, weight=1.0):
        terms = plain_terms(title, body, en, weight)
        title_vi = title.partition("\n")[0]
        found = compounds(title_vi) * analysis.TITLE_WEIGHT + compounds(body)
        if found:
            counts: dict[str, int] = {}
            for c in found:
                counts[c] = counts.get(c, 0) + 1
            norm = analysis.K1 * (1 - analysis.B + analysis.B * len(found) / analysis.AVG_LEN)
            scale = analysis.LEVELS / (analysis.K1 + 1) * weight
            terms["g"] = {c: min(analysis.LEVELS, 1 + int(n * (analysis.K1 + 1) / (n + norm) * scale))
                          for c, n in counts.items()}
        return terms

    analysis.doc_terms = doc_terms
    documents.doc_terms = doc_terms
    plain_build = query.build

    def build(parsed, expander):
        plan = plain_build(parsed, expander)
        if plan is None:
            return None
        text = " ".join(parsed.words + ([parsed.prefix] if parsed.prefix else []))
        extra = tuple(query.Term("g", c, SEGMENT_BOOST) for c in compounds(text))
        return query.Plan(plan.units, plan.extras + extra, plan.forms)

    query.build = build


def measure(label: str) -> dict:
    queries = rb.load_queries()
    workdir = Path(tempfile.mkdtemp(prefix="pan-segmentation-"))
    try:
        started = time.perf_counter()
        handles = rb.build_data(workdir / "data")
        built = time.perf_counter() - started
        table = rb.summary(rb.run(workdir / "data", queries, handles))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\n== {label}: data built and indexed in {built:.1f} s")
    rb.report(table)
    return table


def main() -> int:
    without = measure("without segmentation")
    import_started = time.perf_counter()
    with_segmentation()
    imported = time.perf_counter() - import_started

    with_ = measure("with underthesea segmentation (field g)")
    added = added_packages()
    size = sum(installed_size(d) for d in added)
    gain = (with_["overall"]["ndcg10"] - without["overall"]["ndcg10"]) * 100
    print(f"\nnDCG@10 {without['overall']['ndcg10']:.3f} -> {with_['overall']['ndcg10']:.3f} ({gain:+.1f} points; "
          f"adopt at +5.0), p95 {without['overall']['p95_ms']:.1f} -> {with_['overall']['p95_ms']:.1f} ms")
    print(f"importing underthesea {imported:.2f} s; packages added: {', '.join(added)}; installed size {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
