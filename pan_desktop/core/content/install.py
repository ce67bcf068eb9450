"""Installing packs into ``<data_dir>/content/<id>/``: validate in a staging folder, then swap atomically.

Steps: structural safety check of the source (nothing written yet) → copy or extract into
``content/.staging/<random>/`` → full validation → refuse an older version than the installed one →
``content/<id>`` moves to ``content/.previous/<id>`` and the staged folder takes its place (two renames
on one file system) → the installed pack is loaded once more → its origin is recorded
(``origins.ContentState``). Any failure after the first rename puts the old version back; the staging
folder is always removed. Changes of the library happen one at a time (``origins.install_lock``).

``install`` itself trusts nothing and checks no signature: the command line and the window call it only
with the person's consent to an unsigned pack, and the origin ``unsigned`` labels it "not from PAN".
Signed updates (``updates``) and the bundled packs use the same staging and swap with their own origin.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pan_desktop.core.content.loader import CONTENT_DIR, PREVIOUS_DIR, load_pack, version_key
from pan_desktop.core.content.model import Pack, PackError, problem
from pan_desktop.core.content.origins import BUNDLED, UNSIGNED, ContentState, install_lock
from pan_desktop.core.content.sources import PACK_SUFFIX, extract_zip, scan_folder, scan_zip
from pan_desktop.core.errors import NotFound, PanError

log = logging.getLogger(__name__)
STAGING_DIR = ".staging"


@dataclass(frozen=True)
class InstallResult:
    pack_id: str
    version: str
    previous_version: str | None
    status: str  # "installed" | "upgraded" | "unchanged"

    def describe(self) -> str:
        if self.status == "unchanged":
            return f"{self.pack_id} {self.version} is already installed; nothing changed."
        if self.status == "upgraded":
            return f"{self.pack_id} upgraded from {self.previous_version} to {self.version} (the previous version is kept in content/.previous/)."
        return f"{self.pack_id} {self.version} installed."


class DowngradeRefused(PanError):
    """The installed version of a pack is newer than the one offered."""

    code = "content.downgrade"


def _stage(source: Path, staging: Path) -> Path:
    """Copy or extract ``source`` into a new folder under ``staging``; raises PackError on a hostile source."""
    source = Path(source)
    if source.is_dir():
        found = scan_folder(source)
        if found:
            raise PackError(found, str(source), "was refused")
    elif source.is_file():
        if source.suffix.lower() not in (PACK_SUFFIX, ".zip"):
            raise PackError([problem(source.name, 0, "is neither a pack folder nor a .panpack file", "not_a_pack")], str(source), "was refused")
        found = scan_zip(source)
        if found:
            raise PackError(found, str(source), "was refused")
    else:
        raise NotFound(f"No pack at {source}. Give the path of a pack folder or a .panpack file.")
    staging.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix="pack-", dir=staging)) / "pack"
    try:
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
            # The copy is checked again: the source could have changed between the scan and the copy.
            found = scan_folder(target)
            if found:
                raise PackError(found, str(source), "was refused")
        else:
            extract_zip(source, target)
    except BaseException:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise
    return target


@contextmanager
def staged_pack(source: Path, staging: Path) -> Iterator[tuple[Path, Pack]]:
    """``(folder, pack)``: ``source`` copied or extracted under the folder ``staging`` and validated exactly
    as an install validates it (the hub publishes with this too); the copy is removed afterwards."""
    staged = _stage(source, staging)
    try:
        try:
            pack = load_pack(staged)
        except PackError as exc:
            raise PackError(exc.problems, str(source), "was refused") from None
        yield staged, pack
    finally:
        shutil.rmtree(staged.parent, ignore_errors=True)


def install(source: Path, data_dir: Path, origin: str = UNSIGNED) -> InstallResult:
    """Install the pack folder or ``.panpack`` at ``source`` into ``data_dir``; see the module docstring.

    Raises PackError (problems with file and line), DowngradeRefused, or NotFound; the installed library
    is unchanged whenever it raises.
    """
    with staged_pack(source, Path(data_dir) / CONTENT_DIR / STAGING_DIR) as (staged, new):
        return install_staged(staged, new, data_dir, origin, source=str(source))


def install_staged(staged: Path, new: Pack, data_dir: Path, origin: str, source: str = "", replace_same: bool = False,
                   **record) -> InstallResult:
    """Swap the validated ``staged`` folder holding ``new`` into the library and record its origin.

    The same version replaces the installed one only with ``replace_same`` (a signed copy replacing an
    unsigned pack that claims the same version)."""
    content = Path(data_dir) / CONTENT_DIR
    target = content / new.id
    with install_lock(data_dir):
        old_version = installed_version(target)
        if old_version is not None:
            if version_key(old_version) > version_key(new.version):
                raise DowngradeRefused(
                    f"The installed '{new.id}' is version {old_version}, newer than {new.version} in {source or 'the update'}. "
                    "Nothing was changed. To go back to an older version, remove the pack first.",
                    pack=new.id, installed=old_version, offered=new.version)
            if version_key(old_version) == version_key(new.version) and not replace_same:
                return InstallResult(new.id, new.version, old_version, "unchanged")
        _swap(staged, target, content / PREVIOUS_DIR / new.id)
        ContentState(data_dir).record_install(new.id, new.version, origin, replaced=old_version is not None, **record)
    return InstallResult(new.id, new.version, old_version, "upgraded" if old_version else "installed")


def installed_version(folder: Path) -> str | None:
    """The version in ``folder/pack.yaml`` if it reads as a version, else None (a broken install is replaced)."""
    return pack_header(folder)[1]


def pack_header(folder: Path) -> tuple[str | None, str | None]:
    """``(id, version)`` from ``folder/pack.yaml`` without validating the pack; None for what does not read."""
    import re

    from pan_desktop.core.content.schema import SEMVER_RE
    from pan_desktop.core.content.yamlsafe import load_yaml

    try:
        text = (folder / "pack.yaml").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None, None
    meta = load_yaml(text, "pack.yaml", [])
    meta = meta if isinstance(meta, dict) else {}
    pack_id, version = meta.get("id"), meta.get("version")
    if not (isinstance(version, str) and re.match(SEMVER_RE, version)):
        if folder.is_dir():
            log.warning("installed pack %s has no readable version; it will be replaced", folder)
        version = None
    return (pack_id if isinstance(pack_id, str) else None), version


def _swap(staged: Path, target: Path, previous: Path) -> None:
    """Put ``staged`` at ``target``, keeping the old ``target`` at ``previous``; undo on any failure."""
    previous.parent.mkdir(parents=True, exist_ok=True)
    trash = target.parent / STAGING_DIR / f"old-{uuid.uuid4().hex}"
    moved_prev = moved_target = placed = False
    try:
        if previous.exists():
            os.replace(previous, trash)
            moved_prev = True
        if target.exists():
            os.replace(target, previous)
            moved_target = True
        os.replace(staged, target)
        placed = True
        load_pack(target)  # what is now installed must load
    except BaseException:
        log.exception("installing into %s failed; rolling back", target)
        if placed:
            shutil.rmtree(target, ignore_errors=True)
        if moved_target:
            os.replace(previous, target)
        if moved_prev:
            os.replace(trash, previous)
        raise
    if moved_prev:
        shutil.rmtree(trash, ignore_errors=True)


def bundled_packs(folder: Path | None = None) -> list[Path]:
    """The pack folders shipped in ``training_modules/``."""
    from pan_desktop.core.paths import training_modules_dir

    folder = Path(folder) if folder else training_modules_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "pack.yaml").is_file())


def install_bundled(data_dir: Path, folder: Path | None = None) -> list[InstallResult]:
    """Install every bundled pack newer than the installed one (for ``pan-desktop init`` and first start).

    A bundled pack older than the installed one is skipped silently (the hub may have delivered a newer
    one); a broken bundled pack is logged and skipped so the others still install.
    """
    results = []
    for pack_dir in bundled_packs(folder):
        try:
            results.append(install(pack_dir, data_dir, origin=BUNDLED))
        except DowngradeRefused:
            continue
        except PanError as exc:
            log.error("bundled pack %s not installed: %s", pack_dir.name, exc)
    return results


def bundled_versions(folder: Path | None = None) -> dict[str, str]:
    """``{pack id: version}`` of the packs shipped with the app."""
    from pan_desktop.core.paths import training_modules_dir

    return dict(_bundled_versions(str(Path(folder) if folder else training_modules_dir())))


@lru_cache(maxsize=4)
def _bundled_versions(folder: str) -> tuple[tuple[str, str], ...]:
    headers = (pack_header(p) for p in bundled_packs(Path(folder)))
    return tuple((pack_id, version) for pack_id, version in headers if pack_id and version)


def bundled_pack(pack_id: str, folder: Path | None = None) -> Path | None:
    """The bundled folder of ``pack_id``, or None when the app ships no such pack."""
    return next((p for p in bundled_packs(folder) if pack_header(p)[0] == pack_id), None)
