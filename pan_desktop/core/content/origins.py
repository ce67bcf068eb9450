"""Where each installed pack came from, what was removed, and how fresh the last signed update was.

Kept in ``<data_dir>/content/.state.json`` (a hidden name, so the library never takes it for a pack),
written through a temporary file and a rename. An origin is recorded with the version it belongs to: a
pack whose record is missing or names another version (a crash between the folder swap and this file,
or a library from before this file existed) counts as bundled when it is exactly the version shipped
with the app, and otherwise as not from PAN — the label errs on the side of caution.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from pan_desktop.core.content.loader import CONTENT_DIR

log = logging.getLogger(__name__)
STATE_FILE = ".state.json"
LOCK_FILE = ".install.lock"

PAN = "pan"            # verified through the network's signed repository (hub or USB copy)
BUNDLED = "bundled"    # shipped with the app
UNSIGNED = "unsigned"  # installed from a file with --allow-unsigned: "not from PAN"
ORIGINS = (PAN, BUNDLED, UNSIGNED)


def now_text() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def install_lock(data_dir: Path, timeout: float = 120.0):
    """One change of the installed library at a time, across threads and processes."""
    from filelock import FileLock, Timeout

    from pan_desktop.core.errors import PanError

    content = Path(data_dir) / CONTENT_DIR
    content.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(content / LOCK_FILE), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise PanError("Another program is changing the content library; try again in a minute.",
                       code="content.busy") from None
    try:
        yield
    finally:
        lock.release()


class ContentState:
    """The state file of one data dir. Reads never fail (a broken file reads as empty); writes are atomic."""

    _lock = threading.Lock()

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / CONTENT_DIR / STATE_FILE

    def read(self) -> dict:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            log.warning("content state %s unreadable (%s); origins fall back to the bundled check", self.path, exc)
            raw = {}
        raw = raw if isinstance(raw, dict) else {}
        for key in ("packs", "previous", "removed", "freshness"):
            if not isinstance(raw.get(key), dict):
                raw[key] = {}
        return raw

    def _write(self, state: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(STATE_FILE + ".partial")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(state, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    @contextmanager
    def editing(self):
        with self._lock:
            state = self.read()
            yield state
            self._write(state)

    # -- what the library shows -----------------------------------------------------------------
    def origin(self, pack_id: str, version: str, bundled_versions: dict[str, str]) -> str:
        """The origin of the installed ``pack_id`` at ``version`` (see the module docstring)."""
        entry = self.read()["packs"].get(pack_id)
        if isinstance(entry, dict) and entry.get("version") == version and entry.get("origin") in ORIGINS:
            return entry["origin"]
        return BUNDLED if bundled_versions.get(pack_id) == version else UNSIGNED

    def freshness(self) -> dict:
        """``{"as_of": "YYYY-MM-DD" or None, "source": ..., "checked_at": ...}`` of the last signed update."""
        return dict(self.read()["freshness"])

    def removed(self) -> dict[str, str]:
        """Packs a person removed: id -> the version removed (updates skip it and anything older)."""
        return {k: v for k, v in self.read()["removed"].items() if isinstance(v, str)}

    # -- recording changes (call under install_lock) --------------------------------------------
    def record_install(self, pack_id: str, version: str, origin: str, replaced: bool, **extra) -> None:
        with self.editing() as state:
            if replaced and pack_id in state["packs"]:
                state["previous"][pack_id] = state["packs"][pack_id]
            state["packs"][pack_id] = {"version": version, "origin": origin, "installed_at": now_text(), **extra}
            state["removed"].pop(pack_id, None)

    def record_removal(self, pack_id: str, version: str, now_installed: dict | None) -> None:
        """``pack_id`` at ``version`` went to ``.previous``; ``now_installed`` is the record of what took
        its place (the bundled version) or None."""
        with self.editing() as state:
            state["previous"][pack_id] = state["packs"].pop(pack_id, {"version": version, "origin": UNSIGNED})
            if now_installed is not None:
                state["packs"][pack_id] = now_installed
            state["removed"][pack_id] = version

    def record_restore(self, pack_id: str, restored: dict, displaced: dict | None) -> None:
        with self.editing() as state:
            state["packs"][pack_id] = restored
            if displaced is not None:
                state["previous"][pack_id] = displaced
            else:
                state["previous"].pop(pack_id, None)
            state["removed"].pop(pack_id, None)

    def entry(self, pack_id: str, previous: bool = False) -> dict | None:
        value = self.read()["previous" if previous else "packs"].get(pack_id)
        return value if isinstance(value, dict) else None

    def set_freshness(self, as_of: str | None, source: str) -> None:
        with self.editing() as state:
            state["freshness"] = {"as_of": as_of, "source": source, "checked_at": now_text()}
