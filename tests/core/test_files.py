"""The one atomic write: the old content stays whole until the new one is on disk."""

from __future__ import annotations

import os
import sys

import pytest

from pan_desktop.core.files import write_atomic


def test_replaces_whole_leaves_no_temporary_and_can_be_private(tmp_path):
    target = tmp_path / "key"
    target.write_bytes(b"old")
    assert write_atomic(target, b"new secret", private=True) == 10
    assert target.read_bytes() == b"new secret" and [p.name for p in tmp_path.iterdir()] == ["key"]
    if sys.platform != "win32":
        fresh = tmp_path / "fresh"
        write_atomic(fresh, b"x", private=True)
        assert fresh.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_keeps_the_old_content(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["settings.json"]
