"""Fixtures of the site-assessment tests: a site service on a fresh data dir, and photos with EXIF."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def sites(services):
    from pan_desktop.core.sites.service import site_service

    return site_service(services)


@pytest.fixture
def junk_shop(sites):
    return sites.add_site({"name": "Vựa phế liệu Minh Phát", "kind": "junk-shop", "provinces": ["Hà Nội"],
                           "owner": "Nguyễn Văn Phát", "phone": "0912 345 678", "lat": "21.028500", "lon": "105.854200"})


def make_photo(path: Path, size=(2400, 1800), lat: float | None = None, lon: float | None = None,
               taken: str = "2026:11:20 09:15:00") -> Path:
    """A JPEG with an EXIF capture time and, when given, a GPS position."""
    from PIL import Image

    img = Image.new("RGB", size, (90, 140, 60))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = taken
    if lat is not None:
        def dms(v):
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            return (float(d), float(m), round((v - d - m / 60) * 3600, 4))
        gps = exif.get_ifd(0x8825)
        gps[1], gps[2] = ("N" if lat >= 0 else "S"), dms(lat)
        gps[3], gps[4] = ("E" if lon >= 0 else "W"), dms(lon)
    img.save(path, "JPEG", exif=exif.tobytes())
    return path


from tests.sync.conftest import _module_hub, hub, network  # noqa: E402,F401 - a real hub on 127.0.0.1
