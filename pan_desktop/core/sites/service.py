"""Sites and their assessments: every write is one transaction through the :class:`ChangeWriter`.

An answer is saved the moment it is given (one transaction per answer), so a laptop that dies loses at
most the answer being typed. A finalized assessment never changes; :meth:`SiteService.revise` makes the
next version, a draft holding the same answers, with the reason. Every change to an answer or its note
after the first is logged (``assessment_audit``: who, when, item, old, new, reason).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date as Date
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select

from pan_desktop.core.db import Database
from pan_desktop.core.errors import NotFound
from pan_desktop.core.models.sites import Assessment, AssessmentAnswer, AssessmentAudit, Site, SiteContact, SitePhoto
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.validation import clean_values
from pan_desktop.core.sites.checklists import CHECKLISTS, DEFAULT_GUIDELINE, Snapshot, load_items, snapshot
from pan_desktop.core.sites.errors import AssessmentLocked, SiteInputError, Unanswered
from pan_desktop.core.sites.photos import far_from, store_photo
from pan_desktop.core.sync.faults import fault_point
from pan_desktop.core.sites.scores import HALF_POINTS, from_totals, scores

ANSWERS = ("yes", "partly", "no", "na")
SITE_FIELDS = ("name", "kind", "provinces", "address", "org", "lat", "lon")
CONTACT_FIELDS = ("owner", "phone")


def parse_coordinates(lat: Any, lon: Any) -> tuple[str, str]:
    """Both empty, or a latitude in [-90, 90] and a longitude in [-180, 180] (stored as text)."""
    if lat in (None, "") and lon in (None, ""):
        return "", ""
    try:
        la, lo = float(str(lat).replace(",", ".")), float(str(lon).replace(",", "."))
    except ValueError:
        raise SiteInputError(f"Coordinates must be numbers (latitude {lat}, longitude {lon}).",
                             code="sites.bad_coordinates", lat=str(lat)[:20], lon=str(lon)[:20]) from None
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        raise SiteInputError(f"Coordinates out of range (latitude {la}, longitude {lo}).",
                             code="sites.bad_coordinates", lat=str(lat)[:20], lon=str(lon)[:20])
    return f"{la:.6f}", f"{lo:.6f}"


# Live rows are found with ``deleted IS NOT 1``: SQLite would otherwise pick the index on ``deleted``
# (almost every row is live) over the one on the record it is asked about.


def _rows(s, model, *where, order=()) -> list[dict]:
    return [dict(r) for r in s.execute(select(model.__table__).where(*where).order_by(*order)).mappings()]


class SiteService:
    """The door to sites and assessments. ``packs(pack_id)`` returns a loaded guideline pack; photos are
    kept under ``data_dir``."""

    def __init__(self, db: Database, user: Callable[[], str], packs: Callable[[str], Any], data_dir: Path):
        self.db = db
        self.user = user
        self.packs = packs
        self.data_dir = Path(data_dir)

    def _writer(self, s) -> ChangeWriter:
        return ChangeWriter(s, "local", self.user())

    # -- sites -------------------------------------------------------------------------------------
    def add_site(self, values: dict[str, Any]) -> dict[str, Any]:
        """A new site; ``owner`` and ``phone`` go to its contact record, readable by this organisation only."""
        site, contact = self._split(values)
        cleaned = clean_values(TABLES["sites"], site)
        with self.db.write() as s:
            w = self._writer(s)
            row = w.create("sites", cleaned)
            if any(contact.values()):
                w.create("site_contacts", clean_values(TABLES["site_contacts"], {"site_id": row["id"], **contact}),
                         visibility="org")
        return self.site(row["id"])

    def update_site(self, site_id: str, values: dict[str, Any]) -> dict[str, Any]:
        site, contact = self._split(values, partial=True)
        with self.db.write() as s:
            w = self._writer(s)
            row = self._live(w, "sites", site_id)
            if site:
                w.update("sites", row, clean_values(TABLES["sites"], site, current=row))
            if contact:
                found = s.scalar(select(SiteContact.id).where(SiteContact.site_id == site_id, SiteContact.deleted.is_not(True)))
                current = w.load("site_contacts", found) if found else None
                if current is None:
                    if any(contact.values()):
                        w.create("site_contacts", clean_values(TABLES["site_contacts"], {"site_id": site_id, **contact}),
                                 visibility="org")
                else:
                    merged = {**{n: current[n] for n in CONTACT_FIELDS}, **contact}
                    if any(merged.values()):
                        w.update("site_contacts", current, clean_values(TABLES["site_contacts"], contact, current=current))
                    else:
                        w.set_deleted("site_contacts", current, True)
        return self.site(site_id)

    @staticmethod
    def _split(values: dict[str, Any], partial: bool = False) -> tuple[dict, dict]:
        site = {k: v for k, v in values.items() if k in SITE_FIELDS and v is not None}
        contact = {k: (v or "") for k, v in values.items() if k in CONTACT_FIELDS and v is not None}
        unknown = set(values) - set(SITE_FIELDS) - set(CONTACT_FIELDS)
        if unknown:
            raise SiteInputError(f"Unknown site fields: {', '.join(sorted(unknown))}.", code="sites.unknown_field",
                                 fields=", ".join(sorted(unknown)))
        if isinstance(site.get("provinces"), str):
            site["provinces"] = [site["provinces"]]
        if "lat" in site or "lon" in site or not partial:
            site["lat"], site["lon"] = parse_coordinates(site.get("lat"), site.get("lon"))
        return site, contact

    def _live(self, w: ChangeWriter, table: str, record_id: str) -> dict[str, Any]:
        row = w.load(table, str(record_id).strip().lower())
        if row is None or row["deleted"]:
            raise NotFound(f"No {TABLES[table].singular_en} with id {record_id}.", code="sites.not_found",
                           id=str(record_id)[:40])
        return row

    def site(self, site_id: str) -> dict[str, Any]:
        """A site with its contact (when this device holds it) and its visits, newest first."""
        with self.db.session() as s:
            found = _rows(s, Site, Site.id == str(site_id).strip().lower(), Site.deleted.is_not(True))
            if not found:
                raise NotFound(f"No site with id {site_id}.", code="sites.not_found", id=str(site_id)[:40])
            row = found[0]
            contact = _rows(s, SiteContact, SiteContact.site_id == row["id"], SiteContact.deleted.is_not(True),
                            order=(SiteContact.updated_hlc.desc(),))
            visits = self._visits(s, [row["id"]]).get(row["id"], [])
        return {**_site_public(row), "owner": contact[0]["owner"] if contact else "",
                "phone": contact[0]["phone"] if contact else "", "visits": visits}

    def list_sites(self, kind: str = "", province: str = "", text: str = "", summary: bool = True) -> list[dict[str, Any]]:
        """Every live site matching the filters, by name, with (``summary``) its last visit, overall score
        and open actions: see :meth:`summaries`, which the window asks for after painting the names."""
        from pan_desktop.core.provinces import filter_key
        from pan_desktop.core.text import fold

        with self.db.session() as s:
            where = [Site.deleted.is_not(True)]
            if kind:
                where.append(Site.kind == kind)
            if province.strip():
                where.append(Site.province_keys.contains(filter_key(province), autoescape=True))
            if text.strip():
                where.append(Site.sort_key.contains(fold(text).strip(), autoescape=True))
            cols = [Site.__table__.c[n] for n in ("id", *SITE_FIELDS)]
            rows = [_site_public(r) for r in s.execute(select(*cols).where(*where).order_by(Site.sort_key)).mappings()]
        if not summary:
            return rows
        found = self.summaries([r["id"] for r in rows])
        return [{**r, **found[r["id"]]} for r in rows]

    def summaries(self, site_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Per site: how many visits, the last one's date and overall score, and the open actions."""
        with self.db.session() as s:
            visits = self._visits(s, site_ids, newest_only=True)
            actions = self._open_actions(s)
        out = {}
        for sid in site_ids:
            v = visits.get(sid, [])
            out[sid] = {"visits": len(v), "last_visit": v[0]["date"] if v else None,
                        "last_overall": v[0]["scores"]["overall"] if v else None, "open_actions": actions.get(sid, 0)}
        return out

    def _visits(self, s, site_ids: list[str], newest_only: bool = False) -> dict[str, list[dict]]:
        """Per site, the newest version of each visit with its scores, newest visit first (``newest_only``:
        the scores of the newest visit alone, for the list)."""
        out: dict[str, list[dict]] = defaultdict(list)
        if not site_ids:
            return out
        a = Assessment
        cols = (a.id, a.site_id, a.date, a.version, a.status, a.previous_id, a.checklist)
        rows = []
        for i in range(0, len(site_ids), 500):
            rows += s.execute(select(*cols).where(a.site_id.in_(site_ids[i:i + 500]), a.deleted.is_not(True))).all()
        superseded = {r.previous_id for r in rows if r.previous_id}
        latest = sorted((r for r in rows if r.id not in superseded), key=lambda r: (r.date or "", int(r.version or 1)),
                        reverse=True)
        for r in latest:
            out[r.site_id].append({"id": r.id, "date": r.date, "version": int(r.version or 1), "status": r.status,
                                   "checklist": r.checklist, "scores": None})
        wanted = [v[0]["id"] for v in out.values()] if newest_only else [r.id for r in latest]
        found = self._scores_of(s, wanted)
        for visits in out.values():
            for v in visits[:1] if newest_only else visits:
                v["scores"] = found.get(v["id"]) or scores(())
        return out

    @staticmethod
    def _scores_of(s, assessment_ids: list[str]) -> dict[str, dict]:
        """Scores of many assessments, summed by the database (one row per assessment and aspect)."""
        t = AssessmentAnswer
        half_points = func.sum(case(*((t.answer == a, p) for a, p in HALF_POINTS.items()), else_=0))
        counted = func.sum(case((t.answer.in_(tuple(HALF_POINTS)), 1), else_=0))
        totals: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
        for i in range(0, len(assessment_ids), 500):
            q = (select(t.assessment_id, t.aspect, half_points, counted)
                 .where(t.assessment_id.in_(assessment_ids[i:i + 500]), t.deleted.is_not(True))
                 .group_by(t.assessment_id, t.aspect))
            for aid, aspect, p, n in s.execute(q):
                totals[aid][aspect] = (int(p or 0), int(n or 0))
        return {aid: from_totals(t) for aid, t in totals.items()}

    @staticmethod
    def _open_actions(s) -> dict[str, int]:
        """Per site, the follow-up actions not done yet in the newest version of each visit."""
        t, a = AssessmentAnswer, Assessment
        superseded = select(a.previous_id).where(a.previous_id != "", a.deleted.is_not(True))
        q = (select(a.site_id, func.count()).select_from(t).join(a, a.id == t.assessment_id)
             .where(t.deleted.is_not(True), a.deleted.is_not(True), a.id.not_in(superseded), t.action_what != "",
                    t.action_done.is_(False), t.answer.in_(("no", "partly")))
             .group_by(a.site_id))
        return dict(s.execute(q).all())

    # -- assessments -------------------------------------------------------------------------------
    def start(self, site_id: str, checklist: str, guideline: str = "", on: str = "") -> dict[str, Any]:
        """A new draft assessment of ``site_id`` with a frozen copy of the checklist."""
        if checklist not in CHECKLISTS:
            raise SiteInputError(f"No checklist '{checklist}': choose {' or '.join(CHECKLISTS)}.",
                                 code="sites.bad_checklist", checklist=checklist[:40])
        snap = snapshot(self.packs(guideline or DEFAULT_GUIDELINE), checklist)
        values = self._assessment_values(snap, site_id, on or Date.today().isoformat())
        with self.db.write() as s:
            w = self._writer(s)
            self._live(w, "sites", site_id)
            row = w.create("assessments", clean_values(TABLES["assessments"], values))
        return {"id": row["id"], "version": 1, "status": "draft"}

    def _assessment_values(self, snap: Snapshot, site_id: str, on: str) -> dict[str, Any]:
        return {"site_id": str(site_id).strip().lower(), "date": on, "assessor": self.user(),
                "guideline": snap.guideline, "guideline_version": snap.version, "checklist": snap.checklist,
                "checklist_hash": snap.hash, "items": snap.items_json(), "status": "draft", "version": "1"}

    def set_answer(self, assessment_id: str, item_id: str, answer: str | None = None, note: str | None = None,
                   reason: str = "") -> dict[str, Any]:
        """Save one item's answer and/or note now; a change to an earlier value is logged with ``reason``."""
        if answer is not None and answer not in ANSWERS:
            raise SiteInputError(f"'{answer}' is not an answer: use yes, partly, no or na.", code="sites.bad_answer",
                                 answer=str(answer)[:20])
        with self.db.write() as s:
            w = self._writer(s)
            a, item = self._draft_item(w, assessment_id, item_id)
            current = self._answer_row(w, a["id"], item_id)
            changes = {k: v for k, v in (("answer", answer), ("note", note)) if v is not None}
            if current is None:
                row = w.create("assessment_answers", clean_values(TABLES["assessment_answers"], {
                    "assessment_id": a["id"], "item_id": item_id, "aspect": item["aspect"], **changes}))
            else:
                cleaned = clean_values(TABLES["assessment_answers"], changes, current=current)
                row = w.update("assessment_answers", current, cleaned) or current
                for field, new in cleaned.items():
                    if current[field] and current[field] != new:
                        w.create("assessment_audit", clean_values(TABLES["assessment_audit"], {
                            "assessment_id": a["id"], "item_id": item_id, "field": field, "old": current[field],
                            "new": new, "reason": (reason or a["reason"])[:500]}))
            fault_point("sites.answer")  # the reliability suite kills the app here, mid-answer
        return _answer_public(row)

    def set_action(self, assessment_id: str, item_id: str, what: str, who: str = "", due: str | None = None,
                   done: bool = False) -> dict[str, Any]:
        """The follow-up action of an item answered no or partly."""
        with self.db.write() as s:
            w = self._writer(s)
            a, _item = self._draft_item(w, assessment_id, item_id)
            current = self._answer_row(w, a["id"], item_id)
            if current is None or current["answer"] not in ("no", "partly"):
                raise SiteInputError("A follow-up action belongs to an item answered no or partly.",
                                     code="sites.action_needs_no", item=item_id[:60])
            changes = {"action_what": what, "action_who": who, "action_due": due, "action_done": done}
            row = w.update("assessment_answers", current,
                           clean_values(TABLES["assessment_answers"], changes, current=current)) or current
        return _answer_public(row)

    def _draft_item(self, w: ChangeWriter, assessment_id: str, item_id: str) -> tuple[dict, dict]:
        a = self._live(w, "assessments", assessment_id)
        if a["status"] == "finalized":
            raise AssessmentLocked(f"Assessment {a['id']} is finalized and cannot change; revise it to make a new "
                                   "version.", version=int(a["version"] or 1))
        item = next((i for i in load_items(a["items"]) if i["id"] == item_id), None)
        if item is None:
            raise SiteInputError(f"The checklist of this assessment has no item '{item_id}'.",
                                 code="sites.unknown_item", item=str(item_id)[:60])
        return a, item

    @staticmethod
    def _answer_row(w: ChangeWriter, assessment_id: str, item_id: str) -> dict | None:
        t = AssessmentAnswer
        rid = w.s.scalar(select(t.id).where(t.assessment_id == assessment_id, t.item_id == item_id,
                                            t.deleted.is_not(True)).order_by(t.updated_hlc.desc()))
        return w.load("assessment_answers", rid) if rid else None

    def add_photo(self, assessment_id: str, item_id: str, source: Path) -> dict[str, Any]:
        """Store a photo of an item (by hash, with its ≤1600 px copy) and record it with its EXIF time and
        position, flagged when taken over 1 km from the site."""
        with self.db.session() as s:  # refuse a locked assessment before any work on the file
            found = _rows(s, Assessment, Assessment.id == str(assessment_id).strip().lower())
            if found and found[0]["status"] == "finalized":
                raise AssessmentLocked(f"Assessment {assessment_id} is finalized and cannot change; revise it to "
                                       "make a new version.", version=int(found[0]["version"] or 1))
        info = store_photo(self.data_dir, Path(source))
        with self.db.write() as s:
            w = self._writer(s)
            a, _item = self._draft_item(w, assessment_id, item_id)
            site = w.load("sites", a["site_id"]) or {}
            site_lat = float(site["lat"]) if site.get("lat") else None
            site_lon = float(site["lon"]) if site.get("lon") else None
            dist, far = far_from(site_lat, site_lon, info.lat, info.lon)
            row = w.create("site_photos", clean_values(TABLES["site_photos"], {
                "sha256": info.sha256, "assessment_id": a["id"], "item_id": item_id, "file_name": Path(source).name[:255],
                "taken_at": info.taken_at, "lat": f"{info.lat:.6f}" if info.lat is not None else "",
                "lon": f"{info.lon:.6f}" if info.lon is not None else "",
                "distance_m": f"{dist:.0f}" if dist is not None else "", "far": far, "size": str(info.size)}))
        return {**_photo_public(row), "item_id": item_id, "width": info.width, "height": info.height, "size": info.size}

    def finalize(self, assessment_id: str, next_visit: str | None = None) -> dict[str, Any]:
        """Lock a draft; refused (naming them) while items are unanswered."""
        with self.db.write() as s:
            w = self._writer(s)
            a = self._live(w, "assessments", assessment_id)
            if a["status"] == "finalized":
                raise AssessmentLocked(f"Assessment {a['id']} is already finalized.", version=int(a["version"] or 1))
            answered = {r["item_id"] for r in _rows(s, AssessmentAnswer, AssessmentAnswer.assessment_id == a["id"],
                                                    AssessmentAnswer.deleted.is_not(True)) if r["answer"]}
            missing = [i["id"] for i in load_items(a["items"]) if i["id"] not in answered]
            if missing:
                raise Unanswered(f"{len(missing)} item(s) are not answered yet: {', '.join(missing)}.",
                                 count=len(missing), items=", ".join(missing))
            changes = {"status": "finalized", "finalized_at": utcnow()}
            if next_visit is not None:
                changes["next_visit"] = next_visit
            w.update("assessments", a, clean_values(TABLES["assessments"], changes, current=a))
        return self.show(assessment_id)

    def revise(self, assessment_id: str, reason: str) -> dict[str, Any]:
        """Version N+1 (a draft with the same answers) of the newest, finalized version; N stays readable."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise SiteInputError("Say why the assessment is revised (--reason).", code="sites.reason_required")
        with self.db.write() as s:
            w = self._writer(s)
            a = self._live(w, "assessments", assessment_id)
            newer = s.scalar(select(Assessment.id).where(Assessment.previous_id == a["id"], Assessment.deleted.is_not(True)))
            if newer:
                raise SiteInputError("Only the newest version of an assessment can be revised.",
                                     code="sites.not_latest", id=newer)
            if a["status"] != "finalized":
                raise SiteInputError("A draft can still be changed; finalize it before revising it.",
                                     code="sites.not_finalized")
            names = TABLES["assessments"].names
            values = {n: a[n] for n in names}
            values.update(status="draft", version=str(int(a["version"] or 1) + 1), previous_id=a["id"],
                          reason=reason, finalized_at="")
            new = w.create("assessments", clean_values(TABLES["assessments"], values))
            spec = TABLES["assessment_answers"]
            for r in _rows(s, AssessmentAnswer, AssessmentAnswer.assessment_id == a["id"], AssessmentAnswer.deleted.is_not(True)):
                w.create("assessment_answers", clean_values(spec, {**{n: r[n] for n in spec.names}, "assessment_id": new["id"]}))
            for p in _rows(s, SitePhoto, SitePhoto.assessment_id == a["id"], SitePhoto.deleted.is_not(True)):
                pspec = TABLES["site_photos"]
                w.create("site_photos", clean_values(pspec, {**{n: p[n] for n in pspec.names}, "assessment_id": new["id"]}))
        return {"id": new["id"], "version": int(new["version"]), "status": "draft", "previous_id": a["id"]}

    # -- reading -----------------------------------------------------------------------------------
    def chain(self, s, assessment_id: str) -> list[dict]:
        """Every version of the visit ``assessment_id`` belongs to, oldest first."""
        found = _rows(s, Assessment, Assessment.id == str(assessment_id).strip().lower(), Assessment.deleted.is_not(True))
        if not found:
            raise NotFound(f"No assessment with id {assessment_id}.", code="sites.not_found", id=str(assessment_id)[:40])
        first = found[0]
        seen = {first["id"]}
        while first["previous_id"] and first["previous_id"] not in seen:
            back = _rows(s, Assessment, Assessment.id == first["previous_id"])
            if not back:
                break
            first = back[0]
            seen.add(first["id"])
        versions = [first]
        while len(versions) < 1000:
            nxt = _rows(s, Assessment, Assessment.previous_id == versions[-1]["id"], Assessment.deleted.is_not(True),
                        order=(Assessment.updated_hlc,))
            if not nxt or nxt[0]["id"] in {v["id"] for v in versions}:
                break
            versions.append(nxt[0])
        return versions

    def show(self, assessment_id: str, version: int | None = None) -> dict[str, Any]:
        """The assessment (or another ``version`` of the same visit) as the CLI's JSON shape."""
        with self.db.session() as s:
            versions = self.chain(s, assessment_id)
            if version is None:
                a = next(v for v in versions if v["id"] == str(assessment_id).strip().lower())
            else:
                a = next((v for v in versions if int(v["version"] or 1) == version), None)
                if a is None:
                    have = ", ".join(str(v["version"]) for v in versions)
                    raise NotFound(f"This assessment has no version {version} (it has {have}).",
                                   code="sites.no_version", version=version, have=have)
            answers = {r["item_id"]: r for r in _rows(s, AssessmentAnswer, AssessmentAnswer.assessment_id == a["id"],
                                                       AssessmentAnswer.deleted.is_not(True), order=(AssessmentAnswer.updated_hlc,))}
            photos: dict[str, list[dict]] = defaultdict(list)
            for p in _rows(s, SitePhoto, SitePhoto.assessment_id == a["id"], SitePhoto.deleted.is_not(True),
                           order=(SitePhoto.created_at,)):
                photos[p["item_id"]].append(_photo_public(p))
        items = []
        for i in load_items(a["items"]):
            r = answers.get(i["id"]) or {}
            items.append({"id": i["id"], "aspect": i["aspect"], "text_vi": i["text_vi"], "text_en": i["text_en"],
                          "answer": r.get("answer") or None, "note": r.get("note") or "",
                          "photos": photos.get(i["id"], []),
                          "action": {"what": r.get("action_what") or "", "who": r.get("action_who") or "",
                                     "due": r.get("action_due"), "done": bool(r.get("action_done"))}})
        return {"id": a["id"], "site_id": a["site_id"], "status": a["status"], "version": int(a["version"] or 1),
                "date": a["date"], "assessor": a["assessor"], "reason": a["reason"], "previous_id": a["previous_id"] or None,
                "finalized_at": a["finalized_at"] or None, "next_visit": a["next_visit"],
                "checklist": {"guideline": a["guideline"], "version": a["guideline_version"], "hash": a["checklist_hash"],
                              "id": a["checklist"]},
                "items": items, "scores": scores((i["aspect"], i["answer"] or "") for i in items),
                "versions": [{"id": v["id"], "version": int(v["version"] or 1), "status": v["status"]} for v in versions]}

    def history(self, assessment_id: str) -> dict[str, Any]:
        """Every version of the visit and every change to an answer after the first, oldest first."""
        with self.db.session() as s:
            versions = self.chain(s, assessment_id)
            by_id = {v["id"]: int(v["version"] or 1) for v in versions}
            changes = _rows(s, AssessmentAudit, AssessmentAudit.assessment_id.in_(list(by_id)),
                            AssessmentAudit.deleted.is_not(True), order=(AssessmentAudit.created_at, AssessmentAudit.updated_hlc))
        return {"id": versions[0]["id"],
                "versions": [{"id": v["id"], "version": int(v["version"] or 1), "status": v["status"], "date": v["date"],
                              "created_at": v["created_at"], "created_by": v["assessor"], "finalized_at": v["finalized_at"] or None,
                              "reason": v["reason"]} for v in versions],
                "changes": [{"at": c["created_at"], "who": c["updated_by"], "version": by_id[c["assessment_id"]],
                             "assessment_id": c["assessment_id"], "item": c["item_id"], "field": c["field"],
                             "old": c["old"], "new": c["new"], "reason": c["reason"]} for c in changes]}

    def actions(self, site_id: str) -> list[dict[str, Any]]:
        """The follow-up actions not done yet at a site (newest version of each visit), soonest due first."""
        out = []
        with self.db.session() as s:
            visits = self._visits(s, [str(site_id).strip().lower()]).get(str(site_id).strip().lower(), [])
            for v in visits:
                a = _rows(s, Assessment, Assessment.id == v["id"])[0]
                texts = {i["id"]: i for i in load_items(a["items"])}
                for r in _rows(s, AssessmentAnswer, AssessmentAnswer.assessment_id == v["id"], AssessmentAnswer.deleted.is_not(True),
                               AssessmentAnswer.action_what != "", AssessmentAnswer.action_done.is_(False)):
                    item = texts.get(r["item_id"], {})
                    out.append({"assessment_id": v["id"], "date": v["date"], "item_id": r["item_id"],
                                "text_vi": item.get("text_vi", ""), "text_en": item.get("text_en", ""),
                                "what": r["action_what"], "who": r["action_who"], "due": r["action_due"]})
        return sorted(out, key=lambda x: (x["due"] or "9999", x["date"] or ""))

    def resume_at(self, assessment_id: str) -> int:
        """The index of the first unanswered item (where the form reopens); the item count when all are answered."""
        data = self.show(assessment_id)
        return next((n for n, i in enumerate(data["items"]) if not i["answer"]), len(data["items"]))


def _site_public(r: dict) -> dict[str, Any]:
    return {"id": r["id"], "name": r["name"], "kind": r["kind"], "province": (r["provinces"] or [""])[0],
            "address": r["address"], "org": r["org"], "lat": float(r["lat"]) if r["lat"] else None,
            "lon": float(r["lon"]) if r["lon"] else None}


def _answer_public(r: dict) -> dict[str, Any]:
    return {"assessment_id": r["assessment_id"], "item_id": r["item_id"], "answer": r["answer"] or None, "note": r["note"]}


def _photo_public(p: dict) -> dict[str, Any]:
    return {"sha256": p["sha256"], "file_name": p["file_name"], "taken_at": p["taken_at"] or None,
            "lat": float(p["lat"]) if p["lat"] else None, "lon": float(p["lon"]) if p["lon"] else None,
            "distance_m": float(p["distance_m"]) if p["distance_m"] else None, "far": bool(p["far"])}


def site_service(services) -> SiteService:
    """The site service of a :class:`~pan_desktop.core.services.Services` (packs: installed, else bundled)."""
    from pan_desktop.core.printing.jobs import get_pack

    return SiteService(services.db, services._user, lambda pack_id: get_pack(services, pack_id), services.data_dir)
