"""Freshness (an expired timestamp: accepted from a USB copy with "content as of DATE", refused over a
connection; a running hub renews it), root rotation by signed root versions, and the hub's keys."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta

import pytest

from pan_desktop.cli import main
from pan_desktop.core.content import Library
from pan_desktop.core.content.updates import ContentRefused, Source, run_update
from pan_desktop.hub.content_repo import ContentRepo, ContentRepoError, utcnow
from tests.content_updates.conftest import QUICK, build_pack, library_snapshot
from tests.content_updates.repo_server import RepoServer


@pytest.fixture
def stale_repo(tmp_path, monkeypatch):
    """A repository last signed five days ago: its two-day timestamp has expired, the rest has not."""
    signed_at = utcnow() - timedelta(days=5)
    repo = ContentRepo(tmp_path / "stale-content", clock=lambda: signed_at)
    monkeypatch.setenv("PAN_CONTENT_ROOT", str(repo.init()))
    repo.publish(build_pack(tmp_path))
    repo.export(tmp_path / "usb")
    return repo, signed_at


def test_a_usb_copy_with_an_expired_timestamp_installs_and_says_content_as_of(tmp_path, stale_repo, device, capsys):
    _repo, signed_at = stale_repo
    assert main(["--data-dir", str(device), "content", "update", "--from", str(tmp_path / "usb"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in out["installed"]] == ["test-pack"] and out["as_of"] == signed_at.date().isoformat()
    assert Library(device).freshness()["as_of"] == signed_at.date().isoformat()
    assert main(["--data-dir", str(device), "content", "list"]) == 0
    assert f"Content as of {signed_at.date().isoformat()}" in capsys.readouterr().out


def test_over_a_connection_an_expired_timestamp_is_refused(tmp_path, stale_repo, device):
    repo, _ = stale_repo
    with RepoServer(repo.dir) as server, pytest.raises(ContentRefused) as err:
        run_update(device, Source("url", server.url), limits=QUICK)
    assert err.value.code == "content.expired" and library_snapshot(device) == []


def test_a_running_hub_renews_an_expiring_timestamp_before_serving_it(tmp_path, stale_repo, device, monkeypatch):
    from tests.sync.hubserver import HubServer

    repo, _ = stale_repo
    monkeypatch.setenv("PAN_HUB_CONTENT_DIR", str(repo.dir))
    old_version = repo.timestamp().signed.version
    hub = HubServer(tmp_path / "hub.db").start()
    try:
        report = run_update(device, Source("url", hub.url), limits=QUICK)
    finally:
        hub.stop()
    assert [e["id"] for e in report.installed] == ["test-pack"] and report.as_of is None
    assert ContentRepo(repo.dir).timestamp().signed.version == old_version + 1
    assert Library(device).freshness()["as_of"] is None  # a connection's update is current


@pytest.mark.parametrize("role", ["timestamp", "snapshot", "targets", "root"])
def test_devices_follow_a_key_rotation_through_signed_root_versions(role, tmp_path, repo, device):
    repo.publish(build_pack(tmp_path))
    run_update(device, Source("folder", str(_export(repo, tmp_path / "a"))))
    old_keyids = set(repo.root().signed.roles[role].keyids)
    assert repo.rotate(role) == 2
    assert set(repo.root().signed.roles[role].keyids).isdisjoint(old_keyids)
    repo.publish(build_pack(tmp_path, "1.1.0"))
    report = run_update(device, Source("folder", str(_export(repo, tmp_path / "b"))))  # pinned root is still version 1
    assert [e["version"] for e in report.installed] == ["1.1.0"]
    with pytest.raises(ContentRepoError):  # the retired key signs nothing any more
        repo.signer(role, next((repo.keys_dir).glob(f"{role}.key.retired-*")))


def test_keys_are_readable_by_the_hub_account_only_and_offline_keys_are_asked_for(tmp_path, repo):
    if os.name == "posix":
        assert stat.S_IMODE(repo.keys_dir.stat().st_mode) == 0o700
        assert {stat.S_IMODE(p.stat().st_mode) for p in repo.keys_dir.iterdir()} == {0o600}
    offline = tmp_path / "stick" / "targets.key"
    offline.parent.mkdir()
    (repo.keys_dir / "targets.key").rename(offline)
    pack = build_pack(tmp_path)
    with pytest.raises(ContentRepoError) as err:
        repo.publish(pack)
    assert err.value.code == "content.key_missing" and "--targets-key" in str(err.value)
    assert repo.publish(pack, targets_key=offline).status == "published"
    with pytest.raises(ContentRepoError) as err:  # another role's key is not the targets key
        repo.publish(build_pack(tmp_path, "1.2.0"), targets_key=repo.keys_dir / "snapshot.key")
    assert err.value.code == "content.key_bad"


def test_publish_validates_like_a_device_and_versions_never_go_back(tmp_path, repo):
    from pan_desktop.core.content import PackError
    from tests.content.packbuilder import replace_in

    broken = build_pack(tmp_path, edit=lambda f: replace_in(f / "checks.yaml", "answer: 1", "answer: 7"))
    with pytest.raises(PackError) as err:
        repo.publish(broken)
    assert "checks.yaml:7" in str(err.value) and repo.targets().signed.targets == {}
    good = build_pack(tmp_path, "1.1.0")
    assert repo.publish(good).status == "published"
    assert repo.publish(good).status == "unchanged"  # the same bytes again
    for version in ("1.1.0", "1.0.0"):  # other bytes under a published version, or an older one
        with pytest.raises(ContentRepoError) as err:
            repo.publish(build_pack(tmp_path / version, version, photo=10))
        assert err.value.code == "content.version_not_newer"


def test_pan_hub_content_commands(tmp_path, capsys):
    from pan_desktop.hub.cli import main as hub_main

    db = f"sqlite:///{tmp_path / 'hub.db'}"
    assert hub_main(["--db", db, "content", "init"]) == 0
    assert (tmp_path / "hub-content" / "metadata" / "1.root.json").is_file()  # beside the database
    assert hub_main(["--db", db, "content", "publish", str(build_pack(tmp_path))]) == 0
    assert hub_main(["--db", db, "content", "export-repo", str(tmp_path / "usb")]) == 0
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == ["README.txt", "metadata", "targets"]
    capsys.readouterr()
    assert hub_main(["--db", db, "content", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["packs"] == [{"id": "test-pack", "version": "1.0.0", "bytes": status["packs"][0]["bytes"]}]
    assert hub_main(["--db", db, "content", "init"]) == 1  # never over an existing repository
    assert hub_main(["--db", "postgresql+psycopg://x@127.0.0.1:1/none", "content", "status"]) == 1
    assert "--content-dir" in capsys.readouterr().err


def _export(repo, where):
    repo.export(where)
    return where
