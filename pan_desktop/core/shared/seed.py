"""The bundled records (``core/seed/records.yaml``): the same public rows on every device and on the hub.

They carry fixed ids, the seed stamp and the bundle's date, so loading them twice, or on two machines,
gives the same rows.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from pan_desktop.core.shared.protocol import PUBLIC_ORG
from pan_desktop.core.shared.schema import TABLES

SEED_ORG = PUBLIC_ORG
SEED_HLC = "0000000000000-0000-seed"
# Bundled records carry the bundle's date, not the day a device loaded them (a monthly newsletter
# must not list them as new); their ids encode the same instant.
SEED_TIME = "2025-01-01T00:00:00.000000Z"


@lru_cache(maxsize=1)
def bundled_records() -> dict[str, list[dict[str, Any]]]:
    """The bundled records by table, as in ``core/seed/records.yaml``."""
    import yaml

    text = resources.files("pan_desktop.core.seed").joinpath("records.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return {table: raw.get(table, []) for table in TABLES}
