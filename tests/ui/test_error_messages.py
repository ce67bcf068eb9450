"""Errors reach a person in the interface language, by code, never as an exception's English text."""

from __future__ import annotations

import re
from pathlib import Path

from pan_desktop.core.errors import NotFound, PanError
from pan_desktop.ui.error_messages import GENERAL, catalog, message_for

CORE = Path(__file__).resolve().parents[2] / "pan_desktop" / "core"
# A class attribute ``code = "..."`` on an error class, or ``code="..."`` passed when raising one.
CODE = re.compile(r"""(?:^\s+code\s*=\s*|\bcode=)["']([a-z_][a-z0-9_.]*)["']""", re.MULTILINE)


def test_every_code_raised_in_core_has_words():
    found = {m for path in CORE.rglob("*.py") for m in CODE.findall(path.read_text(encoding="utf-8"))}
    assert "not_found" in found  # the scan itself works
    assert sorted(found - set(catalog())) == []


def test_message_uses_the_code_and_its_params_not_the_english_text(qapp):
    exc = PanError("English only, for the command line", code="data_dir", path="/media/usb/pan-data")
    text = message_for(exc)
    assert "/media/usb/pan-data" in text and "English only" not in text


def test_unknown_code_and_unexpected_errors_get_a_general_message(qapp):
    assert message_for(PanError("raw detail", code="no.such.code")) == GENERAL["error"]()
    assert "raw detail" not in message_for(RuntimeError("raw detail"))
    assert "raw detail" not in message_for(NotFound("raw detail"))


def test_show_error_without_parent_is_visible(qtbot):
    from pan_desktop.ui.errors import show_error

    box = show_error(None, NotFound("gone"))
    qtbot.waitUntil(box.isVisible, timeout=2000)
    box.close()
