"""Module handout (A4 or A5) in two editions. The participant edition (the default) has the cover with
objectives and contents, every lesson and the knowledge checks with boxes to tick — no answers and no
facilitator notes. The facilitator edition adds the session plan with timings, each lesson's facilitator
notes and the answer key. Every page's header names the edition, so the two are never mixed up."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table, TableStyle

from pan_desktop.core.errors import Problem, ValidationError

from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import TickBox, bilingual, gap, para, pick, rule, tick_size
from pan_desktop.core.printing.labels import label
from pan_desktop.core.printing.markdown import MarkdownRenderer
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import bullets, facts_panel, fmt_date
from pan_desktop.core.printing.safe_text import markup
from pan_desktop.core.printing.styles import Styles

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
EDITIONS = ("participant", "facilitator")


def check_edition(edition: str) -> str:
    if edition not in EDITIONS:
        raise ValidationError([Problem("edition", "invalid", f"the edition must be one of {', '.join(EDITIONS)}, "
                                                             f"not '{edition}'")])
    return edition


def pack_version_note(pack, options: PrintOptions) -> str:
    """Footer note: the pack's version and date, e.g. "phiên bản 1.2.0 (01/05/2024)"."""
    note = label("version", options.primary, version=pack.version)
    return f"{note} ({fmt_date(pack.updated, options.primary)})" if pack.updated else note


def pack_facts(pack, options: PrintOptions) -> list[tuple[str, str]]:
    from pan_desktop.core.content import audience_label

    minutes = pack.duration_minutes
    return [
        (label("duration", options.lang), label("minutes", options.lang, n=minutes) if minutes else ""),
        (label("audience", options.lang), "; ".join(pick(audience_label(a, "vi"), audience_label(a, "en"), options)
                                                    for a in pack.audience)),
        (label("authors", options.lang), "; ".join(pack.authors)),
        (label("licence", options.lang), pack.licence),
        (pick("Phiên bản", "Version", options), f"{pack.version} · {fmt_date(pack.updated, options.primary)}"),
    ]


def handout_story(pack, options: PrintOptions, styles: Styles, edition: str = "participant") -> list:
    """The handout's flowables (the booklet lays out the same story on A5)."""
    facilitator = check_edition(edition) == "facilitator"
    width = frame_width(options)
    md = MarkdownRenderer(styles, options.primary, pack.root, width)
    kicker = f"{label('handout', options.lang)} · {label('edition_' + edition, options.lang)}"
    story: list = [Paragraph(markup(kicker.upper()), styles.kicker)]
    story += bilingual(pack.title.vi, pack.title.en, options, styles.title, styles.subtitle)
    story += bilingual(pack.summary.vi, pack.summary.en, options, styles.body, styles.second)
    story.append(gap(styles, 0.6))
    story.append(facts_panel(pack_facts(pack, options), styles, width, options, _url(pack)))
    for lang in options.langs:
        objectives = pack.objectives(lang) if len(options.langs) == 1 else (pack.objectives_vi if lang == "vi" else pack.objectives_en)
        if objectives:
            story += [Paragraph(markup(label("objectives", lang)), styles.h2), bullets(objectives, styles)]
    heading = "session_plan" if facilitator else "contents"
    story += [Paragraph(markup(label(heading, options.lang)), styles.h2), _contents(pack, options, styles, width, facilitator)]
    numbered: list = []
    for n, lesson in enumerate(pack.lessons, 1):
        story.append(CondPageBreak(styles.base_size * 14))
        kick = label("lesson", options.lang, n=n)
        if facilitator and lesson.duration_minutes:
            kick += " · " + label("minutes", options.lang, n=lesson.duration_minutes)
        story.append(Paragraph(markup(kick.upper()), styles.kicker if n == 1 else
                               styles.scaled("kicker", 1.0, spaceBefore=styles.base_size * 2)))
        story += bilingual(lesson.title.vi, lesson.title.en, options, styles.h1, styles.subtitle)
        for i, lang in enumerate(options.langs):
            if i:
                story += [rule(styles), Paragraph(markup("English"), styles.kicker)]
            story += md.render(lesson.body.get(lang))
        if facilitator:
            story += _notes(lesson, md, options, styles)
        checks = pack.checks_for(lesson.id)
        if checks:
            story.append(Paragraph(markup(label("check_yourself", options.lang)), styles.h2))
            for check in checks:
                numbered.append(check)
                story.append(_question(check, len(numbered), options, styles))
    if numbered and facilitator:
        story += [CondPageBreak(styles.base_size * 16), Paragraph(markup(label("answer_key", options.lang)), styles.h1)]
        story.append(_answer_key(numbered, options, styles, width))
    return [f for f in story if f is not None]


def build_handout(pack, out: Path | str, options: PrintOptions, progress: ProgressFn | None = None,
                  edition: str = "participant") -> PrintResult:
    """Write the ``edition`` handout of module ``pack`` to ``out`` (A4, A5 or Letter as ``options.paper`` says)."""
    styles = Styles(options)
    story = handout_story(pack, options, styles, edition)
    expected = 2 + sum(len(l.body.vi) + len(l.body.en) for l in pack.lessons) * len(options.langs) // 5000
    title = f"{pack.title.get(options.primary)} — {label('edition_' + edition, options.primary)}"
    setup = PageSetup(title, pack_version_note(pack, options))
    return write_pdf(story, out, options, setup, styles, progress, expected)


def _notes(lesson, md: MarkdownRenderer, options: PrintOptions, styles: Styles) -> list:
    """The lesson's facilitator notes, set apart on a tinted ground."""
    texts = [(lang, lesson.facilitator.get(lang) if len(options.langs) == 1 else getattr(lesson.facilitator, lang))
             for lang in options.langs]
    texts = [(lang, t) for lang, t in texts if t and t.strip()]
    if not texts:
        return []
    note = styles.note
    out: list = [Paragraph(markup(label("facilitator_notes", options.lang)), styles.note_head)]
    for lang, text in texts:
        out += md.render(text, note)
    out.append(rule(styles, 0.8, styles.base_size * 0.6))
    return out


def _url(pack) -> str | None:
    from pan_desktop.core.printing.record_parts import first_url

    return first_url(getattr(pack, "sources", ()) or ())


def _contents(pack, options: PrintOptions, styles: Styles, width: float, timings: bool) -> Table:
    """The lessons in order; with ``timings`` (the facilitator's session plan) their minutes and the clock
    time from the start of the session, and the total."""
    rows = []
    start = 0
    for n, lesson in enumerate(pack.lessons, 1):
        row = [Paragraph(markup(str(n)), styles.cell_head),
               Paragraph(markup(pick(lesson.title.vi, lesson.title.en, options)), styles.cell)]
        if timings:
            minutes = lesson.duration_minutes or 0
            row += [Paragraph(markup(label("minutes", options.primary, n=minutes) if minutes else ""), styles.small),
                    Paragraph(markup(f"{_clock(start)}–{_clock(start + minutes)}" if minutes else ""), styles.small)]
            start += minutes
        rows.append(row)
    if timings and start:
        rows.append(["", Paragraph(f"<b>{markup(label('total', options.lang))}</b>", styles.cell),
                     Paragraph(f"<b>{markup(label('minutes', options.primary, n=start))}</b>", styles.small), ""])
    widths = [width * 0.07, width * 0.61, width * 0.16, width * 0.16] if timings else [width * 0.07, width * 0.93]
    t = Table(rows or [[""]], colWidths=widths)
    t.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.palette.rule),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def _clock(minutes: int) -> str:
    """Minutes from the start of the session as ``h:mm``."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def _question(check, n: int, options: PrintOptions, styles: Styles):
    parts = [Paragraph(f"<b>{markup(label('question', options.lang, n=n))}.</b> "
                       f"{markup(pick(check.question.vi, check.question.en, options, ' — '))}", styles.body)]
    box = tick_size(styles)
    for i, choice in enumerate(check.choices):
        text = f"{LETTERS[i % 26]}. {pick(choice.vi, choice.en, options, ' — ')}"
        parts.append(TickBox(box, styles.palette.ink, para(text, styles.body)))
        parts.append(gap(styles, 0.25))
    parts.append(gap(styles, 0.5))
    return KeepTogether(parts)


def _answer_key(checks: list, options: PrintOptions, styles: Styles, width: float) -> Table:
    rows = []
    for n, check in enumerate(checks, 1):
        ok = check.choices[check.answer] if 0 <= check.answer < len(check.choices) else None
        answer = f"{LETTERS[check.answer % 26]}. {pick(ok.vi, ok.en, options, ' — ')}" if ok else "?"
        cell = [Paragraph(f"<b>{markup(answer)}</b>", styles.cell)]
        expl = pick(check.explanation.vi, check.explanation.en, options, " — ")
        if expl:
            cell.append(para(expl, styles.scaled("small", 1.0)))
        rows.append([Paragraph(markup(str(n)), styles.cell_head), cell])
    t = Table(rows, colWidths=[width * 0.08, width * 0.92], repeatRows=0)
    t.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.palette.rule),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t
