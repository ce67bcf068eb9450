"""A real hub under uvicorn on 127.0.0.1 (a free port), started and stopped inside the test run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from pan_desktop.hub.app import create_app
from pan_desktop.hub.store import HubStore, sqlite_url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Point the in-process hub at another database (e.g. postgresql+psycopg://pan@127.0.0.1:55432/hub) to run
# the suite against it; tests that copy the hub's database file (backup/restore) still need SQLite.
HUB_DB_ENV = "PAN_TEST_HUB_DB"
needs_sqlite_hub = pytest.mark.skipif(bool(os.environ.get(HUB_DB_ENV)), reason="copies the hub's SQLite file as its backup")


class HubServer:
    def __init__(self, db_path: Path, seed: bool = False):
        self.db_path = Path(db_path)
        self.store = HubStore(os.environ.get(HUB_DB_ENV) or sqlite_url(str(db_path)))
        self.store.init()
        if seed:
            from pan_desktop.hub.cli import seed_records

            seed_records(self.store)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(self.store), host="127.0.0.1", port=self.port, log_level="warning",
                                server_header=False, date_header=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> "HubServer":
        self.thread.start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                httpx.get(self.url + "/v1/hub", timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("hub did not start")

    def reset(self) -> None:
        """Empty every table but the hub's identity and its sequence counter, so tests can share one
        running server (starting and stopping uvicorn costs ~0.3 s a test). The counter keeps
        counting: sequence numbers never go back (G5), even across tests."""
        from pan_desktop.hub.models import HubBase

        with self.store.write() as s:
            for table in reversed(HubBase.metadata.sorted_tables):
                if table.name not in ("hub_meta", "hub_counter"):
                    s.execute(table.delete())

    def backup(self, path: Path) -> None:
        """A consistent copy of the hub database (SQLite's online backup), as an operator would take."""
        _copy_db(self.db_path, Path(path))

    def restore(self, path: Path) -> None:
        """Put a backup back under the running hub (its state goes back to the backup's)."""
        _copy_db(Path(path), self.db_path)
        self.store._meta_cache.clear()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.store.dispose()


def _copy_db(src: Path, dst: Path) -> None:
    import sqlite3

    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


class HubProcess:
    """The hub as its own process (``pan-hub serve`` under uvicorn on 127.0.0.1), so a test can kill
    it; ``store`` reads and administers the same database file from the test process."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.store = HubStore(sqlite_url(str(db_path)))
        self.store.init()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self, fault: str = "") -> "HubProcess":
        if self.proc is not None:
            self.proc.wait(30)  # a previous run that died at its fault point
            self.proc.stderr.close()
        env = {**os.environ, "PAN_FAULT_POINT": fault}
        self.proc = subprocess.Popen([sys.executable, "-m", "pan_desktop.hub.cli", "--db", sqlite_url(str(self.db_path)),
                                      "serve", "--host", "127.0.0.1", "--port", str(self.port)], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t0 = time.monotonic()
        deadline = t0 + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"hub exited at start: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                self.start_seconds = time.monotonic() - t0
                return self
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("hub did not start")

    def wait_exit(self, timeout: float = 30) -> int:
        return self.proc.wait(timeout)

    def terminate(self) -> None:
        """Stop the process (the database stays, ready for :meth:`start` again)."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc.stderr.close()
        self.proc = None

    def stop(self) -> None:
        self.terminate()
        self.store.dispose()


@contextmanager
def running_hub(db_path: Path, seed: bool = False):
    hub = HubServer(db_path, seed).start()
    try:
        yield hub
    finally:
        hub.stop()
