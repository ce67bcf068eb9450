"""A TCP proxy on 127.0.0.1 between a device and the hub that shapes and breaks the link.

Shaping: ``rate`` bytes/s each way and ``delay`` seconds one way. Faults, one per new connection
from ``faults`` (a list consumed in order): ``{"cut_up": N}`` closes the link after N request bytes
reached the hub (a request cut half-way); ``{"cut_down": N}`` after N response bytes reached the
device (``0``: the hub committed, the answer is lost); ``{"stall": S}`` stops forwarding for S
seconds; ``{"replay": True}`` forwards the connection normally and, once it closes, sends every
request byte it carried to the hub once more on a new connection (a duplicated, late delivery).
``reset_rate`` (0–1) drops that share of the hub's answers at random, and ``reset_answers`` the
answers with those numbers (1 = the first answer): the connection is reset just as an answer starts,
after the hub did the work (the costliest place for a reset).
Every connection's request bytes are kept in ``recorded``; :meth:`replay` sends one again at any
later time. Every wait is bounded.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import deque


class FaultProxy:
    def __init__(self, upstream_port: int, rate: float = 0.0, delay: float = 0.0, reset_rate: float = 0.0,
                 seed: int = 1):
        import random

        self.upstream = ("127.0.0.1", upstream_port)
        self.rate, self.delay = rate, delay
        self.reset_rate, self._random = reset_rate, random.Random(seed)
        self.reset_answers: set[int] = set()
        self.answers = 0
        self.resets = 0
        self.faults: deque[dict] = deque()
        self.connections = 0
        self.bytes = {"up": 0, "down": 0}
        self.recorded: list[bytearray] = []  # request bytes of each connection, in order
        self.replays: list[bytes] = []  # the hub's raw answers to replayed connections
        self.replayed = threading.Event()
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(32)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        t = threading.Thread(target=self._accept, daemon=True)
        t.start()
        self._threads.append(t)

    def close(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(5)
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                continue
            with self._lock:
                self.connections += 1
                fault = self.faults.popleft() if self.faults else {}
                record = bytearray()
                self.recorded.append(record)
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            closed = threading.Event()
            for src, dst, way in ((client, server, "up"), (server, client, "down")):
                t = threading.Thread(target=self._pump, args=(src, dst, way, fault, closed, client, server, record),
                                     daemon=True)
                t.start()
                self._threads.append(t)

    def replay(self, record: bytes, timeout: float = 5.0) -> bytes:
        """Send ``record`` (a connection's request bytes) to the hub again; returns its raw answer."""
        answer = bytearray()
        with socket.create_connection(self.upstream, timeout=timeout) as sock:
            sock.sendall(bytes(record))
            sock.shutdown(socket.SHUT_WR)
            end = time.monotonic() + timeout
            while time.monotonic() < end:
                try:
                    data = sock.recv(65536)
                except socket.timeout:
                    break
                if not data:
                    break
                answer += data
        self.replays.append(bytes(answer))
        return bytes(answer)

    def _pump(self, src, dst, way, fault, closed, client, server, record) -> None:
        cut = fault.get("cut_up" if way == "up" else "cut_down")
        stall = fault.get("stall", 0) if way == "down" else 0
        sent = 0
        try:
            src.settimeout(0.2)  # inside the try: the other direction may have closed both sockets already
            while not closed.is_set() and not self._stop.is_set():
                try:
                    data = src.recv(16384)
                except socket.timeout:
                    continue
                if not data:
                    break
                arrived = time.monotonic()
                if way == "down" and data.startswith(b"HTTP/1."):
                    with self._lock:
                        self.answers += 1
                        drop = self.answers in self.reset_answers or (
                            self.reset_rate and self._random.random() < self.reset_rate)
                        self.resets += bool(drop)
                    if drop:
                        break
                if cut is not None and sent + len(data) > cut:
                    data = data[: max(0, cut - sent)]
                    if data:
                        dst.sendall(data)
                    break
                if stall:
                    end = time.monotonic() + min(stall, 30)
                    while time.monotonic() < end and not closed.is_set():
                        time.sleep(0.05)
                    stall = 0
                if self.delay:
                    wait = arrived + self.delay - time.monotonic()
                    if wait > 0:
                        time.sleep(wait)
                for i in range(0, len(data), 1024 if self.rate else len(data)):
                    piece = data[i:i + 1024] if self.rate else data
                    dst.sendall(piece)
                    if self.rate:
                        time.sleep(len(piece) / self.rate)
                sent += len(data)
                with self._lock:
                    self.bytes[way] += len(data)
                    if way == "up":
                        record += data
        except OSError:
            pass
        finally:
            closed.set()
            for sock in (client, server):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            if way == "up" and fault.get("replay") and record and not self._stop.is_set():
                try:
                    self.replay(record)
                except OSError:
                    pass
                self.replayed.set()
