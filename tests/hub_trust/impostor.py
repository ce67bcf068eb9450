"""An impostor hub on 127.0.0.1: a copy of the real hub's database (it knows every device, the hub id,
the epoch and every row) running the real hub code, with one thing it cannot copy: the signing key.
That is the strongest impostor a café Wi-Fi can put at the hub's address."""

from __future__ import annotations

import base64
from pathlib import Path

from nacl.signing import SigningKey
from sqlalchemy import update

from pan_desktop.core.models import SyncLink
from pan_desktop.hub.models import Meta
from tests.sync.hubserver import HubServer, _copy_db


def start_impostor(real, folder: Path, new_epoch: bool = False) -> HubServer:
    path = Path(folder) / "impostor.db"
    _copy_db(real.db_path, path)
    server = HubServer(path)
    with server.store.write() as s:
        key = base64.b64encode(bytes(SigningKey.generate())).decode()
        s.execute(update(Meta).where(Meta.key == "signing_key").values(value=key))
    server.store._meta_cache.clear()
    if new_epoch:
        server.store.new_epoch()
    return server.start()


def point_at(device, url: str) -> None:
    """What a hostile network does to a device (a test device, or its services): its hub's address now
    answers from ``url``."""
    services = getattr(device, "services", device)
    with services.db.write() as s:
        s.execute(update(SyncLink).values(hub_url=url))
