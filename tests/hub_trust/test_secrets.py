"""Secrets at rest: the hub database (signing key, token secret) and the device's keys are owner-only."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from pan_desktop.hub.store import HubStore, sqlite_url

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix
def test_a_new_hub_database_and_its_wal_are_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        store = HubStore(sqlite_url(str(tmp_path / "new" / "hub.db")))
        store.init()
        store.add_org("Org A")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new") == 0o700
    for name in ("hub.db", "hub.db-wal"):
        assert _mode(tmp_path / "new" / name) == 0o600, name
    store.dispose()


@posix
def test_the_device_key_folder_and_files_are_owner_only(network):
    a = network.device("a", "Org A")
    a.sync()
    folder = a.engine.identity.dir
    assert _mode(folder) == 0o700
    for name in ("device.key", "certificate.json", "token.json"):
        assert _mode(folder / name) == 0o600, name


def test_two_writers_of_the_token_at_once_never_fail(tmp_path):
    """A sync and the Sync page's first-pull question may save a token at the same moment."""
    import threading

    from pan_desktop.core.sync.identity import Identity

    identity = Identity(tmp_path)
    identity.signing_key()
    errors = []

    def save(n):
        try:
            for i in range(150):
                identity.save_token(f"t{n}.{i}", 3600)
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors[0]
    assert identity.cached_token().startswith("t")
