"""A 256 MiB body without a token never occupies the hub's memory: a real hub process on 127.0.0.1, its
resident memory sampled while the body streams in (chunked, and with a Content-Length that lies)."""

from __future__ import annotations

import socket
import threading
import time

import psutil
import pytest

from tests.sync.hubserver import HubProcess

BODY_MIB = 256
CHUNK = b"[" + b"0," * (512 * 1024 - 1) + b"0"  # 1 MiB of JSON that never ends
MAX_GROWTH = 100 * 1024 * 1024
TIME_BOUND_S = 60


@pytest.fixture(scope="module")
def hub_process(tmp_path_factory):
    hub = HubProcess(tmp_path_factory.mktemp("memhub") / "hub.db").start()
    yield hub
    hub.stop()


class Sampler(threading.Thread):
    """The peak resident memory of a process, sampled every 10 ms until stopped."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.proc, self.peak, self.done = psutil.Process(pid), 0, threading.Event()

    def run(self):
        while not self.done.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(0.01)


def _send(port: int, path: str, framing: str) -> tuple[int, int]:
    """Stream the body; the status the hub answered and the bytes it took before answering."""
    headers = f"POST {path} HTTP/1.1\r\nHost: hub\r\ncontent-type: application/json\r\nconnection: close\r\n"
    if framing == "chunked":
        headers += "transfer-encoding: chunked\r\n"
    elif framing == "announced":
        headers += f"content-length: {BODY_MIB * 1024 * 1024}\r\n"
    else:  # lies: announces less than the limit, then keeps sending
        headers += f"content-length: {16 * 1024 * 1024 - 1}\r\n"
    sent, deadline = 0, time.monotonic() + TIME_BOUND_S
    with socket.create_connection(("127.0.0.1", port), timeout=TIME_BOUND_S) as sock:
        sock.sendall(headers.encode() + b"\r\n")
        try:
            for _ in range(BODY_MIB):
                piece = b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK) if framing == "chunked" else CHUNK
                sock.sendall(piece)
                sent += len(CHUNK)
                if time.monotonic() > deadline:
                    break
            if framing == "chunked":
                sock.sendall(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the hub refused before the end: what we want
        answer = b""
        try:
            while b"\r\n" not in answer:
                data = sock.recv(4096)
                if not data:
                    break
                answer += data
        except ConnectionResetError:
            pass
    return (int(answer.split(b" ")[1]) if answer.startswith(b"HTTP/") else 0), sent


@pytest.mark.parametrize("framing", ["chunked", "announced", "lying content-length"])
@pytest.mark.parametrize("path", ["/v1/push", "/v1/enrol"])
def test_a_huge_unauthenticated_body_is_refused_without_filling_memory(hub_process, path, framing, capsys):
    proc = psutil.Process(hub_process.proc.pid)
    idle = proc.memory_info().rss
    sampler = Sampler(hub_process.proc.pid)
    sampler.start()
    try:
        status, sent = _send(hub_process.port, path, framing)
    finally:
        sampler.done.set()
        sampler.join(5)
    with capsys.disabled():
        print(f"\n{path} {framing}: answered {status} after {sent / 2**20:.0f} MiB sent; "
              f"RSS idle {idle / 2**20:.0f} MiB, peak {sampler.peak / 2**20:.0f} MiB")
    assert status in (413, 422, 401), status
    assert sampler.peak - idle < MAX_GROWTH
    assert hub_process.proc.poll() is None  # still serving
