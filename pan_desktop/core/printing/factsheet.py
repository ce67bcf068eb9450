"""Initiative factsheet: one or two pages on one initiative, every field in the print language, with a QR
code to its source when it has a web address. Long lists and texts run over as many pages as they need,
laid out in time proportional to their length."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import rule
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import (OrgNames, bullets, facts_panel, field_label, first_url, listed,
                                                    long_text, panel_list, period, place_names, record_version, section,
                                                    term_text, title_block)
from pan_desktop.core.printing.safe_text import markup
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.services.records import Record


def build_factsheet(record: Record, out: Path | str, options: PrintOptions,
                    progress: ProgressFn | None = None, services=None) -> PrintResult:
    """Write the factsheet of initiative ``record`` to ``out``; with ``services`` the organisations are
    named as their records name them, in the print language."""
    styles = Styles(options)
    width = frame_width(options)
    v = record.values
    t = "initiatives"
    orgs = OrgNames(services)
    lists = {"organizations": orgs.of(v, "organizations", options), "funders": orgs.of(v, "funders", options),
             "provinces": place_names(v.get("provinces"), options.primary)}
    below: list[tuple[str, list[str]]] = []
    panel_text = {}
    for key, items in lists.items():
        panel_text[key], long_items = panel_list(key, items, options)
        if long_items:
            below.append((key, long_items))
    facts = [
        (field_label(t, "kind", options), term_text(t, "kind", v.get("kind"), options)),
        (field_label(t, "status", options), term_text(t, "status", v.get("status"), options)),
        (label("period", options.lang), period(v.get("start_date"), v.get("end_date"), options.primary)),
        (field_label(t, "provinces", options), panel_text["provinces"]),
        (field_label(t, "organizations", options), panel_text["organizations"]),
        (field_label(t, "funders", options), panel_text["funders"]),
        (field_label(t, "themes", options), term_text(t, "themes", v.get("themes"), options)),
        (field_label(t, "audiences", options), term_text(t, "audiences", v.get("audiences"), options)),
    ]
    warnings: list[str] = []
    story: list = title_block("factsheet", v.get("title_vi") or "", v.get("title_en") or "", options, styles)
    story.append(facts_panel(facts, styles, width, options, first_url(v.get("sources"))))
    for key, vi, en in (("summary", "summary_vi", "summary_en"), ("description", "description_vi", "description_en"),
                        ("lessons_learned", "lessons_vi", "lessons_en")):
        body = long_text(v.get(vi) or "", v.get(en) or "", styles, options)
        if body:
            story += [section(key, options, styles), *body]
        if key == "description" and v.get("outputs"):
            story += listed("outputs", v.get("outputs"), options, styles, warnings)
    for key, items in below:
        story += [Paragraph(markup(field_label(t, key, options)), styles.h2), bullets(items, styles)]
    if v.get("sources"):
        story += [rule(styles), *listed("sources", v.get("sources"), options, styles, warnings)]
    setup = PageSetup(record.title(options.primary), record_version(record, options))
    return write_pdf([f for f in story if f is not None], out, options, setup, styles, progress, warnings=warnings)
