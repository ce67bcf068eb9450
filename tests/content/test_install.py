"""Installing packs: fresh install, upgrade with the previous version kept, downgrade refused, rollback."""

from __future__ import annotations

import importlib

import pytest

from pan_desktop.core.content import DowngradeRefused, Library, PackError, install, install_bundled, load_pack
from pan_desktop.core.errors import NotFound
from tests.content.packbuilder import make_pack, replace_in, zip_pack

install_module = importlib.import_module("pan_desktop.core.content.install")


def _snapshot(folder):
    return sorted((p.relative_to(folder).as_posix(), p.read_bytes()) for p in folder.rglob("*") if p.is_file())


def test_install_folder_then_library_lists_it(good_pack, data_dir):
    result = install(good_pack, data_dir)
    assert (result.status, result.version) == ("installed", "1.0.0")
    pack = Library(data_dir).get("test-pack")
    assert pack.title.get("vi") == "Gói thử" and pack.lessons[0].facilitator.en.startswith("Notes")
    assert "::: facilitator" not in pack.lessons[0].body.en
    assert (pack.root / "media" / "diagram.png").is_file()


def test_install_panpack_zip_with_or_without_top_folder(tmp_path, good_pack, data_dir):
    assert install(zip_pack(good_pack, tmp_path / "a.panpack"), data_dir).status == "installed"
    replace_in(good_pack / "pack.yaml", "version: 1.0.0", "version: 1.1.0")
    assert install(zip_pack(good_pack, tmp_path / "b.panpack", top=None), data_dir).status == "upgraded"
    assert Library(data_dir).get("test-pack").version == "1.1.0"


def test_upgrade_keeps_previous_version(tmp_path, data_dir):
    install(make_pack(tmp_path / "v1", "1.0.0"), data_dir)
    result = install(make_pack(tmp_path / "v2", "1.2.0"), data_dir)
    assert (result.status, result.previous_version) == ("upgraded", "1.0.0")
    assert load_pack(data_dir / "content" / ".previous" / "test-pack").version == "1.0.0"
    assert Library(data_dir).get("test-pack").version == "1.2.0"
    install(make_pack(tmp_path / "v3", "1.10.0"), data_dir)  # 1.10 > 1.2: numeric, not text, order
    assert load_pack(data_dir / "content" / ".previous" / "test-pack").version == "1.2.0"


def test_older_version_never_replaces_newer(tmp_path, data_dir):
    install(make_pack(tmp_path / "new", "2.0.0"), data_dir)
    before = _snapshot(data_dir / "content")
    with pytest.raises(DowngradeRefused) as err:
        install(make_pack(tmp_path / "old", "1.9.9"), data_dir)
    assert "2.0.0" in str(err.value) and "1.9.9" in str(err.value) and "Nothing was changed" in str(err.value)
    assert _snapshot(data_dir / "content") == before


def test_same_version_is_left_alone(good_pack, data_dir):
    install(good_pack, data_dir)
    assert install(good_pack, data_dir).status == "unchanged"
    assert not (data_dir / "content" / ".previous" / "test-pack").exists()


def test_broken_pack_leaves_installed_library_unchanged(tmp_path, data_dir):
    install(make_pack(tmp_path / "v1", "1.0.0"), data_dir)
    before = _snapshot(data_dir / "content")
    broken = make_pack(tmp_path / "v2", "1.1.0")
    replace_in(broken / "checks.yaml", "answer: 1", "answer: 9")
    with pytest.raises(PackError) as err:
        install(broken, data_dir)
    assert "checks.yaml:7" in str(err.value)
    assert _snapshot(data_dir / "content") == before


def test_failure_during_swap_rolls_back_to_previous_version(tmp_path, data_dir, monkeypatch):
    install(make_pack(tmp_path / "v1", "1.0.0"), data_dir)
    install(make_pack(tmp_path / "v2", "1.1.0"), data_dir)
    before = _snapshot(data_dir / "content")
    real = install_module.load_pack
    calls = {"n": 0}

    def failing_after_swap(path):
        # The first call loads the staged copy; the second checks what was just swapped in.
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return real(path)

    monkeypatch.setattr(install_module, "load_pack", failing_after_swap)
    with pytest.raises(OSError):
        install(make_pack(tmp_path / "v3", "1.2.0"), data_dir)
    monkeypatch.undo()
    assert _snapshot(data_dir / "content") == before
    assert Library(data_dir).get("test-pack").version == "1.1.0"
    assert load_pack(data_dir / "content" / ".previous" / "test-pack").version == "1.0.0"


def test_install_bundled_installs_newer_only(tmp_path, data_dir):
    bundled = tmp_path / "bundled"
    make_pack(bundled / "test-pack", "1.0.0")
    make_pack(bundled / "other-pack", "1.0.0", pack_id="other-pack")
    assert {r.status for r in install_bundled(data_dir, bundled)} == {"installed"}
    assert {r.status for r in install_bundled(data_dir, bundled)} == {"unchanged"}
    install(make_pack(tmp_path / "hub", "3.0.0"), data_dir)  # a newer one arrived from the hub
    results = install_bundled(data_dir, bundled)
    assert [r.pack_id for r in results] == ["other-pack"]
    assert Library(data_dir).get("test-pack").version == "3.0.0"


def test_library_get_unknown_pack_says_how_to_install(data_dir):
    with pytest.raises(NotFound, match="content install"):
        Library(data_dir).get("nothing-here")


def test_library_glossary_merges_packs_without_duplicates(tmp_path, data_dir):
    from pan_desktop.core.content.glossary import shipped_glossary

    install(make_pack(tmp_path / "a"), data_dir)
    install(make_pack(tmp_path / "b", pack_id="second-pack"), data_dir)
    entries = Library(data_dir).glossary()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)) and set(ids) == {e.id for e in shipped_glossary()}
    bag = next(e for e in entries if e.id == "plastic-bag")  # shipped, and in both packs
    assert bag.definition.en.startswith("A thin bag made of plastic film")  # the shipped definition stays
