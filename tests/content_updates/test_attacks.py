"""Each attack python-tuf's own tests model (tests/test_updater_*.py with their RepositorySimulator) is
refused here end to end, by the device's real update against a real repository — from a USB folder and
over HTTP on 127.0.0.1 — and every refusal leaves the installed library exactly as it was."""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from pan_desktop.core.content import Library
from pan_desktop.core.content.signing import NaclSigner
from pan_desktop.core.content.updates import ContentRefused, Source, run_update
from tests.content_updates.conftest import QUICK, build_pack, library_snapshot
from tests.content_updates.repo_server import RepoServer

CHANNELS = ("folder", "http")


@contextmanager
def channel(kind: str, repo, tmp_path):
    """``(folder the attacker controls, server or None, source)``: an exported copy, or the hub's folder served."""
    if kind == "folder":
        repo.export(tmp_path / "usb")
        yield tmp_path / "usb", None, Source("folder", str(tmp_path / "usb"))
    else:
        with RepoServer(repo.dir) as server:
            yield repo.dir, server, Source("url", server.url)


@pytest.fixture
def installed_v1(tmp_path, repo, device):
    """test-pack 1.0.0 installed from the repository, then 1.1.0 published (what the attacks get at)."""
    repo.publish(build_pack(tmp_path))
    repo.export(tmp_path / "first")
    run_update(device, Source("folder", str(tmp_path / "first")))
    repo.publish(build_pack(tmp_path, "1.1.0", photo=50_000))
    return library_snapshot(device)


def _pack_file(folder: Path) -> Path:
    return max((folder / "targets").iterdir(), key=lambda p: p.stat().st_mtime_ns)


def _assert_untouched(device, before):
    assert library_snapshot(device) == before
    assert Library(device).get("test-pack").version == "1.0.0"


@pytest.mark.parametrize("kind", CHANNELS)
def test_a_pack_with_any_byte_changed_is_refused(kind, tmp_path, repo, device, installed_v1):
    with channel(kind, repo, tmp_path) as (folder, _server, source):
        pack = _pack_file(folder)
        data = bytearray(pack.read_bytes())
        data[len(data) // 2] ^= 0x01
        pack.write_bytes(bytes(data))
        report = run_update(device, source, limits=QUICK)
    assert report.installed == [] and [(r["id"], r["code"]) for r in report.refused] == [("test-pack", "content.tampered")]
    _assert_untouched(device, installed_v1)


@pytest.mark.parametrize("kind", CHANNELS)
def test_a_target_larger_than_its_metadata_says_is_refused(kind, tmp_path, repo, device, installed_v1):
    with channel(kind, repo, tmp_path) as (folder, server, source):
        if server is not None:
            server.faults.extra = b"\0" * 100_000  # an endless-data server
        else:
            with open(_pack_file(folder), "ab") as fh:
                fh.write(b"\0" * 100_000)
        report = run_update(device, source, limits=QUICK)
    assert report.installed == [] and [(r["id"], r["code"]) for r in report.refused] == [("test-pack", "content.too_long")]
    _assert_untouched(device, installed_v1)


@pytest.mark.parametrize("kind", CHANNELS)
def test_metadata_rolled_back_to_an_older_version_is_refused(kind, tmp_path, repo, device, installed_v1):
    run_update(device, Source("folder", str(_export(repo, tmp_path / "seen"))))  # the device has seen 1.1.0's lists
    after_v2 = library_snapshot(device)
    with channel(kind, repo, tmp_path) as (folder, _server, source):
        ts = folder / "metadata" / "timestamp.json"
        # Replay the timestamp of the first publication (signed by the real key, still unexpired).
        ts.write_bytes((tmp_path / "first" / "metadata" / "timestamp.json").read_bytes())
        with pytest.raises(ContentRefused) as err:
            run_update(device, source, limits=QUICK)
    assert err.value.code == "content.rollback"
    assert library_snapshot(device) == after_v2


@pytest.mark.parametrize("kind", CHANNELS)
def test_mixed_metadata_from_different_snapshots_is_refused(kind, tmp_path, repo, device, installed_v1):
    with channel(kind, repo, tmp_path) as (folder, _server, source):
        meta = folder / "metadata"
        current = repo.timestamp().signed.snapshot_meta.version
        first = min(int(p.name.split(".")[0]) for p in (tmp_path / "first" / "metadata").glob("*.snapshot.json"))
        # The current timestamp with the snapshot of an earlier publication under the current name.
        (meta / f"{current}.snapshot.json").write_bytes((tmp_path / "first" / "metadata" / f"{first}.snapshot.json").read_bytes())
        with pytest.raises(ContentRefused) as err:
            run_update(device, source, limits=QUICK)
    assert err.value.code in ("content.tampered", "content.rollback")
    _assert_untouched(device, installed_v1)


@pytest.mark.parametrize("kind", CHANNELS)
def test_an_older_targets_list_under_the_current_name_is_refused(kind, tmp_path, repo, device, installed_v1):
    with channel(kind, repo, tmp_path) as (folder, _server, source):
        meta = folder / "metadata"
        version = repo.snapshot().signed.meta["targets.json"].version
        earlier = tmp_path / "first" / "metadata" / f"{version - 1}.targets.json"  # signed by the real key
        (meta / f"{version}.targets.json").write_bytes(earlier.read_bytes())
        with pytest.raises(ContentRefused) as err:
            run_update(device, source, limits=QUICK)
    assert err.value.code in ("content.tampered", "content.rollback")
    _assert_untouched(device, installed_v1)


@pytest.mark.parametrize("role", ["timestamp", "snapshot", "targets"])
@pytest.mark.parametrize("kind", CHANNELS)
def test_metadata_signed_by_the_wrong_key_is_refused(kind, role, tmp_path, repo, device, installed_v1):
    from tuf.api.metadata import Metadata

    attacker = NaclSigner.generate()
    with channel(kind, repo, tmp_path) as (folder, _server, source):
        meta = folder / "metadata"
        if role == "timestamp":
            path = meta / "timestamp.json"
        elif role == "snapshot":
            path = meta / f"{repo.timestamp().signed.snapshot_meta.version}.snapshot.json"
        else:
            path = meta / f"{repo.snapshot().signed.meta['targets.json'].version}.targets.json"
        md = Metadata.from_file(str(path))
        md.sign(attacker)  # replaces the real signature
        path.write_bytes(md.to_bytes())
        with pytest.raises(ContentRefused) as err:
            run_update(device, source, limits=QUICK)
    # A re-signed snapshot or targets list no longer matches the hash its parent signed, which TUF checks first.
    assert err.value.code == ("content.bad_signature" if role == "timestamp" else "content.tampered")
    _assert_untouched(device, installed_v1)


@pytest.mark.parametrize("kind", CHANNELS)
def test_a_new_root_signed_by_the_wrong_key_is_refused(kind, tmp_path, repo, device, installed_v1):
    from tuf.api.metadata import Metadata

    attacker = NaclSigner.generate()
    with channel(kind, repo, tmp_path) as (folder, _server, source):
        md = Metadata.from_file(str(folder / "metadata" / "1.root.json"))
        md.signed.version = 2
        md.signed.add_key(attacker.public_key, "targets")
        md.sign(attacker)
        (folder / "metadata" / "2.root.json").write_bytes(md.to_bytes())
        with pytest.raises(ContentRefused) as err:
            run_update(device, source, limits=QUICK)
    assert err.value.code == "content.bad_signature"
    _assert_untouched(device, installed_v1)


@pytest.mark.parametrize("fault", ["stall", "trickle"])
def test_a_retrieval_that_stalls_is_given_up_in_bounded_time(fault, tmp_path, repo, device, installed_v1):
    with RepoServer(repo.dir) as server:
        setattr(server.faults, fault, True)
        started = time.monotonic()
        report = run_update(device, Source("url", server.url), limits=QUICK)
        elapsed = time.monotonic() - started
    assert report.installed == [] and [(r["id"], r["code"]) for r in report.refused] == [("test-pack", "content.stalled")]
    assert elapsed < 15
    _assert_untouched(device, installed_v1)


def _export(repo, where: Path) -> Path:
    repo.export(where)
    return where
