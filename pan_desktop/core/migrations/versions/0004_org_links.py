"""organisation links: records name organisations by id, organisations have other names

Revision ID: 0004_org_links
Revises: 0003_sync_stages
Create Date: 2026-11-30

Adds the id relations (initiatives: organization_ids, funder_ids; events: organization_ids; policies:
issuer_ids) and organisations' aliases, then links the stored records: every name that means exactly
one organisation (core.shared.org_names) moves to the ids; a name that means none or several stays as
text, and the log says which. Each record changed gets a change-log row so the search index follows.
"""
import json
import logging
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0004_org_links'
down_revision = '0003_sync_stages'
branch_labels = None
depends_on = None

log = logging.getLogger("pan_desktop.migrations.org_links")
# (table, ids column, names column, names column holds a list)
LINKS = (
    ("initiatives", "organization_ids", "organizations", True),
    ("initiatives", "funder_ids", "funders", True),
    ("events", "organization_ids", "organizations", True),
    ("policies", "issuer_ids", "issuing_body", False),
)


def upgrade() -> None:
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('aliases', sa.JSON(), nullable=False, server_default='[]'))
    for table in ("initiatives", "events", "policies"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for ids_column in sorted({c for t, c, _n, _l in LINKS if t == table}):
                batch_op.add_column(sa.Column(ids_column, sa.JSON(), nullable=False, server_default='[]'))
    conn = op.get_bind()
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    add_bundled_aliases(conn, now)
    link_stored_records(conn, now)


def _log_change(conn, table: str, record_id: str, now: str) -> None:
    conn.execute(sa.text("INSERT INTO change_log (table_name, record_id, kind, origin, at) "
                         "VALUES (:t, :r, 'update', 'migrate', :at)"), {"t": table, "r": record_id, "at": now})


def add_bundled_aliases(conn, now: str) -> None:
    """The bundled organisations get the other names the bundle now gives them (``RKC-MPD of ERIA``)."""
    from pan_desktop.core.shared.seed import bundled_records

    for org in bundled_records()["organizations"]:
        if org.get("aliases"):
            done = conn.execute(sa.text("UPDATE organizations SET aliases = :a WHERE id = :id AND aliases = '[]'"),
                                {"a": json.dumps(org["aliases"], ensure_ascii=False), "id": org["id"]})
            if done.rowcount:
                _log_change(conn, "organizations", org["id"], now)


def link_stored_records(conn, now: str) -> dict[str, dict[str, int]]:
    """Link every live record's organisation names; returns, per table and name, the records in which a
    name stayed text (unmatched or ambiguous). Never drops a name it could not link."""
    from pan_desktop.core.shared.org_names import OrgNames

    orgs = OrgNames(
        {"id": r[0], "name_vi": r[1], "name_en": r[2], "short_name": r[3], "aliases": json.loads(r[4] or "[]")}
        for r in conn.exec_driver_sql(
            "SELECT id, name_vi, name_en, short_name, aliases FROM organizations WHERE deleted = 0"))
    left: dict[str, dict[str, int]] = {}
    changed: dict[tuple[str, str], dict[str, object]] = {}
    for table, ids_column, names_column, is_list in LINKS:
        rows = conn.exec_driver_sql(f"SELECT id, {names_column}, {ids_column} FROM {table} WHERE deleted = 0").all()
        for record_id, raw_names, raw_ids in rows:
            names = (json.loads(raw_names or "[]") if is_list else ([raw_names] if raw_names else []))
            if not names:
                continue
            linked = orgs.link(names, json.loads(raw_ids or "[]"))
            for name in (*linked.unmatched, *linked.ambiguous):
                left.setdefault(table, {})
                left[table][name] = left[table].get(name, 0) + 1
            if len(linked.names) == len(names):
                continue
            values = changed.setdefault((table, record_id), {})
            values[ids_column] = json.dumps(linked.ids)
            values[names_column] = json.dumps(linked.names, ensure_ascii=False) if is_list else "; ".join(linked.names)
    for (table, record_id), values in changed.items():
        sets = ", ".join(f"{c} = :{c}" for c in values)
        conn.execute(sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), {**values, "id": record_id})
        _log_change(conn, table, record_id, now)
    log.info("organisation links: %d record(s) linked", len(changed))
    for table, names in left.items():
        for name, count in sorted(names.items()):
            log.warning("organisation links: %s: '%s' (in %d record(s)) matches no single organisation; kept as text",
                        table, name, count)
    return left


def downgrade() -> None:
    """Put the linked organisations' names back into the text fields, then drop the new columns."""
    conn = op.get_bind()
    names = {r[0]: (r[1] or r[2] or r[3]) for r in conn.exec_driver_sql(
        "SELECT id, short_name, name_en, name_vi FROM organizations")}
    for table, ids_column, names_column, is_list in LINKS:
        for record_id, raw_names, raw_ids in conn.exec_driver_sql(
                f"SELECT id, {names_column}, {ids_column} FROM {table}").all():
            ids = json.loads(raw_ids or "[]")
            if not ids:
                continue
            back = [names.get(i, i) for i in ids]
            if is_list:
                value = json.dumps(back + json.loads(raw_names or "[]"), ensure_ascii=False)
            else:
                value = "; ".join([*back, *([raw_names] if raw_names else [])])
            conn.execute(sa.text(f"UPDATE {table} SET {names_column} = :v WHERE id = :id"), {"v": value, "id": record_id})
    for table in ("initiatives", "events", "policies"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for ids_column in sorted({c for t, c, _n, _l in LINKS if t == table}, reverse=True):
                batch_op.drop_column(ids_column)
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_column('aliases')
