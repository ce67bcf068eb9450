"""Regenerate docs/screenshots/main-window.png: the main window offscreen, Vietnamese UI, bundled records.

    python build/screenshot_main.py [OUT.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pan_desktop.app import build_context, build_main_window
    from pan_desktop.core.services import Services

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "main-window.png"
    _app = QApplication.instance() or QApplication([])  # kept alive for the widgets below
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp))
        ctx = build_context(services, Path(tmp))
        window = build_main_window(ctx)
        window.resize(1280, 800)
        window.show()
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        window.start()
        QTimer.singleShot(20000, loop.quit)
        loop.exec()
        page = window.record_pages["initiatives"]
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        loop.exec()
        page.select_id("01941f29-7c0c-776b-bac3-e2164316715f")  # WWF's Long An project
        loop = QEventLoop()
        QTimer.singleShot(800, loop.quit)
        loop.exec()
        window.grab().save(str(out))
        ctx.pools.wait()
        services.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
