"""Personal data rules both the device and the hub apply, read from the table specs.

- ``org_only`` tables (``TableSpec.org_only``) hold personal data: their rows are always stored with
  ``org`` visibility, so the hub hands them only to devices of the owning organisation and the
  secretariat, and never under the network's public organisation.
- ``personal`` fields (``TableSpec.personal``) are erased when the record is deleted: the tombstone that
  syncs keeps the id and nothing that names the person (a purging tombstone), and a purged record is
  never brought back by a later edit.
"""

from __future__ import annotations

from typing import Any

from pan_desktop.core.shared.schema import TableSpec, empty_value

ORG_VISIBILITY = "org"


def visibility_for(spec: TableSpec, requested: str) -> str:
    """The visibility a new row of ``spec`` gets: ``org`` for personal tables whatever was asked."""
    return ORG_VISIBILITY if spec.org_only else requested


def purges(spec: TableSpec) -> bool:
    """Whether deleting a record of ``spec`` erases fields."""
    return bool(spec.personal)


def erased_values(spec: TableSpec) -> dict[str, Any]:
    """The personal fields of ``spec``, holding nothing."""
    return {name: empty_value(spec.field(name).kind) for name in spec.personal}


def scrub_changes(spec: TableSpec, fields: dict[str, Any]) -> dict[str, Any]:
    """An edit's ``{field: {"old", "new"}}`` with every personal value erased (for kept copies of edits)."""
    out = dict(fields)
    for name in spec.personal:
        if name in out and isinstance(out[name], dict):
            empty = empty_value(spec.field(name).kind)
            out[name] = {"old": empty, "new": empty}
    return out
