"""The person's settings, each declared once with its default, stored as ``settings.json`` in the data dir."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from pan_desktop.core.files import write_atomic

log = logging.getLogger(__name__)
FILENAME = "settings.json"


@dataclass
class Settings:
    """``org_name``, ``org_logo`` (an image path) and the signatories appear on printables."""

    language: str = "vi"  # vi | en
    user_name: str = ""
    org_name: str = ""
    org_logo: str = ""
    signatory_1: str = ""
    signatory_2: str = ""
    sync_on_demand_only: bool = False

    @classmethod
    def load(cls, data_dir: Path) -> "Settings":
        """The stored settings; defaults for a missing, unreadable or malformed file, and for any value
        of the wrong type (a damaged file never stops the app from opening)."""
        path = Path(data_dir) / FILENAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings file %s holds %s, not settings; using defaults", path, type(raw).__name__)
            return cls()
        defaults = cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known and type(v) is type(getattr(defaults, k))}
        return cls(**values)

    def save(self, data_dir: Path) -> None:
        """Written to a temporary file and renamed, so a crash never leaves half a settings file."""
        path = Path(data_dir) / FILENAME
        write_atomic(path, json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8"))
