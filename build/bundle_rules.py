"""What the PyInstaller bundle leaves out, and why; used by ``pan_desktop.spec`` and ``build/build.py``.

PyInstaller's Qt hooks take every plugin of the Qt modules the app imports (QtCore, QtGui, QtWidgets,
QtPrintSupport) and all of Qt's translations. The app needs a window system (xcb / Windows / Cocoa, plus
offscreen for CI), the CUPS print plugin, input methods (Vietnamese is typed through IBus or compose),
and a few image formats; the rest is left out.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import PurePosixPath

# Python modules the desktop app never imports (the hub and the test/dev tools among them).
EXCLUDED_MODULES = [
    "pan_desktop.hub", "fastapi", "starlette", "uvicorn", "pydantic", "pydantic_core",
    # Database drivers the hub may use (SQLAlchemy's hook takes any that is installed); the app uses sqlite3.
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool", "psycopg2", "asyncpg", "pg8000", "pymysql", "MySQLdb",
    "mysql", "oracledb", "cx_Oracle", "pyodbc", "pymssql", "aiosqlite",
    "pytest", "_pytest", "pytestqt", "hypothesis", "IPython", "numpy",
    "tkinter", "_tkinter", "PIL.ImageTk", "PIL.ImageQt", "PIL._avif", "PIL.AvifImagePlugin",
    "lib2to3", "pydoc_data", "test", "setuptools", "pkg_resources", "pip", "readline",
    # httpx's command line (click, rich, pygments) and async back ends; the app uses the sync client.
    "httpx._main", "click", "rich", "pygments", "anyio", "trio", "sniffio",
    # Pillow parts nothing uses: QR codes are drawn as vectors, pages are previewed as RGB bitmaps.
    "PIL.ImageFont", "PIL.ImageDraw", "PIL.ImageCms", "PIL._imagingft", "PIL._imagingcms",
    "PIL.WebPImagePlugin", "PIL._webp", "qrcode.image.pil", "qrcode.image.styles", "qrcode.image.svg",
    "mako.ext", "reportlab.lib.pygments2xpre",
    # Qt modules the app does not use (PyInstaller would otherwise follow optional imports).
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtSvg",
    "PySide6.QtSvgWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtConcurrent", "PySide6.QtDBus",
]

# Files dropped from the bundle, as glob patterns on the path inside it ('/' separators).
DROPPED_FILES = [
    # QtNetwork is bundled for its local socket only (one window per data folder): no TLS or network probes.
    "PySide6/Qt/plugins/tls/*", "PySide6/Qt/plugins/networkinformation/*",
    # Qt ships no Vietnamese translation (no qtbase_vi.qm); English needs none.
    "PySide6/Qt/translations/*",
    # Platforms other than the desktop window systems and offscreen (CI, --self-test).
    "PySide6/Qt/plugins/platforms/*eglfs*", "PySide6/Qt/plugins/platforms/*linuxfb*",
    "PySide6/Qt/plugins/platforms/*minimal*", "PySide6/Qt/plugins/platforms/*vnc*",
    "PySide6/Qt/plugins/platforms/*vkkhrdisplay*", "PySide6/Qt/plugins/platforms/*wayland*",
    "PySide6/Qt/plugins/egldeviceintegrations/*", "PySide6/Qt/plugins/wayland-*/*",
    "PySide6/Qt/plugins/generic/*",  # evdev / tuio input for kiosks without a window system
    # The GTK theme would pull GTK into the bundle; Qt's own dialogs are used instead.
    "PySide6/Qt/plugins/platformthemes/*gtk*",
    # OpenGL is not used by a widgets app drawing with the raster engine.
    "PySide6/Qt/plugins/xcbglintegrations/*",
    "PySide6/Qt/plugins/platforminputcontexts/*virtualkeyboard*",
    # SVG and PDF formats need QtSvg / QtPdf, which are not bundled; rare formats nobody uses for a logo.
    "PySide6/Qt/plugins/iconengines/*", "PySide6/Qt/plugins/imageformats/*svg*",
    "PySide6/Qt/plugins/imageformats/*pdf*", "PySide6/Qt/plugins/imageformats/*tga*",
    "PySide6/Qt/plugins/imageformats/*wbmp*", "PySide6/Qt/plugins/imageformats/*icns*",
    "PySide6/Qt/plugins/imageformats/*tiff*",
    # East-Asian codecs of the standard library (nothing reads Shift-JIS or Big5 files).
    "python3*/lib-dynload/_codecs_*", "python3*/lib-dynload/_multibytecodec*",
    # Debug symbols and linker leftovers.
    "*.debug", "*.pdb", "*.dSYM/*", "*.a", "*.lib", "*.prl",
]

# Shared libraries taken from the person's system, not the build machine: libcups is always there when
# printing works, and bundling it dragged in GnuTLS, Kerberos, Avahi and systemd (~12 MB).
# Likewise the libraries that belong to the desktop itself and must match its configuration (the
# AppImage project's exclude list makes the same choice): D-Bus (with systemd, libgcrypt), fontconfig
# and FreeType, and the core X11 client libraries. docs/packaging.md lists them for the person.
SYSTEM_LIBRARIES = ["libcups.so*", "libdbus-1.so*", "libfontconfig.so*", "libfreetype.so*", "libX11.so*",
                    "libX11-xcb.so*", "libxcb.so.1"]
# Loaded with ctypes or by the bootloader, so nothing links to them: dependency roots besides extensions.
ROOT_LIBRARIES = ["libpython*", "pypdfium2_raw/*"]

# The four styles of Be Vietnam Pro that core/printing/fonts.py registers.
FONT_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


def dropped(dest: str) -> bool:
    """True when the bundle path ``dest`` matches one of :data:`DROPPED_FILES`."""
    path = PurePosixPath(dest.replace("\\", "/")).as_posix()
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in DROPPED_FILES)


def keep_entries(toc):
    """A PyInstaller TOC (``(dest, src, kind)`` entries) without the dropped files."""
    return [entry for entry in toc if not dropped(entry[0])]


def be_vietnam_pro_files():
    """Paths of the font files the printables need."""
    from pan_desktop.core.printing.fonts import be_vietnam_pro_dir

    return [be_vietnam_pro_dir() / f"BeVietnamPro-{style}.ttf" for style in FONT_STYLES]


def _needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF file (its direct dependencies)."""
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def prune_unreachable(toc):
    """Linux: drop binaries no kept extension, Qt plugin or root library links to, directly or not.

    PyInstaller collects the dependencies of every plugin before the spec filters plugins out (the GTK
    theme's whole GTK stack, Wayland, OpenGL); walking the direct dependencies from what is kept removes
    them. Elsewhere (or without objdump) the TOC is returned unchanged.
    """
    if not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return toc
    by_name: dict[str, list] = {}
    for entry in toc:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    todo = [e for e in toc if e[2] == "EXTENSION" or e[0].startswith("PySide6/Qt/plugins/")
            or any(fnmatch.fnmatchcase(e[0], p) for p in ROOT_LIBRARIES)]
    keep: set[str] = set()
    while todo:
        entry = todo.pop()
        if entry[0] in keep:
            continue
        keep.add(entry[0])
        if entry[2] == "SYMLINK":  # (link, target inside the bundle, 'SYMLINK')
            todo.extend(e for e in toc if e[0] == entry[1])
            continue
        for name in _needed(entry[1]):
            if not any(fnmatch.fnmatchcase(name, p) for p in SYSTEM_LIBRARIES):
                todo.extend(by_name.get(name, []))
    return [e for e in toc if e[0] in keep]


def drop_dangling_symlinks(datas, binaries):
    """PyInstaller lists its top-level library symlinks among the data; keep those whose target stays."""
    present = {e[0] for e in binaries} | {e[0] for e in datas if e[2] != "SYMLINK"}
    return [e for e in datas if e[2] != "SYMLINK" or e[1] in present]
