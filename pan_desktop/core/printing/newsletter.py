"""Monthly member e-newsletter of the Plastic Action Network: a fixed template filled with one month's news
— new initiatives, initiatives changed in substance, coming events, new or updated training modules, and
policy news.

"New" is a record created that month; "updated" is one whose substance (title, summary, description,
status, dates, results, organisations, places...) changed that month, read from the per-field change
stamps — so re-tagging a theme, fixing a source or a sync that touches a row does not make news. The
masthead of a Vietnamese issue is Vietnamese, the English name under it. The masthead and the "About" box
use only facts from the network's own seed documents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from pan_desktop.core.errors import Problem, ValidationError
from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import gap, pick
from pan_desktop.core.printing.labels import MONTHS_EN, label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import OrgNames, first_url, fmt_date, period, place_names
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.services.records import ListQuery, Record

SNIPPET = 360
# From the seed document "Plastic Action Network – Are you ready to join us?" (English original, our Vietnamese).
ABOUT = (
    "Mạng lưới PAN được chính thức thành lập ngày 1/3/2019 trong khuôn khổ dự án PAN, với mục tiêu hợp tác giải "
    "quyết vấn đề rác thải nhựa. Mạng lưới là diễn đàn mở để các thành viên trao đổi thông tin, hợp tác và hỗ trợ "
    "nhau trong các vấn đề liên quan đến rác thải nhựa.",
    "The PAN network was officially established on 1st March, 2019 under PAN project with an aim of cooperation "
    "for solving plastic waste problem. The network has become an open forum for members to exchange information, "
    "cooperate and support each other in related problem of plastic waste.",
)


@dataclass
class MonthChanges:
    """What changed in one month, by section."""

    month: str
    new_initiatives: list[Record] = field(default_factory=list)
    updated_initiatives: list[Record] = field(default_factory=list)
    events: list[Record] = field(default_factory=list)  # coming: from the first of the month on, soonest first
    policies: list[Record] = field(default_factory=list)
    modules: list = field(default_factory=list)  # content packs

    @property
    def total(self) -> int:
        return sum(len(x) for x in (self.new_initiatives, self.updated_initiatives, self.events, self.policies, self.modules))


def check_month(month: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month or ""):
        raise ValidationError([Problem("month", "invalid", f"'{month}' is not a month; write it as YYYY-MM, e.g. 2025-06")])
    return month


# Fields whose change is news; the others (kind, themes, audiences, sources, links) are bookkeeping.
SUBSTANCE = {
    "initiatives": ("title_vi", "title_en", "summary_vi", "summary_en", "description_vi", "description_en", "status",
                    "start_date", "end_date", "outputs", "lessons_vi", "lessons_en", "organization_ids", "organizations", "funder_ids", "funders",
                    "provinces"),
    "policies": ("title_vi", "title_en", "summary_vi", "summary_en", "status", "number", "issuer_ids", "issuing_body", "issued_date",
                 "effective_date", "provinces"),
    "events": ("title_vi", "title_en", "summary_vi", "summary_en", "start_date", "end_date", "location", "lessons_vi",
               "lessons_en"),
}
MAX_EVENTS = 12


def month_changes(services, month: str, packs=()) -> MonthChanges:
    """Collect the month's news from ``services`` and the installed ``packs``."""
    check_month(month)
    out = MonthChanges(month)
    for r in _all(services, "initiatives"):
        if _created_in(r, month):
            out.new_initiatives.append(r)
        elif changed_in(r, month):
            out.updated_initiatives.append(r)
    coming = [r for r in _all(services, "events") if str(r.get("start_date") or "")[:7] >= month]
    out.events = sorted(coming, key=lambda r: str(r.get("start_date") or ""))[:MAX_EVENTS]
    out.policies = [r for r in _all(services, "policies") if _created_in(r, month) or changed_in(r, month)
                    or any(str(r.get(f) or "").startswith(month) for f in ("issued_date", "effective_date"))]
    out.modules = [p for p in packs if str(getattr(p, "updated", "")).startswith(month)]
    return out


def _created_in(r: Record, month: str) -> bool:
    return str(r.meta.get("created_at") or "").startswith(month)


def changed_in(r: Record, month: str) -> bool:
    """Whether a field of substance was changed in ``month`` (by its change stamp's wall time, UTC)."""
    from datetime import datetime, timezone

    from pan_desktop.core.shared.clock import Stamp

    stamps = r.get("field_revs") or {}
    for name in SUBSTANCE.get(r.table, ()):
        stamp = stamps.get(name)
        if not stamp:
            continue
        try:
            wall = Stamp.parse(stamp).wall_ms
        except (ValueError, TypeError):
            continue
        if wall and datetime.fromtimestamp(wall / 1000, timezone.utc).strftime("%Y-%m") == month:
            return True
    return False


def _all(services, table: str) -> list[Record]:
    """Every live record of ``table``, with its per-field change stamps."""
    service = services.records[table]
    return service.list(ListQuery(limit=100_000, sort="-updated_at"), columns=(*service.spec.names, "field_revs")).records


def build_newsletter(changes: MonthChanges, out: Path | str, options: PrintOptions,
                     progress: ProgressFn | None = None, services=None) -> PrintResult:
    """Write the newsletter for ``changes`` to ``out``; with ``services`` organisations are named as their
    records name them, in the issue's language."""
    styles = Styles(options)
    orgs = OrgNames(services)
    width = frame_width(options)
    year, month = int(changes.month[:4]), int(changes.month[5:])
    when = label("month_of", options.lang, month=f"{month:02d}", year=year, month_name=MONTHS_EN[month - 1])
    story: list = [_masthead(when, options, styles, width), gap(styles, 0.8)]
    sections = [
        ("new_initiatives", changes.new_initiatives, _initiative), ("updated_initiatives", changes.updated_initiatives, _initiative),
        ("coming_events", changes.events, _event), ("module_updates", changes.modules, _module),
        ("policy_news", changes.policies, _policy),
    ]
    present = [(k, items) for k, items, _ in sections if items]
    if present:
        summary = " · ".join(f"{label(k, options.lang)}: {len(items)}" for k, items in present)
        story += [Paragraph(f"<b>{markup(label('in_this_issue', options.lang))}:</b> {markup(summary)}", styles.body)]
    else:
        story.append(Paragraph(markup(label("nothing_new", options.lang)), styles.body))
    for key, items, render in sections:
        if not items:
            continue
        story.append(Paragraph(markup(label(key, options.lang)), styles.h1))
        for item in items:
            story.append(KeepTogether(render(item, options, styles, orgs)))
    story += [gap(styles, 1.0), _about(options, styles, width)]
    setup = PageSetup(f"{label('network', options.primary)} — {label('newsletter', options.primary)} {when}",
                      f"{label('newsletter', options.primary)} {changes.month}")
    return write_pdf(story, out, options, setup, styles, progress)


def _masthead(when: str, options: PrintOptions, styles: Styles, width: float) -> Table:
    """The network's name in the issue's language, large; a Vietnamese issue has the English name under it."""
    pal = styles.palette
    big = styles.scaled("title", 0.9, textColor=pal.accent, spaceAfter=2, keepWithNext=0)
    name = Paragraph(markup(label("network", options.primary)), big)
    sub = Paragraph(markup("Plastic Action Network (PAN)" if options.primary == "vi" else "PAN network"),
                    styles.scaled("subtitle", 1.0, spaceAfter=0, keepWithNext=0))
    right = Paragraph(f"<b>{markup(label('newsletter', options.lang))}</b><br/>{markup(when)}",
                      styles.scaled("body", 1.05, alignment=2))
    t = Table([[[name, sub], right]], colWidths=[width * 0.74, width * 0.26])
    t.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, 0), 2.5, pal.accent),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, pal.accent), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _snippet(vi: str, en: str, options: PrintOptions) -> str:
    text = re.sub(r"\s+", " ", pick(vi or "", en or "", options, " — "))
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rsplit(" ", 1)[0] + " …"


def _item(title: str, meta: str, text: str, url: str | None, styles: Styles) -> list:
    out = [Paragraph(markup(title), styles.h3)]
    if meta:
        out.append(Paragraph(markup(meta), styles.small))
    if text:
        out.append(Paragraph(markup(text), styles.body))
    if url:
        out.append(Paragraph(markup(url), styles.small))
    return out


def _initiative(r: Record, options: PrintOptions, styles: Styles, orgs: OrgNames) -> list:
    meta = " · ".join(x for x in ("; ".join(orgs.of(r, "organizations", options)),
                                  "; ".join(place_names(r.get("provinces"), options.primary)),
                                  period(r.get("start_date"), r.get("end_date"), options.primary)) if x)
    return _item(pick(r.get("title_vi") or "", r.get("title_en") or "", options), meta,
                 _snippet(r.get("summary_vi"), r.get("summary_en"), options), first_url(r.get("sources")), styles)


def _event(r: Record, options: PrintOptions, styles: Styles, orgs: OrgNames) -> list:
    meta = " · ".join(x for x in (period(r.get("start_date"), r.get("end_date"), options.primary), clean(r.get("location") or ""),
                                  "; ".join(orgs.of(r, "organizations", options))) if x)
    return _item(pick(r.get("title_vi") or "", r.get("title_en") or "", options), meta,
                 _snippet(r.get("summary_vi"), r.get("summary_en"), options), first_url(r.get("sources")), styles)


def _policy(r: Record, options: PrintOptions, styles: Styles, orgs: OrgNames) -> list:
    meta = " · ".join(x for x in (clean(r.get("number") or ""), "; ".join(orgs.of(r, "issuing_body", options)),
                                  fmt_date(r.get("issued_date"), options.primary)) if x)
    return _item(pick(r.get("title_vi") or "", r.get("title_en") or "", options), meta,
                 _snippet(r.get("summary_vi"), r.get("summary_en"), options), first_url(r.get("sources")), styles)


def _module(pack, options: PrintOptions, styles: Styles, orgs: OrgNames) -> list:
    meta = f"{label('version', options.lang, version=pack.version)} · {fmt_date(pack.updated, options.primary)}"
    return _item(pick(pack.title.vi, pack.title.en, options), meta, _snippet(pack.summary.vi, pack.summary.en, options),
                 None, styles)


def _about(options: PrintOptions, styles: Styles, width: float) -> Table:
    pal = styles.palette
    cell = [Paragraph(markup(label("about_pan", options.lang)), styles.h3)]
    for lang in options.langs:
        cell.append(Paragraph(markup(ABOUT[0] if lang == "vi" else ABOUT[1]),
                              styles.second if (options.lang == "both" and lang == "en") else styles.small))
    t = Table([[cell]], colWidths=[width])
    t.setStyle(TableStyle([CELL_FONT, ("BACKGROUND", (0, 0), (-1, -1), pal.tint), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t
