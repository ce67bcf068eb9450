"""The device's database is owner-only, like the hub's (issue 17: secrets at rest)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from pan_desktop.core.db import Database

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes do not apply on Windows")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix
def test_a_new_pan_db_and_its_wal_and_shm_are_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        db = Database.in_dir(tmp_path / "data")
        with db.session() as s:  # a reader keeps the -wal and -shm files in place
            s.connection().exec_driver_sql("select count(*) from sqlite_master").scalar()
            for name in ("pan.db", "pan.db-wal", "pan.db-shm"):
                assert _mode(tmp_path / "data" / name) == 0o600, name
        db.engine.dispose()
    finally:
        os.umask(old)


@posix
def test_an_existing_database_keeps_the_mode_its_owner_gave_it(tmp_path):
    Database.in_dir(tmp_path).engine.dispose()
    os.chmod(tmp_path / "pan.db", 0o640)
    Database.in_dir(tmp_path).engine.dispose()
    assert _mode(tmp_path / "pan.db") == 0o640
