"""Planning a session in the window: choosing a module fills title, audience and end date, all editable."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from pan_desktop.core.content import load_pack
from pan_desktop.core.paths import training_modules_dir
from pan_desktop.core.training.planning import module_defaults
from pan_desktop.ui.training.page import SessionDialog


def test_choosing_a_module_fills_the_plan_and_it_stays_editable(qtbot, data_dir):
    pack = load_pack(training_modules_dir() / "module-junk-shop-practice")
    long_one = {**module_defaults(pack), "title": "Dài", "days": 3, "audiences": ["student"]}
    dialog = SessionDialog([(pack.id, pack.title.get("vi"), module_defaults(pack)), ("long", "Dài", long_one)])
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2026, 4, 2))
    dialog.module.setCurrentIndex(1)
    values = dialog.values()
    assert (values["title"], values["audiences"], values["end_date"]) == (
        pack.title.get("vi"), ["junk-shop-owner", "junk-shop-worker", "other"], "2026-04-02")
    dialog.module.setCurrentIndex(2)  # another module replaces what the first one filled in
    assert (dialog.values()["title"], dialog.values()["audiences"], dialog.values()["end_date"]) == (
        "Dài", ["student"], "2026-04-04")
    dialog.title.setText("Tập huấn ở Huế")
    dialog.audiences.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.module.setCurrentIndex(1)  # a title the person typed is kept
    assert dialog.values()["title"] == "Tập huấn ở Huế"
    assert dialog.values()["audiences"] == ["junk-shop-owner", "junk-shop-worker", "other"]
