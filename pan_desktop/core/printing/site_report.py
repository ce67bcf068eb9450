"""The owner's one-page report of a site assessment, in plain Vietnamese (or English): the scores per
aspect, the three things to do first (items answered No, then Partly, in the guideline's order — the
order the guideline lists its items in is its order of importance), what is done well, up to three
photos and the date of the next visit. Always one A4 page: long lists are cut, never run over."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from pan_desktop.core.content.model import ASPECTS
from pan_desktop.core.printing.document import PageSetup, PrintResult, ProgressFn, frame_width, write_pdf
from pan_desktop.core.printing.flowables import gap
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import fmt_date
from pan_desktop.core.printing.safe_text import markup
from pan_desktop.core.printing.styles import Styles
from pan_desktop.core.sites.schema import SITE_KIND
from pan_desktop.core.sites.scores import ASPECT_KEYS
from pan_desktop.core.text import number_text

FIRST_ACTIONS = 3
WELL_DONE = 4
PHOTOS = 3
MAX_TEXT = 220  # an item's text on the page (the guideline's items are shorter)

_T = {
    "kicker": ("Báo cáo đánh giá cơ sở", "Site assessment report"),
    "for": ("Gửi: {owner}", "For: {owner}"),
    "visit": ("Ngày đánh giá {date} · phiên bản {version} · người đánh giá: {assessor}",
              "Assessed on {date} · version {version} · by {assessor}"),
    "draft": ("BẢN NHÁP — chưa chốt", "DRAFT — not finalized"),
    "scores": ("Kết quả theo từng khía cạnh", "Scores by aspect"),
    "overall": ("Chung", "Overall"),
    "aspect": ("Khía cạnh", "Aspect"),
    "score": ("Điểm", "Score"),
    "none": ("chưa đánh giá", "not assessed"),
    "first": ("Ba việc nên làm trước", "The three things to do first"),
    "nothing_first": ("Không có mục nào bị đánh giá “Không” hay “Một phần”. Xin giữ vững!",
                      "No item was answered No or Partly. Keep it up!"),
    "action": ("Việc cần làm: {what}", "To do: {what}"),
    "who_when": ("{who} · hạn {due}", "{who} · by {due}"),
    "well": ("Những điểm cơ sở đã làm tốt", "What the site does well"),
    "nothing_well": ("Chưa có mục nào đạt “Có” ở lần này.", "No item was answered Yes this time."),
    "photos": ("Ảnh chụp tại cơ sở", "Photos taken at the site"),
    "next": ("Lần thăm tới: {date}", "Next visit: {date}"),
    "next_none": ("Lần thăm tới: sẽ hẹn sau", "Next visit: to be agreed"),
    "formula": ("Điểm = (số mục “Có” + ½ số mục “Một phần”) / số mục đã trả lời (trừ “Không áp dụng”).",
                "Score = (items Yes + ½ items Partly) / items answered (other than Not applicable)."),
    "more": ("… và {n} việc khác trong bảng kiểm.", "… and {n} more in the checklist."),
}
def _t(key: str, lang: str, **params) -> str:
    vi, en = _T[key]
    return (en if lang == "en" else vi).format(**params)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _pct(value: float | None, lang: str) -> str:
    if value is None:
        return _t("none", lang)
    return number_text(value, lang) + " %"


class ScoreBar(Flowable):
    """A bar as long as the score, on a light track (prints in grey as well as in colour)."""

    def __init__(self, value: float | None, width: float, height: float, colour):
        super().__init__()
        self.value, self.width, self.height, self.colour = value, width, height, colour

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(colors.HexColor("#e6e6e6"))
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.value:
            c.setFillColor(self.colour)
            c.rect(0, 0, self.width * min(self.value, 100) / 100, self.height, stroke=0, fill=1)


def _item_text(item: dict, lang: str) -> str:
    text = item["text_en"] if lang == "en" else item["text_vi"]
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"


def build_site_report(sites, assessment_id: str, out: Path | str, lang: str = "vi",
                      progress: ProgressFn | None = None, options: PrintOptions | None = None) -> PrintResult:
    """Write the owner's report of ``assessment_id`` (read through the site service ``sites``) to ``out``."""
    from pan_desktop.core.sites.photos import photo_path

    options = options or PrintOptions(lang="en" if lang == "en" else "vi")
    lang = "en" if options.lang == "en" else "vi"
    a = sites.show(assessment_id)
    site = sites.site(a["site_id"])
    styles = Styles(options)
    width = frame_width(options)
    pal = styles.palette
    story: list = [Paragraph(markup(_t("kicker", lang).upper()), styles.kicker),
                   Paragraph(markup(site["name"]), styles.scaled("title", 0.8)),
                   Paragraph(markup(" · ".join(p for p in (SITE_KIND[site["kind"]].label(lang) if site["kind"] in SITE_KIND else "",
                                                            site["address"], site["province"]) if p)), styles.subtitle)]
    if site["owner"]:
        story.append(Paragraph(markup(_t("for", lang, owner=site["owner"])), styles.body))
    story.append(Paragraph(markup(_t("visit", lang, date=fmt_date(a["date"], lang), version=a["version"],
                                     assessor=a["assessor"] or "—")), styles.small))
    if a["status"] != "finalized":
        story.append(Paragraph(markup(_t("draft", lang)), styles.scaled("kicker", 1.0, textColor=colors.HexColor("#a33"))))

    # scores
    story.append(Paragraph(markup(_t("scores", lang)), styles.h2))
    bar_w, bar_h = width * 0.45, styles.base_size * 0.9
    rows = [[Paragraph(markup(_t("aspect", lang)), styles.cell_head), Paragraph(markup(_t("score", lang)), styles.cell_head), ""]]
    for code, key in ASPECT_KEYS.items():
        value = a["scores"][key]
        rows.append([Paragraph(markup(_pick((ASPECTS[code].vi, ASPECTS[code].en), lang)), styles.cell), Paragraph(markup(_pct(value, lang)), styles.cell),
                     ScoreBar(value, bar_w, bar_h, pal.accent)])
    overall = a["scores"]["overall"]
    rows.append([Paragraph(f"<b>{markup(_t('overall', lang))}</b>", styles.cell),
                 Paragraph(f"<b>{markup(_pct(overall, lang))}</b>", styles.cell), ScoreBar(overall, bar_w, bar_h, pal.ink)])
    table = Table(rows, colWidths=[width * 0.35, width * 0.18, width * 0.47])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, pal.accent),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.6, pal.muted),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [table, Paragraph(markup(_t("formula", lang)), styles.small)]

    # the three things to do first
    story.append(Paragraph(markup(_t("first", lang)), styles.h2))
    todo = [i for i in a["items"] if i["answer"] == "no"] + [i for i in a["items"] if i["answer"] == "partly"]
    if not todo:
        story.append(Paragraph(markup(_t("nothing_first", lang)), styles.body))
    for n, item in enumerate(todo[:FIRST_ACTIONS], 1):
        story.append(Paragraph(f"<b>{n}.</b> {markup(_item_text(item, lang))}", styles.body))
        action = item.get("action") or {}
        if action.get("what"):
            line = _t("action", lang, what=action["what"])
            if action.get("who") or action.get("due"):
                line += " — " + _t("who_when", lang, who=action.get("who") or "—", due=fmt_date(action.get("due"), lang) or "—")
            story.append(Paragraph(markup(line), styles.scaled("small", 1.0, leftIndent=styles.base_size * 1.2)))
    if len(todo) > FIRST_ACTIONS:
        story.append(Paragraph(markup(_t("more", lang, n=len(todo) - FIRST_ACTIONS)), styles.small))

    # done well
    story.append(Paragraph(markup(_t("well", lang)), styles.h2))
    good = [i for i in a["items"] if i["answer"] == "yes"]
    if not good:
        story.append(Paragraph(markup(_t("nothing_well", lang)), styles.body))
    for item in good[:WELL_DONE]:
        story.append(Paragraph(f"• {markup(_item_text(item, lang))}", styles.scaled("body", 0.95, spaceAfter=1)))

    # photos
    shots = [p for i in a["items"] for p in i["photos"] if photo_path(sites.data_dir, p["sha256"]).is_file()][:PHOTOS]
    if shots:
        story.append(Paragraph(markup(_t("photos", lang)), styles.h2))
        cell_w, max_h = (width - 4 * mm) / PHOTOS, 42 * mm
        cells = []
        for p in shots:
            img = Image(str(photo_path(sites.data_dir, p["sha256"])))
            scale = min(cell_w / img.imageWidth, max_h / img.imageHeight)
            img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
            cells.append(img)
        cells += [""] * (PHOTOS - len(cells))
        grid = Table([cells], colWidths=[cell_w + 4 * mm / PHOTOS] * PHOTOS)
        grid.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(grid)

    story.append(gap(styles, 0.6))
    nxt = _t("next", lang, date=fmt_date(a["next_visit"], lang)) if a["next_visit"] else _t("next_none", lang)
    story.append(Paragraph(f"<b>{markup(nxt)}</b>", styles.scaled("body", 1.1)))
    setup = PageSetup(site["name"], f"{a['checklist']['guideline']} {a['checklist']['version']} · v{a['version']}")
    return write_pdf(story, out, options, setup, styles, progress, expected_pages=1)
