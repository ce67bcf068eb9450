"""Translation upkeep: ``python build/i18n.py update`` re-extracts the strings of every UI area into
``resources/translations/<area>_vi.ts`` (keeping existing translations) and lists what is untranslated;
``python build/i18n.py release`` compiles the ``.qm`` files into ``resources/translations/qm`` (for the bundle).

An area is ``pan_desktop/ui/<area>.py``-free: it is a subpackage ``pan_desktop/ui/<area>/`` or the
top-level UI modules (area ``main``).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "pan_desktop" / "ui"
TS_DIR = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def areas() -> dict[str, list[Path]]:
    found = {"main": sorted(p for p in UI.glob("*.py"))}
    for pkg in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found[pkg.name] = sorted(pkg.rglob("*.py"))
    return found


def untranslated(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") not in ("obsolete", "vanished") and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
            missing.append(msg.findtext("source") or "")
    return missing


def update() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    total = 0
    for area, files in areas().items():
        ts = TS_DIR / f"{area}_vi.ts"
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "en", "-target-language", "vi",
                        *map(str, files), "-ts", str(ts)], check=True)
        missing = untranslated(ts)
        total += len(missing)
        for text in missing:
            print(f"{ts.name}: untranslated: {text}")
    print(f"{total} untranslated string(s)")
    return 1 if total else 0


def release() -> int:
    out = TS_DIR / "qm"
    out.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(out / (ts.stem + ".qm"))], check=True)
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    raise SystemExit({"update": update, "release": release}[cmd]())


def fill(ts: Path, translations: dict[str, str]) -> int:
    """Set the translation of each source string found in ``translations``; returns how many were set."""
    tree = ET.parse(ts)
    count = 0
    for msg in tree.iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if source in translations and tr is not None:
            tr.text = translations[source]
            tr.attrib.pop("type", None)
            count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return count
