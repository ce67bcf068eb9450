"""content remove / restore, and where each installed pack came from."""

from __future__ import annotations

import json

import pytest

from pan_desktop.cli import main
from pan_desktop.core.content import Library, install, install_bundled, load_pack
from pan_desktop.core.content.origins import ContentState
from pan_desktop.core.content.removal import remove, restore
from pan_desktop.core.errors import NotFound, PanError
from tests.content.packbuilder import make_pack, replace_in


@pytest.fixture
def shipped(tmp_path):
    """A folder of "bundled" packs holding test-pack 1.0.0."""
    make_pack(tmp_path / "shipped" / "test-pack")
    return tmp_path / "shipped"


def test_the_version_shipped_with_the_app_cannot_be_removed(tmp_path, data_dir, shipped):
    install_bundled(data_dir, shipped)
    with pytest.raises(PanError) as err:
        remove("test-pack", data_dir, shipped)
    assert err.value.code == "content.remove_bundled" and "next start" in str(err.value)
    assert Library(data_dir).get("test-pack").version == "1.0.0"


def test_removing_an_update_goes_back_to_the_shipped_version_and_restore_undoes_it(tmp_path, data_dir, shipped):
    install_bundled(data_dir, shipped)
    install(make_pack(tmp_path / "v2" / "test-pack", "1.2.0"), data_dir)
    result = remove("test-pack", data_dir, shipped)
    assert (result.version, result.bundled_version) == ("1.2.0", "1.0.0")
    library = Library(data_dir)
    assert library.get("test-pack").version == "1.0.0" and library.origin(library.get("test-pack")) == "bundled"
    assert load_pack(data_dir / "content" / ".previous" / "test-pack").version == "1.2.0"
    assert ContentState(data_dir).removed() == {"test-pack": "1.2.0"}

    back = restore("test-pack", data_dir)
    assert (back.version, back.replaced_version) == ("1.2.0", "1.0.0")
    library = Library(data_dir)
    assert library.get("test-pack").version == "1.2.0" and library.origin(library.get("test-pack")) == "unsigned"
    assert ContentState(data_dir).removed() == {}
    assert restore("test-pack", data_dir).version == "1.0.0"  # and undoing the undo


def test_removing_a_pack_not_shipped_with_the_app_takes_it_out(tmp_path, data_dir, capsys):
    install(make_pack(tmp_path / "x" / "extra-pack", pack_id="extra-pack"), data_dir)
    assert main(["--data-dir", str(data_dir), "content", "remove", "extra-pack"]) == 0
    assert "content restore extra-pack" in capsys.readouterr().out
    with pytest.raises(NotFound):
        Library(data_dir).get("extra-pack")
    assert main(["--data-dir", str(data_dir), "content", "remove", "extra-pack"]) == 1
    assert "not installed" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "content", "restore", "extra-pack"]) == 0
    assert Library(data_dir).get("extra-pack").version == "1.0.0"


def test_the_downgrade_message_names_content_remove_and_it_works(tmp_path, data_dir, capsys):
    install(make_pack(tmp_path / "new" / "test-pack", "2.0.0"), data_dir)
    old = make_pack(tmp_path / "old" / "test-pack", "1.0.0")
    assert main(["--data-dir", str(data_dir), "content", "install", "--allow-unsigned", str(old)]) == 1
    assert "remove the pack first" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "content", "remove", "test-pack"]) == 0
    assert main(["--data-dir", str(data_dir), "content", "install", "--allow-unsigned", str(old)]) == 0
    assert Library(data_dir).get("test-pack").version == "1.0.0"


def test_unsigned_install_needs_consent_and_is_labelled_not_from_pan(tmp_path, data_dir, capsys):
    pack = make_pack(tmp_path / "src" / "test-pack")
    assert main(["--data-dir", str(data_dir), "content", "install", str(pack)]) == 1
    assert "--allow-unsigned" in capsys.readouterr().err and not (data_dir / "content" / "test-pack").exists()
    assert main(["--data-dir", str(data_dir), "content", "install", "--allow-unsigned", str(pack)]) == 0
    assert "not signed by PAN" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "content", "list"]) == 0
    assert "[not from PAN]" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "content", "list", "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)[0]
    assert (entry["origin"], entry["from_pan"], entry["label"]) == ("unsigned", False, "not from PAN")


def test_a_missing_or_broken_state_file_errs_towards_not_from_pan(tmp_path, data_dir, shipped):
    install_bundled(data_dir, shipped)
    install(make_pack(tmp_path / "x" / "extra-pack", pack_id="extra-pack"), data_dir)
    (data_dir / "content" / ".state.json").write_text("[broken", encoding="utf-8")
    state = ContentState(data_dir)
    assert state.origin("test-pack", "1.0.0", {"test-pack": "1.0.0"}) == "bundled"  # exactly what the app ships
    assert state.origin("extra-pack", "1.0.0", {"test-pack": "1.0.0"}) == "unsigned"
    replace_in(data_dir / "content" / "test-pack" / "pack.yaml", "version: 1.0.0", "version: 1.0.1")
    assert state.origin("test-pack", "1.0.1", {"test-pack": "1.0.0"}) == "unsigned"
