"""A read-only pan.db (the file, in a folder that can be written) gives a clear refusal, not a traceback."""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from pan_desktop.cli import main
from pan_desktop.core.db import Database


@contextmanager
def read_only_file(path: Path):
    """``path`` made read-only: a read-only bind mount over it as root (root writes through permission
    bits), else its write bits off."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(path), str(path)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True)
            yield
        finally:
            subprocess.run(["umount", "--lazy", str(path)], check=True)
        return
    path.chmod(0o444)
    try:
        yield
    finally:
        path.chmod(0o600)


@pytest.fixture
def folder(data_dir):
    Database.in_dir(data_dir).dispose()  # checkpointed: the file alone holds everything
    for name in ("pan.db-wal", "pan.db-shm"):
        (data_dir / name).unlink(missing_ok=True)
    return data_dir


def test_the_cli_lists_and_refuses_an_edit_clearly(folder, capsys):
    with read_only_file(folder / "pan.db"):
        assert main(["--data-dir", str(folder), "list", "initiatives"]) == 0
        assert main(["--data-dir", str(folder), "add", "initiatives", "--set", "title_vi=Thử"]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err and "sqlite" not in err.lower()


def test_the_window_opens_it_read_only(folder, qapp):
    from pan_desktop.ui.startup import open_services

    with read_only_file(folder / "pan.db"):
        services = open_services(folder)
        try:
            assert services is not None and services.read_only
        finally:
            services.close()
