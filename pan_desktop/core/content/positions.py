"""Where the reader stopped in each pack, kept in ``<data_dir>/library-state.json`` (one small JSON file)."""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
STATE_FILE = "library-state.json"


@dataclass(frozen=True)
class Position:
    lesson: str       # lesson id, or a view key such as "checklist:factory"
    scroll: float = 0.0  # 0.0 (top) .. 1.0 (bottom)


class ReadingPositions:
    """Per-pack reading positions; a missing or broken file just means "start at the beginning"."""

    _lock = threading.Lock()

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / STATE_FILE

    def _read(self) -> dict:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return raw if isinstance(raw, dict) else {}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("reading positions %s unreadable (%s); starting fresh", self.path, exc)
            return {}

    def get(self, pack_id: str) -> Position | None:
        entry = self._read().get(pack_id)
        if not isinstance(entry, dict) or not isinstance(entry.get("lesson"), str):
            return None
        scroll = entry.get("scroll", 0.0)
        scroll = float(scroll) if isinstance(scroll, (int, float)) else 0.0
        return Position(entry["lesson"], min(max(scroll, 0.0), 1.0))

    def set(self, pack_id: str, position: Position) -> None:
        """Saved through a temporary file and a rename, so a crash never leaves half a file."""
        with self._lock:
            state = self._read()
            state[pack_id] = {"lesson": position.lesson, "scroll": round(position.scroll, 4)}
            tmp = self.path.with_suffix(".json.partial")
            try:
                tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
                os.replace(tmp, self.path)
            except OSError as exc:
                log.warning("could not save reading position to %s: %s", self.path, exc)
