"""What a person reads as the name of a site-assessment record (on the Conflicts page, for one): an
answer, photo or audit line by its checklist item's text and its site, an assessment by its site and
date — never by an item id such as ``j-air-1``."""

from __future__ import annotations

from sqlalchemy import select

from pan_desktop.core.models.sites import Assessment, AssessmentAnswer, AssessmentAudit, Site, SitePhoto
from pan_desktop.core.services.changes import chunks
from pan_desktop.core.sites.checklists import load_items

BY_ITEM = {"assessment_answers": AssessmentAnswer, "site_photos": SitePhoto, "assessment_audit": AssessmentAudit}


def record_titles(s, ids_by_table: dict[str, list[str]], lang: str) -> dict[str, str]:
    """Titles of the site-assessment records among ``ids_by_table`` (other tables are left out)."""
    item_of: dict[str, tuple[str, str]] = {}  # record id -> (assessment id, item id)
    for table, model in BY_ITEM.items():
        for chunk in chunks(sorted(set(ids_by_table.get(table, ()))), 500):
            for rid, aid, item in s.execute(select(model.id, model.assessment_id, model.item_id).where(model.id.in_(chunk))):
                item_of[rid] = (aid, item)
    visits = sorted({aid for aid, _item in item_of.values()} | set(ids_by_table.get("assessments", ())))
    found: dict[str, tuple[str, str, str]] = {}  # assessment id -> (site name, date, items)
    for chunk in chunks(visits, 500):
        q = (select(Assessment.id, Site.name, Assessment.date, Assessment.items)
             .join(Site, Site.id == Assessment.site_id, isouter=True).where(Assessment.id.in_(chunk)))
        for aid, site, date, items in s.execute(q):
            found[aid] = (site or "", date or "", items or "")
    out = {aid: " · ".join(filter(None, found[aid][:2])) for aid in ids_by_table.get("assessments", ()) if aid in found}
    texts: dict[str, dict[str, str]] = {}
    for rid, (aid, item) in item_of.items():
        site, _date, items = found.get(aid, ("", "", ""))
        if aid not in texts:
            first, second = ("text_vi", "text_en") if lang == "vi" else ("text_en", "text_vi")
            texts[aid] = {i["id"]: i.get(first) or i.get(second) or "" for i in load_items(items)}
        out[rid] = " · ".join(filter(None, (site, texts[aid].get(item) or item)))
    return out
