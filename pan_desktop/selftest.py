"""``pan-desktop --self-test``: prove that this installation (above all the frozen bundle) works end to end.

In a temporary data folder, one step after another: migrate a new database, load the bundled records and
content packs, build the search index and search it, print a handout (drawing its first page) and an A5
booklet, and open the main window and build every page of its navigation (offscreen when there is no
display). Prints one line per step
(``ok   migrate (0.12 s)`` or ``FAIL search: ...``) and returns 0 only when every step worked, so a data
file or a hidden import missing from the bundle fails CI rather than a trainer in the field.
Nothing is written outside the temporary folder, which is removed at the end.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pan_desktop.config import setup_logging

WINDOW_TIMEOUT_MS = 60_000
SEARCH_TEXT = "túi ni lông"  # a glossary term and words of the bundled records, with diacritics


STEPS = 5  # migrate, content, search, pdf, window

class StepFailed(Exception):
    """A step ran but its result was wrong; the message says what was found."""


@dataclass
class SelfTest:
    """The state the steps share; ``run`` executes them in order."""

    root: Path
    write: Callable[[str], None] = print
    services: Any = None
    failed: list[str] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def step(self, name: str, fn: Callable[[], str | None], needs_services: bool = True) -> None:
        if needs_services and self.services is None:
            self.failed.append(name)
            self.write(f"FAIL {name}: not run, the database could not be opened")
            return
        started = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then the next step runs
            self.failed.append(name)
            self.write(f"FAIL {name}: {type(exc).__name__}: {exc}")
            if os.environ.get("PAN_SELFTEST_TRACEBACK"):
                traceback.print_exc()
            return
        took = time.perf_counter() - started
        self.write(f"ok   {name} ({took:.2f} s)" + (f"  {detail}" if detail else ""))

    # -- the steps -----------------------------------------------------------------------------------
    def migrate(self) -> str:
        from alembic.script import ScriptDirectory
        from sqlalchemy import text

        from pan_desktop.core.db import alembic_config
        from pan_desktop.core.services import Services

        self.data_dir.mkdir(parents=True)
        setup_logging(self.data_dir)  # warnings go to the temporary log, not between the step lines
        self.services = Services.open(self.data_dir)

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        with self.services.db.session() as s:
            current = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if current != head:
            raise StepFailed(f"database at revision {current}, expected {head}")
        return f"revision {head}"

    def content(self) -> str:
        from pan_desktop.core.services.setup import initialise

        report = initialise(self.services)
        records = sum(report.loaded.values())
        if not records:
            raise StepFailed("no bundled records were loaded")
        packs = len(report.content)
        if not packs:
            raise StepFailed("no bundled content pack was installed")
        return f"{records} records, {packs} content packs"

    def search(self) -> str:
        from pan_desktop.core.search import IndexManager, SearchQuery

        manager = IndexManager.for_services(self.services)
        manager.ensure()
        result = manager.search(SearchQuery(SEARCH_TEXT))
        if result.from_database:
            raise StepFailed("the search index was not usable; the database answered instead")
        if not result.total:
            raise StepFailed(f"nothing found for '{SEARCH_TEXT}'")
        return f"{result.total} hits for '{SEARCH_TEXT}'"

    def pdf(self) -> str:
        from pan_desktop.core.printing.jobs import PrintJob, available_packs, run_job
        from pan_desktop.core.printing.preview import page_pngs

        modules = [p for p in available_packs(self.services) if p.kind == "module"]
        if not modules:
            raise StepFailed("no module to print")
        out = self.root / "handout.pdf"
        result = run_job(self.services, PrintJob("handout", modules[0].id), out)
        pngs = page_pngs(out, first=1, count=1, dpi=50)
        if not result.pages or not pngs or not pngs[0].startswith(b"\x89PNG"):
            raise StepFailed("the handout's first page could not be drawn")
        booklet = run_job(self.services, PrintJob("booklet", modules[0].id), self.root / "booklet.pdf")
        if not booklet.pages:
            raise StepFailed("the booklet has no pages")
        return (f"handout {result.pages} pages, first page drawn ({len(pngs[0]) // 1024} KB PNG); "
                f"booklet {booklet.pages} pages")

    def window(self) -> str:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QEvent, QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from pan_desktop.app import build_context, build_main_window
        from pan_desktop.ui.none_guard import keep_none_alive

        keep_none_alive()

        app = QApplication.instance() or QApplication([sys.argv[0]])
        ctx = build_context(self.services, self.data_dir)
        window = build_main_window(ctx)
        loop = QEventLoop()
        outcome = {"ready": False}

        def ready() -> None:
            outcome["ready"] = True
            loop.quit()

        window.ready.connect(ready)
        QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
        try:
            window.show()
            window.start()
            if not outcome["ready"]:
                loop.exec()
            app.processEvents()
            title, pages = window.windowTitle(), len(window.pages)
            for entry in window.pages:  # every page is built and shown, as a person clicking through would
                window.show_page(entry.key)
                app.processEvents()
                if window.stack.currentWidget() is not entry.widget or entry.widget is None:
                    raise StepFailed(f"the {entry.key} page did not open")
        finally:
            window.close()
            ctx.pools.wait()
            ctx.bridge.close()
            ctx.translation.uninstall()
            window.deleteLater()  # pages clean up (e.g. the print page's temporary folder) when destroyed
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        if not outcome["ready"]:
            raise StepFailed(f"the window did not finish starting within {WINDOW_TIMEOUT_MS // 1000} s")
        if ctx.language == "vi" and "Plastic Action Network" in title:
            raise StepFailed(f"the Vietnamese translation was not loaded (title: {title})")
        return f"{pages} pages built and shown, platform {app.platformName()}"

    def run(self) -> int:
        """Every step in turn; the last line is a count CI reads ("self-test: 5 passed, 0 failed")."""
        self.step("migrate", self.migrate, needs_services=False)
        self.step("content", self.content)
        self.step("search", self.search)
        self.step("pdf", self.pdf)
        self.step("window", self.window)
        if self.services is not None:
            self.services.close()
        self.write("self-test passed" if not self.failed else f"self-test FAILED: {', '.join(self.failed)}")
        self.write(f"self-test: {STEPS - len(self.failed)} passed, {len(self.failed)} failed")
        return 0 if not self.failed else 1


def _print(line: str) -> None:
    print(line, flush=True)


def run_self_test(write: Callable[[str], None] = _print) -> int:
    """Run every step in a temporary folder (removed afterwards); 0 when all passed, else 1."""
    with tempfile.TemporaryDirectory(prefix="pan-selftest-", ignore_cleanup_errors=True) as tmp:
        try:
            return SelfTest(Path(tmp), write).run()
        finally:
            root = logging.getLogger()  # let go of the temporary log file before the folder goes
            for handler in [h for h in root.handlers if getattr(h, "pan_log", False)]:
                if handler.baseFilename.startswith(os.path.abspath(tmp)):
                    root.removeHandler(handler)
                    handler.close()
