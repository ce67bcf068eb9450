"""Photos of a visit: stored by SHA-256 in the data folder, with a copy of at most 1600 px on the long edge
that is what syncs. The EXIF time and GPS position are kept in the copy and read into the record; a
photo taken more than 1 km from a site with coordinates is flagged.
"""

from __future__ import annotations

import hashlib
import io
import math
from dataclasses import dataclass
from pathlib import Path

from pan_desktop.core.files import write_atomic
from pan_desktop.core.sites.errors import SiteInputError

MAX_EDGE = 1600
MAX_INPUT_BYTES = 40 * 1024 * 1024  # a camera's largest JPEG is far below this
FAR_METRES = 1000.0
PHOTOS_DIR = "photos"
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATETIME_ORIGINAL, _DATETIME, _ORIENTATION = 0x9003, 0x0132, 0x0112


@dataclass(frozen=True)
class PhotoInfo:
    sha256: str  # of the stored copy: what syncs and what the hub verifies
    original_sha256: str
    size: int
    width: int
    height: int
    taken_at: str  # "YYYY-MM-DDTHH:MM:SS" (camera local time) or ""
    lat: float | None
    lon: float | None


def photos_dir(data_dir: Path) -> Path:
    return Path(data_dir) / PHOTOS_DIR


def photo_path(data_dir: Path, sha256: str) -> Path:
    """Where the copy with this hash is kept (two-letter folders keep directories small)."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise SiteInputError(f"'{sha256[:70]}' is not a photo hash.", code="sites.bad_photo", file=sha256[:70])
    return photos_dir(data_dir) / sha256[:2] / f"{sha256}.jpg"


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(a)))


def store_photo(data_dir: Path, source: Path) -> PhotoInfo:
    """Keep the original and a ≤1600 px copy (EXIF kept) under the data folder, each named by its SHA-256.

    Refuses what is not a readable image, without storing anything."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    source = Path(source)
    try:
        raw = source.read_bytes() if source.stat().st_size <= MAX_INPUT_BYTES else None
    except OSError:
        raise SiteInputError(f"Cannot read the photo {source}.", code="sites.bad_photo", file=source.name) from None
    if raw is None:
        raise SiteInputError(f"The photo {source} is larger than {MAX_INPUT_BYTES // 2**20} MB.",
                             code="sites.photo_too_big", file=source.name, limit_mb=MAX_INPUT_BYTES // 2**20)
    try:
        with Image.open(io.BytesIO(raw)) as img:
            img.load()
            exif = img.getexif()
            taken, lat, lon = read_exif(exif)
            img = ImageOps.exif_transpose(img)
            if max(img.size) > MAX_EDGE:
                img.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
            exif[_ORIENTATION] = 1  # the copy is already turned upright
            out = io.BytesIO()
            img.convert("RGB").save(out, "JPEG", quality=85, exif=exif.tobytes())
            width, height = img.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        raise SiteInputError(f"{source} is not a photo this app can read (JPEG or PNG).",
                             code="sites.bad_photo", file=source.name) from None
    copy = out.getvalue()
    sha = hashlib.sha256(copy).hexdigest()
    original_sha = hashlib.sha256(raw).hexdigest()
    _write_once(photo_path(data_dir, sha), copy)
    _write_once(photos_dir(data_dir) / "originals" / original_sha[:2] / f"{original_sha}{source.suffix.lower()[:6]}", raw)
    return PhotoInfo(sha, original_sha, len(copy), width, height, taken, lat, lon)


def _write_once(path: Path, data: bytes) -> None:
    """Write ``data`` atomically unless a file with the same content (same hash) is there already."""
    if path.is_file() and path.stat().st_size == len(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


def read_exif(exif) -> tuple[str, float | None, float | None]:
    """The time the photo was taken and its GPS position, from Pillow's EXIF; blanks where absent or garbled."""
    taken = ""
    try:
        raw = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME) or ""
        if isinstance(raw, bytes):
            raw = raw.decode("ascii", "replace")
        raw = str(raw).strip("\x00 ")
        if len(raw) >= 19 and raw[4] == ":" and raw[7] == ":":
            taken = f"{raw[:4]}-{raw[5:7]}-{raw[8:10]}T{raw[11:19]}"
    except (AttributeError, KeyError, ValueError, TypeError):
        taken = ""
    lat = lon = None
    try:
        gps = exif.get_ifd(_GPS_IFD)
        if gps and 2 in gps and 4 in gps:
            lat = _degrees(gps[2], gps.get(1, "N"), "S")
            lon = _degrees(gps[4], gps.get(3, "E"), "W")
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                lat = lon = None
    except (AttributeError, KeyError, ValueError, TypeError, ZeroDivisionError, IndexError):
        lat = lon = None
    return taken, lat, lon


def _degrees(dms, ref, negative: str) -> float:
    d, m, s = (float(x) for x in dms)
    value = d + m / 60 + s / 3600
    ref = ref.decode() if isinstance(ref, bytes) else str(ref)
    return -value if ref.strip().upper() == negative else value


def far_from(site_lat: float | None, site_lon: float | None, lat: float | None, lon: float | None) -> tuple[float | None, bool]:
    """Distance from the site in metres and whether it is over 1 km (None / False when either has no position)."""
    if None in (site_lat, site_lon, lat, lon):
        return None, False
    d = distance_m(site_lat, site_lon, lat, lon)
    return d, d > FAR_METRES
