"""One window per data folder: a second start on the same folder brings the first window to the front.

The first instance listens on a local socket (a named pipe on Windows) whose name comes from the data
folder's path; a second instance that reaches it asks it to come forward and exits. Two copies working on
one folder would each keep their own view of the data and drift apart.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
WAIT_MS = 1000
RAISE = b"raise\n"


def instance_key(data_dir: Path) -> str:
    """The socket name for a data folder (the same folder spelt differently gives the same name)."""
    path = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    return "pan-desktop-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:20]


class SingleInstance(QObject):
    """``claim()`` is True for the first instance on a folder; it then emits ``activated`` each time a
    later start asks it to come forward."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.key = instance_key(data_dir)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        if self._ask_first_to_come_forward():
            return False
        self.server = QLocalServer(self)
        if not self.server.listen(self.key):
            QLocalServer.removeServer(self.key)  # a socket file left behind by a copy that crashed
            if not self.server.listen(self.key):
                log.warning("single-instance socket unavailable: %s", self.server.errorString())
                return True  # better a second window than none
        self.server.newConnection.connect(self._connected)
        return True

    def _ask_first_to_come_forward(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return True

    def _connected(self) -> None:
        """A later start knocked: it wrote its request before connecting was done, so read it now."""
        while self.server is not None and self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            if conn.bytesAvailable() or conn.waitForReadyRead(WAIT_MS):
                if bytes(conn.readAll().data()).startswith(RAISE):
                    self.activated.emit()
            conn.abort()
            conn.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
