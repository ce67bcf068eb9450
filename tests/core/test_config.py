"""Where data lives: --data-dir, PAN_DATA_DIR, portable mode, platform default; settings survive bad files."""


import pytest

from pan_desktop import config
from pan_desktop.core.errors import DataDirError


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
        config.ensure_data_dir(blocker / "sub")


def test_settings_round_trip_and_a_corrupt_file_falls_back_to_defaults(tmp_path):
    s = config.Settings(language="en", org_name="Nhóm Xanh")
    s.save(tmp_path)
    assert config.Settings.load(tmp_path) == s
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    assert config.Settings.load(tmp_path) == config.Settings()
    (tmp_path / "settings.json").write_text('{"language": 5, "org_name": "X", "unknown": 1}', encoding="utf-8")
    assert config.Settings.load(tmp_path) == config.Settings(org_name="X")
