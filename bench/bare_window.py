"""The start-up baseline: a bare PySide6 QMainWindow of the app's size, with the same probe as the app.

Run by ``bench/startup_bench.py`` from source and, frozen with PyInstaller, as a bare bundle.
"""

import os
import sys
import time

T0 = time.time()

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from pan_desktop.startup_probe import StartupProbe  # noqa: E402  (PySide6.QtCore and the standard library only)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.setWindowTitle("bare")
probe = StartupProbe(app, window, os.environ.get("PAN_STARTUP_PROBE", ""), T0)
window.show()
sys.exit(app.exec())
