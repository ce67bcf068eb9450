"""Linux bundle: replace Qt's 31 MB ICU data library with one holding only what PAN Desktop can use.

PySide6's Qt links ICU, whose data library (``libicudata.so.NN``) carries every locale of CLDR, about
200 legacy code-page tables and the word-break dictionaries for Chinese, Japanese, Thai, Lao, Khmer and
Burmese — 31 MB, a quarter of the bundle. The app speaks Vietnamese and English, reads its files as
UTF-8 in Python, and breaks text with Qt's own tables. So the data is taken out of the library, the
items below are removed with ICU's ``icupkg``, and a new library exporting the same symbol is assembled
(``genccode`` + ``gcc``), ~5 MB. Kept: the root, English and Vietnamese locales in every tree (so
collation, dates, numbers and time-zone names in vi and en are unchanged), every non-locale item
(collation base, normalisation, properties, time zones, plural rules…) and the windows-125x code pages.

Needs ``icupkg`` and ``genccode`` (Debian/Ubuntu: ``icu-devtools``) and ``gcc``; without them the
library is left whole and the build says so. Run by ``build/build.py``; on its own:
``python build/slim_icu.py dist/pan-desktop``.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")  # af.res, zh_Hant_TW.res, de_.res, es__TRADITIONAL.res
KEPT_LOCALES = ("root", "en", "vi")
KEPT_FILES = ("res_index.res", "pool.res")
KEPT_CODEPAGES = re.compile(r"^ibm-53(4[6-9]|5[0-4])_")  # windows-1250 … windows-1258 (1258: Vietnamese)
TOOLS = ("icupkg", "genccode", "gcc", "nm", "strip")


def removable(item: str) -> bool:
    """True for a package item PAN Desktop cannot use (``item`` as ``icupkg -l`` lists it)."""
    name = item.rpartition("/")[2]
    if name.endswith(".cnv"):
        return not KEPT_CODEPAGES.match(name)
    if name.endswith(".dict") or name == "unames.icu":
        return True
    if name in KEPT_FILES or not LOCALE_ITEM.match(name):
        return False
    locale = name[: -len(".res")]
    return not (locale in KEPT_LOCALES or locale.startswith(tuple(f"{k}_" for k in KEPT_LOCALES[1:])))


def _run(*cmd: str, cwd: Path | None = None) -> str:
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def slim(bundle: Path) -> tuple[int, int] | None:
    """Replace the bundle's ICU data library; (old size, new size), or None when there is nothing to do."""
    libs = sorted(bundle.rglob("libicudata.so.*"))
    libs = [p for p in libs if not p.is_symlink()]
    if not sys.platform.startswith("linux") or not libs:
        return None
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        print(f"slim_icu: {', '.join(missing)} not found (apt-get install icu-devtools gcc); ICU data left whole")
        return None
    lib = libs[0]
    symbol, size = next((parts[3], int(parts[1], 16)) for parts in
                        (line.split() for line in _run("nm", "-D", "-S", "--defined-only", str(lib)).splitlines())
                        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]))
    entry = symbol[: -len("_dat")]
    package = entry + ("l" if sys.byteorder == "little" else "b")  # icupkg names items after the file
    data = ctypes.string_at(ctypes.addressof(ctypes.c_char.in_dll(ctypes.CDLL(str(lib)), symbol)), size)
    with tempfile.TemporaryDirectory(prefix="slim-icu-") as tmp:
        work = Path(tmp)
        (work / "full").mkdir()
        (work / "full" / f"{package}.dat").write_bytes(data)
        items = _run("icupkg", "-l", str(work / "full" / f"{package}.dat")).split()
        (work / "remove.txt").write_text("\n".join(i for i in items if removable(i)) + "\n", encoding="ascii")
        _run("icupkg", "--ignore-deps", "-r", str(work / "remove.txt"), str(work / "full" / f"{package}.dat"),
             str(work / f"{package}.dat"))
        _run("genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(work / f"{package}.dat"))
        source = next(work.glob("*.S"))
        _run("gcc", "-c", str(source), "-o", str(work / "data.o"))
        _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", str(work / lib.name), str(work / "data.o"))
        _run("strip", str(work / lib.name))
        before = lib.stat().st_size
        shutil.copyfile(work / lib.name, lib)
    return before, lib.stat().st_size


if __name__ == "__main__":
    result = slim(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/pan-desktop"))
    print("nothing to do" if result is None else f"libicudata: {result[0] / 2**20:.1f} MB -> {result[1] / 2**20:.1f} MB")
