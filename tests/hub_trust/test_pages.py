"""The Conflicts page words what the hub refused for people: kind, record, field labels and reason in the
interface language, never table names, ids or the hub's English."""

from __future__ import annotations


def test_a_refused_edit_is_listed_in_vietnamese(qtbot, network, tmp_path):
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.sync import ConflictsPage
    from pan_desktop.ui.workers import Pools

    viewer = network.device("v", "Org A", role="viewer")
    viewer.services.initiatives.create({"title_vi": "Chợ không túi ni lông"})
    assert viewer.sync().quarantined == 1
    translation = Translation(tmp_path / "qm")
    translation.set_language("vi")
    viewer.services.settings.language = "vi"
    ctx = AppContext(viewer.services, Pools(), translation, ChangeBridge(viewer.services), viewer.services.data_dir)
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    qtbot.waitUntil(lambda: page.refused.rowCount() == 1, timeout=5000)
    kind, record, fields, reason = page.refused.rows[0]
    assert kind == "Bản ghi mới"
    assert record.endswith("Chợ không túi ni lông") and "initiatives" not in record
    assert reason.startswith("Máy tính này chỉ được xem") and "viewer" not in reason
    assert "title_vi" not in fields
    assert page.no_conflicts.isVisible() and page.no_conflicts.text().startswith("Không có xung đột")
    assert not page.conflict_view.isVisible() and not page.keep_button.isEnabled()
    assert page.refused_view.isVisible() and not page.no_refused.isVisible()
    page.grab().save(str(tmp_path / "refused_vi.png"))
    ctx.pools.wait(5000)
    ctx.bridge.close()
    translation.uninstall()
