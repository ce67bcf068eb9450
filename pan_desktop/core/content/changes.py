"""What an update changes in a pack: lessons, knowledge checks and checklist items added, changed, removed.

Items are matched by id, which is also what reading positions (and later assessments and sessions)
link to: an item whose id stays keeps every link, even when its text changes; only a removed id loses
them, which is why removals are listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pan_desktop.core.content.model import Pack, Text

PARTS = ("lessons", "checks", "checklist_items")


@dataclass(frozen=True)
class Item:
    id: str
    title: Text  # what a person recognises the item by (lesson title, question, checklist item text)


@dataclass(frozen=True)
class PartChanges:
    added: tuple[Item, ...] = ()
    changed: tuple[Item, ...] = ()
    removed: tuple[Item, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def as_json(self) -> dict:
        return {kind: [{"id": i.id, "title_vi": i.title.vi, "title_en": i.title.en} for i in getattr(self, kind)]
                for kind in ("added", "changed", "removed")}


@dataclass(frozen=True)
class PackChanges:
    """The differences from the installed version (``old_version`` None: the pack is new here)."""

    old_version: str | None
    new_version: str
    parts: dict[str, PartChanges] = field(default_factory=dict)

    def counts(self) -> dict[str, dict[str, int]]:
        return {name: {kind: len(getattr(part, kind)) for kind in ("added", "changed", "removed")}
                for name, part in self.parts.items()}

    def as_json(self) -> dict:
        return {name: part.as_json() for name, part in self.parts.items()}


def _lessons(pack: Pack) -> dict[str, tuple[Item, tuple]]:
    return {l.id: (Item(l.id, l.title), (l.title, l.duration_minutes, l.aspect, l.body, l.facilitator)) for l in pack.lessons}


def _checks(pack: Pack) -> dict[str, tuple[Item, tuple]]:
    return {c.id: (Item(c.id, c.question), (c.lesson, c.question, c.choices, c.answer, c.explanation)) for c in pack.checks}


def _checklist_items(pack: Pack) -> dict[str, tuple[Item, tuple]]:
    # An item's id is unique within its checklist; links name both.
    return {f"{cl.id}/{i.id}": (Item(f"{cl.id}/{i.id}", i.text), (i.aspect, i.text, i.look_for))
            for cl in pack.checklists for i in cl.items}


def _diff(old: dict[str, tuple[Item, tuple]], new: dict[str, tuple[Item, tuple]]) -> PartChanges:
    added = tuple(item for key, (item, _) in new.items() if key not in old)
    removed = tuple(item for key, (item, _) in old.items() if key not in new)
    changed = tuple(item for key, (item, value) in new.items() if key in old and old[key][1] != value)
    return PartChanges(added, changed, removed)


def pack_changes(old: Pack | None, new: Pack) -> PackChanges:
    """The differences between the installed ``old`` (None when not installed) and ``new``."""
    parts = {}
    for name, index in (("lessons", _lessons), ("checks", _checks), ("checklist_items", _checklist_items)):
        parts[name] = _diff(index(old) if old is not None else {}, index(new))
    return PackChanges(old.version if old is not None else None, new.version, parts)
