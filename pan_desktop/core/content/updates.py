"""Signed content updates from the network's repository: over a hub's connection or from a USB copy.

Trust comes from python-tuf's ``ngclient`` and one root pinned in the app (``resources/content/root.json``,
or the file named by ``PAN_CONTENT_ROOT``); newer root versions are accepted only when the one before
signs them, so keys rotate without a new app. Every list (timestamp, snapshot, targets) and every pack
file is checked against that chain before anything is unpacked: a file with any byte changed, lists
rolled back or mixed from different publications, a file larger than its signed size, a retrieval that
stalls, or a signature by the wrong key refuses the update, and nothing is installed.

One :class:`UpdateSession` (one at a time per data dir) refreshes the lists once (:meth:`check`: what is
offered and how many bytes remain to download), downloads and stages the packs (:meth:`prepare`: each
with what it changes) and installs them (:meth:`install`) through the same swap as every install.
From a folder (a USB stick), a timestamp that has expired is accepted — the lists are judged as of the
moment the timestamp was still valid, and the result says "content as of DATE"; over a connection an
expired timestamp is refused (someone may be holding back newer content).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tuf.api import exceptions
from tuf.api.metadata import Metadata, TargetFile, Targets
from tuf.ngclient import Updater

from pan_desktop.core.content.changes import PackChanges, pack_changes
from pan_desktop.core.content.fetchers import FOLDER_SCHEME, FetchLimits, FolderFetcher, HttpFetcher, Stalled
from pan_desktop.core.content.install import (STAGING_DIR, InstallResult, bundled_versions, install_staged, installed_version,
                                              staged_pack)
from pan_desktop.core.content.loader import CONTENT_DIR, load_pack, version_key
from pan_desktop.core.content.model import PackError, Text, problem
from pan_desktop.core.content.origins import PAN, UNSIGNED, ContentState
from pan_desktop.core.content.signing import use_nacl_keys
from pan_desktop.core.errors import Interrupted, PanError

log = logging.getLogger(__name__)
ENV_ROOT = "PAN_CONTENT_ROOT"
TUF_DIR = ".tuf"
UPDATE_LOCK = ".update.lock"
CONTENT_PATH = "/v1/content"
ISSUED_FIELD = "x-pan-issued"  # when the hub signed the timestamp (a signed field of our own)


class ContentRefused(PanError):
    """The repository's signed lists did not verify: nothing was installed or changed."""

    code = "content.untrusted"


def pinned_root_path() -> Path:
    """The trusted root: ``PAN_CONTENT_ROOT`` when set (tests, a private network), else the app's own."""
    from pan_desktop.core.paths import resources_dir

    override = os.environ.get(ENV_ROOT)
    return Path(override) if override else resources_dir() / "content" / "root.json"


def pinned_root() -> bytes:
    path = pinned_root_path()
    try:
        return path.read_bytes()
    except OSError:
        raise PanError(f"The trusted root of PAN's content signatures is missing ({path}); reinstall PAN Desktop.",
                       code="content.no_root", path=str(path)) from None


# -- where updates come from ---------------------------------------------------------------------
@dataclass(frozen=True)
class Source:
    kind: str  # "hub" (the enrolled hub), "url" (an address given), "folder" (a copy, e.g. on a USB stick)
    location: str

    @property
    def offline(self) -> bool:
        return self.kind == "folder"


def enrolled_hub_url(services) -> str | None:
    """The hub this computer syncs with (its sync link), or None when it is not enrolled."""
    from pan_desktop.core.sync.local import get_link

    with services.db.session() as s:
        link = get_link(s)
        return link.hub_url if link is not None else None


def source_for(value: str | None, hub_url: str | None) -> Source:
    """``--from URL|DIR``, or the enrolled hub when ``value`` is None."""
    if value is None:
        if not hub_url:
            raise PanError("This computer is not enrolled with a hub. Give the hub's address or a folder with "
                           "--from URL|FOLDER (for example a USB stick holding an export of PAN's content).",
                           code="content.no_source")
        return Source("hub", hub_url.rstrip("/"))
    if value.startswith(("http://", "https://")):
        return Source("url", value.rstrip("/"))
    folder = Path(value).expanduser()
    if not (folder / "metadata").is_dir():
        raise PanError(f"{value} is neither a hub address (http://… or https://…) nor a folder holding PAN's content "
                       "(a metadata folder inside it, as 'pan-hub content export-repo' writes).",
                       code="content.bad_source", source=value)
    return Source("folder", str(folder.resolve()))


# -- what an update offers -----------------------------------------------------------------------
@dataclass(frozen=True)
class Offer:
    id: str
    version: str
    kind: str
    title: Text
    target: TargetFile
    installed_version: str | None
    missing_bytes: int  # still to download (a resumed download needs only the rest)


@dataclass
class UpdateCheck:
    source: Source
    offers: list[Offer]
    unchanged: list[dict]
    refused: list[dict]
    as_of: str | None  # "YYYY-MM-DD" when the lists came from a copy whose timestamp has expired

    @property
    def download_bytes(self) -> int:
        """What the offered packs still need to download, in bytes (show it before downloading)."""
        return sum(o.missing_bytes for o in self.offers)


@dataclass
class Prepared:
    offer: Offer
    staged: Path
    changes: PackChanges
    replace_same: bool


@dataclass
class UpdateReport:
    source: Source
    as_of: str | None = None
    installed: list[dict] = field(default_factory=list)
    unchanged: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)  # checked and downloaded but not installed (--check, declined)

    def as_json(self) -> dict:
        out = {"installed": self.installed, "unchanged": self.unchanged, "refused": self.refused,
               "source": {"kind": self.source.kind, "location": self.source.location}, "as_of": self.as_of}
        if self.pending:
            out["pending"] = self.pending
        return out


# -- reasons, for a person ---------------------------------------------------------------------
def refusal(exc: BaseException) -> tuple[str, str]:
    """``(code, English reason)`` of a failed verification or download."""
    if isinstance(exc, exceptions.UnsignedMetadataError):
        return "content.bad_signature", "it is not signed by PAN's keys (or by too few of them)"
    if isinstance(exc, exceptions.BadVersionNumberError):
        return "content.rollback", ("its signed lists are older than what this computer has already seen, or mixed "
                                    "from different publications (a replay)")
    if isinstance(exc, exceptions.ExpiredMetadataError):
        return "content.expired", ("its signed lists have expired; over a connection they must be current "
                                   "(the secretariat runs 'pan-hub content refresh')")
    if isinstance(exc, exceptions.LengthOrHashMismatchError):
        return "content.tampered", "a file differs from its signed description: it was changed on the way"
    if isinstance(exc, exceptions.DownloadLengthMismatchError):
        return "content.too_long", "a file is longer than its signed size: it was changed on the way"
    if isinstance(exc, Stalled):
        return "content.stalled", ("the download stalled or was too slow; what arrived is kept and the next try "
                                   "continues from there")
    if isinstance(exc, exceptions.DownloadHTTPError) and exc.status_code == 404:
        return "content.no_repository", "PAN's content is not there (no signed list was found)"
    if isinstance(exc, (exceptions.DownloadError, OSError)):
        return "content.unreachable", "it could not be reached or read to the end; try again later"
    if isinstance(exc, PackError):
        return "content.bad_pack", f"the pack does not pass the checks every pack passes: {exc.problems[0]}"
    return "content.untrusted", "its signed lists do not verify"


# -- one update -----------------------------------------------------------------------------------
class UpdateSession:
    """One update of the library from ``source``. Use as a context manager; a second session on the same
    data dir (thread or process) is refused while this one is open.

    ``progress(done, total)`` gets the bytes of the packs being downloaded and may raise Interrupted to
    stop (what arrived is kept for the next try). Runs on a worker: no widgets here.
    """

    def __init__(self, data_dir: Path, source: Source, limits: FetchLimits = FetchLimits(), progress=None):
        self.data_dir = Path(data_dir)
        self.source = source
        self.limits = limits
        self.progress = progress
        self.content = self.data_dir / CONTENT_DIR
        root = pinned_root()
        self.tuf_dir = self.content / TUF_DIR / hashlib.sha256(root).hexdigest()[:16]
        self.downloads = self.content / TUF_DIR / "downloads"
        self._root = root
        self._stack = ExitStack()
        self._updater: Updater | None = None
        self._fetcher = None
        self._byte_total = 0
        self._byte_base = 0
        self.as_of: str | None = None

    def __enter__(self) -> UpdateSession:
        from filelock import FileLock, Timeout

        self.content.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.content / UPDATE_LOCK), timeout=0, thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            raise PanError("Another content update is running on this computer; wait for it to finish.",
                           code="content.busy") from None
        self._stack.callback(lock.release)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._fetcher is not None and hasattr(self._fetcher, "close"):
            self._fetcher.close()
        self._stack.close()

    # -- step 1: the signed lists ----------------------------------------------------------------
    def _make_updater(self) -> Updater:
        use_nacl_keys()
        metadata_dir = self.tuf_dir / "metadata"
        metadata_dir.mkdir(parents=True, exist_ok=True)
        self.downloads.mkdir(parents=True, exist_ok=True)
        if self.source.offline:
            self._fetcher = FolderFetcher(Path(self.source.location), progress=self._on_bytes)
            meta_url, targets_url = f"{FOLDER_SCHEME}metadata/", f"{FOLDER_SCHEME}targets/"
        else:
            base = self.source.location + CONTENT_PATH
            meta_url, targets_url = f"{base}/metadata/", f"{base}/targets/"
            self._fetcher = HttpFetcher(targets_url, self.downloads, self.limits, progress=self._on_bytes)
        updater = _CopyRootUpdater(str(metadata_dir), meta_url, str(self.downloads), targets_url, self._fetcher,
                                   bootstrap=self._root)
        if self.source.offline:
            self._judge_copy_as_of(updater)
        return updater

    def _judge_copy_as_of(self, updater: Updater) -> None:
        """A copy whose timestamp has expired is judged as of the last second it was valid."""
        expires, issued = _timestamp_dates(Path(self.source.location) / "metadata" / "timestamp.json")
        now = datetime.now(timezone.utc)
        if expires is not None and expires <= now:
            # python-tuf has no public switch for this; the trusted set judges expiry by this instant.
            updater._trusted_set.reference_time = expires - timedelta(seconds=1)
            self.as_of = (issued or expires).date().isoformat()

    def check(self, include_removed: bool = False) -> UpdateCheck:
        """Refresh the signed lists and compare them with the library; raises ContentRefused."""
        try:
            self._updater = self._make_updater()
            self._updater.refresh()
            names = self._target_names()
            infos = [(name, self._updater.get_targetinfo(name)) for name in names]
        except (exceptions.RepositoryError, exceptions.DownloadError, OSError) as exc:
            code, reason = refusal(exc)
            log.warning("content update from %s refused: %s (%s)", self.source.location, reason, exc)
            raise ContentRefused(f"The content update from {self.source.location} was refused: {reason}. "
                                 "Nothing was installed or changed.", code=code, source=self.source.location) from exc
        ContentState(self.data_dir).set_freshness(self.as_of, self.source.kind)
        return self._compare([(n, i) for n, i in infos if i is not None], include_removed)

    def _target_names(self) -> list[str]:
        # The updater has just verified and stored the top-level targets list; its names are what is offered.
        md = Metadata[Targets].from_file(str(self.tuf_dir / "metadata" / "targets.json"))
        return sorted(md.signed.targets)

    def _compare(self, infos: list[tuple[str, TargetFile]], include_removed: bool) -> UpdateCheck:
        state = ContentState(self.data_dir)
        shipped = bundled_versions()
        removed = {} if include_removed else state.removed()
        offers, unchanged, refused = [], [], []
        for name, info in infos:
            custom = info.custom if isinstance(info.custom, dict) else {}
            pack_id, version = custom.get("id"), custom.get("version")
            if not (isinstance(pack_id, str) and isinstance(version, str) and name == f"{pack_id}.panpack"):
                refused.append({"id": name, "code": "content.not_a_pack", "reason": "the repository does not describe it as a content pack"})
                continue
            installed = installed_version(self.content / pack_id) if not pack_id.startswith(".") else None
            origin = state.origin(pack_id, installed, shipped) if installed else None
            if pack_id in removed and version_key(version) <= version_key(removed[pack_id]):
                unchanged.append({"id": pack_id, "version": installed or version, "note": "removed on this computer"})
                continue
            if installed is not None and version_key(installed) > version_key(version):
                unchanged.append({"id": pack_id, "version": installed, "note": "a newer version is installed"})
                continue
            if installed is not None and installed == version and origin != UNSIGNED:
                unchanged.append({"id": pack_id, "version": installed})
                continue
            title = custom.get("title") if isinstance(custom.get("title"), dict) else {}
            partial = self.downloads / f"{_remote_name(info)}.partial"
            have = partial.stat().st_size if partial.exists() else 0
            offers.append(Offer(pack_id, version, str(custom.get("kind", "")), Text(str(title.get("vi", "")), str(title.get("en", ""))),
                                info, installed, max(info.length - have, 0)))
        return UpdateCheck(self.source, offers, unchanged, refused, self.as_of)

    # -- step 2: download, verify, stage ---------------------------------------------------------
    def _on_bytes(self, _url: str, done: int) -> None:
        if self.progress is not None:
            self.progress(min(self._byte_base + done, self._byte_total), self._byte_total)

    def prepare_all(self, check: UpdateCheck) -> tuple[list[Prepared], list[dict]]:
        """Download, verify and stage every offer; ``(prepared, refused)``. Interrupted propagates."""
        prepared, refused = [], list(check.refused)
        self._byte_total = sum(o.target.length for o in check.offers)
        self._byte_base = 0
        for offer in check.offers:
            try:
                prepared.append(self.prepare(offer))
            except Interrupted:
                raise
            except (exceptions.RepositoryError, exceptions.DownloadError, PackError, OSError) as exc:
                code, reason = refusal(exc)
                log.warning("pack %s %s refused: %s (%s)", offer.id, offer.version, reason, exc)
                refused.append({"id": offer.id, "code": code, "reason": reason})
            self._byte_base += offer.target.length
        return prepared, refused

    def prepare(self, offer: Offer) -> Prepared:
        """Download ``offer`` (resuming), verify it against the signed lists, stage and validate it."""
        assert self._updater is not None, "check() first"
        dest = self.downloads / f"{offer.id}.panpack"
        partial = self.downloads / f"{_remote_name(offer.target)}.partial"
        try:
            self._updater.download_target(offer.target, str(dest))
        except (exceptions.RepositoryError, exceptions.DownloadLengthMismatchError):
            partial.unlink(missing_ok=True)  # wrong bytes: the next try starts afresh
            raise
        partial.unlink(missing_ok=True)
        try:
            staged, pack = self._stack.enter_context(staged_pack(dest, self.content / STAGING_DIR))
        finally:
            dest.unlink(missing_ok=True)
        if (pack.id, pack.version) != (offer.id, offer.version):
            said = f"holds {pack.id} {pack.version}, not {offer.id} {offer.version} as its signed description says"
            raise PackError([problem("pack.yaml", 0, said, "pack_mismatch")], f"{offer.id}.panpack", "was refused")
        old = _load_installed(self.content / offer.id)
        return Prepared(offer, staged, pack_changes(old, pack), replace_same=offer.installed_version == offer.version)

    # -- step 3: install -------------------------------------------------------------------------
    def install(self, prepared: Prepared) -> InstallResult:
        pack = load_pack(prepared.staged)
        return install_staged(prepared.staged, pack, self.data_dir, PAN, source=self.source.location,
                              replace_same=prepared.replace_same, sha256=prepared.offer.target.hashes.get("sha256", ""))


class _CopyRootUpdater(Updater):
    """ngclient's Updater keeping ``root.json`` as a copy instead of a symbolic link, which FAT USB sticks
    (portable mode) and Windows accounts without the symlink right cannot make."""

    def _update_root_symlink(self) -> None:
        version = self._trusted_set.root.version
        source = Path(self._dir, "root_history", f"{version}.root.json")
        self._persist_file(os.path.join(self._dir, "root.json"), source.read_bytes())


def _remote_name(info: TargetFile) -> str:
    """The file name a pack is fetched under (its SHA-256, then its path), as the fetchers name partials."""
    digest = next(iter(info.hashes.values()), "")
    return f"{digest}.{info.path}".replace("/", "_")


def _timestamp_dates(path: Path) -> tuple[datetime | None, datetime | None]:
    """``(expires, issued)`` read from a timestamp file without trusting it (TUF verifies it afterwards)."""
    try:
        signed = json.loads(path.read_bytes())["signed"]
        expires = datetime.strptime(signed["expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except (OSError, ValueError, KeyError, TypeError):
        return None, None
    try:
        issued = datetime.strptime(signed.get(ISSUED_FIELD, ""), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except (ValueError, TypeError):
        issued = None
    return expires, issued


def _load_installed(folder: Path):
    try:
        return load_pack(folder) if folder.is_dir() else None
    except (PackError, OSError, PanError):
        return None


# -- the whole update, as the command line runs it ----------------------------------------------
def run_update(data_dir: Path, source: Source, *, check_only: bool = False, include_removed: bool = False,
               confirm=None, progress=None, limits: FetchLimits = FetchLimits()) -> UpdateReport:
    """Check, download and install; ``confirm(prepared) -> bool`` may decline before anything is installed.

    Raises ContentRefused when the repository's lists do not verify (nothing installed or changed).
    """
    report = UpdateReport(source)
    with UpdateSession(data_dir, source, limits, progress) as session:
        check = session.check(include_removed)
        report.as_of, report.unchanged = check.as_of, list(check.unchanged)
        prepared, report.refused = session.prepare_all(check)
        if check_only or (confirm is not None and prepared and not confirm(prepared)):
            report.pending = [_entry(p) for p in prepared]
            return report
        for item in prepared:
            try:
                result = session.install(item)
            except PanError as exc:
                report.refused.append({"id": item.offer.id, "code": exc.code, "reason": str(exc)})
                continue
            if result.status == "unchanged":
                report.unchanged.append({"id": result.pack_id, "version": result.version})
            else:
                report.installed.append(_entry(item))
    return report


def _entry(item: Prepared) -> dict:
    return {"id": item.offer.id, "version": item.offer.version, "previous_version": item.offer.installed_version,
            "changes": item.changes.as_json(), "counts": item.changes.counts()}


def check_for_updates(data_dir: Path, source: Source, limits: FetchLimits = FetchLimits()) -> UpdateCheck:
    """What the repository offers and how many bytes remain to download, without downloading a pack
    (for ``sync now`` and the Sync page, to show the size first). Raises ContentRefused."""
    with UpdateSession(data_dir, source, limits) as session:
        return session.check()


def check_enrolled_hub(services, limits: FetchLimits = FetchLimits()) -> UpdateCheck | None:
    """:func:`check_for_updates` against the hub this computer syncs with; None when it is not enrolled.
    Runs on a worker (network); ``UpdateCheck.download_bytes`` is the size to show before downloading."""
    url = enrolled_hub_url(services)
    return check_for_updates(services.data_dir, source_for(None, url), limits) if url else None
