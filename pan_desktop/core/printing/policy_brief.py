"""Policy brief: one policy's key facts, summary, related initiatives and sources, with a QR code."""

from __future__ import annotations

from pathlib import Path

from pan_desktop.core.errors import NotFound
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import pick, rule
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import (bullets, facts_panel, field_label, first_url, fmt_date, long_text,
                                                    record_version, section, term_text, title_block)
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.services.records import Record


def build_policy_brief(record: Record, out: Path | str, options: PrintOptions, services=None,
                       progress: ProgressFn | None = None) -> PrintResult:
    """Write the brief of policy ``record``; ``services`` (optional) names the related initiatives."""
    styles = Styles(options)
    v = record.values
    t = "policies"
    facts = [
        (field_label(t, "policy_type", options), term_text(t, "policy_type", v.get("policy_type"), options)),
        (field_label(t, "number", options), v.get("number") or ""),
        (field_label(t, "issuing_body", options), v.get("issuing_body") or ""),
        (field_label(t, "issued_date", options), fmt_date(v.get("issued_date"), options.primary)),
        (field_label(t, "effective_date", options), fmt_date(v.get("effective_date"), options.primary)),
        (field_label(t, "status", options), term_text(t, "status", v.get("status"), options)),
        (field_label(t, "provinces", options), "; ".join(v.get("provinces") or [])),
        (field_label(t, "themes", options), term_text(t, "themes", v.get("themes"), options)),
    ]
    story: list = title_block("policy_brief", v.get("title_vi") or "", v.get("title_en") or "", options, styles)
    story.append(facts_panel(facts, styles, frame_width(options), options, first_url(v.get("sources"))))
    body = long_text(v.get("summary_vi") or "", v.get("summary_en") or "", styles, options)
    if body:
        story += [section("summary", options, styles), *body]
    related = _related_titles(services, v.get("initiative_ids") or [], options)
    if related:
        story += [section("related_initiatives", options, styles), bullets(related, styles)]
    if v.get("sources"):
        story += [rule(styles), section("sources", options, styles), bullets(v.get("sources"), styles)]
    setup = PageSetup(record.title(options.primary), record_version(record, options))
    return write_pdf([f for f in story if f is not None], out, options, setup, styles, progress)


def _related_titles(services, ids: list[str], options: PrintOptions) -> list[str]:
    if services is None:
        return []
    titles = []
    for rid in ids:
        try:
            r = services.initiatives.get(rid)
        except NotFound:
            continue
        titles.append(pick(r.get("title_vi") or "", r.get("title_en") or "", options))
    return titles
