"""Start-up path: a database already at the newest schema opens without importing Alembic; one behind
it is still backed up and migrated."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from pan_desktop.core import db as dbmod


def _imports_alembic_when_opening(path) -> bool:
    code = ("import sys; from pan_desktop.core.services import Services; "
            f"Services.open({str(path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return out.strip() == "True"


def test_script_head_matches_alembic():
    from alembic.script import ScriptDirectory

    assert dbmod.script_head() == ScriptDirectory.from_config(dbmod.alembic_config()).get_current_head()


def test_database_at_head_opens_without_alembic(data_dir):
    assert not _imports_alembic_when_opening(data_dir)


def test_database_behind_head_is_backed_up_and_migrated(tmp_path):
    from alembic import command

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = dbmod.Database.in_dir(data_dir, migrate=False)
    with old.engine.begin() as conn:  # a database made by the first release: schema 0001
        cfg = dbmod.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    old.dispose()
    assert _imports_alembic_when_opening(data_dir)
    con = sqlite3.connect(data_dir / "pan.db")
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(dbmod.script_head(),)]
    con.close()
    assert list(data_dir.glob("pan.*.bak"))


def test_a_merge_or_unreadable_script_leaves_the_decision_to_alembic(tmp_path, monkeypatch):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text("revision = 'a'\ndown_revision = None\n")
    (versions / "b.py").write_text("revision = 'b'\ndown_revision = 'a'\n")
    (versions / "c.py").write_text("revision = 'c'\ndown_revision = 'a'\n")
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", tmp_path)
    assert dbmod.script_head() is None  # two heads
    (versions / "c.py").write_text("revision = 'c'\ndown_revision = ('a', 'b')\n")
    assert dbmod.script_head() is None  # a merge: the tuple is not read
    (versions / "c.py").unlink()
    assert dbmod.script_head() == "b"
