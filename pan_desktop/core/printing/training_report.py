"""The training indicators as a two-page printable report: the headline figures and pre/post scores on
the first page, people trained by sex, role and province (bar charts, with their numbers written on
them, so nothing depends on colour) on the second. Drawn with ReportLab's graphics, in the print language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

from pan_desktop.core.printing.document import PageSetup, PrintResult, frame_width, write_pdf
from pan_desktop.core.printing.flowables import gap, pick
from pan_desktop.core.printing.fonts import BASE, CELL_FONT
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.safe_text import markup
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.shared.training_terms import AGE_BANDS, ROLES, SEX, UNKNOWN_BAND
from pan_desktop.core.text import number_text
from pan_desktop.core.training.indicators import ReportFilter

MAX_BARS = 12  # provinces beyond these are summed as "others"
WORDS = {
    "title": ("Báo cáo tập huấn nâng cao năng lực", "Capacity-building training report"),
    "period": ("Thời gian", "Period"),
    "all": ("tất cả", "all"),
    "province": ("Tỉnh/thành", "Province"),
    "module": ("Học phần", "Module"),
    "org": ("Tổ chức thực hiện", "Organised by"),
    "figures": ("Số liệu chính", "Key figures"),
    "sessions": ("Số khóa tập huấn", "Training sessions"),
    "participants": ("Số người ghi danh", "People enrolled"),
    "attended": ("Số người tham dự", "People who attended"),
    "completed": ("Số người đạt bài kiểm tra sau", "People who passed the post-test"),
    "pass_rate": ("Tỉ lệ đạt", "Pass rate"),
    "pre_mean": ("Điểm trung bình trước tập huấn", "Mean pre-test score"),
    "post_mean": ("Điểm trung bình sau tập huấn", "Mean post-test score"),
    "mean_gain": ("Mức tăng kiến thức trung bình", "Mean knowledge gain"),
    "points": ("điểm", "points"),
    "scores": ("Điểm kiểm tra trước và sau (%)", "Pre-test and post-test scores (%)"),
    "pre": ("Trước", "Pre-test"),
    "post": ("Sau", "Post-test"),
    "by_sex": ("Người tham dự theo giới tính", "People who attended, by sex"),
    "by_role": ("Người tham dự theo vai trò", "People who attended, by role"),
    "by_province": ("Người tham dự theo tỉnh/thành", "People who attended, by province"),
    "by_age_band": ("Người tham dự theo nhóm tuổi", "People who attended, by age"),
    "not_stated": ("Không nêu", "Not stated"),
    "others": ("Các tỉnh khác", "Other provinces"),
    "none": ("Chưa có người tham dự trong thời gian này.", "Nobody attended in this period."),
    "definitions": ("Cách tính: người được đếm một lần dù tham dự nhiều khóa; điểm trung bình tính trên các lượt "
                    "tham dự có điểm; mức tăng = điểm sau − điểm trước, trên các lượt có cả hai điểm; tỉ lệ đạt = số "
                    "người đạt / số người tham dự.",
                    "How the figures are computed: a person counts once however many sessions they attended; "
                    "means are over attendances with that score; gain = post − pre, over attendances with both; "
                    "pass rate = people who passed / people who attended."),
}


def write_training_report(out: Path, figures: dict[str, Any], f: ReportFilter, options: PrintOptions) -> PrintResult:
    styles = Styles(options)
    w = lambda key: pick(*WORDS[key], options)  # noqa: E731
    width = frame_width(options)
    story: list = [Paragraph(markup(w("title")), styles.title)]
    scope = [(w("period"), _period(f, w("all"))), (w("province"), f.province or w("all")),
             (w("module"), f.module or w("all")), (w("org"), f.org or w("all"))]
    story.append(_table([[k, v] for k, v in scope], width, styles, head=False))
    story += [Paragraph(markup(w("figures")), styles.h2)]
    rate = figures["pass_rate"]
    rows = [[w(k), _num(figures[k])] for k in ("sessions", "participants", "attended", "completed")]
    lang = options.lang
    rows.append([w("pass_rate"), "—" if rate is None else f"{number_text(rate * 100, lang, 0)} %"])
    rows += [[w(k), "—" if figures[k] is None else f"{number_text(figures[k], lang)} %"] for k in ("pre_mean", "post_mean")]
    gain = figures["mean_gain"]
    rows.append([w("mean_gain"), "—" if gain is None else f"{'+' if gain > 0 else ''}{number_text(gain, lang)} {w('points')}"])
    story.append(_table(rows, width, styles, head=False, right=True))
    story += [Paragraph(markup(w("scores")), styles.h2)]
    pre, post = figures["pre_mean"], figures["post_mean"]
    story.append(_columns([w("pre"), w("post")], [pre or 0, post or 0], width * 0.6, 55 * mm, styles, maximum=100,
                          label=lambda v: number_text(v, options.lang)))
    story += [gap(styles), Paragraph(markup(w("definitions")), styles.small), PageBreak()]
    lang = "en" if options.lang == "en" else "vi"
    not_stated = w("not_stated")
    if not figures["attended"]:
        story.append(Paragraph(markup(w("none")), styles.body))
    for key, terms in (("by_sex", SEX), ("by_role", ROLES), ("by_age_band", AGE_BANDS), ("by_province", {})):
        counts = figures[key]
        if not counts:
            continue
        items = [(terms[c].label(lang) if c in terms else (not_stated if c in ("unspecified", UNKNOWN_BAND) else c), n)
                 for c, n in counts.items()]
        if len(items) > MAX_BARS:
            items = items[:MAX_BARS - 1] + [(w("others"), sum(n for _, n in items[MAX_BARS - 1:]))]
        story.append(Paragraph(markup(w(key)), styles.h3))
        story.append(_bars(items, width, styles))
    setup = PageSetup(w("title"))
    return write_pdf(story, out, options, setup, styles, None, 2, [])


def _period(f: ReportFilter, everything: str) -> str:
    if not f.date_from and not f.date_to:
        return everything
    return f"{f.date_from or '…'} – {f.date_to or '…'}"


def _num(value) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")


def _table(rows: list[list[str]], width: float, styles: Styles, head: bool = True, right: bool = False) -> Table:
    body = [[Paragraph(markup(str(a)), styles.cell), Paragraph(markup(str(b)), styles.cell_head if right else styles.cell)]
            for a, b in rows]
    t = Table(body, colWidths=[width * 0.62, width * 0.38])
    style = [CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.palette.rule)]
    if right:
        style.append(("ALIGN", (1, 0), (1, -1), "RIGHT"))
    t.setStyle(TableStyle(style))
    return t


def _columns(names: list[str], values: list[float], width: float, height: float, styles: Styles, maximum: float,
             label=None) -> Drawing:
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 18, width - 40, height - 28
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = BASE
    chart.valueAxis.labels.fontName = BASE
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, maximum, 20
    chart.bars[0].fillColor = styles.palette.accent
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = label or "%g"
    chart.barLabels.fontName = BASE + "-Bold"
    chart.barLabels.nudge = 7
    d.add(chart)
    return d


def _bars(items: list[tuple[str, int]], width: float, styles: Styles) -> Drawing:
    row = 15
    label_w = min(width * 0.4, 62 * mm)
    height = row * len(items) + 14
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = label_w, 4, width - label_w - 30, row * len(items)
    chart.data = [[n for _, n in reversed(items)]]
    chart.categoryAxis.categoryNames = [name for name, _ in reversed(items)]
    chart.categoryAxis.labels.fontName = BASE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -5
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, max(n for _, n in items)) * 1.1
    chart.bars[0].fillColor = styles.palette.accent
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BASE + "-Bold"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d
