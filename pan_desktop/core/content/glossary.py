"""The one glossary: the terms shipped with the app merged with every installed pack's entries.

Search expands queries with it and the Glossary page shows it, both through :func:`merge_glossary`
(``Library.glossary()`` for the installed packs). The shipped file has the same format as a pack's
``glossary.yaml`` and is checked by the same schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from pan_desktop.core.content import schema
from pan_desktop.core.content.loader import _strings, _text
from pan_desktop.core.content.model import GlossaryEntry, PackError, PackProblem
from pan_desktop.core.content.yamlsafe import load_yaml
from pan_desktop.core.text import fold, nfc

SHIPPED_GLOSSARY = Path(__file__).with_name("glossary.yaml")


def glossary_entries(parsed: Any) -> tuple[GlossaryEntry, ...]:
    """Entries from a glossary file already checked against ``schema.GLOSSARY``."""
    return tuple(GlossaryEntry(id=g["id"], vi=nfc(g["vi"]).strip(), en=nfc(g["en"]).strip(),
                               definition=_text(g["definition"]), aliases_vi=_strings(g.get("aliases_vi")),
                               aliases_en=_strings(g.get("aliases_en")))
                 for g in parsed or [])


@lru_cache(maxsize=1)
def shipped_glossary() -> tuple[GlossaryEntry, ...]:
    """The glossary shipped with the app; :class:`PackError` (with file and line) if it is broken."""
    problems: list[PackProblem] = []
    parsed = load_yaml(SHIPPED_GLOSSARY.read_text("utf-8"), SHIPPED_GLOSSARY.name, problems)
    if parsed is not None:
        problems += schema.check(parsed, schema.GLOSSARY, SHIPPED_GLOSSARY.name)
    if problems:
        raise PackError(problems, "shipped glossary")
    return glossary_entries(parsed)


def merge_glossary(packs: Iterable[Any], shipped: Iterable[GlossaryEntry] | None = None) -> list[GlossaryEntry]:
    """The shipped entries plus every pack's, one entry per id, sorted by Vietnamese term.

    A pack adds entries with new ids; on an id already present (shipped or an earlier pack) the first
    entry keeps its terms and definition and gains the pack's other names (aliases).
    """
    merged: dict[str, GlossaryEntry] = {e.id: e for e in (shipped_glossary() if shipped is None else shipped)}
    for pack in packs:
        for entry in pack.glossary:
            first = merged.get(entry.id)
            if first is None:
                merged[entry.id] = entry
                continue
            vi = tuple(dict.fromkeys(a for a in (*first.aliases_vi, entry.vi, *entry.aliases_vi) if a != first.vi))
            en = tuple(dict.fromkeys(a for a in (*first.aliases_en, entry.en, *entry.aliases_en) if a != first.en))
            if (vi, en) != (first.aliases_vi, first.aliases_en):
                merged[entry.id] = GlossaryEntry(first.id, first.vi, first.en, first.definition, vi, en)
    return sorted(merged.values(), key=lambda e: (fold(e.vi), e.id))
