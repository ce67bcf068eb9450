"""How record values read on screen, in the current language (shared by the table and the detail pane)."""

from __future__ import annotations

import html
import re
from typing import Any

from pan_desktop.core.provinces import describe
from pan_desktop.core.services import Record
from pan_desktop.core.shared.schema import TABLES, FieldSpec
from pan_desktop.core.vocab import label


def field_text(spec: FieldSpec, value: Any, lang: str) -> str:
    """One field's value as plain text."""
    if value in (None, "", []):
        return ""
    if spec.kind == "bool":
        return ("có" if value else "không") if lang == "vi" else ("yes" if value else "no")
    if spec.kind == "choice":
        return label(spec.terms or {}, value, lang)
    if spec.kind == "list":
        if spec.name == "provinces":
            return "; ".join(describe(p, lang) for p in value)
        if spec.terms:
            return "; ".join(label(spec.terms, v, lang) for v in value)
        return "; ".join(value)
    if spec.kind == "ids":
        return ""  # never an id on screen: the detail pane shows related records by title
    return str(value)


def named_orgs(record: Record, names_field: str, labels: dict[str, tuple[str, str]], lang: str) -> str:
    """The organisations a record names in ``names_field``: the linked ones by name (``labels``: id ->
    (vi, en)), then the names held as text."""
    spec = TABLES[record.table]
    ids_field = next((ids for ids, names in spec.org_links if names == names_field), None)
    linked = [labels[i][0 if lang == "vi" else 1] for i in record.get(ids_field) or [] if i in labels] if ids_field else []
    raw = record.get(names_field)
    return "; ".join([*linked, *([raw] if isinstance(raw, str) and raw else raw or [])])


SOURCE_CODE = re.compile(r"\s*\([^()]*\b[0-9]{3}_[0-9a-f]{16}\)")  # "(source document 001_fa913b…)", in either language
RECORD_LINK = "record:{table}:{id}"


def source_text(value: str) -> str:
    """A source as a person reads it: the bundled document's title and date, without its file code."""
    return SOURCE_CODE.sub("", value)


def detail_html(record: Record, lang: str, titles: dict[str, str] | None = None, missing: str = "") -> str:
    """The record as HTML for the detail pane; every value is escaped. A related record shows as its title,
    a link that opens it (``titles`` maps ids to titles; ``missing`` names one not on this computer)."""
    spec = TABLES[record.table]
    other = "en" if lang == "vi" else "vi"
    title = html.escape(record.title(lang))
    subtitle = record.title(other)
    parts = [f"<h2 style='margin-bottom:2px'>{title}</h2>"]
    if subtitle and subtitle != record.title(lang):
        parts.append(f"<p style='color:#555;margin-top:0'><i>{html.escape(subtitle)}</i></p>")
    rows = []
    companions = {names: ids for ids, names in spec.org_links}  # shown in the row of their link
    skip = set(spec.title_fields) | set(companions)
    for f in spec.fields:
        if f.name in skip:
            continue
        value = record.get(f.name)
        names = record.get(f.names_field) if f.names_field else None
        names = ([names] if isinstance(names, str) else list(names or [])) if f.names_field else []
        if value in (None, "", [], False) and not names:
            continue
        if f.name.endswith("_" + other) and record.get(f.name[: -len(other)] + lang):
            continue  # the same text in the person's language is shown
        label_of = spec.field(f.names_field) if f.names_field else f  # a link reads as the names it replaces
        if f.kind == "ids":
            text = "<br>".join([*(f"<a href='{RECORD_LINK.format(table=f.target, id=html.escape(v))}'>"
                                  f"{html.escape(titles[v])}</a>" if titles and v in titles else html.escape(missing)
                                  for v in value or []), *(html.escape(n) for n in names)])
        elif f.kind == "list" and f.name in ("outputs", "sources"):
            shown = [source_text(v) for v in value] if f.name == "sources" else value
            text = "<div>" + "".join(f"<div style='margin-bottom:3px'>• {html.escape(v)}</div>" for v in shown) + "</div>"
        else:
            text = html.escape(field_text(f, value, lang)).replace("\n", "<br>")
        rows.append(f"<tr><td style='color:#444;padding:3px 10px 3px 0;vertical-align:top;white-space:nowrap'><b>"
                    f"{html.escape(label_of.label(lang))}</b></td><td style='padding:3px 0'>{text}</td></tr>")
    parts.append("<table>" + "".join(rows) + "</table>")
    return "".join(parts)
