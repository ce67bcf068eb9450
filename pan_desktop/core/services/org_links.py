"""Organisation links on the device: the organisations a name may mean (read from the database), names
linked on every write of a person or an import, and the names still held as text."""

from __future__ import annotations

from collections import Counter
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


def unlinked_names(session: Session) -> dict[str, Counter]:
    """Per table, the organisation names still held as text (not in the database, or meaning several
    organisations) and how many live records hold each."""
    out: dict[str, Counter] = {}
    for table, spec in TABLES.items():
        model = RECORD_MODELS.get(table)
        for _ids, names_field in spec.org_links:
            col = model.__table__.c[names_field]
            for value in session.execute(select(col).where(model.deleted.is_(False))).scalars():
                for name in ([value] if isinstance(value, str) else value or []):
                    if name:
                        out.setdefault(table, Counter())[name] += 1
    return out
