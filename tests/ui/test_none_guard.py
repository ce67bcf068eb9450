"""PySide6 6.12 takes a reference from None each time a binding returns None; the guard keeps None alive."""

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem
app = QApplication([])
calls = sys.getrefcount(None) + 1000  # more calls than None has references
if sys.argv[1] == "guarded":
    from pan_desktop.ui.none_guard import keep_none_alive
    keep_none_alive()
item = QListWidgetItem("x")
for _ in range(calls):
    item.data(Qt.ItemDataRole.UserRole)
print("alive")
"""


def run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120)


def test_without_the_guard_pyside_exhausts_none_and_with_it_the_process_lives():
    unguarded = run("unguarded")
    if sys.version_info < (3, 12):
        assert unguarded.returncode != 0 and "deallocating None" in unguarded.stderr  # the bug, as measured
    guarded = run("guarded")
    assert guarded.returncode == 0 and guarded.stdout.strip() == "alive", guarded.stderr[-500:]
