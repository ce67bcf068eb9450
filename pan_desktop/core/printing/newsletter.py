"""Monthly member e-newsletter of the Plastic Action Network: a fixed template filled with what changed in
one month — new and updated initiatives, events, policies and training-module updates — taken from the
records' ``created_at``/``updated_at`` (and event or issue dates) and the packs' ``updated`` date.

The masthead and the "About" box use only facts from the network's own seed documents."""

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
from pan_desktop.core.printing.record_parts import first_url, fmt_date, period
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
    events: list[Record] = field(default_factory=list)
    policies: list[Record] = field(default_factory=list)
    modules: list = field(default_factory=list)  # content packs

    @property
    def total(self) -> int:
        return sum(len(x) for x in (self.new_initiatives, self.updated_initiatives, self.events, self.policies, self.modules))


def check_month(month: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month or ""):
        raise ValidationError([Problem("month", "invalid", f"'{month}' is not a month; write it as YYYY-MM, e.g. 2025-06")])
    return month


def month_changes(services, month: str, packs=()) -> MonthChanges:
    """Collect the month's changes from ``services`` and the installed ``packs``."""
    check_month(month)
    out = MonthChanges(month)

    def touched(r: Record, *date_fields: str) -> bool:
        stamps = [str(r.meta.get("created_at") or ""), str(r.meta.get("updated_at") or "")]
        stamps += [str(r.get(f) or "") for f in date_fields]
        return any(s.startswith(month) for s in stamps)

    for r in _all(services.initiatives):
        if str(r.meta.get("created_at") or "").startswith(month):
            out.new_initiatives.append(r)
        elif str(r.meta.get("updated_at") or "").startswith(month):
            out.updated_initiatives.append(r)
    out.events = [r for r in _all(services.events) if touched(r, "start_date", "end_date")]
    out.policies = [r for r in _all(services.policies) if touched(r, "issued_date", "effective_date")]
    out.modules = [p for p in packs if str(getattr(p, "updated", "")).startswith(month)]
    return out


def _all(service) -> list[Record]:
    return service.list(ListQuery(limit=100_000, sort="-updated_at")).records


def build_newsletter(changes: MonthChanges, out: Path | str, options: PrintOptions,
                     progress: ProgressFn | None = None) -> PrintResult:
    """Write the newsletter for ``changes`` to ``out``."""
    styles = Styles(options)
    width = frame_width(options)
    year, month = int(changes.month[:4]), int(changes.month[5:])
    when = label("month_of", options.lang, month=f"{month:02d}", year=year, month_name=MONTHS_EN[month - 1])
    story: list = [_masthead(when, options, styles, width), gap(styles, 0.8)]
    sections = [
        ("new_initiatives", changes.new_initiatives, _initiative), ("updated_initiatives", changes.updated_initiatives, _initiative),
        ("events", changes.events, _event), ("policies", changes.policies, _policy), ("module_updates", changes.modules, _module),
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
            story.append(KeepTogether(render(item, options, styles)))
    story += [gap(styles, 1.0), _about(options, styles, width)]
    setup = PageSetup(f"{label('network', options.primary)} — {label('newsletter', options.primary)} {when}",
                      f"{label('newsletter', options.primary)} {changes.month}")
    return write_pdf(story, out, options, setup, styles, progress)


def _masthead(when: str, options: PrintOptions, styles: Styles, width: float) -> Table:
    pal = styles.palette
    name = Paragraph(markup(pick("Plastic Action Network", "Plastic Action Network", options)),
                     styles.scaled("title", 1.0, textColor=pal.accent, spaceAfter=2))
    sub = Paragraph(markup(f"{label('network', 'vi')} (PAN)" if options.lang != "en" else "PAN network"), styles.subtitle)
    right = Paragraph(f"<b>{markup(label('newsletter', options.lang))}</b><br/>{markup(when)}",
                      styles.scaled("body", 1.05, alignment=2))
    t = Table([[[name, sub], right]], colWidths=[width * 0.66, width * 0.34])
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


def _initiative(r: Record, options: PrintOptions, styles: Styles) -> list:
    meta = " · ".join(x for x in ("; ".join(r.get("organizations") or []), "; ".join(r.get("provinces") or []),
                                  period(r.get("start_date"), r.get("end_date"), options.primary)) if x)
    return _item(pick(r.get("title_vi") or "", r.get("title_en") or "", options), meta,
                 _snippet(r.get("summary_vi"), r.get("summary_en"), options), first_url(r.get("sources")), styles)


def _event(r: Record, options: PrintOptions, styles: Styles) -> list:
    meta = " · ".join(x for x in (period(r.get("start_date"), r.get("end_date"), options.primary), clean(r.get("location") or ""),
                                  "; ".join(r.get("organizations") or [])) if x)
    return _item(pick(r.get("title_vi") or "", r.get("title_en") or "", options), meta,
                 _snippet(r.get("summary_vi"), r.get("summary_en"), options), first_url(r.get("sources")), styles)


def _policy(r: Record, options: PrintOptions, styles: Styles) -> list:
    meta = " · ".join(x for x in (clean(r.get("number") or ""), clean(r.get("issuing_body") or ""),
                                  fmt_date(r.get("issued_date"), options.primary)) if x)
    return _item(pick(r.get("title_vi") or "", r.get("title_en") or "", options), meta,
                 _snippet(r.get("summary_vi"), r.get("summary_en"), options), first_url(r.get("sources")), styles)


def _module(pack, options: PrintOptions, styles: Styles) -> list:
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
