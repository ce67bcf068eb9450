"""Organisation links on the device: the organisations a name may mean (read from the database), and the
names a person's write links."""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from pan_desktop.core.models import Organization
from pan_desktop.core.shared.org_names import NAME_FIELDS, OrgNames, link_values
from pan_desktop.core.shared.schema import TableSpec


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
