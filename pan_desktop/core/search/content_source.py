"""Content as search documents: installed packs' lessons and the glossary (shipped terms merged with
the packs' entries, ``core.content.glossary``)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from pan_desktop.core.content import GlossaryEntry, Library, Pack
from pan_desktop.core.content.glossary import SHIPPED_GLOSSARY, merge_glossary
from pan_desktop.core.errors import PanError
from pan_desktop.core.search.documents import SearchDoc, content_docs

log = logging.getLogger(__name__)


def content_signature(data_dir: Path) -> str:
    """Changes when a pack is installed, updated or removed, or the shipped glossary changes (stat only)."""
    h = hashlib.sha256()
    stat = SHIPPED_GLOSSARY.stat()
    h.update(f"glossary:{stat.st_mtime_ns}:{stat.st_size}".encode())
    root = Path(data_dir) / "content"
    if root.is_dir():
        for pack in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            for f in sorted(pack.rglob("*")):
                if f.is_file() and f.suffix in (".yaml", ".md", ".yml"):
                    s = f.stat()
                    h.update(f"{f.relative_to(root)}:{s.st_mtime_ns}:{s.st_size}".encode())
    return h.hexdigest()[:32]


def installed_packs(data_dir: Path) -> list[Pack]:
    """Installed packs; a broken pack install is logged, not fatal."""
    try:
        return list(Library(Path(data_dir)).installed())
    except PanError as exc:
        log.warning("content packs not indexed: %s", exc)
        return []


def load_content_docs(data_dir: Path) -> list[SearchDoc]:
    """Every content document to index now."""
    packs = installed_packs(data_dir)
    return content_docs(packs, merge_glossary(packs))


def glossary_terms(data_dir: Path) -> list[GlossaryEntry]:
    """The glossary queries are expanded with (the same one the Glossary page shows)."""
    return merge_glossary(installed_packs(data_dir))
