"""Organisation links on the device: the organisations a name may mean (read from the database), the
names a person's write links, and the names left as text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from pan_desktop.core.models import RECORD_MODELS, Organization
from pan_desktop.core.shared.org_names import NAME_FIELDS, OrgNames, link_values
from pan_desktop.core.shared.schema import TABLES, TableSpec


def org_names(session: Session) -> OrgNames:
    """Every live organisation, by the names it goes by."""
    cols = [Organization.__table__.c[n] for n in NAME_FIELDS]
    rows = session.execute(select(*cols).where(Organization.deleted.is_(False))).mappings()
    return OrgNames(dict(r) for r in rows)


def link_names(session: Session, spec: TableSpec, cleaned: dict[str, Any],
               current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``cleaned`` values with the organisation names that mean one organisation moved to its link
    (unchanged for a table without links, or when no names field is written)."""
    if not any(names in cleaned for _ids, names in spec.org_links):
        return cleaned
    return link_values(spec, cleaned, org_names(session), current)[0]


@dataclass
class UnlinkedName:
    """A name kept as text in one field of one table: the records holding it and the organisations it
    may mean (``candidates``: none; several; or one, for a name written before its organisation came)."""

    name: str
    table: str
    field: str
    records: list[str]
    candidates: list[str]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def unlinked_names(session: Session) -> list[UnlinkedName]:
    """Every organisation name kept as text in the live records (a names field holds only the names not
    linked), by table and field, the most used first."""
    orgs = org_names(session)
    found: dict[tuple[str, str, str], UnlinkedName] = {}
    for table, spec in TABLES.items():
        if not spec.org_links:
            continue
        model = RECORD_MODELS[table]
        for _ids, names_field in spec.org_links:
            is_list = spec.field(names_field).kind == "list"
            column = model.__table__.c[names_field]
            rows = session.execute(select(model.id, column).where(model.deleted.is_(False)))
            for record_id, raw in rows:
                for name in (raw or []) if is_list else ([raw] if raw else []):
                    if not isinstance(name, str) or not name.strip():
                        continue
                    key = (name, table, names_field)
                    if key not in found:
                        found[key] = UnlinkedName(name, table, names_field, [], list(orgs.candidates(name)))
                    if record_id not in found[key].records:
                        found[key].records.append(record_id)
    return sorted(found.values(), key=lambda u: (-len(u.records), u.table, u.field, u.name.casefold()))
