"""Module handout (A4 or A5): cover with objectives and contents, every lesson, knowledge checks after
each lesson with boxes to tick, and the answer key at the end. Facilitator notes are left out."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Table, TableStyle

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


def handout_story(pack, options: PrintOptions, styles: Styles) -> list:
    """The handout's flowables (the booklet lays out the same story on A5)."""
    width = frame_width(options)
    md = MarkdownRenderer(styles, options.primary, pack.root, width)
    story: list = [Paragraph(markup(label("handout", options.lang).upper()), styles.kicker)]
    story += bilingual(pack.title.vi, pack.title.en, options, styles.title, styles.subtitle)
    story += bilingual(pack.summary.vi, pack.summary.en, options, styles.body, styles.second)
    story.append(gap(styles, 0.6))
    story.append(facts_panel(pack_facts(pack, options), styles, width, options, _url(pack)))
    for lang in options.langs:
        objectives = pack.objectives(lang) if len(options.langs) == 1 else (pack.objectives_vi if lang == "vi" else pack.objectives_en)
        if objectives:
            story += [Paragraph(markup(label("objectives", lang)), styles.h2), bullets(objectives, styles)]
    story += [Paragraph(markup(label("contents", options.lang)), styles.h2), _contents(pack, options, styles, width)]
    story.append(PageBreak())
    numbered: list = []
    for n, lesson in enumerate(pack.lessons, 1):
        story.append(CondPageBreak(styles.base_size * 12))
        story.append(Paragraph(markup(label("lesson", options.lang, n=n).upper()),
                               styles.kicker if n == 1 else styles.scaled("kicker", 1.0, spaceBefore=styles.base_size * 2)))
        story += bilingual(lesson.title.vi, lesson.title.en, options, styles.h1, styles.subtitle)
        for i, lang in enumerate(options.langs):
            if i:
                story += [rule(styles), Paragraph(markup("English"), styles.kicker)]
            story += md.render(lesson.body.get(lang))
        checks = pack.checks_for(lesson.id)
        if checks:
            story.append(Paragraph(markup(label("check_yourself", options.lang)), styles.h2))
            for check in checks:
                numbered.append(check)
                story.append(_question(check, len(numbered), options, styles))
    if numbered:
        story += [PageBreak(), Paragraph(markup(label("answer_key", options.lang)), styles.h1)]
        story.append(_answer_key(numbered, options, styles, width))
    return [f for f in story if f is not None]


def build_handout(pack, out: Path | str, options: PrintOptions, progress: ProgressFn | None = None) -> PrintResult:
    """Write the handout of module ``pack`` to ``out`` (A4, A5 or Letter as ``options.paper`` says)."""
    styles = Styles(options)
    story = handout_story(pack, options, styles)
    expected = 2 + sum(len(l.body.vi) + len(l.body.en) for l in pack.lessons) * len(options.langs) // 5000
    setup = PageSetup(pack.title.get(options.primary), pack_version_note(pack, options))
    return write_pdf(story, out, options, setup, styles, progress, expected)


def _url(pack) -> str | None:
    from pan_desktop.core.printing.record_parts import first_url

    return first_url(getattr(pack, "sources", ()) or ())


def _contents(pack, options: PrintOptions, styles: Styles, width: float) -> Table:
    rows = []
    for n, lesson in enumerate(pack.lessons, 1):
        minutes = label("minutes", options.primary, n=lesson.duration_minutes) if lesson.duration_minutes else ""
        rows.append([Paragraph(markup(str(n)), styles.cell_head),
                     Paragraph(markup(pick(lesson.title.vi, lesson.title.en, options)), styles.cell),
                     Paragraph(markup(minutes), styles.small)])
    t = Table(rows or [[""]], colWidths=[width * 0.07, width * 0.75, width * 0.18])
    t.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.palette.rule),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


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
