"""Regenerate docs/screenshots/: the full main window on a 1366×768 screen, every page, Vietnamese UI.

    python build/screenshots.py [--size 1366x768] [--lang vi] [--out docs/screenshots]

Runs offscreen (Qt's offscreen platform given one screen of that size) over a new data folder holding
the bundled records and content; one PNG per page of the navigation, plus a lesson with its knowledge
check and a guideline's site checklist.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LONG_AN = "01941f29-7c0c-776b-bac3-e2164316715f"  # WWF's Long An project, a record with every field


def wait(ms: int, until=None) -> None:
    """Run the event loop for ``ms`` milliseconds, or less once ``until()`` is true."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if until is not None and until():
            return
        time.sleep(0.01)


def shoot(window, out: Path, name: str) -> None:
    wait(300)
    window.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pan-shots-") as tmp:
        screens = Path(tmp) / "screens.json"
        screens.write_text(json.dumps({"screens": [{"name": "shot", "x": 0, "y": 0, "width": width, "height": height,
                                                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
        return take(Path(tmp) / "PAN Desktop", args.out, args.lang)


def take(data_dir: Path, out: Path, lang: str) -> int:
    from PySide6.QtWidgets import QApplication

    from pan_desktop.app import build_context, build_main_window
    from pan_desktop.core.services import Services

    _app = QApplication.instance() or QApplication([])  # kept alive for the widgets below
    services = Services.open(data_dir)
    services.settings.language = lang
    ctx = build_context(services, data_dir)
    window = build_main_window(ctx)
    window.show()
    started = []
    window.ready.connect(lambda: started.append(True))
    window.start()
    wait(60000, lambda: bool(started))
    from pan_desktop.core.search import IndexManager

    wait(120000, lambda: IndexManager.for_services(services).ready)  # search shows ranked results, not the fallback
    for number, entry in enumerate(window.pages, 1):
        page = window.show_page(entry.key)
        if entry.key in window.record_pages:
            wait(3000, lambda p=page: p.model.rowCount() > 0)
            if entry.key == "initiatives":
                page.select_id(LONG_AN)
            else:
                page.view.selectRow(0)
        if entry.key == "search":
            page.box.setText("túi ni lông")
        if entry.key == "print":
            wait(30000, lambda p=page: getattr(p, "_made", None) is not None)  # the preview of the first pages
        wait(1500)
        shoot(window, out, f"{number:02d}-{entry.key}")
        if entry.key == "library":
            wait(3000, lambda p=page: bool(p.packs))
            reader = page.open_pack("module-3r-circular-economy")
            reader.show_page("lesson:" + reader.pack.lessons[1].id)
            shoot(window, out, f"{number:02d}-library-lesson")
            reader = page.open_pack("guideline-pellet-leakage")
            reader.show_page("checklist:" + reader.pack.checklists[0].id)
            shoot(window, out, f"{number:02d}-library-checklist")
            page.close_reader()
    window.close()
    ctx.pools.wait()
    ctx.bridge.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
