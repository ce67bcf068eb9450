"""Issue 16's Done-when for a device that never connects: it joins by files, then exchanges edits with an
online device through .pansync packs and the hub."""

from __future__ import annotations

import pytest

from pan_desktop.core.sync.enrol_file_format import EnrolFileError, fingerprint
from pan_desktop.core.sync.offline_enrol import OfflineEnrolment
from pan_desktop.core.sync.client import SyncError
from pan_desktop.hub.auth import Auth
from tests.offline_enrol.helpers import enrol_by_files, offline_device
from tests.usb_sync.helpers import round_trip


def test_a_device_enrolled_by_files_converges_with_an_online_device(network, tmp_path):
    office = network.device("office", "Org A")
    office.services.initiatives.create({"title_vi": "Từ văn phòng"})
    office.sync()
    field = offline_device(network, "field")
    mine = field.services.initiatives.create({"title_vi": "Từ xã, trước khi tham gia"})

    code = network.hub.store.invite(network.org("Org A"), "contributor")
    report = enrol_by_files(network, field, code, tmp_path, hub_url="https://hub.example.org")

    link = field.link()
    hub_key = field.engine.identity.hub_public_key()
    assert (link.hub_id, link.org_id, link.role) == (network.hub.store.hub_id, network.org("Org A"), "contributor")
    assert link.hub_url == "https://hub.example.org" and report.hub_url == link.hub_url
    assert hub_key == Auth(network.hub.store).hub_public_key()  # pinned exactly as online enrolment does
    assert report.hub_fingerprint == fingerprint(hub_key) and len(report.hub_fingerprint.split()) == 8
    assert field.engine.identity.certificate().device_id == field.id

    round_trip(network, field, tmp_path)
    office.sync()
    assert office.services.initiatives.get(mine.id)["title_vi"] == "Từ xã, trước khi tham gia"
    later = office.services.initiatives.create({"title_vi": "Tin mới từ văn phòng"})
    office.sync()
    round_trip(network, field, tmp_path, "-2")
    assert field.services.initiatives.get(later.id)["title_vi"] == "Tin mới từ văn phòng"
    network.check(devices=[office, field])


def test_accepting_the_same_reply_twice_is_refused_without_change(network, tmp_path):
    field = offline_device(network, "field")
    code = network.hub.store.invite(network.org("Org A"), "contributor")
    enrol_by_files(network, field, code, tmp_path)
    before = field.engine.identity.certificate()
    with pytest.raises(EnrolFileError) as err:
        OfflineEnrolment(field.engine).accept_reply(tmp_path / "field-reply.panenrol")
    assert err.value.code == "sync.enrol_no_request"
    assert field.engine.identity.certificate() == before


def test_a_device_joined_without_the_hub_address_says_so_and_never_dials(network, tmp_path):
    field = offline_device(network, "field")  # its client factory fails the test if it is ever called
    enrol_by_files(network, field, network.hub.store.invite(network.org("Org A"), "contributor"), tmp_path)
    for attempt in (field.engine.run, field.engine.first_pull_size):
        with pytest.raises(SyncError) as err:
            attempt()
        assert err.value.code == "sync.no_address"
