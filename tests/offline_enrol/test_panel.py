"""The Sync page's "Join by file" panel, offscreen against a real hub: both steps, the fingerprint shown,
a refused file said in words, at 1024x600 in Vietnamese."""

from __future__ import annotations

import json

import pytest

from pan_desktop.core.sync.enrol_file_format import fingerprint
from pan_desktop.hub.auth import Auth
from pan_desktop.hub.enrol_file import enrol_from_file
from tests.offline_enrol.helpers import offline_device
from tests.sync.test_ui import _ctx


@pytest.fixture
def page(qtbot, network, tmp_path):
    from pan_desktop.ui.sync import SyncPage

    field = offline_device(network, "field")
    ctx = _ctx(field.services, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    qtbot.waitUntil(lambda: page.enrol_file.isVisible(), timeout=5000)
    yield page, field
    ctx.pools.wait(5000)
    ctx.bridge.close()


def test_join_by_file_in_two_steps(qtbot, page, network, tmp_path, monkeypatch):
    page, field = page
    panel = page.enrol_file
    request, reply = tmp_path / "req.panenrol", tmp_path / "reply.panenrol"
    monkeypatch.setattr(panel, "choose_request_path", lambda: request)
    monkeypatch.setattr(panel, "choose_reply_path", lambda: reply)
    panel.request_button.click()
    assert "invite code" in panel.outcome.text() and not request.exists()  # nothing to ask the hub for yet

    panel.code_edit.setText(network.hub.store.invite(network.org("Org A"), "contributor"))
    panel.name_edit.setText("Máy xã")
    panel.request_button.click()
    qtbot.waitUntil(lambda: "Saved req.panenrol" in panel.outcome.text(), timeout=5000)
    enrol_from_file(network.hub.store, request, reply)

    panel.accept_button.click()
    key = fingerprint(Auth(network.hub.store).hub_public_key())
    qtbot.waitUntil(lambda: key in panel.outcome.text(), timeout=5000)
    assert "Org A" in panel.outcome.text() and field.link().hub_id == network.hub.store.hub_id
    qtbot.waitUntil(lambda: page.usb.isVisible() and not page.enrol_box.isVisible(), timeout=5000)
    assert panel.isVisible() and not panel.request_button.isEnabled()  # the fingerprint stays to compare


def test_a_refused_reply_is_said_in_words_and_nothing_changes(qtbot, page, tmp_path, monkeypatch):
    page, field = page
    panel = page.enrol_file
    bad = tmp_path / "bad.panenrol"
    bad.write_text("not an enrolment file")
    monkeypatch.setattr(panel, "choose_reply_path", lambda: bad)
    panel.accept_button.click()
    qtbot.waitUntil(lambda: "bad.panenrol" in panel.outcome.text(), timeout=5000)
    assert "sync." not in panel.outcome.text() and panel.accept_button.isEnabled()
    assert field.link() is None


def test_join_as_a_new_computer_asks_with_a_new_device_id(qtbot, page, network, tmp_path, monkeypatch):
    page, field = page
    panel = page.enrol_file
    request = tmp_path / "new.panenrol"
    monkeypatch.setattr(panel, "choose_request_path", lambda: request)
    panel.code_edit.setText(network.hub.store.invite(network.org("Org A"), "contributor"))
    panel.new_identity.setChecked(True)
    panel.request_button.click()
    qtbot.waitUntil(lambda: "Saved new.panenrol" in panel.outcome.text(), timeout=5000)
    asked = json.loads(request.read_text("utf-8"))["body"]["request"]["device_id"]
    assert asked != field.id and field.engine.device_id == field.id  # the new id waits for the reply
