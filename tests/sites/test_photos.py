"""Photos: stored by hash, a ≤1600 px copy with the EXIF time and GPS kept, >1 km from the site flagged."""

from __future__ import annotations

import pytest
from PIL import Image

from pan_desktop.core.sites.errors import AssessmentLocked, SiteInputError
from pan_desktop.core.sites.photos import distance_m, photo_path, read_exif, store_photo
from tests.sites.conftest import make_photo


def test_copy_is_at_most_1600px_and_keeps_exif_time_and_gps(tmp_path, data_dir):
    src = make_photo(tmp_path / "big.jpg", (3200, 2000), lat=21.0285, lon=105.8542)
    info = store_photo(data_dir, src)
    copy = photo_path(data_dir, info.sha256)
    with Image.open(copy) as img:
        assert max(img.size) == 1600 and img.size == (info.width, info.height)
        taken, lat, lon = read_exif(img.getexif())
    assert taken == "2026-11-20T09:15:00" == info.taken_at
    assert lat == pytest.approx(21.0285, abs=1e-4) and lon == pytest.approx(105.8542, abs=1e-4)
    import hashlib

    assert hashlib.sha256(copy.read_bytes()).hexdigest() == info.sha256
    assert store_photo(data_dir, src).sha256 == info.sha256  # the same photo is stored once


def test_far_photo_is_flagged_and_near_one_is_not(sites, junk_shop, tmp_path):
    a = sites.start(junk_shop["id"], "junk-shop")
    item = sites.show(a["id"])["items"][0]["id"]
    near = sites.add_photo(a["id"], item, make_photo(tmp_path / "near.jpg", (400, 300), 21.0290, 105.8545))
    far = sites.add_photo(a["id"], item, make_photo(tmp_path / "far.jpg", (400, 300), 21.0400, 105.8542))
    none = sites.add_photo(a["id"], item, make_photo(tmp_path / "nogps.jpg", (400, 300)))
    assert near["far"] is False and near["distance_m"] < 100
    assert far["far"] is True and 1000 < far["distance_m"] < 1400
    assert none["far"] is False and none["distance_m"] is None and none["taken_at"] == "2026-11-20T09:15:00"
    assert len(sites.show(a["id"])["items"][0]["photos"]) == 3


def test_distance_formula():
    assert distance_m(21.0, 105.0, 21.0, 105.0) == 0
    assert distance_m(0, 0, 0, 1) == pytest.approx(111_195, rel=1e-3)  # one degree of longitude on the equator


def test_hostile_files_are_refused_and_nothing_is_stored(sites, junk_shop, tmp_path, data_dir):
    a = sites.start(junk_shop["id"], "junk-shop")
    item = sites.show(a["id"])["items"][0]["id"]
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"\xff\xd8\xff not really a jpeg" * 10)
    with pytest.raises(SiteInputError):
        sites.add_photo(a["id"], item, fake)
    with pytest.raises(SiteInputError):
        sites.add_photo(a["id"], item, tmp_path / "missing.jpg")
    assert not (data_dir / "photos").exists()
    assert sites.show(a["id"])["items"][0]["photos"] == []


def test_garbled_gps_reads_as_no_position(tmp_path):
    img = Image.new("RGB", (10, 10))
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (1.0, 2.0)  # two numbers where three belong
    exif.get_ifd(0x8825)[4] = (400.0, 0.0, 0.0)
    img.save(tmp_path / "x.jpg", exif=exif.tobytes())
    with Image.open(tmp_path / "x.jpg") as opened:
        assert read_exif(opened.getexif())[1:] == (None, None)


def test_no_photo_on_a_finalized_assessment(sites, junk_shop, tmp_path):
    a = sites.start(junk_shop["id"], "junk-shop")
    for item in sites.show(a["id"])["items"]:
        sites.set_answer(a["id"], item["id"], "yes")
    sites.finalize(a["id"])
    with pytest.raises(AssessmentLocked):
        sites.add_photo(a["id"], "j-air-1", make_photo(tmp_path / "x.jpg", (50, 50)))
