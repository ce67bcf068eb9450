"""Everything the printables import is installed by ``pip install -e .`` and kept in the bundle: a package
only in the ``[test]`` extra is present in CI and missing for every user (the booklet needed pypdf)."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINTING = [*(ROOT / "pan_desktop" / "core" / "printing").glob("*.py"), *(ROOT / "pan_desktop" / "ui" / "printing").glob("*.py"),
            ROOT / "pan_desktop" / "commands" / "printing.py", ROOT / "pan_desktop" / "commands" / "settings.py"]


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def _dependencies() -> set[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    return {re.split(r"[<>=!~\[ ;]", name, 1)[0].lower().replace("_", "-")
            for name in re.findall(r'"([^"]+)"', block)}


def test_every_package_the_printables_import_is_a_runtime_dependency():
    deps = _dependencies()
    owners = packages_distributions()
    third_party = {m for path in PRINTING for m in _imports(path)} - set(sys.stdlib_module_names) - {"pan_desktop"}
    assert {"reportlab", "pypdf", "PIL", "qrcode"} <= third_party
    missing = {}
    for module in third_party:
        dists = {d.lower().replace("_", "-") for d in owners.get(module, [module])}
        if not dists & deps and not (module == "shiboken6" and "pyside6-essentials" in deps):
            missing[module] = sorted(dists)
    assert missing == {}


def test_no_printing_package_is_left_out_of_the_bundle():
    sys.path.insert(0, str(ROOT / "build"))
    try:
        import bundle_rules
    finally:
        sys.path.remove(str(ROOT / "build"))
    for module in ("pypdf", "reportlab", "qrcode", "PIL", "PIL.Image", "PIL.PngImagePlugin", "PIL.JpegImagePlugin",
                   "markdown_it", "fontpkg_be_vietnam_pro", "pypdfium2"):
        assert module not in bundle_rules.EXCLUDED_MODULES, module
