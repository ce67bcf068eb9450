"""Every third-party package the app imports at run time is a declared dependency (the hub's are its extra).

A package present only through the ``[test]`` extra works in CI and is missing for every user (pypdf was).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pan_desktop"


def imported_top_level(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned_by(declared: set[str]) -> set[str]:
    """Distributions a declared one requires at its own exact version (shiboken6 for PySide6): they always
    come with it and are not declared separately."""
    out = set()
    for name in declared:
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            continue
        out |= {normalise(re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0]) for r in requires if "==" in r and "extra" not in r}
    return out


def test_every_runtime_import_is_a_declared_dependency():
    declared = {normalise(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0])
                for d in tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]}
    distributions = packages_distributions()
    modules = set()
    for path in PACKAGE.rglob("*.py"):
        if "hub" not in path.relative_to(PACKAGE).parts:
            modules |= imported_top_level(path)
    third_party = {m for m in modules if m not in sys.stdlib_module_names and m not in ("pan_desktop", "__future__")}
    assert third_party, "no third-party import found: the scan is broken"
    missing = {}
    for module in sorted(third_party):
        dists = {normalise(d) for d in distributions.get(module, [])}
        assert dists, f"{module} is imported but no installed distribution provides it"
        if not dists & declared and not dists & pinned_by(declared):
            missing[module] = sorted(dists)
    assert not missing, f"imported at run time but not in pyproject dependencies: {missing}"
