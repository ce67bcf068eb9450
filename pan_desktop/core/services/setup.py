"""``pan-desktop init``: create or migrate the data dir, load the network's bundled records and content.

Bundled records are the same on every device and on the hub, so they are loaded like data pulled from
the hub (origin ``seed``, no outbox entry): a device never pushes them back. Records already present are
left as they are, so a person's edits survive a second ``init``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from sqlalchemy import select

from pan_desktop.core.models import RECORD_MODELS
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.seed import SEED_ORG, bundled_records
from pan_desktop.core.shared.validation import clean_values

log = logging.getLogger(__name__)


@dataclass
class InitReport:
    data_dir: str
    loaded: dict[str, int] = field(default_factory=dict)
    present: dict[str, int] = field(default_factory=dict)
    content: list[str] = field(default_factory=list)
    content_changed: bool = False

    def lines(self) -> list[str]:
        out = [f"data folder: {self.data_dir}"]
        for table in TABLES:
            out.append(f"{table}: {self.loaded.get(table, 0)} loaded, {self.present.get(table, 0)} already present")
        out.extend(self.content)
        return out


def load_bundled_records(services) -> tuple[dict[str, int], dict[str, int]]:
    """Insert the bundled records that are not there yet; returns (loaded, already present) per table."""
    loaded: dict[str, int] = {}
    present: dict[str, int] = {}
    with services.db.write() as s:
        writer = ChangeWriter(s, "seed", "PAN")
        for table, items in bundled_records().items():
            model = RECORD_MODELS[table]
            existing = set(s.execute(select(model.id).where(model.id.in_([i["id"] for i in items]))).scalars())
            present[table] = len(existing)
            loaded[table] = 0
            for item in items:
                if item["id"] in existing:
                    continue
                values = {k: v for k, v in item.items() if k != "id"}
                writer.create(table, clean_values(TABLES[table], values), record_id=item["id"],
                              org_id=SEED_ORG, visibility="public")
                loaded[table] += 1
        writer.flush()
    return loaded, present


def initialise(services) -> InitReport:
    """Everything ``init`` does; safe to run any number of times."""
    from pan_desktop.core.content import install_bundled

    report = InitReport(str(services.data_dir))
    report.loaded, report.present = load_bundled_records(services)
    results = install_bundled(services.data_dir)
    report.content = [r.describe() for r in results]
    report.content_changed = any(r.status != "unchanged" for r in results)
    return report
