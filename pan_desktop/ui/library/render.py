"""Content → HTML for QTextBrowser: lessons (Markdown), facilitator notes, overviews, checklists, glossary.

Markdown is rendered by markdown-it with raw HTML switched off (a pack cannot inject markup); every
other piece of content text is escaped. QTextDocument understands a subset of HTML/CSS, hence the
table attributes rather than CSS borders.
"""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt

from pan_desktop.core.content import ASPECTS, Checklist, GlossaryEntry, Lesson, Pack, audience_label

ACCENT = "#2e7d32"
STYLE = f"""
body {{ font-size: 15px; line-height: 145%; color: #1d1d1d; }}
h1 {{ font-size: 24px; color: {ACCENT}; margin-bottom: 0px; }}
h2 {{ font-size: 19px; color: #1f4d2a; margin-top: 18px; }}
h3 {{ font-size: 16px; color: #1f4d2a; }}
th {{ background-color: #e3efe5; text-align: left; }}
td, th {{ padding: 5px; border: 1px solid #c5d6c8; }}
blockquote {{ color: #3d5245; background-color: #f3f7f4; margin-left: 10px; }}
.meta {{ color: #55605a; font-size: 13px; margin-top: 0px; }}
.notes-title {{ color: #7a4b00; font-weight: bold; font-size: 16px; }}
.lookfor {{ color: #4a4a4a; }}
"""
_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
_TABLE = '<table border="1" cellspacing="0" cellpadding="6" width="100%" style="border-color:#b9cbbd; border-collapse:collapse;">'


def markdown_html(text: str) -> str:
    """Markdown (no raw HTML) to HTML that QTextBrowser shows well."""
    return _md.render(text or "").replace("<table>", _TABLE)


def page(title: str, body: str, meta: str = "") -> str:
    meta_html = f'<p class="meta">{meta}</p>' if meta else ""
    return f"<html><head><style>{STYLE}</style></head><body><h1>{escape(title)}</h1>{meta_html}{body}</body></html>"


def lesson_html(lesson: Lesson, lang: str, show_notes: bool, labels: dict[str, str]) -> str:
    """A lesson: its Markdown body, and the facilitator notes in a shaded box when ``show_notes``."""
    meta = []
    if lesson.aspect:
        meta.append(escape(ASPECTS[lesson.aspect].get(lang)))
    if lesson.duration_minutes:
        meta.append(escape(labels["minutes"].format(n=lesson.duration_minutes)))
    body = markdown_html(lesson.body.get(lang))
    notes = lesson.facilitator.get(lang)
    if show_notes and notes:
        body += (f'<br/><table width="100%" cellpadding="10" cellspacing="0" style="background-color:#fff6e0;" border="0">'
                 f'<tr><td><p class="notes-title">{escape(labels["notes"])}</p>{markdown_html(notes)}</td></tr></table>')
    return page(lesson.title.get(lang), body, " · ".join(meta))


def overview_html(pack: Pack, lang: str, labels: dict[str, str]) -> str:
    """The first page of a pack: summary, audience, duration, objectives, lessons, sources."""
    parts = [f"<p>{escape(pack.summary.get(lang))}</p>"]
    rows = [(labels["audience"], ", ".join(audience_label(a, lang) for a in pack.audience))]
    if pack.duration_minutes:
        rows.append((labels["duration"], labels["minutes"].format(n=pack.duration_minutes)))
    rows += [(labels["version"], pack.version), (labels["updated"], pack.updated),
             (labels["authors"], ", ".join(pack.authors)), (labels["licence"], pack.licence)]
    parts.append(_TABLE + "".join(f"<tr><th width='28%'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
    objectives = pack.objectives(lang)
    if objectives:
        parts.append(f"<h2>{escape(labels['objectives'])}</h2><ul>" + "".join(f"<li>{escape(o)}</li>" for o in objectives) + "</ul>")
    parts.append(f"<h2>{escape(labels['contents'])}</h2><ol>")
    for lesson in pack.lessons:
        extra = f" ({escape(ASPECTS[lesson.aspect].get(lang))})" if lesson.aspect else ""
        parts.append(f"<li>{escape(lesson.title.get(lang))}{extra}</li>")
    parts.append("</ol>")
    if pack.sources:
        parts.append(f"<h2>{escape(labels['sources'])}</h2><ul>" + "".join(f"<li>{escape(s)}</li>" for s in pack.sources) + "</ul>")
    return page(pack.title.get(lang), "".join(parts))


def checklist_html(checklist: Checklist, lang: str, labels: dict[str, str]) -> str:
    """A site-visit checklist grouped by aspect, each item with what to look for and a box to tick on paper."""
    parts = []
    for code, name in ASPECTS.items():
        items = [i for i in checklist.items if i.aspect == code]
        if not items:
            continue
        parts.append(f"<h2>{escape(name.get(lang))}</h2>{_TABLE}"
                     f"<tr><th width='64'>{escape(labels['done'])}</th><th width='46%'>{escape(labels['practice'])}</th>"
                     f"<th>{escape(labels['look_for'])}</th></tr>")
        for item in items:
            parts.append(f"<tr><td align='center' style='font-size:18px;'>&#9744;</td><td>{escape(item.text.get(lang))}</td>"
                         f"<td class='lookfor'>{escape(item.look_for.get(lang))}</td></tr>")
        parts.append("</table>")
    return page(checklist.title.get(lang), "".join(parts), escape(labels["checklist_meta"].format(n=len(checklist.items))))


def glossary_entry_html(entry: GlossaryEntry, lang: str, labels: dict[str, str]) -> str:
    """One glossary entry: both terms, the definition in ``lang`` (and the other language below), aliases."""
    first, second = ("vi", "en") if lang == "vi" else ("en", "vi")
    term = entry.vi if lang == "vi" else entry.en
    other = entry.en if lang == "vi" else entry.vi
    parts = [f"<p><b>{escape(other)}</b></p>", f"<p>{escape(entry.definition.get(first))}</p>"]
    if entry.definition.get(second) and entry.definition.get(second) != entry.definition.get(first):
        parts.append(f"<p class='meta'>{escape(entry.definition.get(second))}</p>")
    aliases = _once([*entry.aliases_vi, *entry.aliases_en] if lang == "vi" else [*entry.aliases_en, *entry.aliases_vi],
                    {entry.vi.casefold(), entry.en.casefold()})
    if aliases:
        parts.append(f"<p class='meta'>{escape(labels['aliases'])}: {escape(', '.join(aliases))}</p>")
    return page(term, "".join(parts))


def _once(names: list[str], skip: set[str]) -> list[str]:
    """Each name once (letter case aside), leaving out those in ``skip``."""
    seen, out = set(skip), []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out
