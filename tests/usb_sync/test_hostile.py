"""A tampered, forged, replayed, foreign or revoked pack is refused before any write, with a code the
window can say in words; nothing changes on either side."""

from __future__ import annotations

import base64
import json
import zipfile

import pytest
from nacl.signing import SigningKey

from pan_desktop.core.sync.usb_device import UsbDevice
from pan_desktop.core.sync.usb_pack import Manifest, PackError, write_pack
from pan_desktop.hub.usb import export_down_pack, import_up_pack
from tests.usb_sync.helpers import device_state, hub_state


def _rezip(src, dst, change):
    with zipfile.ZipFile(src) as z:
        members = {n: z.read(n) for n in z.namelist()}
    change(members)
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return dst


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1:]


@pytest.fixture
def field(network):
    dev = network.device("field", "Org A")
    dev.services.initiatives.create({"title_vi": "Trên máy"})
    return dev


def _manifest_edit(key, value):
    def change(m):
        data = json.loads(m["manifest.json"])
        data[key] = value
        m["manifest.json"] = json.dumps(data).encode()
    return change


@pytest.mark.parametrize("change, code", [
    (lambda m: m.update({"payload.sealed": _flip(m["payload.sealed"], 40)}), "usb.tampered"),
    (lambda m: m.update({"payload.sealed": m["payload.sealed"][:-10]}), "usb.tampered"),
    (_manifest_edit("number", 99), "usb.tampered"),
    (lambda m: m.update({"manifest.sig": base64.b64encode(b"x" * 64)}), "usb.tampered"),
    (lambda m: m.pop("manifest.sig"), "usb.not_a_pack"),
    (lambda m: m.update({"extra.txt": b"hello"}), "usb.not_a_pack"),
    (lambda m: m.update({"manifest.json": b"\xff not json"}), "usb.not_a_pack"),
    (_manifest_edit("kind", "down"), "usb.wrong_kind_up"),
])
def test_a_changed_up_pack_is_refused_at_the_hub(network, field, tmp_path, change, code):
    good = tmp_path / "good.pansync"
    UsbDevice(field.services).export(good)
    bad = _rezip(good, tmp_path / "bad.pansync", change)
    before = hub_state(network.hub)
    with pytest.raises(PackError) as err:
        import_up_pack(network.hub.store, bad)
    assert err.value.code == code
    assert hub_state(network.hub) == before
    assert not import_up_pack(network.hub.store, good).already_imported  # the real one still goes in


def test_files_that_are_not_packs_are_refused(network, tmp_path):
    junk = tmp_path / "junk.pansync"
    junk.write_bytes(b"PK\x03\x04 broken" * 10)
    for path, code in ((junk, "usb.not_a_pack"), (tmp_path / "missing.pansync", "usb.no_file")):
        with pytest.raises(PackError) as err:
            import_up_pack(network.hub.store, path)
        assert err.value.code == code


def test_a_forged_pack_signed_by_another_key_is_refused(network, field, tmp_path):
    """Someone who knows a device id and the hub's public key, but not the device's key."""
    store = network.hub.store
    from pan_desktop.hub.auth import Auth

    m = Manifest("01900000-0000-7000-8000-000000000001", "up", field.id, store.hub_id, store.hub_id, store.epoch,
                 1, "2026-01-01T00:00:00.000000Z")
    payload = {"pack_id": m.pack_id, "device_id": field.id, "entries": [], "cursors": {}, "first_unacked": 1}
    forged = tmp_path / "forged.pansync"
    write_pack(forged, m, payload, SigningKey.generate(), Auth(store).hub_public_key())
    with pytest.raises(PackError) as err:
        import_up_pack(store, forged)
    assert err.value.code == "usb.tampered"


def test_an_older_up_pack_is_refused_after_a_newer_one(network, field, tmp_path):
    old, new = tmp_path / "old.pansync", tmp_path / "new.pansync"
    UsbDevice(field.services).export(old)
    field.services.initiatives.create({"title_vi": "Thêm"})
    UsbDevice(field.services).export(new)
    assert import_up_pack(network.hub.store, new).results["applied"] == 2
    before = hub_state(network.hub)
    with pytest.raises(PackError) as err:
        import_up_pack(network.hub.store, old)
    assert err.value.code == "usb.stale" and hub_state(network.hub) == before


def test_a_pack_from_a_revoked_device_is_refused(network, field, tmp_path):
    up = tmp_path / "up.pansync"
    UsbDevice(field.services).export(up)
    network.hub.store.revoke(field.id)
    before = hub_state(network.hub)
    with pytest.raises(PackError) as err:
        import_up_pack(network.hub.store, up)
    assert err.value.code == "usb.revoked" and hub_state(network.hub) == before
    with pytest.raises(PackError) as err:
        export_down_pack(network.hub.store, field.id, tmp_path / "down.pansync")
    assert err.value.code == "usb.revoked"


def test_a_pack_for_another_device_is_refused_there(network, field, tmp_path):
    other = network.device("other", "Org A")
    down = tmp_path / "for-field.pansync"
    export_down_pack(network.hub.store, field.id, down)
    before = device_state(other)
    with pytest.raises(PackError) as err:
        UsbDevice(other.services).import_pack(down)
    assert err.value.code == "usb.wrong_recipient" and device_state(other) == before
    # Re-addressed in the manifest: the signature no longer holds; the sealed box stays closed anyway.
    moved = _rezip(down, tmp_path / "moved.pansync", _manifest_edit("recipient", other.id))
    with pytest.raises(PackError) as err:
        UsbDevice(other.services).import_pack(moved)
    assert err.value.code == "usb.tampered" and device_state(other) == before
    # A device's own up-pack is not for another device either.
    up = tmp_path / "up.pansync"
    UsbDevice(field.services).export(up)
    with pytest.raises(PackError) as err:
        UsbDevice(other.services).import_pack(up)
    assert err.value.code == "usb.wrong_kind_down"


def test_a_changed_or_older_down_pack_is_refused_on_the_device(network, field, tmp_path):
    first, second = tmp_path / "1.pansync", tmp_path / "2.pansync"
    export_down_pack(network.hub.store, field.id, first)
    export_down_pack(network.hub.store, field.id, second)
    before = device_state(field)
    bad = _rezip(second, tmp_path / "bad.pansync", lambda m: m.update({"payload.sealed": _flip(m["payload.sealed"], 99)}))
    with pytest.raises(PackError) as err:
        UsbDevice(field.services).import_pack(bad)
    assert err.value.code == "usb.tampered" and device_state(field) == before
    UsbDevice(field.services).import_pack(second)
    after = device_state(field)
    with pytest.raises(PackError) as err:
        UsbDevice(field.services).import_pack(first)
    assert err.value.code == "usb.stale" and device_state(field) == after


def test_a_down_pack_from_another_hub_is_refused(network, field, fresh_hub, tmp_path):
    """A second hub that enrolled a device with the same id cannot feed this device."""
    org = fresh_hub.store.add_org("Org X")
    from pan_desktop.core.sync.engine import SyncEngine

    other_dir = tmp_path / "clone"
    import shutil

    shutil.copytree(field.services.data_dir, other_dir, ignore=shutil.ignore_patterns("sync"))
    from pan_desktop.core.services import Services

    clone = Services.open(other_dir)
    try:
        SyncEngine(clone.db, other_dir, clone.device_id).enrol(fresh_hub.url, fresh_hub.store.invite(org, "contributor"))
        down = tmp_path / "foreign.pansync"
        export_down_pack(fresh_hub.store, clone.device_id, down)
    finally:
        clone.close()
    before = device_state(field)
    with pytest.raises(PackError) as err:
        UsbDevice(field.services).import_pack(down)
    assert err.value.code == "usb.other_hub" and device_state(field) == before
