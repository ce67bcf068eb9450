"""Which data folder to use, and the log file in it. (Settings and bundled paths live in core.)

The data dir is, in order: ``--data-dir``, ``PAN_DATA_DIR``, portable mode (a file named ``portable``
beside the executable or the package keeps everything in ``pan-data`` beside it, for a USB stick), and
the platform's user data dir. ``config`` imports core; core never imports ``config``.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pan_desktop.core.paths import ENV_DATA_DIR, install_dir

APP_NAME = "PAN Desktop"
APP_AUTHOR = "PAN"
PORTABLE_MARKER = "portable"
PORTABLE_DIR = "pan-data"
log = logging.getLogger(__name__)


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
