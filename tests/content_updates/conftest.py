"""A content repository made for each test (its own keys and root, trusted through PAN_CONTENT_ROOT),
packs to publish in it, and a snapshot of the library to prove that a refusal changed nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pan_desktop.core.content.fetchers import FetchLimits
from pan_desktop.hub.content_repo import ContentRepo
from tests.content.packbuilder import PNG, make_pack, replace_in, zip_pack

# Short enough for a test to finish in seconds, long enough for a loaded 2-core machine.
QUICK = FetchLimits(connect_timeout=2.0, read_timeout=0.6, min_rate=50.0, grace=1.0, retries=2)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> ContentRepo:
    """An initialised repository whose root this test's device trusts."""
    r = ContentRepo(tmp_path / "hub-content")
    root = r.init()
    monkeypatch.setenv("PAN_CONTENT_ROOT", str(root))
    return r


@pytest.fixture
def device(tmp_path) -> Path:
    """A data dir with nothing installed (updates need no database)."""
    path = tmp_path / "device"
    path.mkdir()
    return path


def build_pack(tmp: Path, version: str = "1.0.0", pack_id: str = "test-pack", edit=None, photo: int = 0) -> Path:
    """A valid pack as a .panpack in ``tmp`` (``edit(folder)`` changes it first; ``photo`` adds a picture of
    that many incompressible bytes, for downloads that take several chunks)."""
    folder = make_pack(tmp / f"src-{pack_id}-{version}" / pack_id, version, pack_id)
    if photo:
        (folder / "media" / "photo.png").write_bytes(PNG + os.urandom(photo))
    if edit is not None:
        edit(folder)
    return zip_pack(folder, tmp / f"{pack_id}-{version}.panpack")


def second_version(folder: Path) -> None:
    """Version 1.1.0: lesson 01 changed, lesson 02 removed, lesson 03 added, check c1 changed, c2 added."""
    replace_in(folder / "pack.yaml", "  - id: 02-more\n    title: {vi: \"Tiếp theo\", en: \"More\"}\n",
               "  - id: 03-new\n    title: {vi: \"Bài mới\", en: \"New lesson\"}\n")
    for lang in ("vi", "en"):
        (folder / "lessons" / f"02-more.{lang}.md").rename(folder / "lessons" / f"03-new.{lang}.md")
        replace_in(folder / "lessons" / f"01-intro.{lang}.md", "Text with", "Changed text with")
    replace_in(folder / "checks.yaml", "answer: 1", "answer: 0")
    text = (folder / "checks.yaml").read_text(encoding="utf-8")
    (folder / "checks.yaml").write_text(text + text.replace("id: c1", "id: c2"), encoding="utf-8")


def library_snapshot(data_dir: Path) -> list:
    """Every file of the installed library and its state (the signed-list cache and downloads excluded)."""
    content = Path(data_dir) / "content"
    if not content.exists():
        return []
    files = []
    for p in sorted(content.rglob("*")):
        rel = p.relative_to(content).as_posix()
        if not p.is_file() or rel.startswith((".tuf/", ".staging/")) or p.name.endswith(".lock"):
            continue
        data = p.read_bytes()
        if rel == ".state.json":  # when the lists were last checked is not a change of the library
            state = json.loads(data)
            state.pop("freshness", None)
            data = json.dumps(state, sort_keys=True).encode()
        files.append((rel, data))
    return files
