"""``pan-desktop --self-test`` from source: every step passes, a failing step is named, nothing is left behind."""

from __future__ import annotations

import tempfile

import pytest

from pan_desktop import cli, selftest

STEPS = ("migrate", "content", "search", "pdf", "window")


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """tempfile's folder inside this test's tmp_path, so what the self-test leaves there can be seen."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_self_test_passes_every_step_and_removes_its_folder(qapp, private_tmp):
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 0, "\n".join(lines)
    assert [line.split()[1] for line in lines[:-2]] == list(STEPS)
    assert all(line.startswith("ok   ") for line in lines[:-2]), lines
    assert lines[-2:] == ["self-test passed", "self-test: 5 passed, 0 failed"]
    assert "booklet" in lines[3] and "pages built and shown" in lines[4], lines
    assert list(private_tmp.iterdir()) == []


def test_a_page_that_cannot_be_built_fails_the_window_step(qapp, private_tmp, monkeypatch):
    from pan_desktop.ui.main_window import MainWindow

    def lost_import(self):
        raise NameError("name 'PrintPage' is not defined")  # what a tidy-up once did to the Print page

    monkeypatch.setattr(MainWindow, "_make_print", lost_import)
    for step in ("content", "search", "pdf"):
        monkeypatch.setattr(selftest.SelfTest, step, lambda self: "skipped in this test")
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert "FAIL window: NameError: name 'PrintPage' is not defined" in lines, lines


def test_a_failing_step_is_named_and_the_others_still_run(qapp, private_tmp, monkeypatch):
    def broken(self):
        raise FileNotFoundError("glossary.yaml is missing")

    monkeypatch.setattr(selftest.SelfTest, "search", broken)
    monkeypatch.setattr(selftest.SelfTest, "window", lambda self: "skipped in this test")
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert "FAIL search: FileNotFoundError: glossary.yaml is missing" in lines
    assert any(line.startswith("ok   pdf") for line in lines)
    assert lines[-2:] == ["self-test FAILED: search", "self-test: 4 passed, 1 failed"]


def test_steps_after_a_failed_migration_say_they_did_not_run(private_tmp, monkeypatch):
    def no_database(self):
        raise RuntimeError("alembic scripts not found")

    monkeypatch.setattr(selftest.SelfTest, "migrate", no_database)
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert lines[0] == "FAIL migrate: RuntimeError: alembic scripts not found"
    assert lines[1:5] == [f"FAIL {s}: not run, the database could not be opened" for s in STEPS[1:]]


def test_cli_self_test_does_not_touch_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PAN_DATA_DIR", str(tmp_path / "must-not-exist"))
    monkeypatch.setattr(selftest, "run_self_test", lambda: 0)
    assert cli.main(["--self-test"]) == 0
    assert not (tmp_path / "must-not-exist").exists()
