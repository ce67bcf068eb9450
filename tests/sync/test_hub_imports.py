"""The hub stands on the shared ground only: none of the desktop's data layer, settings or Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

FORBIDDEN = ("pan_desktop.core.services", "pan_desktop.core.db", "pan_desktop.config", "PySide6", "shiboken6")


def _loaded_after(imports: str) -> list[str]:
    script = textwrap.dedent(f"""
        import importlib, json, pkgutil, sys
        {imports}
        print(json.dumps(sorted(sys.modules)))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _forbidden(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]


def test_importing_the_hub_package_loads_nothing_of_the_desktop():
    loaded = _loaded_after("import pan_desktop.hub")
    assert "pan_desktop.hub" in loaded
    assert _forbidden(loaded) == []


def test_every_hub_module_and_the_shared_ground_load_nothing_of_the_desktop():
    loaded = _loaded_after("""
        import pan_desktop.hub, pan_desktop.core.shared
        for pkg in (pan_desktop.hub, pan_desktop.core.shared):
            for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
                importlib.import_module(m.name)
        from pan_desktop.hub.app import create_app
        from pan_desktop.hub.cli import build_parser
        build_parser()
    """)
    assert {"pan_desktop.hub.app", "pan_desktop.hub.merge", "pan_desktop.core.shared.protocol",
            "pan_desktop.core.shared.validation", "fastapi"} <= set(loaded)
    assert _forbidden(loaded) == []
