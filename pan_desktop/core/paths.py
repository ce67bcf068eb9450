"""Where the app's own files are (bundled resources and content) and the one check a data folder passes.

Qt-free and free of the top-level ``config`` (which decides *which* data folder to use and imports this).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pan_desktop.core.errors import DataDirError

ENV_DATA_DIR = "PAN_DATA_DIR"


def install_dir() -> Path:
    """Folder of the executable when frozen, else the folder holding the ``pan_desktop`` package."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent.parent


def resources_dir() -> Path:
    """Top-level ``resources/`` (beside the package from source, inside the bundle when frozen)."""
    base = Path(getattr(sys, "_MEIPASS", install_dir()))
    return base / "resources"


def training_modules_dir() -> Path:
    """The bundled content packs."""
    base = Path(getattr(sys, "_MEIPASS", install_dir()))
    return base / "training_modules"


def ensure_data_dir(path: Path) -> Path:
    """Create the data dir if needed; a clear error when it cannot be written."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            f"Cannot write to the data folder {path} ({exc.strerror or exc}). "
            f"Choose another folder with --data-dir or {ENV_DATA_DIR}, or check its permissions.",
            path=str(path),
        ) from exc
    return path
