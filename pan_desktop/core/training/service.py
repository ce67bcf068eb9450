"""Training sessions, their participants and results, written through the one write path.

Sessions may be network-visible; participants and enrolments are personal data (``org`` visibility,
erased on delete, core/shared/privacy.py). Each call is one transaction; results are plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pan_desktop.core.db import Database
from pan_desktop.core.errors import NotFound, PanError
from pan_desktop.core.models import Enrolment, Participant, TrainingSession
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.services.records import Record, _check_id, record_from_row
from pan_desktop.core.shared.privacy import erased_values, visibility_for
from pan_desktop.core.shared.schema import ENROLMENTS, PARTICIPANTS, TRAINING_SESSIONS
from pan_desktop.core.shared.validation import clean_values
from pan_desktop.core.training.importing import SessionImport, import_people
from pan_desktop.core.training.matching import Candidate, alive, find_candidates

DEFAULT_PASS_MARK = 70
SESSIONS, PEOPLE, ENROLS = TRAINING_SESSIONS.table, PARTICIPANTS.table, ENROLMENTS.table
RESULT_FIELDS = ("attended", "pre_score", "post_score", "oral")


@dataclass(frozen=True)
class Attendee:
    """One row of a session's attendance: the person and their results."""

    enrolment_id: str
    participant: Record
    attended: bool
    pre_score: float | None
    post_score: float | None
    oral: bool

    def passed(self, pass_mark: float) -> bool:
        return self.attended and self.post_score is not None and self.post_score >= pass_mark


@dataclass(frozen=True)
class SessionDetail:
    session: Record
    attendees: list[Attendee] = field(default_factory=list)

    @property
    def pass_mark(self) -> float:
        mark = self.session.get("pass_mark")
        return DEFAULT_PASS_MARK if mark is None else mark

    def completers(self) -> list[Attendee]:
        return [a for a in self.attendees if a.passed(self.pass_mark)]


class TrainingService:
    """The door to training records: plan sessions, enrol people (one person, one participant), record
    attendance and scores, erase a person."""

    def __init__(self, db: Database, user: Callable[[], str] = lambda: ""):
        self.db = db
        self.user = user

    # -- sessions ------------------------------------------------------------------------------------
    def add_session(self, values: dict[str, Any], visibility: str = "network") -> Record:
        """A new session; the pass mark is 70 % unless given."""
        values = dict(values)
        if values.get("pass_mark") in (None, ""):
            values["pass_mark"] = DEFAULT_PASS_MARK
        cleaned = clean_values(TRAINING_SESSIONS, values)
        with self.db.write() as s:
            row = ChangeWriter(s, "local", self.user()).create(SESSIONS, cleaned, visibility=visibility)
        return record_from_row(SESSIONS, row)

    def update_session(self, session_id: str, changes: dict[str, Any]) -> Record:
        return self._update(SESSIONS, TRAINING_SESSIONS, session_id, changes)

    def _update(self, table: str, spec, record_id: str, changes: dict[str, Any]) -> Record:
        """Clean ``changes`` against the stored row and write them through the change writer."""
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            row = self._live(writer, table, record_id)
            cleaned = clean_values(spec, changes, current={n: row[n] for n in spec.names})
            row = writer.update(table, row, cleaned) or row
        return record_from_row(table, row)

    def delete_session(self, session_id: str) -> None:
        """Delete a session and its enrolments (their scores erased); the participants stay."""
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            row = self._live(writer, SESSIONS, session_id)
            for rid in s.scalars(select(Enrolment.id).where(Enrolment.session_id == row["id"], alive(Enrolment.deleted))):
                self._erase(writer, ENROLS, writer.load(ENROLS, rid))
            writer.set_deleted(SESSIONS, row, True)

    def sessions(self) -> list[Record]:
        """Live sessions, newest first."""
        tbl = TrainingSession.__table__
        with self.db.session() as s:
            rows = s.execute(select(tbl).where(tbl.c.deleted.is_(False))
                             .order_by(tbl.c.start_date.desc(), tbl.c.sort_key)).mappings().all()
        return [record_from_row(SESSIONS, r) for r in rows]

    def session(self, session_id: str) -> SessionDetail:
        """A session with its attendees, in the order they were enrolled."""
        session_id = _check_id(session_id)
        st, et, pt = TrainingSession.__table__, Enrolment.__table__, Participant.__table__
        with self.db.session() as s:
            row = s.execute(select(st).where(st.c.id == session_id, st.c.deleted.is_(False))).mappings().first()
            if row is None:
                raise NotFound(f"No training session with id {session_id}.", code="training.no_session", id=session_id)
            pairs = s.execute(select(et, *[pt.c[n].label(f"p_{n}") for n in ("id", *PARTICIPANTS.names, "deleted")])
                              .join(pt, pt.c.id == et.c.participant_id)
                              .where(et.c.session_id == session_id, alive(et.c.deleted), alive(pt.c.deleted))
                              .order_by(et.c.created_at, et.c.id)).mappings().all()
        attendees = [Attendee(p["id"], Record(PEOPLE, p["p_id"], {n: p[f"p_{n}"] for n in PARTICIPANTS.names}),
                              bool(p["attended"]), p["pre_score"], p["post_score"], bool(p["oral"])) for p in pairs]
        return SessionDetail(record_from_row(SESSIONS, row), attendees)

    # -- participants ----------------------------------------------------------------------------------
    def candidates(self, name: str, phone: str = "", birth_year: int | None = None) -> list[Candidate]:
        """Stored participants who may be this person (same folded name, and same phone or birth year)."""
        with self.db.session() as s:
            return find_candidates(s, name, phone, birth_year)

    def add_participant(self, values: dict[str, Any], session_id: str | None = None, same_as: str | None = None) -> Record:
        """Store a person (or use ``same_as``, a participant the person confirmed is them) and enrol
        them in ``session_id`` when given; enrolling twice in one session changes nothing."""
        cleaned = clean_values(PARTICIPANTS, values)
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            if session_id:
                session_id = self._live(writer, SESSIONS, session_id)["id"]
            if same_as:
                person = self._live(writer, PEOPLE, same_as)
            else:
                person = writer.create(PEOPLE, cleaned, visibility=visibility_for(PARTICIPANTS, "org"))
            if session_id:
                self.enrol_in(writer, session_id, person["id"])
        return record_from_row(PEOPLE, person)

    def update_participant(self, participant_id: str, changes: dict[str, Any]) -> Record:
        return self._update(PEOPLE, PARTICIPANTS, participant_id, changes)

    def enrol(self, session_id: str, participant_id: str) -> str:
        """Enrol a stored participant; returns the enrolment id (the existing one if already enrolled)."""
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            sid = self._live(writer, SESSIONS, session_id)["id"]
            pid = self._live(writer, PEOPLE, participant_id)["id"]
            return self.enrol_in(writer, sid, pid)

    def import_file(self, session_id: str, path: Path) -> SessionImport:
        """Enrol the people of a .csv/.xlsx list (with their results), all or nothing (importing.py)."""
        with self.db.write() as s:
            writer = ChangeWriter(s, "import", self.user())
            sid = self._live(writer, SESSIONS, session_id)["id"]
            return import_people(writer, sid, Path(path))

    def set_results(self, session_id: str, participant_id: str, **results: Any) -> dict[str, Any]:
        """Record ``attended``, ``pre_score``, ``post_score``, ``oral`` (those given) for one attendee."""
        return self.set_many(session_id, {participant_id: results})[0]

    def save_oral(self, session_id: str, participant_id: str, test, answers: list[int]) -> dict[str, Any]:
        """Record an oral test (core/training/oral.py): its score as the form's score, taken orally."""
        score = test.score(answers)
        return self.set_results(session_id, participant_id, attended=True, oral=True, **{f"{test.form}_score": score})

    def set_many(self, session_id: str, results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Results of several attendees of one session in one transaction (the grid's save)."""
        unknown = {n for values in results.values() for n in values} - set(RESULT_FIELDS)
        if unknown:
            raise PanError(f"Unknown result fields: {', '.join(sorted(unknown))}.", code="training.bad_result",
                           fields=", ".join(sorted(unknown)))
        out = []
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            sid = self._live(writer, SESSIONS, session_id)["id"]
            for pid, values in results.items():
                pid = _check_id(pid)
                eid = s.scalar(select(Enrolment.id).where(Enrolment.session_id == sid, Enrolment.participant_id == pid,
                                                          alive(Enrolment.deleted)))
                if eid is None:
                    raise NotFound(f"Participant {pid} is not enrolled in session {sid}.", code="training.not_enrolled",
                                   id=pid)
                row = writer.load(ENROLS, eid)
                cleaned = clean_values(ENROLMENTS, values, current={n: row[n] for n in ENROLMENTS.names})
                if (cleaned.get("pre_score") is not None or cleaned.get("post_score") is not None) and "attended" not in values:
                    cleaned["attended"] = True  # a score means the person was there
                row = writer.update(ENROLS, row, cleaned) or row
                out.append({n: row[n] for n in ("id", *ENROLMENTS.names)})
        return out

    def erase_participant(self, participant_id: str) -> None:
        """Delete a person for good: their personal fields and scores are erased here, in every copy of
        their edits kept on this device, and (after sync) on the hub and every other device."""
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            row = writer.load(PEOPLE, _check_id(participant_id))
            if row is None:
                raise NotFound(f"No participant with id {participant_id}.", code="training.no_participant", id=participant_id)
            for rid in s.scalars(select(Enrolment.id).where(Enrolment.participant_id == row["id"])):
                self._erase(writer, ENROLS, writer.load(ENROLS, rid))
            self._erase(writer, PEOPLE, row)

    # -- helpers ---------------------------------------------------------------------------------------
    @staticmethod
    def enrol_in(writer: ChangeWriter, session_id: str, participant_id: str) -> str:
        """Enrol in the writer's transaction; the existing enrolment's id when already enrolled."""
        found = writer.s.scalar(select(Enrolment.id).where(Enrolment.session_id == session_id,
                                                           Enrolment.participant_id == participant_id,
                                                           alive(Enrolment.deleted)))
        if found:
            return found
        row = writer.create(ENROLS, {"session_id": session_id, "participant_id": participant_id},
                            visibility=visibility_for(ENROLMENTS, "org"))
        return row["id"]

    def _erase(self, writer: ChangeWriter, table: str, row: dict[str, Any]) -> None:
        spec = PARTICIPANTS if table == PEOPLE else ENROLMENTS
        if not row["deleted"]:
            writer.update(table, row, {**erased_values(spec), "deleted": True})
        else:
            writer.update(table, row, erased_values(spec))
        writer.flush()
        writer.scrub_copies(table, row["id"])

    @staticmethod
    def _live(writer: ChangeWriter, table: str, record_id: str) -> dict[str, Any]:
        row = writer.load(table, _check_id(record_id))
        if row is None or row["deleted"]:
            what = {SESSIONS: "training session", PEOPLE: "participant"}.get(table, "record")
            raise NotFound(f"No {what} with id {record_id}.", code=f"training.no_{what.split()[-1]}", id=record_id)
        return row
