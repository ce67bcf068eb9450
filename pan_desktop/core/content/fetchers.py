"""How TUF's updater reads the repository: over HTTP from a hub (resuming after a cut) or from a folder.

Both are ``tuf.ngclient.FetcherInterface`` implementations; TUF itself bounds every file by the length
its signed metadata allows and checks lengths and hashes afterwards, so nothing here decides what is
trusted. The HTTP fetcher bounds the time too: a retrieval that sends nothing for ``read_timeout``
seconds stalls, and one slower on average than ``min_rate`` (after ``grace`` seconds) is an endless
trickle; both are given up after ``retries`` reconnections. Pack files are written to a ``.partial``
file as they arrive and a later attempt asks only for the rest (HTTP ``Range``), so a download cut by a
lost connection resumes where it stopped, in the same run or the next. A pack's URL names the SHA-256
of its content (consistent snapshots), so the bytes under it never change.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import httpx
from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

log = logging.getLogger(__name__)
CHUNK = 64 * 1024
FOLDER_SCHEME = "pan-folder:"


class Stalled(exceptions.SlowRetrievalError):
    """The retrieval stopped sending, or sends too slowly to ever finish."""


class Unreachable(exceptions.DownloadError):
    """The hub could not be reached, or the connection broke too often."""


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 15.0
    read_timeout: float = 30.0  # seconds without a byte: stalled
    min_rate: float = 1024.0    # bytes a second, averaged since the start of one file
    grace: float = 60.0         # seconds before the rate is judged (a slow start is fine)
    retries: int = 3            # reconnections after a cut or a stall, each resuming where it stopped


# progress(file_url, bytes of that file so far) for pack files; it may raise Interrupted to cancel.
ByteProgress = Callable[[str, int], None]


class HttpFetcher(FetcherInterface):
    """Reads from a hub with httpx; pack files under ``targets_url`` resume from ``partial_dir``."""

    def __init__(self, targets_url: str, partial_dir: Path, limits: FetchLimits = FetchLimits(),
                 progress: ByteProgress | None = None, transport: httpx.BaseTransport | None = None):
        self.targets_url = targets_url
        self.partial_dir = Path(partial_dir)
        self.limits = limits
        self.progress = progress
        timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport,
                                   headers={"user-agent": "pan-desktop content"})

    def close(self) -> None:
        self.client.close()

    def partial_path(self, url: str) -> Path | None:
        """Where the pack file at ``url`` is kept while it arrives (None for metadata)."""
        if not url.startswith(self.targets_url):
            return None
        name = unquote(url[len(self.targets_url):]).replace("/", "_")
        return self.partial_dir / f"{name}.partial"

    def _fetch(self, url: str) -> Iterator[bytes]:
        return self._stream(url, self.partial_path(url))

    def _stream(self, url: str, partial: Path | None) -> Iterator[bytes]:
        started = time.monotonic()
        have = partial.stat().st_size if partial is not None and partial.exists() else 0
        given = 0  # bytes handed to TUF so far
        attempts = 0
        while True:
            headers = {"range": f"bytes={have}-"} if have else {}
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    if response.status_code == 416 and have:
                        # The whole file is already here (or what is here is wrong: TUF's check decides).
                        yield from self._replay(partial, given, have)
                        return
                    if response.status_code >= 400:
                        raise exceptions.DownloadHTTPError(f"{url} answered {response.status_code}", response.status_code)
                    if have and not _resumes_at(response, have):
                        if given:
                            raise Unreachable(f"{url} cannot resume: the server sent the file from the start")
                        have = 0  # the server ignored the range: start again
                        if partial is not None:
                            partial.unlink(missing_ok=True)
                    if given < have:
                        yield from self._replay(partial, given, have)
                        given = have
                    for chunk in self._chunks(response, url, started):
                        if partial is not None:
                            with open(partial, "ab") as fh:
                                fh.write(chunk)
                        have += len(chunk)
                        given += len(chunk)
                        if self.progress is not None and partial is not None:
                            self.progress(url, have)  # after the chunk is kept: a cancel here loses nothing
                        yield chunk
                return
            except (httpx.TransportError, Stalled) as exc:
                attempts += 1
                can_resume = partial is not None or given == 0
                if attempts > self.limits.retries or not can_resume:
                    kind = Stalled if isinstance(exc, (Stalled, httpx.TimeoutException)) else Unreachable
                    raise kind(f"{url}: {exc}") from exc
                log.info("retrieval of %s broke (%s); resuming from byte %d", url, exc, have)
                time.sleep(min(0.2 * attempts, 1.0))

    def _chunks(self, response: httpx.Response, url: str, started: float) -> Iterator[bytes]:
        received = 0
        for chunk in response.iter_bytes():  # as they arrive: a cut keeps every byte received
            received += len(chunk)
            elapsed = time.monotonic() - started
            if elapsed > self.limits.grace and received / elapsed < self.limits.min_rate:
                raise Stalled(f"{url} arrives at {received / elapsed:.0f} bytes/s, too slowly to finish")
            yield chunk

    @staticmethod
    def _replay(partial: Path | None, start: int, end: int) -> Iterator[bytes]:
        if partial is None or start >= end:
            return
        with open(partial, "rb") as fh:
            fh.seek(start)
            left = end - start
            while left > 0 and (chunk := fh.read(min(CHUNK, left))):
                left -= len(chunk)
                yield chunk


def _resumes_at(response: httpx.Response, offset: int) -> bool:
    if response.status_code != 206:
        return False
    value = response.headers.get("content-range", "")  # "bytes START-END/TOTAL"
    try:
        return int(value.split()[1].split("-")[0]) == offset
    except (IndexError, ValueError):
        return False


class FolderFetcher(FetcherInterface):
    """Reads a repository folder (an export on a USB stick): ``metadata/`` and ``targets/`` inside it.

    URLs are ``pan-folder:metadata/NAME`` and ``pan-folder:targets/NAME``; a missing file answers 404 as
    a server would, and no name may leave its folder.
    """

    def __init__(self, root: Path, progress: ByteProgress | None = None):
        self.root = Path(root).resolve()
        self.progress = progress

    def _fetch(self, url: str) -> Iterator[bytes]:
        if not url.startswith(FOLDER_SCHEME):
            raise exceptions.DownloadHTTPError(f"{url} is not in the folder", 404)
        area, _, name = url[len(FOLDER_SCHEME):].partition("/")
        name = unquote(name)
        if area not in ("metadata", "targets") or not name or "/" in name or "\\" in name or name.startswith("."):
            raise exceptions.DownloadHTTPError(f"{url} is not in the folder", 404)
        path = self.root / area / name
        if path.is_symlink() or not path.is_file():
            raise exceptions.DownloadHTTPError(f"{path} is missing", 404)
        return self._read(path, url, area == "targets")

    def _read(self, path: Path, url: str, is_pack: bool) -> Iterator[bytes]:
        done = 0
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    done += len(chunk)
                    if is_pack and self.progress is not None:
                        self.progress(url, done)
                    yield chunk
        except OSError as exc:  # a stick pulled out half-way
            raise Unreachable(f"{path} could not be read: {exc}") from exc
