"""Migrations produce exactly the schema the models declare, and back up the database first."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pan_desktop.core.db import Database
from pan_desktop.core.models import Base


def test_migrating_an_empty_database_to_head_gives_the_models_schema(tmp_path):
    db = Database(tmp_path / "pan.db")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_database_runs_in_wal_with_foreign_keys_and_full_sync(tmp_path):
    db = Database(tmp_path / "pan.db")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    db.dispose()


def test_an_outdated_database_is_copied_beside_itself_before_migrating(tmp_path):
    import pytest
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from pan_desktop.core.db import alembic_config

    cfg = alembic_config()
    revisions = list(ScriptDirectory.from_config(cfg).walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one schema revision exists: nothing older to migrate from")
    first = revisions[-1].revision
    path = tmp_path / "pan.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, first)
        conn.exec_driver_sql("CREATE TABLE keepme (x)")
        conn.exec_driver_sql("INSERT INTO keepme VALUES ('precious')")
    engine.dispose()

    Database(path).dispose()

    backups = list(tmp_path.glob("pan.*.bak"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
    assert copy.execute("SELECT x FROM keepme").fetchone() == ("precious",)
    copy.close()


def test_a_current_database_is_opened_without_a_backup(tmp_path):
    Database(tmp_path / "pan.db").dispose()
    Database(tmp_path / "pan.db").dispose()
    assert list(tmp_path.glob("*.bak")) == []


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    import pytest

    from pan_desktop.core.errors import DataDirError

    path = tmp_path / "pan.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DataDirError, match="damaged or is not a PAN Desktop database"):
        Database(path)
    assert path.read_bytes().startswith(b"this is not sqlite")


def test_a_sync_link_from_before_stages_keeps_its_row_and_gets_empty_stage_fields(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from pan_desktop.core.db import alembic_config
    from pan_desktop.core.sync.status import sync_status

    cfg = alembic_config()
    path = tmp_path / "pan.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002_sync")
        conn.exec_driver_sql(
            "INSERT INTO sync_link (id, hub_url, hub_id, epoch, org_id, org_name, role, cursors, device_high, enrolled_at,"
            " last_sync_at, last_verify_at, last_error, last_report) VALUES (1, 'https://hub', 'h', 'e', 'o', 'Org',"
            " 'contributor', '{\"net\": 4}', 3, '2026-01-01', '2026-01-02', '', 'old problem', '{}')")
    engine.dispose()

    db = Database(path)
    status = sync_status(db)
    db.dispose()
    assert (status.hub_url, status.last_sync_at, status.last_error) == ("https://hub", "2026-01-02", "old problem")
    assert (status.last_stage, status.last_outcome, status.last_error_code, status.last_error_params) == ("", "", "", {})
    assert not status.stopped
