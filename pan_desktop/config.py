"""Where data lives and the person's settings.

The data dir is, in order: ``--data-dir``, ``PAN_DATA_DIR``, portable mode (a file named ``portable``
beside the executable or the package keeps everything in ``pan-data`` beside it, for a USB stick), and
the platform's user data dir. Every setting is declared once, with its default, in :class:`Settings`.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import asdict, dataclass, fields
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pan_desktop.core.errors import DataDirError

APP_NAME = "PAN Desktop"
APP_AUTHOR = "PAN"
ENV_DATA_DIR = "PAN_DATA_DIR"
PORTABLE_MARKER = "portable"
PORTABLE_DIR = "pan-data"
log = logging.getLogger(__name__)


def install_dir() -> Path:
    """Folder of the executable when frozen, else the folder holding the ``pan_desktop`` package."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Top-level ``resources/`` (beside the package from source, inside the bundle when frozen)."""
    base = Path(getattr(sys, "_MEIPASS", install_dir()))
    return base / "resources"


def training_modules_dir() -> Path:
    """The bundled content packs."""
    base = Path(getattr(sys, "_MEIPASS", install_dir()))
    return base / "training_modules"


def portable_data_dir() -> Path | None:
    """The portable data dir when a ``portable`` marker file sits beside the executable or package."""
    marker = install_dir() / PORTABLE_MARKER
    return install_dir() / PORTABLE_DIR if marker.is_file() else None


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """The data dir to use, by the precedence in the module docstring."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


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
            f"Choose another folder with --data-dir or {ENV_DATA_DIR}, or check its permissions."
        ) from exc
    return path


def setup_logging(data_dir: Path, level: int = logging.INFO) -> None:
    """A rotating log file ``logs/pan-desktop.log`` in the data dir (1 MB x 5)."""
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    target = str(logs / "pan-desktop.log")
    for old in [h for h in root.handlers if getattr(h, "pan_log", False)]:
        if old.baseFilename == target:
            return
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.pan_log = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


@dataclass
class Settings:
    """The person's settings, stored as ``settings.json`` in the data dir."""

    language: str = "vi"  # vi | en
    user_name: str = ""
    org_name: str = ""
    org_logo: str = ""  # path to an image for printables
    sync_on_demand_only: bool = False

    @classmethod
    def load(cls, data_dir: Path) -> "Settings":
        path = data_dir / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        known = {f.name: f for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known and isinstance(v, type(getattr(cls(), k)))}
        return cls(**values)

    def save(self, data_dir: Path) -> None:
        """Written to a temporary file and renamed, so a crash never leaves half a settings file."""
        path = data_dir / "settings.json"
        tmp = path.with_suffix(".json.partial")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
