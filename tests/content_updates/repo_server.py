"""A tiny static server for a repository folder on 127.0.0.1, with the faults an attacker or a bad link
causes: a cut after some bytes, a stall, a trickle, more bytes than the file has. Bounded: every fault
ends by itself within a couple of seconds, and the server stops with the test."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class Faults:
    def __init__(self) -> None:
        self.cut_after: int | None = None   # close the connection after this many body bytes (once per request)
        self.cuts_left = 0                  # how many requests are cut
        self.stall = False                  # send headers, then nothing (until the client gives up)
        self.trickle = False                # one byte every 0.2 s
        self.extra = b""                    # bytes appended to every pack file
        self.ranges: list[str] = []         # Range headers seen, for the resume tests
        self.no_range = False               # ignore Range (an old server)


class _Handler(BaseHTTPRequestHandler):
    server: RepoServer

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        try:
            self._get()
        except ConnectionError:  # the client gave up on a stalled or trickling answer, as it should
            pass

    def _get(self) -> None:
        faults = self.server.faults
        prefix = "/v1/content/"
        rel = self.path[len(prefix):] if self.path.startswith(prefix) else ""
        path = self.server.root / rel
        if not rel.startswith(("metadata/", "targets/")) or ".." in rel or not path.is_file():
            self.send_response(404)
            self.send_header("content-length", "0")
            self.end_headers()
            return
        data = path.read_bytes()
        if rel.startswith("targets/"):
            data += faults.extra
        start = 0
        header = self.headers.get("range")
        if rel.startswith("targets/") and header:
            faults.ranges.append(header)
        if header and not faults.no_range and header.startswith("bytes="):
            start = int(header[6:].split("-")[0])
            if start >= len(data):
                self.send_response(416)
                self.send_header("content-range", f"bytes */{len(data)}")
                self.send_header("content-length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("content-range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        if faults.stall and rel.startswith("targets/"):
            time.sleep(2.0)
            return
        if faults.trickle and rel.startswith("targets/"):
            for i in range(min(len(body), 15)):
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
                time.sleep(0.2)
            return
        if faults.cut_after is not None and faults.cuts_left > 0 and rel.startswith("targets/"):
            faults.cuts_left -= 1
            self.wfile.write(body[:faults.cut_after])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)


class RepoServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root = Path(root)
        self.faults = Faults()
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> RepoServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(5)
