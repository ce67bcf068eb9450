"""Policy brief, one to two pages: what the policy is and who issued it, what it asks of whom, what it means
for PAN members (junk shops, factories, communities), the initiatives and events in the database on the
same themes or provinces, and the sources.

The summary's first paragraph says what the policy is; its further paragraphs, what it asks and of whom.
Everything else comes from the database and the installed training material, so the brief says only what
the records say."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import KeepTogether, Paragraph

from pan_desktop.core.errors import NotFound
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import pick, rule
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import (OrgNames, facts_panel, field_label, first_url, fmt_date, listed,
                                                    long_text, panel_list, period, place_names, record_version, section,
                                                    term_text, title_block)
from pan_desktop.core.printing.safe_text import clean, markup
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.services.records import ListQuery, Record
from pan_desktop.core.text import fold

MAX_INITIATIVES = 8
MAX_EVENTS = 4
# PAN's members on the ground, and the audience codes that stand for them.
MEMBER_GROUPS = (("junk_shops", ("junk-shops",)), ("factories", ("factories",)),
                 ("communities", ("communities", "households", "consumers", "tourists")))


@dataclass(frozen=True)
class Related:
    """An initiative or event related to the policy, and why (linked, same themes, same provinces)."""

    record: Record
    linked: bool
    themes: tuple[str, ...]
    provinces: tuple[str, ...]


def build_policy_brief(record: Record, out: Path | str, options: PrintOptions, services=None,
                       progress: ProgressFn | None = None, packs=()) -> PrintResult:
    """Write the brief of policy ``record``; ``services`` finds the related initiatives and events, ``packs``
    the training material to point members to."""
    styles = Styles(options)
    width = frame_width(options)
    v = record.values
    t = "policies"
    orgs = OrgNames(services)
    issuer = "; ".join(orgs.of(v, "issuing_body", options))
    places, _ = panel_list("provinces", place_names(v.get("provinces"), options.primary), options)
    facts = [
        (field_label(t, "policy_type", options), term_text(t, "policy_type", v.get("policy_type"), options)),
        (field_label(t, "number", options), clean(v.get("number") or "")),
        (field_label(t, "issuing_body", options), issuer),
        (field_label(t, "issued_date", options), fmt_date(v.get("issued_date"), options.primary)),
        (field_label(t, "effective_date", options), fmt_date(v.get("effective_date"), options.primary)),
        (field_label(t, "status", options), term_text(t, "status", v.get("status"), options)),
        (field_label(t, "provinces", options), places),
        (field_label(t, "themes", options), term_text(t, "themes", v.get("themes"), options)),
    ]
    story: list = title_block("policy_brief", v.get("title_vi") or "", v.get("title_en") or "", options, styles)
    story.append(facts_panel(facts, styles, width, options, first_url(v.get("sources"))))
    what, asks = _summary_parts(v, styles, options)
    story += [section("brief_what", options, styles), _lead(record, issuer, options, styles), *what]
    initiatives = related(services, "initiatives", record, MAX_INITIATIVES * 3)
    events = related(services, "events", record, MAX_EVENTS, [r.record.id for r in initiatives])
    audiences = sorted({a for r in initiatives if r.linked for a in r.record.get("audiences") or []})
    if asks or audiences:
        story.append(section("brief_asks", options, styles))
        story += asks
        if audiences:
            story.append(Paragraph(f"<b>{markup(label('brief_audiences', options.lang))}:</b> "
                                   f"{markup(term_text('initiatives', 'audiences', audiences, options))}", styles.body))
    story += [section("brief_members", options, styles), *_for_members(initiatives, packs, options, styles)]
    if initiatives:
        story.append(section("brief_initiatives", options, styles))
        for r in initiatives[:MAX_INITIATIVES]:
            story += _related_item(r, orgs, options, styles)
        if len(initiatives) > MAX_INITIATIVES:
            story.append(Paragraph(markup(label("and_more", options.lang, n=len(initiatives) - MAX_INITIATIVES)), styles.small))
    if events:
        story.append(section("brief_events", options, styles))
        for r in events:
            story += _related_item(r, orgs, options, styles)
    warnings: list[str] = []
    if v.get("sources"):
        story += [rule(styles), *listed("sources", v.get("sources"), options, styles, warnings)]
    setup = PageSetup(record.title(options.primary), record_version(record, options))
    return write_pdf([f for f in story if f is not None], out, options, setup, styles, progress, warnings=warnings)


def _summary_parts(v, styles: Styles, options: PrintOptions) -> tuple[list, list]:
    """The summary's first paragraph (what the policy is) and the rest (what it asks of whom)."""
    first = {lang: _paragraphs(v.get(f"summary_{lang}") or "") for lang in ("vi", "en")}
    what = long_text((first["vi"] or [""])[0], (first["en"] or [""])[0], styles, options)
    asks = long_text("\n\n".join(first["vi"][1:]), "\n\n".join(first["en"][1:]), styles, options)
    return what, asks


def _paragraphs(text: str) -> list[str]:
    import re

    return [p.strip() for p in re.split(r"\n\s*\n", clean(text)) if p.strip()]


def _lead(record: Record, issuer: str, options: PrintOptions, styles: Styles) -> Paragraph:
    """One sentence from the facts: "<title> is a <type> issued by <body>, number …, on …"."""
    v = record.values
    lang = options.primary
    kind = (term_text("policies", "policy_type", v.get("policy_type"), PrintOptions(lang=lang))
            or label("brief_document", lang)).lower()
    if lang == "en":
        kind = ("an " if kind[:1] in "aeiou" else "a ") + kind
    sentence = label("brief_lead", lang, title=clean(record.title(lang)), kind=kind)
    if issuer:
        sentence += " " + label("brief_by", lang, body=issuer)
    for key, value in (("brief_number", clean(v.get("number") or "")), ("brief_on", fmt_date(v.get("issued_date"), lang))):
        if value:
            sentence += ", " + label(key, lang, number=value, date=value)
    return Paragraph(markup(sentence + "."), styles.body)



def related(services, table: str, policy: Record, limit: int, via_initiatives: list[str] = ()) -> list[Related]:
    """Records of ``table`` the policy links to (or that link to the given initiatives), then those on the
    same themes, then in the same provinces; each once, at most ``limit``."""
    if services is None:
        return []
    v = policy.values
    themes, places = list(v.get("themes") or []), list(v.get("provinces") or [])
    service = services.records[table]
    found: dict[str, Related] = {}
    linked_ids = list(v.get("initiative_ids") or []) if table == "initiatives" else []
    for rid in linked_ids:
        try:
            r = service.get(rid)
        except NotFound:
            continue
        found[r.id] = Related(r, True, _shared(r.get("themes"), themes), ())
    if via_initiatives:
        for r in service.list(ListQuery(limit=2000, sort="-start_date")).records:
            if set(r.get("initiative_ids") or []) & set(via_initiatives) and r.id not in found:
                found[r.id] = Related(r, True, _shared(r.get("themes"), themes), ())
    for theme in themes:
        for r in service.list(ListQuery(theme=theme, limit=limit * 4, sort="-start_date")).records:
            if r.id not in found:
                found[r.id] = Related(r, False, _shared(r.get("themes"), themes), ())
    for place in places:
        for r in service.list(ListQuery(province=place, limit=limit * 4, sort="-start_date")).records:
            if r.id not in found:
                found[r.id] = Related(r, False, (), (place,))
    ranked = sorted(found.values(), key=lambda x: (not x.linked, -len(x.themes), fold(x.record.title("vi"))))
    return ranked[:limit]


def _shared(values, wanted) -> tuple[str, ...]:
    return tuple(x for x in (values or []) if x in wanted)


def _for_members(initiatives: list[Related], packs, options: PrintOptions, styles: Styles) -> list:
    """For each group of members on the ground, the related initiatives aimed at them and the training
    material in PAN Desktop written for them."""
    out = []
    for key, codes in MEMBER_GROUPS:
        aimed = [r.record for r in initiatives if set(r.record.get("audiences") or []) & set(codes)]
        material = [p for p in packs if set(getattr(p, "audience", ()) or ()) & set(codes)]
        sentences = []
        if aimed:
            titles = "; ".join(pick(r.get("title_vi") or "", r.get("title_en") or "", options) for r in aimed[:4])
            sentences.append(label("brief_aimed", options.lang, titles=titles))
        else:
            sentences.append(label("brief_none_aimed", options.lang))
        if material:
            names = "; ".join(f"“{pick(p.title.vi, p.title.en, options)}”" for p in material)
            sentences.append(label("brief_material", options.lang, names=names))
        out.append(Paragraph(f"<b>{markup(label('group_' + key, options.lang))}.</b> {markup(' '.join(sentences))}",
                             styles.bullet))
    return out


def _related_item(item: Related, orgs: OrgNames, options: PrintOptions, styles: Styles) -> list:
    r = item.record
    title = pick(r.get("title_vi") or "", r.get("title_en") or "", options)
    why = []
    if item.linked:
        why.append(label("brief_linked", options.lang))
    if item.themes:
        why.append(label("brief_same_themes", options.lang,
                         themes=term_text("initiatives", "themes", list(item.themes), options)))
    if item.provinces:
        why.append(label("brief_same_places", options.lang, places="; ".join(place_names(item.provinces, options.primary))))
    meta = " · ".join(x for x in ("; ".join(orgs.of(r, "organizations", options)),
                                  period(r.get("start_date"), r.get("end_date"), options.primary),
                                  term_text("initiatives", "status", r.get("status"), options) if r.table == "initiatives" else "")
                      if x)
    text = "; ".join(why) + (f" — {meta}" if meta else "")
    return [KeepTogether([Paragraph(f"<b>{markup(title)}</b>", styles.body),
                          Paragraph(markup(text), styles.scaled("small", 1.0, spaceAfter=styles.base_size * 0.5))])]
