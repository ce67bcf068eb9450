"""Published on the hub, installed on a device: from a USB folder, a hub address, and the enrolled hub."""

from __future__ import annotations

import json

import pytest

from pan_desktop.cli import main
from pan_desktop.core.content import Library
from pan_desktop.core.content.positions import Position, ReadingPositions
from pan_desktop.core.content.updates import ContentRefused, Source, check_for_updates, run_update
from pan_desktop.core.errors import PanError
from tests.content_updates.conftest import QUICK, build_pack, library_snapshot, second_version
from tests.content_updates.repo_server import RepoServer


def test_published_pack_installs_from_an_exported_folder(tmp_path, repo, device):
    repo.publish(build_pack(tmp_path))
    repo.export(tmp_path / "usb")
    report = run_update(device, Source("folder", str(tmp_path / "usb")))
    assert [(e["id"], e["version"]) for e in report.installed] == [("test-pack", "1.0.0")]
    library = Library(device)
    pack = library.get("test-pack")
    assert library.origin(pack) == "pan" and report.as_of is None
    # The trusted root is kept as a plain copy: FAT sticks (portable mode) cannot hold a symbolic link.
    kept = next((device / "content" / ".tuf").glob("*/metadata/root.json"))
    assert not kept.is_symlink() and kept.read_bytes() == (repo.metadata_dir / "1.root.json").read_bytes()
    again = run_update(device, Source("folder", str(tmp_path / "usb")))
    assert again.installed == [] and again.unchanged == [{"id": "test-pack", "version": "1.0.0"}]


def test_cli_update_from_a_hub_address_prints_exactly_the_promised_json(tmp_path, repo, device, capsys):
    repo.publish(build_pack(tmp_path))
    with RepoServer(repo.dir) as server:
        assert main(["--data-dir", str(device), "content", "update", "--from", server.url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"installed", "unchanged", "refused"} <= set(out)
    assert [{k: e[k] for k in ("id", "version")} for e in out["installed"]] == [{"id": "test-pack", "version": "1.0.0"}]
    assert out["unchanged"] == [] and out["refused"] == []
    assert main(["--data-dir", str(device), "content", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["origin"] == "pan" and listed[0]["from_pan"] is True and "label" not in listed[0]


def test_update_shows_what_changed_and_keeps_links_to_unchanged_ids(tmp_path, repo, device, capsys):
    repo.publish(build_pack(tmp_path))
    repo.export(tmp_path / "usb")
    run_update(device, Source("folder", str(tmp_path / "usb")))
    ReadingPositions(device).set("test-pack", Position("01-intro", 0.4))
    repo.publish(build_pack(tmp_path, "1.1.0", edit=second_version))
    repo.export(tmp_path / "usb")

    assert main(["--data-dir", str(device), "content", "update", "--from", str(tmp_path / "usb"), "--check", "--json"]) == 0
    pending = json.loads(capsys.readouterr().out)["pending"][0]
    assert Library(device).get("test-pack").version == "1.0.0"  # --check installs nothing
    changes = pending["changes"]
    assert [i["id"] for i in changes["lessons"]["added"]] == ["03-new"]
    assert [i["id"] for i in changes["lessons"]["changed"]] == ["01-intro"]
    assert [i["id"] for i in changes["lessons"]["removed"]] == ["02-more"]
    assert [i["id"] for i in changes["checks"]["changed"]] == ["c1"] and [i["id"] for i in changes["checks"]["added"]] == ["c2"]

    assert main(["--data-dir", str(device), "content", "update", "--from", str(tmp_path / "usb")]) == 0
    text = capsys.readouterr().out
    assert "installed test-pack 1.1.0 (was 1.0.0)" in text
    assert "+ lesson 03-new: New lesson" in text and "- lesson 02-more: More" in text and "~ knowledge check c1" in text
    assert Library(device).get("test-pack").version == "1.1.0"
    assert ReadingPositions(device).get("test-pack") == Position("01-intro", 0.4)  # its lesson id is unchanged


def test_without_from_the_update_asks_the_enrolled_hub(tmp_path, repo, monkeypatch, data_dir, capsys):
    from tests.sync.hubserver import HubServer

    monkeypatch.setenv("PAN_HUB_CONTENT_DIR", str(repo.dir))
    repo.publish(build_pack(tmp_path))
    hub = HubServer(tmp_path / "hub.db").start()
    try:
        org = hub.store.add_org("Member")
        code = hub.store.invite(org, "viewer")
        from pan_desktop.core.services import Services
        from pan_desktop.core.content.updates import check_enrolled_hub

        services = Services.open(data_dir)
        try:
            assert check_enrolled_hub(services, QUICK) is None  # not enrolled yet: nothing to ask
        finally:
            services.close()
        assert main(["--data-dir", str(data_dir), "sync", "enroll", "--hub", hub.url, "--code", code]) == 0
        capsys.readouterr()
        services = Services.open(data_dir)
        try:
            check = check_enrolled_hub(services, QUICK)  # what sync now shows before downloading
        finally:
            services.close()
        assert [o.id for o in check.offers] == ["test-pack"] and check.download_bytes > 0
        assert main(["--data-dir", str(data_dir), "content", "update", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["source"] == {"kind": "hub", "location": hub.url}
        assert [e["id"] for e in out["installed"]] == ["test-pack"]
        # The hub serves packs with Range, so a cut download resumes.
        import httpx

        name = next(p.name for p in (repo.dir / "targets").iterdir())
        r = httpx.get(f"{hub.url}/v1/content/targets/{name}", headers={"range": "bytes=10-19"}, timeout=5)
        assert r.status_code == 206 and r.content == (repo.dir / "targets" / name).read_bytes()[10:20]
        assert httpx.get(f"{hub.url}/v1/content/targets/..%2Fkeys%2Froot.key", timeout=5).status_code == 404
        assert httpx.get(f"{hub.url}/v1/content/metadata/.lock", timeout=5).status_code == 404
    finally:
        hub.stop()


def test_not_enrolled_without_from_says_what_to_do(device):
    with pytest.raises(PanError) as err:
        from pan_desktop.core.content.updates import source_for

        source_for(None, None)
    assert err.value.code == "content.no_source" and "--from" in str(err.value)


def test_check_returns_the_download_size_first_and_it_shrinks_as_a_download_resumes(tmp_path, repo, device):
    from pan_desktop.core.errors import Interrupted

    repo.publish(build_pack(tmp_path, photo=300_000))
    length = (next((repo.dir / "targets").iterdir())).stat().st_size
    with RepoServer(repo.dir) as server:
        source = Source("url", server.url)
        check = check_for_updates(device, source, QUICK)
        assert check.download_bytes == length and [o.id for o in check.offers] == ["test-pack"]
        assert Library(device).installed() == [] and not list((device / "content" / ".tuf" / "downloads").iterdir())

        def stop_half_way(done, total):
            if done >= 64 * 1024:
                raise Interrupted("Cancelled.")

        with pytest.raises(Interrupted):
            run_update(device, source, progress=stop_half_way, limits=QUICK)
        assert check_for_updates(device, source, QUICK).download_bytes < length
        report = run_update(device, source, limits=QUICK)
        assert [e["id"] for e in report.installed] == ["test-pack"]
        assert server.faults.ranges and server.faults.ranges[-1].startswith("bytes=") and server.faults.ranges[-1] != "bytes=0-"


def test_a_cut_connection_resumes_within_the_same_update(tmp_path, repo, device):
    repo.publish(build_pack(tmp_path))
    with RepoServer(repo.dir) as server:
        server.faults.cut_after, server.faults.cuts_left = 700, 2
        report = run_update(device, Source("url", server.url), limits=QUICK)
    assert [e["id"] for e in report.installed] == ["test-pack"] and report.refused == []
    assert server.faults.ranges[:2] == ["bytes=700-", "bytes=1400-"]


def test_an_unreachable_hub_is_refused_with_nothing_changed(device, repo):
    from tests.sync.hubserver import free_port

    with pytest.raises(ContentRefused) as err:
        run_update(device, Source("url", f"http://127.0.0.1:{free_port()}"), limits=QUICK)
    assert err.value.code == "content.unreachable" and library_snapshot(device) == []


def test_a_removed_pack_stays_removed_until_a_newer_version_is_published(tmp_path, repo, device):
    from pan_desktop.core.content.removal import remove

    repo.publish(build_pack(tmp_path))
    repo.export(tmp_path / "usb")
    run_update(device, Source("folder", str(tmp_path / "usb")))
    remove("test-pack", device)
    again = run_update(device, Source("folder", str(tmp_path / "usb")))
    assert again.installed == [] and again.unchanged == [{"id": "test-pack", "version": "1.0.0", "note": "removed on this computer"}]
    repo.publish(build_pack(tmp_path, "1.1.0"))
    repo.export(tmp_path / "usb")
    assert [e["version"] for e in run_update(device, Source("folder", str(tmp_path / "usb"))).installed] == ["1.1.0"]


def test_a_signed_update_replaces_an_unsigned_pack_that_claims_the_same_version(tmp_path, repo, device):
    from pan_desktop.core.content import install
    from tests.content.packbuilder import make_pack, replace_in

    impostor = make_pack(tmp_path / "impostor" / "test-pack")
    replace_in(impostor / "lessons" / "01-intro.en.md", "Text with", "Forged text with")
    install(impostor, device)
    repo.publish(build_pack(tmp_path))
    repo.export(tmp_path / "usb")
    report = run_update(device, Source("folder", str(tmp_path / "usb")))
    assert [e["id"] for e in report.installed] == ["test-pack"]
    library = Library(device)
    pack = library.get("test-pack")
    assert library.origin(pack) == "pan" and "Forged" not in pack.lessons[0].body.en
