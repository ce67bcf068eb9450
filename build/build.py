"""Build the one-folder PAN Desktop bundle: ``python build/build.py`` (after ``pip install -e '.[build]'``).

Steps: compile the Vietnamese translations (``build/i18n.py release``), run PyInstaller on
``pan_desktop.spec`` (work files in ``build/out``, the bundle in ``dist/pan-desktop``), on Linux slim
Qt's ICU data to the locales the app uses (``build/slim_icu.py``), pack the folder
into the archive a person downloads (``dist/pan-desktop-<version>-<platform>.tar.gz``, ``.zip`` on
Windows), and print the bundle's size on disk, the archive's size and the ten largest parts.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "pan-desktop"
WORK = ROOT / "build" / "out"
TARGET_DISK_MB, TARGET_GZIP_MB = 120, 50
MB = 1024 * 1024


def run(cmd: list[str]) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def files(folder: Path) -> list[tuple[int, Path]]:
    """(size, path) of every regular file under ``folder`` (symbolic links are not counted twice)."""
    out = []
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            if not path.is_symlink():
                out.append((path.stat().st_size, path))
    return out


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from pan_desktop import __version__

    return __version__


def archive(folder: Path) -> Path:
    """The download: the bundle folder packed as .zip (Windows) or .tar.gz (gzip level 9)."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    stem = f"pan-desktop-{version()}-{system}-{platform.machine().lower()}"
    if sys.platform == "win32":
        target = DIST / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for _size, path in sorted(files(folder), key=lambda f: f[1]):
                zf.write(path, Path(folder.name) / path.relative_to(folder))
        return target
    target = DIST / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=9) as tf:
        tf.add(folder, arcname=folder.name)
    return target


GLIBC = ("libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so", "ld-linux")


def system_libraries(folder: Path) -> list[str]:
    """Linux: shared libraries the bundle links to but does not carry (they must be on the person's system)."""
    if not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return []
    carried = {path.name for path in folder.rglob("*.so*")}
    needed: set[str] = set()
    for _size, path in files(folder):
        if ".so" in path.name or path.parent == folder:
            out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
            needed.update(line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED"))
    return sorted(n for n in needed - carried if not n.startswith(GLIBC))


def report(folder: Path, packed: Path | None) -> None:
    found = files(folder)
    total = sum(size for size, _ in found)
    print(f"\nbundle: {folder.relative_to(ROOT)}  {len(found)} files")
    print(f"  on disk : {total / MB:6.1f} MB   (target <= {TARGET_DISK_MB} MB) "
          f"{'met' if total / MB <= TARGET_DISK_MB else 'NOT MET'}")
    if packed is not None:
        size = packed.stat().st_size
        print(f"  gzipped : {size / MB:6.1f} MB   (target <= {TARGET_GZIP_MB} MB) "
              f"{'met' if size / MB <= TARGET_GZIP_MB else 'NOT MET'}  {packed.relative_to(ROOT)}")
    print("  ten largest parts:")
    for size, path in sorted(found, key=lambda f: f[0], reverse=True)[:10]:
        print(f"    {size / MB:6.1f} MB  {path.relative_to(folder)}")
    groups: dict[str, int] = {}
    for size, path in found:
        rel = path.relative_to(folder).parts
        key = "/".join(rel[:3] if rel[:2] == ("_internal", "PySide6") else rel[:2])
        groups[key] = groups.get(key, 0) + size
    wanted = system_libraries(folder)
    if wanted:
        print(f"  needs from the system (see docs/packaging.md): {' '.join(wanted)}")
    print("  largest folders:")
    for key, size in sorted(groups.items(), key=lambda g: g[1], reverse=True)[:10]:
        print(f"    {size / MB:6.1f} MB  {key}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-archive", action="store_true", help="skip packing the download archive")
    parser.add_argument("--report-only", action="store_true", help="only print the size of an existing bundle")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.report_only:
        run([sys.executable, "build/i18n.py", "release"])
        shutil.rmtree(BUNDLE, ignore_errors=True)
        run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(DIST), "--workpath", str(WORK), "pan_desktop.spec"])
        sys.path.insert(0, str(ROOT / "build"))
        import slim_icu

        slimmed = slim_icu.slim(BUNDLE)
        if slimmed:
            print(f"ICU data: {slimmed[0] / MB:.1f} MB -> {slimmed[1] / MB:.1f} MB (build/slim_icu.py)")
    if not BUNDLE.is_dir():
        print(f"build.py: no bundle at {BUNDLE}", file=sys.stderr)
        return 1
    packed = None
    if not args.no_archive:
        for old in DIST.glob("pan-desktop-*.*"):
            old.unlink()
        packed = archive(BUNDLE)
    report(BUNDLE, packed)
    print(f"\ndone in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
