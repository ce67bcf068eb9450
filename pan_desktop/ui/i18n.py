"""Interface language: Vietnamese by default, English switchable at runtime.

Source strings are English (``self.tr("...")``); each UI area keeps its Vietnamese translations in
``resources/translations/<area>_vi.ts``, and ``qt_vi.ts`` translates the strings Qt itself shows (PySide6
ships no ``qtbase_vi.qm``; ``build/qt_vi.py`` writes it). The ``.qm`` files are compiled from them with Qt's
``lrelease`` (shipped with PySide6) into the cache dir when missing or stale; the bundle ships them
prebuilt in ``resources/translations/qm``.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pan_desktop.core.paths import resources_dir

log = logging.getLogger(__name__)
LANGUAGES = ("vi", "en")


def ts_files(lang: str) -> list[Path]:
    return sorted((resources_dir() / "translations").glob(f"*_{lang}.ts"))


def _lrelease() -> str | None:
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_qm(ts: Path, cache_dir: Path) -> Path | None:
    """The ``.qm`` for a ``.ts``: prebuilt in the bundle, else compiled once into ``cache_dir``."""
    prebuilt = ts.parent / "qm" / (ts.stem + ".qm")
    if prebuilt.exists() and getattr(sys, "frozen", False):
        return prebuilt
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = cache_dir / f"{ts.stem}.{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("lrelease not found; %s not compiled", ts.name)
        return prebuilt if prebuilt.exists() else None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only data folder: compile into the temporary folder instead
        cache_dir = Path(tempfile.gettempdir()) / "pan-desktop" / "translations"
        cache_dir.mkdir(parents=True, exist_ok=True)
        target = cache_dir / target.name
        if target.exists():
            return target
    tmp = target.with_suffix(".partial")
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True)
    if result.returncode != 0 or not tmp.exists():
        log.warning("lrelease failed for %s: %s", ts.name, result.stderr.strip())
        return None
    tmp.replace(target)
    for stale in cache_dir.glob(f"{ts.stem}.*.qm"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target


class Translation:
    """Installs and swaps the translators of the app; Qt then sends LanguageChange to every widget."""

    def __init__(self, cache_dir: Path):
        self.cache_dir = cache_dir
        self.language = "en"
        self._installed: list[QTranslator] = []

    def uninstall(self) -> None:
        """Remove this object's translators from the application."""
        app = QCoreApplication.instance()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()

    def set_language(self, lang: str) -> None:
        app = QCoreApplication.instance()
        self.uninstall()
        self.language = lang if lang in LANGUAGES else "vi"
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if self.language == "vi" else QLocale.Language.English))
        if self.language == "en":
            return
        qt_tr = QTranslator(app)  # Qt's own Vietnamese, should a Qt build ship it; qt_vi.ts covers it otherwise
        if qt_tr.load(QLocale(QLocale.Language.Vietnamese), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            self._installed.append(qt_tr)
        for ts in ts_files(self.language):
            qm = compiled_qm(ts, self.cache_dir)
            tr = QTranslator(app)
            if qm is not None and tr.load(str(qm)):
                app.installTranslator(tr)
                self._installed.append(tr)
            else:
                log.warning("translation %s could not be loaded", ts.name)
