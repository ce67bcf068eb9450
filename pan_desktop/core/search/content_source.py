"""Content packs as search documents: installed packs' lessons and glossaries plus the shipped glossary.

The content package (``pan_desktop.core.content``) is built in parallel with search; until it exists
(or while it has no ``Library``), only the shipped glossary is indexed.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import logging
from pathlib import Path
from typing import Any

from pan_desktop.core.errors import PanError
from pan_desktop.core.search.documents import SearchDoc, content_docs
from pan_desktop.core.search.glossary import GLOSSARY_FILE, merged_glossary, shipped_glossary

log = logging.getLogger(__name__)


def content_module() -> Any | None:
    """``pan_desktop.core.content`` when this build has it (with its ``Library``), else None."""
    if importlib.util.find_spec("pan_desktop.core.content") is None:
        return None
    module = importlib.import_module("pan_desktop.core.content")
    return module if hasattr(module, "Library") else None


def content_signature(data_dir: Path) -> str:
    """Changes when a pack is installed, updated or removed, or the shipped glossary changes (stat only)."""
    h = hashlib.sha256()
    stat = GLOSSARY_FILE.stat()
    h.update(f"glossary:{stat.st_mtime_ns}:{stat.st_size}".encode())
    h.update(b"content-module" if content_module() is not None else b"no-content-module")
    root = Path(data_dir) / "content"
    if root.is_dir():
        for pack in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            for f in sorted(pack.rglob("*")):
                if f.is_file() and f.suffix in (".yaml", ".md", ".yml"):
                    s = f.stat()
                    h.update(f"{f.relative_to(root)}:{s.st_mtime_ns}:{s.st_size}".encode())
    return h.hexdigest()[:32]


def installed_packs(data_dir: Path) -> list[Any]:
    """Installed packs, or [] without the content package; a broken pack install is logged, not fatal."""
    module = content_module()
    if module is None:
        return []
    try:
        return list(module.Library(Path(data_dir)).installed())
    except PanError as exc:
        log.warning("content packs not indexed: %s", exc)
        return []


def load_content_docs(data_dir: Path) -> list[SearchDoc]:
    """Every content document to index now."""
    packs = installed_packs(data_dir)
    return content_docs(packs, merged_glossary(packs))


def glossary_terms(data_dir: Path) -> list[Any]:
    """The glossary used to expand queries: shipped entries plus installed packs' entries."""
    packs = installed_packs(data_dir)
    return merged_glossary(packs) if packs else shipped_glossary()
