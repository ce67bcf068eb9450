"""Paper pre- and post-tests from a module's knowledge checks, and their answer keys (printed apart,
so the key never goes round the room). The post-test asks the same questions in another order, with
the choices reordered, so answers cannot be copied from the pre-test sheet. The score line reads
"correct: ___ / N", the ``k/n`` form the participant import accepts."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from reportlab.platypus import Paragraph, Table, TableStyle

from pan_desktop.core.errors import PanError
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import bilingual, gap
from pan_desktop.core.printing.fonts import CELL_FONT
from pan_desktop.core.printing.handout import _answer_key, _question, pack_version_note
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import markup
from pan_desktop.core.printing.styles import Styles

FORMS = ("pre", "post")
WORDS = {
    "pre": ("Bài kiểm tra trước tập huấn", "Pre-training test"),
    "post": ("Bài kiểm tra sau tập huấn", "Post-training test"),
    "key": ("Đáp án", "Answer key"),
    "name": ("Họ và tên", "Name"),
    "date": ("Ngày", "Date"),
    "correct": ("Số câu đúng", "Correct answers"),
    "how": ("Đánh dấu vào ô trước câu trả lời đúng. Mỗi câu chỉ có một câu trả lời đúng. Người không đọc được "
            "có thể trả lời miệng: giảng viên đọc câu hỏi và đánh dấu thay.",
            "Tick the box before the right answer. Each question has one right answer. A participant who cannot "
            "read may answer aloud: the facilitator reads the question and ticks for them."),
}


def form_checks(pack, form: str) -> list:
    """The knowledge checks of ``form``: the pack's order for the pre-test; for the post-test, a fixed
    shuffle of the questions and of each question's choices (the answer index follows its choice)."""
    if form not in FORMS:
        raise PanError(f"The form must be pre or post, not '{form}'.", code="print.test_form", form=form)
    checks = list(pack.checks)
    if not checks:
        raise PanError(f"The module {pack.id} has no knowledge checks to make a test from.", code="print.no_checks",
                       module=pack.id)
    if form == "pre":
        return checks
    rnd = random.Random(f"{pack.id}/{pack.version}/post")
    rnd.shuffle(checks)
    out = []
    for c in checks:
        order = list(range(len(c.choices)))
        rnd.shuffle(order)
        out.append(replace(c, choices=tuple(c.choices[i] for i in order),
                           answer=order.index(c.answer) if 0 <= c.answer < len(order) else c.answer))
    return out


def build_test(pack, form: str, out: Path | str, options: PrintOptions, key: bool = False,
               progress: ProgressFn | None = None) -> PrintResult:
    styles = Styles(options)
    w = {k: (v[1] if options.lang == "en" else v[0]) for k, v in WORDS.items()}
    checks = form_checks(pack, form)
    title = f"{w['key']} — {w[form]}" if key else w[form]
    setup = PageSetup(f"{title} — {pack.title.get(options.primary)}", pack_version_note(pack, options))
    width = frame_width(options, setup)
    story: list = [Paragraph(markup(title.upper()), styles.kicker)]
    story += bilingual(pack.title.vi, pack.title.en, options, styles.scaled("title", 0.7), styles.subtitle)
    if key:
        story.append(_answer_key(checks, options, styles, width))
        return write_pdf(story, out, options, setup, styles, progress)
    fields = Table([[Paragraph(markup(w["name"]) + ":", styles.label), "", Paragraph(markup(w["date"]) + ":", styles.label), ""],
                    [Paragraph(markup(w["correct"]) + ":", styles.label), Paragraph(f"______ / {len(checks)}", styles.body),
                     "", ""]],
                   colWidths=[width * 0.16, width * 0.44, width * 0.1, width * 0.3], rowHeights=[styles.base_size * 2.2] * 2)
    fields.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LINEBELOW", (1, 0), (1, 0), 0.6, styles.palette.ink),
                                ("LINEBELOW", (3, 0), (3, 0), 0.6, styles.palette.ink), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [fields, gap(styles, 0.6), Paragraph(markup(w["how"]), styles.small), gap(styles, 0.6)]
    story += [_question(c, n, options, styles) for n, c in enumerate(checks, 1)]
    return write_pdf(story, out, options, setup, styles, progress)
