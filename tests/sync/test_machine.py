"""Reliability suite, random model-based run: a Hypothesis state machine over 3–5 devices in two or
three organisations plus the secretariat, against a real hub on 127.0.0.1.

Rules: create / update / delete / resolve on any device, a device going offline and back, syncing one
device, the shared wall clock jumping (+3 days, the year 2000, an hour back), a push request sent to
the hub again, an old hub answer delivered to a device again, a USB pack round trip (each pack
imported twice), and a device syncing with an impostor at its hub's address (a copy of the hub without
its signing key: refused, nothing changes). After every step: G1 (no edit
lost: each is pending, applied, held, quarantined or a kept conflict value), G3 (cursor safety), G5
(monotonicity) and scope. A replayed request or answer must change nothing (G4). At the end: heal,
sync everyone until settled, and G2 (every device's rows in scope equal the hub's).

The default run is bounded and deterministic (``derandomize``): ``MACHINE_EXAMPLES`` examples of at
most ``MACHINE_STEPS`` steps. For a long random run: ``PAN_SYNC_MACHINE_EXAMPLES=300 pytest -k machine``.
"""

from __future__ import annotations

import collections
import os
import shutil
import time

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import func, select

from pan_desktop.core.shared import clock
from pan_desktop.core.errors import NotFound
from pan_desktop.core.models import RECORD_MODELS
from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import HubClient, HubUnreachable, HubUnverified
from pan_desktop.core.shared.protocol import PushRequest, PushResponse, decode_body, encode_body
from pan_desktop.core.sync.usb_device import UsbDevice
from pan_desktop.hub.usb import export_down_pack, import_up_pack
from pan_desktop.hub.models import ChangeRow, Counter
from tests.hub_trust.impostor import point_at, start_impostor
from tests.sync.oracle import Network
from tests.sync.hubserver import needs_sqlite_hub

LONG_RUN = int(os.environ.get("PAN_SYNC_MACHINE_EXAMPLES", "0"))
MACHINE_EXAMPLES = LONG_RUN or 10
MACHINE_STEPS = 20
TIME_BOUND_S = 45 if not LONG_RUN else 3600  # after this, remaining examples do nothing but heal

DEVICES = [("a1", "Org A", "contributor"), ("b1", "Org B", "contributor"), ("sec", "Secretariat", "secretariat"),
           ("a2", "Org A", "contributor"), ("c1", "Org C", "contributor")]
TEXTS = ["Thu gom rác thải nhựa", "Giảm túi ni lông ở chợ", "Đổi chai lấy cây", "Plastic-free market",
         "Tái chế ở Hội An", "Nước Đà Nẵng sạch", ""]
EDITS = {
    "initiatives": {"title_en": st.sampled_from(TEXTS), "status": st.sampled_from(["planned", "ongoing", "completed"]),
                    "provinces": st.sampled_from([[], ["Hà Nội"], ["Đà Nẵng", "Huế"]])},
    "events": {"title_vi": st.sampled_from(TEXTS[:-1]), "location": st.sampled_from(TEXTS),
               "event_type": st.sampled_from(["meeting", "training", "workshop"])},
}
PEOPLE = ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Mai"]
PHONES = ["", "0912000001", "0987000002"]
SKEWS_MS = [0, 3 * 86_400_000, -(26 * 365 * 86_400_000), -3_600_000]
DEAD_HUB = "http://127.0.0.1:9"  # nothing listens on the discard port: an offline device fails at once


class SkewedClock:
    """Stands in for the ``time`` module of the device clock; ``offset_ms`` is the laptop's error."""

    offset_ms = 0

    def time(self) -> float:
        return time.time() + self.offset_ms / 1000


class RecordingClient(HubClient):
    """Keeps the last push request and its decoded answer, for the replay rules."""

    def __init__(self, url: str, sink: dict):
        super().__init__(url, timeout=10, attempts=1 if url == DEAD_HUB else 3, backoff=0.02)
        self.sink = sink

    def call(self, method, path, cls, body=None, auth=False, retry=True):
        answer = super().call(method, path, cls, body, auth, retry)
        if path == "/v1/push" and body is not None:
            self.sink.update(request=body, answer=answer, token=self.token)
        return answer


class SyncNetworkMachine(RuleBasedStateMachine):
    # Set by the test: a running hub, a work folder, and a snapshot of the starting network (the hub
    # database and every device's data dir, enrolled and seeded) that each example starts from.
    hub = None
    impostor = None  # a copy of the starting hub with another signing key, on another port
    workdir = None
    snapshot = None
    skew = SkewedClock()
    started = 0.0
    examples = 0
    seen: collections.Counter  # what the run exercised (the test checks it did exercise it)

    def __init__(self):
        super().__init__()
        cls = type(self)
        cls.examples += 1
        self.skew.offset_ms = 0
        self.idle = time.monotonic() - cls.started > TIME_BOUND_S
        self.seen["idle"] += self.idle
        if os.environ.get("PAN_SYNC_MACHINE_TRACE"):
            print(f"example {cls.examples} at {time.monotonic() - cls.started:.1f}s", flush=True)
        self.folder = self.workdir / f"ex{cls.examples}"
        self.folder.mkdir()
        self.hub.restore(self.snapshot / "hub.db")
        self.net = Network(self.hub, self.folder, None)
        self.offline: set[str] = set()
        self.sinks: dict[str, dict] = {}

    # -- set-up ---------------------------------------------------------------------------------------
    @initialize(n=st.integers(3, 5), away=st.integers(0, 4))
    def open_devices(self, n, away):
        """Copies of the snapshot's devices: a1 and a2 in Org A, b1 in Org B, c1 in Org C, and the
        secretariat; they already hold a few shared records, so concurrent edits meet at once.
        Device ``away`` starts without a link (every example has an offline period)."""
        for name, _org, _role in DEVICES[: 3 if self.idle else n]:
            sink = self.sinks.setdefault(name, {})
            factory = (lambda url, name=name, sink=sink:
                       RecordingClient(DEAD_HUB if name in self.offline else url, sink))
            shutil.copytree(self.snapshot / name, self.folder / name)
            self.net.open_device(name, self.folder / name, client_factory=factory)
        if not self.idle:
            self.toggle_offline(away)

    def _dev(self, i):
        return self.net.devices[i % len(self.net.devices)]

    def _pick(self, dev, table, pick):
        ids = _live_ids(dev, table)
        return ids[pick % len(ids)] if ids else None

    # -- edits ----------------------------------------------------------------------------------------
    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4), table=st.sampled_from(sorted(EDITS)), title=st.sampled_from(TEXTS[:-1]),
          visibility=st.sampled_from(["network", "network", "org"]))
    def create(self, i, table, title, visibility):
        self._dev(i).services.records[table].create({"title_vi": title}, visibility=visibility)

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4), table=st.sampled_from(sorted(EDITS)), pick=st.integers(0, 50), data=st.data())
    def update(self, i, table, pick, data):
        dev = self._dev(i)
        rid = self._pick(dev, table, pick)
        if rid is None:
            return
        name = data.draw(st.sampled_from(sorted(EDITS[table])))
        dev.services.records[table].update(rid, {name: data.draw(EDITS[table][name])})

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4), j=st.integers(0, 4), pick=st.integers(0, 50), texts=st.permutations(TEXTS))
    def same_field_on_two_devices(self, i, j, pick, texts):
        """Two devices allowed to change a record both hold change the same field, then both sync."""
        sec = next(d for d in self.net.devices if d.name == "sec")
        ids = _live_ids(sec, "initiatives")
        if not ids:
            return
        rid = ids[pick % len(ids)]
        org = sec.services.initiatives.get(rid).meta["org_id"]
        writers = [d for d in self.net.devices if rid in _live_ids(d, "initiatives")
                   and (d is sec or d.services.initiatives.get(rid).meta["org_id"] == d.link().org_id == org)]
        if len(writers) < 2:
            return
        one = writers[i % len(writers)]
        two = writers[(i + 1 + j % (len(writers) - 1)) % len(writers)]
        one.services.initiatives.update(rid, {"title_en": texts[0]})
        two.services.initiatives.update(rid, {"title_en": texts[1]})
        for d in (one, two):
            self.sync(self.net.devices.index(d))

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4), table=st.sampled_from(sorted(EDITS)), pick=st.integers(0, 50))
    def delete(self, i, table, pick):
        dev = self._dev(i)
        rid = self._pick(dev, table, pick)
        if rid is not None:
            dev.services.records[table].delete(rid)

    # Only offered while a conflict is open, so the bounded run resolves some (chosen among ~20 rules at
    # every step, it came up only before any conflict existed once the training rules joined).
    @precondition(lambda self: not self.idle and any(c.open for d in self.net.devices for c in d.services.conflicts.list()))
    @rule(i=st.integers(0, 4), pick=st.integers(0, 50), choice=st.sampled_from(["keep", "use_other"]))
    def resolve_conflict(self, i, pick, choice):
        """A person on one of the devices that show an open conflict settles it."""
        showing = [(d, [c for c in d.services.conflicts.list() if c.open]) for d in self.net.devices]
        showing = [(d, cs) for d, cs in showing if cs]
        if not showing:
            return
        dev, open_ = showing[i % len(showing)]
        try:
            dev.services.conflicts.resolve(open_[pick % len(open_)].id, choice)
        except NotFound:
            pass  # the conflict's record is not here yet (another org's private row); nothing changed

    # -- training: sessions, participants (personal, org only) and enrolments, erased for good ---------
    # One rule for the five kinds of training step, so they take one rule's share of the run and the
    # older rules (conflicts, resolutions, USB, impostor) still come up in the bounded default run.
    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4), pick=st.integers(0, 50), data=st.data(),
          action=st.sampled_from(["session", "participant", "edit", "scores", "erase"]))
    def training(self, i, pick, data, action):
        dev = self._dev(i)
        t = dev.services.training
        if action == "session":
            title, visibility = data.draw(st.sampled_from(TEXTS[:-1])), data.draw(st.sampled_from(["network", "org"]))
            t.add_session({"title": title, "start_date": "2026-03-10"}, visibility=visibility)
        elif action == "participant":  # enrolled in a session this device holds (its own, or a network one)
            sid = self._pick(dev, "training_sessions", pick)
            if sid is not None:
                person = {"name": data.draw(st.sampled_from(PEOPLE)), "phone": data.draw(st.sampled_from(PHONES))}
                t.add_participant({**person, "consent": True}, session_id=sid)
                self.seen["participant"] += 1
        elif action == "edit":
            pid = self._pick(dev, "participants", pick)
            if pid is not None:
                field = data.draw(st.sampled_from(["name", "phone", "sex"]))
                value = data.draw(st.sampled_from({"name": PEOPLE, "phone": PHONES, "sex": ["female", "male", "other"]}[field]))
                t.update_participant(pid, {field: value})
                self.seen["participant edit"] += 1
        elif action == "scores":
            eid = self._pick(dev, "enrolments", pick)
            if eid is not None:
                with dev.services.db.session() as s:
                    row = s.get(RECORD_MODELS["enrolments"], eid)
                    sid, pid = row.session_id, row.participant_id
                try:
                    t.set_results(sid, pid, pre_score=data.draw(st.integers(0, 100)), post_score=data.draw(st.integers(0, 100)))
                    self.seen["scores"] += 1
                except NotFound:
                    pass  # its session was deleted here: nothing changed
        else:  # a person asks to be forgotten: a purging tombstone, concurrent with edits elsewhere
            pid = self._pick(dev, "participants", pick)
            if pid is not None:
                t.erase_participant(pid)
                self.seen["erased"] += 1

    # -- links, clocks, sync --------------------------------------------------------------------------
    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4))
    def toggle_offline(self, i):
        """The device loses its link (and tries to sync anyway) or gets it back."""
        name = self._dev(i).name
        self.offline ^= {name}
        if name in self.offline:
            self.sync(i)

    @precondition(lambda self: not self.idle)
    @rule(offset=st.sampled_from(SKEWS_MS))
    def clock_jump(self, offset):
        self.skew.offset_ms = offset

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4))
    def sync(self, i):
        dev = self._dev(i)
        self.seen["sync"] += 1
        if dev.name in self.offline:
            self.seen["offline sync"] += 1
            before = _outbox(dev)
            with pytest.raises(HubUnreachable):
                dev.sync()
            assert _outbox(dev) == before, "a failed sync changed the outbox"
        else:
            dev.sync()

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4), j=st.integers(0, 4))
    def sync_two(self, i, j):
        """Two devices one after the other: the usual way concurrent edits meet at the hub."""
        self.sync(i)
        self.sync(j)

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4))
    def replay_push(self, i):
        """G4 at the hub: the same push request again changes nothing there."""
        sink = self.sinks.get(self._dev(i).name) or {}
        if "request" not in sink:
            return
        self.seen["replayed push"] += 1
        before = _hub_state(self.hub)
        r = httpx.post(self.hub.url + "/v1/push", content=encode_body(sink["request"], "gzip"), timeout=10,
                       headers={"authorization": f"Bearer {sink['token']}", "content-encoding": "gzip",
                                "content-type": "application/json"})
        assert r.status_code == 200, r.text
        again = decode_body(PushResponse, r.content)
        assert _hub_state(self.hub) == before, "G4: a replayed push changed the hub"
        first = {x.device_seq: x.status for x in sink["answer"].results}
        for x in again.results:
            assert x.status == first[x.device_seq] or (first[x.device_seq], x.status) in (
                ("applied", "duplicate"), ("held", "duplicate"), ("held", "quarantined"), ("held", "mismatch")), \
                f"G4: edit {x.device_seq} was {first[x.device_seq]}, replayed {x.status}"

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4))
    def sync_with_impostor(self, i):
        """A café Wi-Fi answers for the hub: the device refuses it, and nothing here changes."""
        dev = self._dev(i)
        if dev.name in self.offline:
            return
        self.seen["impostor"] += 1
        before, link = _outbox(dev), dev.link()
        point_at(dev, self.impostor.url)
        try:
            with pytest.raises(HubUnverified):
                dev.sync()
        finally:
            point_at(dev, self.hub.url)
        after = dev.link()
        assert _outbox(dev) == before, "an impostor's answer changed the outbox"
        assert (after.epoch, after.cursors) == (link.epoch, link.cursors), "an impostor's answer was kept"

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4))
    def late_answer(self, i):
        """G4 on the device: an old hub answer applied again moves nothing backwards."""
        dev = self._dev(i)
        sink = self.sinks.get(dev.name) or {}
        if "answer" not in sink:
            return
        req: PushRequest = sink["request"]
        self.seen["late answer"] += 1
        with dev.services.db.write() as s:
            local.apply_response(s, sink["answer"], req.entries)

    @precondition(lambda self: not self.idle)
    @rule(i=st.integers(0, 4))
    def usb_round_trip(self, i):
        """Edits by USB stick (.pansync), online or not; each pack imported again changes nothing (G4)."""
        dev = self._dev(i)
        self.seen["usb"] += 1
        up, down = self.folder / "up.pansync", self.folder / "down.pansync"
        UsbDevice(dev.services).export(up)
        import_up_pack(self.hub.store, up)
        before = _hub_state(self.hub)
        assert import_up_pack(self.hub.store, up).already_imported and _hub_state(self.hub) == before
        export_down_pack(self.hub.store, dev.id, down)
        UsbDevice(dev.services).import_pack(down)
        before = _outbox(dev)
        assert UsbDevice(dev.services).import_pack(down).already_imported and _outbox(dev) == before

    @precondition(lambda self: self.idle)
    @rule()
    def rest(self):
        """Past the time bound every other rule is off; Hypothesis still needs one to choose."""

    # -- guarantees -----------------------------------------------------------------------------------
    @invariant()
    def no_loss_cursor_safety_monotonic(self):
        self.seen["steps"] += 1
        if self.net.devices:
            self.net.check(converged=False)

    def teardown(self):
        try:
            if self.net.devices:
                self.skew.offset_ms = 0
                self.offline.clear()
                self.net.sync_all()
                sec = next(d for d in self.net.devices if d.name == "sec")
                open_ = [c for c in sec.services.conflicts.list() if c.open]
                if open_:  # the secretariat settles one before the final check, so every run resolves some
                    sec.services.conflicts.resolve(open_[0].id, "use_other")
                    self.net.sync_all()
                self.net.check(converged=True)
                self.seen["conflicts"] += len(sec.services.conflicts.list(include_resolved=True))
                self.seen["resolved"] += sum(1 for c in sec.services.conflicts.list(include_resolved=True) if c.resolution)
                self.seen["quarantined"] += sum(len(d.services.conflicts.quarantined()) for d in self.net.devices)
        finally:
            self.net.close()


def _live_ids(dev, table) -> list[str]:
    model = RECORD_MODELS[table]
    with dev.services.db.session() as s:
        return sorted(s.scalars(select(model.id).where(model.deleted.is_(False))))


def _outbox(dev) -> list[tuple]:
    from pan_desktop.core.models import OutboxEntry

    with dev.services.db.session() as s:
        return [tuple(r) for r in s.execute(select(OutboxEntry.device_seq, OutboxEntry.status, OutboxEntry.hash))]


def _hub_state(hub) -> tuple:
    with hub.store.read() as s:
        return (s.execute(select(Counter.value)).scalar_one(),
                s.execute(select(func.count()).select_from(ChangeRow)).scalar_one())


def build_snapshot(hub, folder, template):
    """The starting network, built once: five devices enrolled, a few records every device holds."""
    hub.reset()
    net = Network(hub, folder, template)
    for name, org, role in DEVICES:
        net.device(name, org, role)
    a1, b1 = net.devices[0], net.devices[1]
    for title in TEXTS[:2]:
        a1.services.initiatives.create({"title_vi": title})
    a1.services.events.create({"title_vi": TEXTS[2]}, visibility="org")
    b1.services.initiatives.create({"title_vi": TEXTS[3]})
    net.sync_all()
    net.check()
    net.close()
    for d in net.devices:
        shutil.move(str(folder / f"dev-{d.name}"), str(folder / d.name))
    hub.backup(folder / "hub.db")
    return folder


@pytest.mark.slow
@needs_sqlite_hub
def test_random_network_keeps_every_guarantee(hub, tmp_path, data_dir, monkeypatch, request):
    snapshot = build_snapshot(hub, tmp_path / "snapshot", data_dir)
    impostor = start_impostor(hub, tmp_path)
    request.addfinalizer(impostor.stop)
    skew = SkewedClock()
    monkeypatch.setattr(clock, "time", skew)
    monkeypatch.setattr(local, "time", skew)
    seen = collections.Counter()
    machine = type("Machine", (SyncNetworkMachine,), {
        "hub": hub, "impostor": impostor, "workdir": tmp_path, "snapshot": snapshot, "skew": skew, "started": time.monotonic(),
        "seen": seen})
    run_state_machine_as_test(machine, settings=settings(
        max_examples=MACHINE_EXAMPLES, stateful_step_count=MACHINE_STEPS, deadline=None, derandomize=not LONG_RUN,
        database=None, suppress_health_check=list(HealthCheck)))
    print(dict(seen))
    if seen["idle"] or LONG_RUN:
        return  # cut short by the time bound, or random: no claim about what the run exercised
    seen["replayed"] = seen["replayed push"] + seen["late answer"]
    for what in ("conflicts", "resolved", "quarantined", "offline sync", "replayed", "usb", "impostor"):
        assert seen[what] > 0, f"the random run never produced: {what} ({dict(seen)})"
