"""The network's content repository, kept by the hub: TUF metadata, the published packs and the keys.

Layout of the repository folder (beside the hub's SQLite database as ``<name>-content/``, or where
``--content-dir`` / ``PAN_HUB_CONTENT_DIR`` says)::

    metadata/   N.root.json (every version), N.targets.json, N.snapshot.json, timestamp.json  — public
    targets/    <sha256>.<pack id>.panpack                                                   — public
    keys/       root.key, targets.key, snapshot.key, timestamp.key  (0700 folder, 0600 files)

Consistent snapshots: every list and pack is written under a new name and ``timestamp.json`` is
replaced last, so a device reading during a publication sees the old publication or the new one, never
a mix. The root and targets keys may live offline (``--root-key`` / ``--targets-key`` name them when
needed); the snapshot and timestamp keys stay here, so the hub renews short-lived signatures by itself
(:meth:`ContentRepo.refresh`, also done when a device asks for ``timestamp.json``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tuf.api.metadata import (SPECIFICATION_VERSION, TOP_LEVEL_ROLE_NAMES, Metadata, MetaFile, Role, Root, Snapshot,
                              TargetFile, Targets, Timestamp)

from pan_desktop.core.content.signing import NaclSigner, use_nacl_keys
from pan_desktop.core.errors import PanError

log = logging.getLogger(__name__)
ENV_CONTENT_DIR = "PAN_HUB_CONTENT_DIR"
SPEC = ".".join(SPECIFICATION_VERSION)
ISSUED_FIELD = "x-pan-issued"
LIFETIME = {"root": timedelta(days=365), "targets": timedelta(days=365), "snapshot": timedelta(days=30),
            "timestamp": timedelta(days=2)}
# A role is signed again once less than this is left of its lifetime.
RENEW_WITHIN = {"root": timedelta(days=60), "targets": timedelta(days=60), "snapshot": timedelta(days=15),
                "timestamp": timedelta(days=1)}
KEEP_VERSIONS = 10  # of snapshot and targets lists (devices mid-update may still ask for the one before)
_SAFE_NAME = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


class ContentRepoError(PanError):
    """A mistake in publishing or keeping the content repository."""

    code = "content.repo"


def repo_dir_for(db_url: str, override: str | None = None) -> Path | None:
    """The repository folder of the hub at ``db_url``: ``override``, ``PAN_HUB_CONTENT_DIR``, or beside a
    SQLite database file; None for another database without either (the hub then publishes no content)."""
    if override:
        return Path(override).expanduser().resolve()
    if os.environ.get(ENV_CONTENT_DIR):
        return Path(os.environ[ENV_CONTENT_DIR]).expanduser().resolve()
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    db = Path(url.database).expanduser().resolve()
    return db.parent / f"{db.stem}-content"


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def safe_name(name: str) -> bool:
    """A file name the repository may serve: plain characters, no folder, not hidden."""
    return bool(name) and not name.startswith(".") and set(name) <= _SAFE_NAME and len(name) <= 200


@dataclass(frozen=True)
class PublishResult:
    pack_id: str
    version: str
    length: int
    status: str  # "published" | "unchanged"

    def describe(self) -> str:
        if self.status == "unchanged":
            return f"{self.pack_id} {self.version} is already published; nothing changed."
        return f"{self.pack_id} {self.version} published ({self.length:,} bytes); devices get it at their next update."


class ContentRepo:
    """One repository folder. Writers take a lock file, so ``pan-hub serve`` renewing a timestamp and
    ``pan-hub content publish`` in another process never interleave; readers never need it."""

    def __init__(self, folder: Path, clock: Callable[[], datetime] = utcnow):
        self.dir = Path(folder)
        self.metadata_dir = self.dir / "metadata"
        self.targets_dir = self.dir / "targets"
        self.keys_dir = self.dir / "keys"
        self.clock = clock
        use_nacl_keys()

    # -- files --------------------------------------------------------------------------------
    @property
    def exists(self) -> bool:
        return (self.metadata_dir / "1.root.json").is_file()

    def require(self) -> ContentRepo:
        if not self.exists:
            raise ContentRepoError(f"There is no content repository at {self.dir} yet. Create it with "
                                   "'pan-hub --db URL content init' (see docs/content-signing.md).",
                                   code="content.no_repo", path=str(self.dir))
        return self

    @contextmanager
    def locked(self):
        from filelock import FileLock

        self.dir.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.dir / ".lock"), timeout=120, thread_local=False):
            yield

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        """Write through a temporary file and a rename: a reader sees the old file or the new one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".partial-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def root_version(self) -> int:
        versions = [int(p.name.split(".", 1)[0]) for p in self.metadata_dir.glob("*.root.json") if p.name.split(".", 1)[0].isdigit()]
        return max(versions, default=0)

    def root(self) -> Metadata[Root]:
        return Metadata[Root].from_file(str(self.metadata_dir / f"{self.root_version()}.root.json"))

    def timestamp(self) -> Metadata[Timestamp]:
        return Metadata[Timestamp].from_file(str(self.metadata_dir / "timestamp.json"))

    def snapshot(self) -> Metadata[Snapshot]:
        version = self.timestamp().signed.snapshot_meta.version
        return Metadata[Snapshot].from_file(str(self.metadata_dir / f"{version}.snapshot.json"))

    def targets(self) -> Metadata[Targets]:
        version = self.snapshot().signed.meta["targets.json"].version
        return Metadata[Targets].from_file(str(self.metadata_dir / f"{version}.targets.json"))

    # -- keys ---------------------------------------------------------------------------------
    def _key_path(self, role: str) -> Path:
        return self.keys_dir / f"{role}.key"

    def _save_key(self, signer: NaclSigner, role: str, path: Path | None = None) -> Path:
        self.keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.keys_dir, 0o700)  # mkdir's mode passes through the umask
        path = path or self._key_path(role)
        signer.save(path, role)
        return path

    def signer(self, role: str, key_file: str | Path | None = None) -> NaclSigner:
        """The signer of ``role`` from ``key_file`` or ``keys/<role>.key``; it must be a key the root names."""
        path = Path(key_file) if key_file else self._key_path(role)
        if not path.is_file():
            raise ContentRepoError(f"The {role} key is not on this computer ({path}). It is kept offline: plug in the "
                                   f"medium that holds it and give it with --{role}-key FILE.",
                                   code="content.key_missing", role=role, path=str(path))
        try:
            signer, file_role = NaclSigner.load(path)
        except ValueError as exc:
            raise ContentRepoError(str(exc), code="content.key_bad", role=role, path=str(path)) from None
        if file_role != role or signer.public_key.keyid not in self.root().signed.roles[role].keyids:
            raise ContentRepoError(f"{path} is not the current {role} key of this repository.",
                                   code="content.key_bad", role=role, path=str(path))
        return signer

    # -- creating -----------------------------------------------------------------------------
    def init(self) -> Path:
        """Create keys for the four roles and the first version of every list; returns the root file to
        ship in the app (``resources/content/root.json``)."""
        if self.exists:
            raise ContentRepoError(f"{self.dir} already holds a content repository; nothing was changed.",
                                   code="content.repo_exists", path=str(self.dir))
        with self.locked():
            now = self.clock()
            signers = {role: NaclSigner.generate() for role in TOP_LEVEL_ROLE_NAMES}
            root = Root(1, SPEC, now + LIFETIME["root"], {}, {r: Role([], 1) for r in TOP_LEVEL_ROLE_NAMES}, True)
            for role, signer in signers.items():
                root.add_key(signer.public_key, role)
                self._save_key(signer, role)
            self.targets_dir.mkdir(parents=True, exist_ok=True)
            self._sign_write(Metadata(root), signers["root"], "1.root.json")
            targets = Targets(1, SPEC, now + LIFETIME["targets"], {})
            self._publish_lists(targets, signers["targets"])
        return self.metadata_dir / "1.root.json"

    def _sign_write(self, md: Metadata, signer: NaclSigner, name: str, *more: NaclSigner) -> bytes:
        md.signatures.clear()
        md.sign(signer, append=True)
        for extra in more:
            md.sign(extra, append=True)
        data = md.to_bytes()
        self._write(self.metadata_dir / name, data)
        return data

    def _publish_lists(self, targets: Targets | None, targets_signer: NaclSigner | None, renew_snapshot: bool = True) -> None:
        """Write ``targets`` (if given), a new snapshot naming it, then a new timestamp — in that order."""
        now = self.clock()
        if targets is not None:
            targets_bytes = self._sign_write(Metadata(targets), targets_signer, f"{targets.version}.targets.json")
            targets_meta = MetaFile(targets.version, len(targets_bytes), {"sha256": hashlib.sha256(targets_bytes).hexdigest()})
        else:
            targets_meta = self.snapshot().signed.meta["targets.json"]
        if renew_snapshot or targets is not None:
            old = self.snapshot().signed.version if (self.metadata_dir / "timestamp.json").exists() else 0
            snapshot = Snapshot(old + 1, SPEC, now + LIFETIME["snapshot"], {"targets.json": targets_meta})
            snapshot_bytes = self._sign_write(Metadata(snapshot), self.signer("snapshot"), f"{snapshot.version}.snapshot.json")
            snapshot_meta = MetaFile(snapshot.version, len(snapshot_bytes), {"sha256": hashlib.sha256(snapshot_bytes).hexdigest()})
        else:
            snapshot_meta = self.timestamp().signed.snapshot_meta
        self._write_timestamp(snapshot_meta)
        self._prune()

    def _write_timestamp(self, snapshot_meta: MetaFile) -> None:
        now = self.clock()
        path = self.metadata_dir / "timestamp.json"
        version = self.timestamp().signed.version + 1 if path.exists() else 1
        timestamp = Timestamp(version, SPEC, now + LIFETIME["timestamp"], snapshot_meta, {ISSUED_FIELD: _stamp(now)})
        self._sign_write(Metadata(timestamp), self.signer("timestamp"), "timestamp.json")

    # -- publishing ---------------------------------------------------------------------------
    def publish(self, source: Path, targets_key: str | Path | None = None) -> PublishResult:
        """Validate ``source`` (a ``.panpack`` or a pack folder) exactly as devices do and publish it.

        Versions never go back: an older or equal version with other content is refused."""
        from pan_desktop.core.content.install import staged_pack

        self.require()
        with tempfile.TemporaryDirectory(prefix="publish-", dir=self.dir) as tmp:
            with staged_pack(Path(source), Path(tmp) / "staging") as (_staged, pack):
                pass
            data = _pack_bytes(Path(source), Path(tmp))
        name = f"{pack.id}.panpack"
        digest = hashlib.sha256(data).hexdigest()
        with self.locked():
            signer = self.signer("targets", targets_key)
            targets = self.targets().signed
            current = targets.targets.get(name)
            if current is not None:
                from pan_desktop.core.content.loader import version_key

                published = str((current.custom or {}).get("version", "0.0.0"))
                same = current.hashes.get("sha256") == digest
                if published == pack.version and same:
                    return PublishResult(pack.id, pack.version, len(data), "unchanged")
                if version_key(pack.version) <= version_key(published):
                    raise ContentRepoError(
                        f"{pack.id} {published} is already published; {source} holds version {pack.version}. Versions "
                        "never go back and a published version never changes: give the pack a higher version.",
                        code="content.version_not_newer", pack=pack.id, published=published, offered=pack.version)
            self._write(self.targets_dir / f"{digest}.{name}", data)
            custom = {"id": pack.id, "version": pack.version, "kind": pack.kind,
                      "title": {"vi": pack.title.vi, "en": pack.title.en}}
            targets.targets[name] = TargetFile(len(data), {"sha256": digest}, name, {"custom": custom})
            targets.version += 1
            targets.expires = self.clock() + LIFETIME["targets"]
            self._publish_lists(targets, signer)
        log.info("published %s %s (%d bytes)", pack.id, pack.version, len(data))
        return PublishResult(pack.id, pack.version, len(data), "published")

    # -- keeping signatures fresh -------------------------------------------------------------
    def due(self) -> list[str]:
        """The roles whose signatures are near their expiry (see RENEW_WITHIN)."""
        now = self.clock()
        roles = {"timestamp": self.timestamp(), "snapshot": self.snapshot(), "targets": self.targets(), "root": self.root()}
        return [r for r, md in roles.items() if md.signed.expires - now < RENEW_WITHIN[r]]

    def refresh(self, targets_key: str | Path | None = None, force: bool = False) -> list[str]:
        """Sign again what is near its expiry (the timestamp always with ``force``); returns what was renewed.

        The targets list is renewed when its key is here (or given); the root needs the root key and is
        renewed by :meth:`rotate` — both are reported by ``content status`` when due."""
        self.require()
        with self.locked():
            due = set(self.due())
            renewed: list[str] = []
            targets = None
            signer = None
            if "targets" in due and (targets_key or self._key_path("targets").is_file()):
                signer = self.signer("targets", targets_key)
                targets = self.targets().signed
                targets.version += 1
                targets.expires = self.clock() + LIFETIME["targets"]
                renewed.append("targets")
            if targets is not None or "snapshot" in due:
                self._publish_lists(targets, signer)
                renewed += ["snapshot", "timestamp"]
            elif force or "timestamp" in due:
                self._write_timestamp(self.timestamp().signed.snapshot_meta)
                renewed.append("timestamp")
        return renewed

    def refresh_if_due(self) -> None:
        """Renew the timestamp (and snapshot) when due; cheap when not. For the hub's HTTP handler."""
        try:
            now = self.clock()
            if self.timestamp().signed.expires - now >= RENEW_WITHIN["timestamp"] and \
                    self.snapshot().signed.expires - now >= RENEW_WITHIN["snapshot"]:
                return
            self.refresh()
        except (OSError, ValueError, PanError) as exc:  # serve what is there; the device judges it
            log.error("could not renew the content timestamp in %s: %s", self.dir, exc)

    # -- keys rotation ------------------------------------------------------------------------
    def rotate(self, role: str | None, root_key: str | Path | None = None, new_key_file: Path | None = None) -> int:
        """A new root version: with ``role``, that role gets a new key (written to ``new_key_file`` or to
        ``keys/``); without, the root is only renewed. Signed by the current root key and, when the root
        key itself changes, by the new one too. Returns the new root version."""
        self.require()
        if role is not None and role not in TOP_LEVEL_ROLE_NAMES:
            raise ContentRepoError(f"No such role: {role} (root, targets, snapshot, timestamp).", code="content.bad_role", role=role)
        with self.locked():
            old_signer = self.signer("root", root_key)
            md = self.root()
            root = md.signed
            signers = [old_signer]
            new_signer = None
            if role is not None:
                new_signer = NaclSigner.generate()
                for keyid in list(root.roles[role].keyids):
                    root.revoke_key(keyid, role)
                root.add_key(new_signer.public_key, role)
                if role == "root":
                    signers.append(new_signer)
            root.version += 1
            root.expires = self.clock() + LIFETIME["root"]
            if new_signer is not None:
                target = new_key_file or self._key_path(role)
                if target.exists():
                    os.replace(target, target.with_name(f"{target.name}.retired-{root.version - 1}"))
                self._save_key(new_signer, role, target)
            self._sign_write(Metadata(root), signers[0], f"{root.version}.root.json", *signers[1:])
            # Lists signed by a replaced key are signed again by the new one.
            if role == "targets":
                targets = self.targets().signed
                targets.version += 1
                targets.expires = self.clock() + LIFETIME["targets"]
                self._publish_lists(targets, self.signer("targets", new_key_file))
            elif role in ("snapshot", "timestamp"):
                self._publish_lists(None, None, renew_snapshot=role == "snapshot")
        return root.version

    # -- copies for USB sticks ----------------------------------------------------------------
    def export(self, dest: Path) -> int:
        """Write what a device needs (every root version, the current lists, the current packs) into
        ``dest``, for a USB stick; returns the number of packs. The timestamp is renewed first."""
        self.require()
        self.refresh()
        dest = Path(dest)
        if dest.exists() and any(p.name not in ("metadata", "targets", "README.txt", ".export-partial") for p in dest.iterdir()):
            raise ContentRepoError(f"{dest} holds other files; export into an empty folder (or an earlier export).",
                                   code="content.export_not_empty", path=str(dest))
        with self.locked():
            timestamp, snapshot, targets = self.timestamp(), self.snapshot(), self.targets()
            names = [p.name for p in self.metadata_dir.glob("*.root.json")]
            names += [f"{snapshot.signed.version}.snapshot.json", f"{targets.signed.version}.targets.json"]
            packs = [f"{t.hashes['sha256']}.{name}" for name, t in targets.signed.targets.items()]
            dest.mkdir(parents=True, exist_ok=True)
            staging = dest / ".export-partial"
            shutil.rmtree(staging, ignore_errors=True)
            try:
                (staging / "metadata").mkdir(parents=True)
                (staging / "targets").mkdir()
                for name in names:
                    shutil.copyfile(self.metadata_dir / name, staging / "metadata" / name)
                for name in packs:
                    shutil.copyfile(self.targets_dir / name, staging / "targets" / name)
                (staging / "metadata" / "timestamp.json").write_bytes(timestamp.to_bytes())
                # Packs first, lists last: a stick pulled out half-way holds the old lists or none.
                for area in ("targets", "metadata"):
                    shutil.rmtree(dest / area, ignore_errors=True)
                    os.replace(staging / area, dest / area)
                (dest / "README.txt").write_text(EXPORT_README, encoding="utf-8")
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        return len(packs)

    # -- what is published --------------------------------------------------------------------
    def status(self) -> dict:
        self.require()
        root, timestamp, snapshot, targets = self.root(), self.timestamp(), self.snapshot(), self.targets()
        keys_here = {role: self._key_path(role).is_file() for role in TOP_LEVEL_ROLE_NAMES}
        return {
            "folder": str(self.dir),
            "packs": [{"id": (t.custom or {}).get("id"), "version": (t.custom or {}).get("version"), "bytes": t.length}
                      for t in sorted(targets.signed.targets.values(), key=lambda t: t.path)],
            "versions": {"root": root.signed.version, "targets": targets.signed.version,
                         "snapshot": snapshot.signed.version, "timestamp": timestamp.signed.version},
            "expires": {"root": _stamp(root.signed.expires), "targets": _stamp(targets.signed.expires),
                        "snapshot": _stamp(snapshot.signed.expires), "timestamp": _stamp(timestamp.signed.expires)},
            "keys_on_this_computer": keys_here,
            "due": self.due(),
        }

    def _prune(self) -> None:
        """Keep the last KEEP_VERSIONS snapshot and targets lists and the packs they name."""
        current = self.targets().signed.version
        snap = self.snapshot().signed.version
        keep_names: set[str] = set()
        for path in self.metadata_dir.glob("*.targets.json"):
            version = int(path.name.split(".", 1)[0])
            if version <= current - KEEP_VERSIONS:
                path.unlink(missing_ok=True)
            else:
                try:
                    md = Metadata[Targets].from_file(str(path))
                except Exception:  # noqa: BLE001 - a damaged old list only keeps fewer packs alive
                    continue
                keep_names |= {f"{t.hashes.get('sha256')}.{n}" for n, t in md.signed.targets.items()}
        for path in self.metadata_dir.glob("*.snapshot.json"):
            if int(path.name.split(".", 1)[0]) <= snap - KEEP_VERSIONS:
                path.unlink(missing_ok=True)
        for path in self.targets_dir.glob("*.panpack"):
            if path.name not in keep_names:
                path.unlink(missing_ok=True)


EXPORT_README = """PAN content for PAN Desktop (signed by the Plastic Action Network).

On a computer with PAN Desktop, install it with:
    pan-desktop content update --from THIS_FOLDER
or, in the window, Library > Update content > From a folder, and choose this folder.
Do not change the files: a changed file is refused.
"""


def _pack_bytes(source: Path, tmp: Path) -> bytes:
    """The bytes to publish: a ``.panpack`` as it is, a folder zipped (sorted entries, fixed dates)."""
    if source.is_file():
        return source.read_bytes()
    target = tmp / "pack.panpack"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(source).as_posix(), date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    return target.read_bytes()
