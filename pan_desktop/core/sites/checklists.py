"""The checklist an assessment is made with, frozen: its items' ids, aspects and texts, and a hash of them.

An assessment stores this snapshot, so one made with a pack's checklist 1.0 reads (and exports) the same
after the pack is updated to 1.1.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

DEFAULT_GUIDELINE = "guideline-pellet-leakage"
CHECKLISTS = ("factory", "junk-shop")


@dataclass(frozen=True)
class Snapshot:
    guideline: str
    version: str
    checklist: str
    items: tuple[dict, ...]  # {"id", "aspect", "text_vi", "text_en"} in the guideline's order

    @property
    def hash(self) -> str:
        return items_hash(self.items)

    def items_json(self) -> str:
        return json.dumps(list(self.items), ensure_ascii=False, separators=(",", ":"))


def items_hash(items) -> str:
    """SHA-256 of the items' canonical JSON (ids, aspects and both texts, in order)."""
    canon = json.dumps([[i["id"], i["aspect"], i["text_vi"], i["text_en"]] for i in items], ensure_ascii=False,
                       separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def snapshot(pack, checklist_id: str) -> Snapshot:
    """The frozen form of ``checklist_id`` in guideline ``pack``; NotFound names the checklists it has."""
    from pan_desktop.core.printing.checklist import find_checklist

    cl = find_checklist(pack, checklist_id)
    items = tuple({"id": i.id, "aspect": i.aspect, "text_vi": i.text.vi, "text_en": i.text.en} for i in cl.items)
    return Snapshot(pack.id, pack.version, cl.id, items)


def load_items(text: str) -> list[dict]:
    """The stored items of an assessment (an unreadable value reads as no items)."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    return [i for i in items if isinstance(i, dict) and "id" in i] if isinstance(items, list) else []
