"""Reading a pack's files safely, from a folder or a ``.panpack`` zip, before anything is trusted.

Both readers refuse, before writing anything: absolute paths and ``..``, symlinks and other special
files, too many files, files or totals over the size limits, and (zips) entries whose compression ratio
betrays a zip bomb. ``extract_zip`` then writes the entries into a fresh folder, counting the bytes it
actually inflates (a lying header cannot get past the limits).
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pan_desktop.core.content.model import PackProblem, problem

MAX_FILES = 500
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_TEXT_BYTES = 1024 * 1024          # one Markdown or YAML file
MAX_RATIO = 100                       # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 256 * 1024
PACK_SUFFIX = ".panpack"


@dataclass(frozen=True)
class Limits:
    files: int = MAX_FILES
    file_bytes: int = MAX_FILE_BYTES
    total_bytes: int = MAX_TOTAL_BYTES
    ratio: int = MAX_RATIO


def _bad_name(name: str) -> str | None:
    """Why an archive/folder member name is unsafe, or None."""
    if "\x00" in name:
        return "has a NUL character in its name"
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "is an absolute path"
    if "\\" in name:
        return "uses backslashes in its path"
    parts = PurePosixPath(name).parts
    if any(p == ".." for p in parts):
        return "points outside the pack (..)"
    if len(name) > 240:
        return "has a path longer than 240 characters"
    return None


def scan_folder(root: Path, limits: Limits = Limits()) -> list[PackProblem]:
    """Structural safety of a pack folder: no symlinks or special files, within the count and size limits."""
    out: list[PackProblem] = []
    if root.is_symlink():
        return [problem(root.name, 0, "the pack folder itself is a symbolic link; copy the real folder instead", "symlink")]
    count = total = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for name in sorted(dirnames + filenames):
            full = here / name
            rel = full.relative_to(root).as_posix()
            st = os.lstat(full)
            if stat.S_ISLNK(st.st_mode):
                out.append(problem(rel, 0, "is a symbolic link; packs may only contain plain files and folders", "symlink"))
                if name in dirnames:
                    dirnames.remove(name)
                continue
            if stat.S_ISDIR(st.st_mode):
                continue
            if not stat.S_ISREG(st.st_mode):
                out.append(problem(rel, 0, "is not a plain file", "special_file"))
                continue
            count += 1
            total += st.st_size
            if st.st_size > limits.file_bytes:
                out.append(problem(rel, 0, f"is {st.st_size:,} bytes, over the {limits.file_bytes:,}-byte limit for one file", "file_too_big"))
        if count > limits.files:
            return out + [problem("", 0, f"the pack has more than {limits.files} files", "too_many_files")]
    if total > limits.total_bytes:
        out.append(problem("", 0, f"the pack holds {total:,} bytes, over the {limits.total_bytes:,}-byte limit", "pack_too_big"))
    return out


def _zip_root(names: list[str]) -> str:
    """'' when pack.yaml is at the top of the zip, else the single top folder holding it."""
    if "pack.yaml" in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names if n.strip("/")}
    if len(tops) == 1:
        top = tops.pop()
        if f"{top}/pack.yaml" in names:
            return top + "/"
    return ""


def scan_zip(path: Path, limits: Limits = Limits()) -> list[PackProblem]:
    """Structural safety of a ``.panpack`` zip, read from its directory only (nothing is inflated)."""
    label = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return [problem(label, 0, f"is not a readable .panpack (zip) file ({exc})", "bad_zip")]
    out: list[PackProblem] = []
    with zf:
        infos = zf.infolist()
        files = [i for i in infos if not i.is_dir()]
        if len(files) > limits.files:
            return [problem(label, 0, f"holds {len(files)} files, more than the {limits.files} a pack may have", "too_many_files")]
        total = 0
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            why = _bad_name(name)
            if why:
                out.append(problem(name, 0, f"{why}; refused", "unsafe_path"))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                out.append(problem(name, 0, "is a symbolic link; packs may only contain plain files", "symlink"))
                continue
            if info.is_dir():
                continue
            key = name.lower()
            if key in seen:
                out.append(problem(name, 0, "appears twice in the zip", "duplicate_entry"))
            seen.add(key)
            if info.flag_bits & 0x1:
                out.append(problem(name, 0, "is encrypted; packs must not be password-protected", "encrypted"))
            total += info.file_size
            if info.file_size > limits.file_bytes:
                out.append(problem(name, 0, f"inflates to {info.file_size:,} bytes, over the {limits.file_bytes:,}-byte limit for one file", "file_too_big"))
            elif info.file_size > RATIO_FLOOR and info.file_size > limits.ratio * max(info.compress_size, 1):
                out.append(problem(name, 0, f"is compressed {info.file_size // max(info.compress_size, 1)}:1, which looks like a zip bomb; refused", "zip_bomb"))
        if total > limits.total_bytes:
            out.append(problem(label, 0, f"inflates to {total:,} bytes, over the {limits.total_bytes:,}-byte limit for a pack", "pack_too_big"))
        names = [i.filename for i in infos]
        if not out and f"{_zip_root(names)}pack.yaml" not in names:
            out.append(problem(label, 0, "has no pack.yaml at its top (or in a single top folder)", "no_pack_yaml"))
    return out


def extract_zip(path: Path, target: Path, limits: Limits = Limits()) -> None:
    """Write the zip's entries under ``target`` (which must be new), re-checking sizes while inflating.

    Call only after :func:`scan_zip` found no problem. Raises ``PackError`` if an entry inflates past
    what its header declared or past the limits.
    """
    from pan_desktop.core.content.model import PackError

    target.mkdir(parents=True)
    try:
        _inflate(path, target, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        # A header that lies about sizes ends in a CRC or length error here, never in a bigger file.
        raise PackError([problem(path.name, 0, f"is damaged or was altered ({exc}); get a fresh copy of the pack", "bad_zip")],
                        path.name, "was refused") from None


def _inflate(path: Path, target: Path, limits: Limits) -> None:
    from pan_desktop.core.content.model import PackError

    written = 0
    with zipfile.ZipFile(path) as zf:
        root = _zip_root([i.filename for i in zf.infolist()])
        for info in zf.infolist():
            if info.is_dir() or not info.filename.startswith(root):
                continue
            rel = info.filename[len(root):]
            dest = target.joinpath(*PurePosixPath(rel).parts)
            if not dest.resolve().is_relative_to(target.resolve()):
                raise PackError([problem(rel, 0, "points outside the pack; refused", "unsafe_path")], path.name, "was refused")
            dest.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            with zf.open(info) as src, open(dest, "wb") as fh:
                while chunk := src.read(65536):
                    size += len(chunk)
                    written += len(chunk)
                    if size > min(info.file_size, limits.file_bytes) or written > limits.total_bytes:
                        raise PackError([problem(rel, 0, "inflates past its declared size or the pack limit; refused", "zip_bomb")], path.name, "was refused")
                    fh.write(chunk)


def pack_files(root: Path) -> list[str]:
    """Every plain file under ``root`` as a POSIX path relative to it, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and not p.is_symlink())
