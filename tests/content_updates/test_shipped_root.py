"""The app ships a root of trust and everything the update needs at run time."""

from __future__ import annotations

import sys
from pathlib import Path

from tuf.api.metadata import Metadata, Root

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import bundle_rules  # noqa: E402


def test_the_shipped_root_is_a_self_signed_tuf_root_without_private_keys(monkeypatch):
    from pan_desktop.core.content.signing import use_nacl_keys
    from pan_desktop.core.content.updates import pinned_root_path

    monkeypatch.delenv("PAN_CONTENT_ROOT", raising=False)
    path = pinned_root_path()
    assert path == ROOT / "resources" / "content" / "root.json"
    use_nacl_keys()
    md = Metadata[Root].from_file(str(path))
    md.signed.verify_delegate("root", md.signed_bytes, md.signatures)
    assert md.signed.consistent_snapshot and set(md.signed.roles) == {"root", "targets", "snapshot", "timestamp"}
    text = path.read_text(encoding="utf-8")
    assert "seed" not in text and "private" not in text


def test_the_update_libraries_stay_in_the_bundle():
    needed = {"tuf", "securesystemslib", "urllib3", "filelock", "nacl", "httpx"}
    assert not needed & set(bundle_rules.EXCLUDED_MODULES)
    assert not bundle_rules.dropped("resources/content/root.json")
