"""Where data lives: --data-dir, PAN_DATA_DIR, portable mode, platform default; settings survive bad files."""

from pathlib import Path

import pytest

from pan_desktop import config
from pan_desktop.core.errors import DataDirError
from pan_desktop.core.paths import ensure_data_dir
from pan_desktop.core.settings import Settings


def test_precedence_cli_then_env_then_portable_then_platform(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "install_dir", lambda: tmp_path / "app")
    (tmp_path / "app").mkdir()
    monkeypatch.delenv("PAN_DATA_DIR", raising=False)
    assert "PAN" in str(config.resolve_data_dir()) or "pan" in str(config.resolve_data_dir()).lower()
    (tmp_path / "app" / "portable").write_text("")
    assert config.resolve_data_dir() == tmp_path / "app" / "pan-data"
    monkeypatch.setenv("PAN_DATA_DIR", str(tmp_path / "env"))
    assert config.resolve_data_dir() == (tmp_path / "env").resolve()
    assert config.resolve_data_dir(tmp_path / "cli") == (tmp_path / "cli").resolve()


def test_unwritable_data_dir_says_what_to_do(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="--data-dir"):
        ensure_data_dir(blocker / "sub")


def test_settings_round_trip_and_a_corrupt_file_falls_back_to_defaults(tmp_path):
    s = Settings(language="en", org_name="Nhóm Xanh")
    s.save(tmp_path)
    assert Settings.load(tmp_path) == s
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert Settings.load(tmp_path) == Settings()
    (tmp_path / "settings.json").write_text('{"language": 5, "org_name": "X", "unknown": 1}', encoding="utf-8")
    assert Settings.load(tmp_path) == Settings(org_name="X")


def test_settings_file_holding_json_that_is_not_an_object_falls_back_to_defaults(tmp_path):
    for text in ("[1, 2]", '"vi"', "null", "42"):
        (tmp_path / "settings.json").write_text(text, encoding="utf-8")
        assert Settings.load(tmp_path) == Settings()


def test_core_never_imports_the_top_level_config():
    import re

    core = Path(__file__).resolve().parents[2] / "pan_desktop" / "core"
    offenders = [str(p) for p in core.rglob("*.py")
                 if re.search(r"^\s*(from pan_desktop(\.config| import config)|import pan_desktop\.config)", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []
