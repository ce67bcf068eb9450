"""Initiative factsheet: one or two pages on one initiative, with a QR code to its source."""

from __future__ import annotations

from pathlib import Path

from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import pick, rule
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import (bullets, facts_panel, field_label, first_url, long_text, period,
                                                    record_version, section, term_text, title_block)
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.services.records import Record


def build_factsheet(record: Record, out: Path | str, options: PrintOptions,
                    progress: ProgressFn | None = None, services=None) -> PrintResult:
    """Write the factsheet of initiative ``record`` to ``out``."""
    styles = Styles(options)
    width = frame_width(options)
    v = record.values
    t = "initiatives"
    facts = [
        (field_label(t, "kind", options), term_text(t, "kind", v.get("kind"), options)),
        (field_label(t, "status", options), term_text(t, "status", v.get("status"), options)),
        (pick("Thời gian", "Period", options), period(v.get("start_date"), v.get("end_date"), options.primary)),
        (field_label(t, "provinces", options), "; ".join(v.get("provinces") or [])),
        (field_label(t, "organizations", options), "; ".join(v.get("organizations") or [])),
        (field_label(t, "funders", options), "; ".join(v.get("funders") or [])),
        (field_label(t, "themes", options), term_text(t, "themes", v.get("themes"), options)),
        (field_label(t, "audiences", options), term_text(t, "audiences", v.get("audiences"), options)),
    ]
    story: list = title_block("factsheet", v.get("title_vi") or "", v.get("title_en") or "", options, styles)
    story.append(facts_panel(facts, styles, width, options, first_url(v.get("sources"))))
    for key, vi, en in (("summary", "summary_vi", "summary_en"), ("description", "description_vi", "description_en"),
                        ("lessons_learned", "lessons_vi", "lessons_en")):
        body = long_text(v.get(vi) or "", v.get(en) or "", styles, options)
        if body:
            story += [section(key, options, styles), *body]
        if key == "description" and v.get("outputs"):
            story += [section("outputs", options, styles), bullets(v.get("outputs"), styles)]
    if v.get("sources"):
        story += [rule(styles), section("sources", options, styles), bullets(v.get("sources"), styles)]
    setup = PageSetup(record.title(options.primary), record_version(record, options))
    return write_pdf([f for f in story if f is not None], out, options, setup, styles, progress)

