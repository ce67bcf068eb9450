"""Sync runs through named stages; how the last run ended (stage, outcome, error code) is stored, so the
Sync page can say where a sync stopped and what to do."""

from __future__ import annotations

import pytest

from pan_desktop.core.errors import Interrupted
from pan_desktop.core.sync.client import HubClient, HubUnreachable
from pan_desktop.core.sync.status import Outcome, Stage, sync_status
from tests.sync.hubserver import free_port


def test_a_run_reports_its_stages_and_stores_a_good_ending(network):
    a = network.device("a", "Org A")
    a.services.initiatives.create({"title_vi": "Một"})
    stages = []
    engine = a.services.sync_engine(progress=lambda p: stages.append(p.stage))
    engine.run()
    assert stages[:2] == [Stage.PUSH, Stage.APPLY] and stages[-1] == Stage.VERIFY  # first run: verified too
    assert set(stages) <= set(Stage.ALL)
    st = sync_status(a.services.db)
    assert (st.last_outcome, st.last_stage, st.last_error_code, st.stopped) == (Outcome.OK, Stage.VERIFY, "", False)
    assert st.last_sync_at


def test_an_unreachable_hub_is_stored_with_the_stage_it_stopped_at(network):
    a = network.device("a", "Org A")
    a.sync()
    a.services.initiatives.create({"title_vi": "Chờ gửi"})
    before = a.link().last_sync_at
    dead = f"http://127.0.0.1:{free_port()}"
    engine = a.services.sync_engine(client_factory=lambda _url: HubClient(dead, timeout=2, attempts=1, backoff=0))
    engine.identity.forget_token()  # so the run must reach the hub before anything else
    with pytest.raises(HubUnreachable):
        engine.run()
    st = sync_status(a.services.db)
    assert (st.last_outcome, st.last_stage, st.last_error_code) == (Outcome.FAILED, Stage.PUSH, "sync.unreachable.refused")
    assert st.stopped and st.last_sync_at == before and st.pending == 1


def test_a_cancelled_run_is_stored_as_cancelled(network):
    a = network.device("a", "Org A")
    with pytest.raises(Interrupted):
        a.services.sync_engine(cancelled=lambda: True).run()
    st = sync_status(a.services.db)
    assert (st.last_outcome, st.last_stage, st.last_error_code) == (Outcome.CANCELLED, Stage.PULL, "interrupted")


def test_the_sync_page_says_where_a_sync_stopped_and_what_to_do(qtbot, network, tmp_path):
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.sync import SyncPage
    from pan_desktop.ui.workers import Pools

    a = network.device("a", "Org A")
    a.services.initiatives.create({"title_vi": "Chờ gửi"})
    dead = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(HubUnreachable):
        a.services.sync_engine(client_factory=lambda _url: HubClient(dead, timeout=2, attempts=1, backoff=0)).run()
    ctx = AppContext(a.services, Pools(), Translation(tmp_path / "qm"), ChangeBridge(a.services), a.services.data_dir)
    for lang, where, what in (("en", "while sending this computer's edits", "Nothing answers at the hub's address"),
                              ("vi", "khi đang gửi các chỉnh sửa", "Không có gì trả lời ở địa chỉ máy chủ")):
        ctx.translation.set_language(lang)
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda p=page: p.status_box.isVisible() or p.values[5].text() not in ("", "none"), timeout=5000)
        qtbot.waitUntil(lambda p=page, w=where: w in p.values[5].text(), timeout=5000)
        assert what in page.values[5].text() and "127.0.0.1" not in page.values[5].text()
        page.resize(760, 420)
        page.grab().save(str(tmp_path / f"sync_page_stopped_{lang}.png"))
    ctx.pools.wait(5000)
    ctx.bridge.close()
    ctx.translation.uninstall()


def test_only_one_sync_runs_per_data_dir_in_threads_and_processes(network):
    import subprocess
    import sys
    import textwrap

    from pan_desktop.core.errors import PanError
    from pan_desktop.core.sync.engine import SyncLock

    a = network.device("a", "Org A")
    engine = a.engine
    with SyncLock(engine.lock_path):
        with pytest.raises(PanError) as busy:
            a.sync()
        assert busy.value.code == "sync.busy"
    a.sync()  # released: the next run goes ahead
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pan_desktop.core.sync.engine import SyncLock
        with SyncLock(__import__("pathlib").Path({str(engine.lock_path)!r})):
            print("held", flush=True)
            sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(PanError, match="already running"):
            a.sync()
    finally:
        holder.kill()
        holder.wait(10)
    assert a.sync().requests >= 1  # a process that died holding it leaves no lock behind
