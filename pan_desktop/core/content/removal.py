"""``remove(pack_id)`` and its undo ``restore(pack_id)``.

What a trainer expects: removing a pack that a hub, a USB stick or a file brought goes back to the
version shipped with the app when there is one, and otherwise takes the pack out of the library. The
version shipped with the app cannot be removed (it would come back at the next start); a person who does
not use it simply leaves it closed. The removed version is kept in ``content/.previous/<id>`` so that
``restore`` can put it back, and signed updates do not bring the removed version (or an older one) back
by themselves — a newer version still arrives.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from pan_desktop.core.content.install import (STAGING_DIR, _swap, bundled_pack, installed_version, pack_header,
                                              staged_pack)
from pan_desktop.core.content.loader import CONTENT_DIR, PREVIOUS_DIR, load_pack
from pan_desktop.core.content.origins import BUNDLED, UNSIGNED, ContentState, install_lock, now_text
from pan_desktop.core.errors import NotFound, PanError


@dataclass(frozen=True)
class RemoveResult:
    pack_id: str
    version: str
    bundled_version: str | None  # the version now installed in its place, if any

    def describe(self) -> str:
        kept = f" The removed version is kept; 'pan-desktop content restore {self.pack_id}' puts it back."
        if self.bundled_version:
            return f"{self.pack_id} {self.version} removed; the version shipped with PAN Desktop ({self.bundled_version}) is back.{kept}"
        return f"{self.pack_id} {self.version} removed from the library.{kept}"


def _installed(data_dir: Path, pack_id: str) -> tuple[Path, str]:
    folder = Path(data_dir) / CONTENT_DIR / pack_id
    version = installed_version(folder) if not pack_id.startswith(".") and "/" not in pack_id else None
    if version is None:
        raise NotFound(f"The content pack '{pack_id}' is not installed; 'pan-desktop content list' shows what is.",
                       pack=pack_id)
    return folder, version


def remove(pack_id: str, data_dir: Path, bundled_folder: Path | None = None) -> RemoveResult:
    """Remove the installed ``pack_id`` (see the module docstring); nothing changes when it raises."""
    folder, version = _installed(data_dir, pack_id)
    content = Path(data_dir) / CONTENT_DIR
    shipped = bundled_pack(pack_id, bundled_folder)
    state = ContentState(data_dir)
    if shipped is None:
        with install_lock(data_dir):
            _move_to_previous(folder, content / PREVIOUS_DIR / pack_id)
            state.record_removal(pack_id, version, None)
        return RemoveResult(pack_id, version, None)
    shipped_version = pack_header(shipped)[1]
    if shipped_version == version:
        raise PanError(f"'{pack_id}' {version} came with PAN Desktop and cannot be removed: it would come back at the "
                       "next start. Nothing was changed.", code="content.remove_bundled", pack=pack_id)
    with staged_pack(shipped, content / STAGING_DIR) as (staged, pack):
        with install_lock(data_dir):
            _swap(staged, folder, content / PREVIOUS_DIR / pack_id)
            state.record_removal(pack_id, version, {"version": pack.version, "origin": BUNDLED, "installed_at": now_text()})
    return RemoveResult(pack_id, version, pack.version)


def _move_to_previous(folder: Path, previous: Path) -> None:
    """``folder`` becomes ``previous`` (an older kept version there is dropped), by renames only."""
    previous.parent.mkdir(parents=True, exist_ok=True)
    trash = folder.parent / STAGING_DIR / f"old-{uuid.uuid4().hex}"
    trash.parent.mkdir(parents=True, exist_ok=True)
    had_previous = previous.exists()
    if had_previous:
        os.replace(previous, trash)
    try:
        os.replace(folder, previous)
    except BaseException:
        if had_previous:
            os.replace(trash, previous)
        raise
    shutil.rmtree(trash, ignore_errors=True)


@dataclass(frozen=True)
class RestoreResult:
    pack_id: str
    version: str
    replaced_version: str | None

    def describe(self) -> str:
        if self.replaced_version:
            return f"{self.pack_id} {self.version} is back in place of {self.replaced_version} (kept for undo)."
        return f"{self.pack_id} {self.version} is back in the library."


def restore(pack_id: str, data_dir: Path) -> RestoreResult:
    """Put back the version kept in ``content/.previous/<id>`` (the one an upgrade or a removal replaced);
    what is installed now takes its place there, so a second ``restore`` undoes the first."""
    content = Path(data_dir) / CONTENT_DIR
    previous = content / PREVIOUS_DIR / pack_id
    if pack_id.startswith(".") or "/" in pack_id or not previous.is_dir():
        raise NotFound(f"No earlier version of '{pack_id}' is kept on this computer; nothing was changed.", pack=pack_id)
    pack = load_pack(previous)  # what comes back must load
    state = ContentState(data_dir)
    folder = content / pack_id
    with install_lock(data_dir):
        current = installed_version(folder)
        restored = state.entry(pack_id, previous=True) or {}
        if restored.get("version") != pack.version:
            restored = {"version": pack.version, "origin": UNSIGNED}
        displaced = state.entry(pack_id) if current else None
        if current:
            parked = content / STAGING_DIR / f"swap-{uuid.uuid4().hex}"
            parked.parent.mkdir(parents=True, exist_ok=True)
            os.replace(previous, parked)
            try:
                _swap(parked, folder, previous)
            except BaseException:
                if parked.exists():
                    os.replace(parked, previous)
                raise
        else:
            os.replace(previous, folder)
        state.record_restore(pack_id, restored, displaced if current else None)
    return RestoreResult(pack_id, pack.version, current)
