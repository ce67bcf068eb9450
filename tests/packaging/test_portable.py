"""Portable mode (a ``portable`` file beside the program) keeps every byte of data in ``pan-data/`` beside it."""

from __future__ import annotations

import logging
import os

import pytest

from pan_desktop import cli, config


@pytest.fixture
def usb_stick(tmp_path, monkeypatch):
    """The program folder on a 'USB stick' with a portable marker, and an empty home folder."""
    app = tmp_path / "stick" / "pan-desktop"
    app.mkdir(parents=True)
    (app / "portable").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(config, "install_dir", lambda: app)
    monkeypatch.delenv("PAN_DATA_DIR", raising=False)
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", "share"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("APPDATA", "appdata"), ("LOCALAPPDATA", "local")):
        monkeypatch.setenv(var, str(home / sub) if sub else str(home))
    yield app, home
    root = logging.getLogger()  # setup_logging points the root logger into the stick; let go of the file
    for handler in [h for h in root.handlers if getattr(h, "pan_log", False)]:
        root.removeHandler(handler)
        handler.close()


def test_portable_marker_keeps_all_data_beside_the_program(usb_stick, capsys):
    app, home = usb_stick
    assert cli.main(["init"]) == 0
    assert cli.main(["list", "initiatives", "--json"]) == 0
    out = capsys.readouterr().out
    assert str(app / "pan-data") in out
    data = app / "pan-data"
    assert (data / "pan.db").is_file() and (data / "logs" / "pan-desktop.log").is_file()
    assert sorted(p.name for p in app.iterdir()) == ["pan-data", "portable"]
    written_at_home = [str(p) for p in home.rglob("*")]
    assert written_at_home == []


def test_without_the_marker_the_user_data_folder_is_used(usb_stick):
    app, home = usb_stick
    (app / "portable").unlink()
    assert config.portable_data_dir() is None
    assert app not in config.resolve_data_dir().parents


def test_moving_the_folder_moves_the_data_with_it(usb_stick, tmp_path, monkeypatch):
    app, _home = usb_stick
    assert cli.main(["init"]) == 0
    moved = tmp_path / "other-machine" / "pan-desktop"
    moved.parent.mkdir()
    os.replace(app, moved)
    monkeypatch.setattr(config, "install_dir", lambda: moved)
    assert config.resolve_data_dir() == moved / "pan-data"
    from pan_desktop.core.services import Services
    from pan_desktop.core.services.setup import bundled_records

    services = Services.open(config.resolve_data_dir())
    try:
        assert services.records["initiatives"].count() == len(bundled_records()["initiatives"])
    finally:
        services.close()
