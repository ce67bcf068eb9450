"""What the bundle leaves out: Qt plugins and ICU data the app cannot use go, what it needs stays."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build"))

import bundle_rules  # noqa: E402
import slim_icu  # noqa: E402


def test_window_print_and_input_plugins_stay_and_the_gtk_theme_goes():
    for kept in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                 "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                 "PySide6/Qt/plugins/imageformats/libqjpeg.so", "pan_desktop/core/migrations/env.py",
                 "training_modules/module-3r-circular-economy/pack.yaml", "resources/translations/qm/main_vi.qm"):
        assert not bundle_rules.dropped(kept), kept
    for gone in ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so", "PySide6\\Qt\\plugins\\generic\\x.dll"):
        assert bundle_rules.dropped(gone), gone


def test_the_hub_and_test_tools_are_excluded_but_not_the_sync_client():
    assert {"pan_desktop.hub", "fastapi", "uvicorn", "pytest", "psycopg"} <= set(bundle_rules.EXCLUDED_MODULES)
    assert not {"httpx", "nacl", "zstandard", "pan_desktop.core.sync"} & set(bundle_rules.EXCLUDED_MODULES)


def test_icu_keeps_vietnamese_english_and_shared_data_and_drops_other_locales():
    for kept in ("root.res", "vi.res", "vi_VN.res", "en_GB.res", "coll/vi.res", "coll/root.res", "coll/ucadata.icu",
                 "zone/vi.res", "curr/pool.res", "res_index.res", "zoneinfo64.res", "metaZones.res", "nfkc.nrm",
                 "cnvalias.icu", "ibm-5354_P100-1998.cnv", "brkitr/word.brk", "icustd.res", "plurals.res"):
        assert not slim_icu.removable(kept), kept
    for gone in ("fr.res", "zh_Hant_TW.res", "coll/de_.res", "coll/es__TRADITIONAL.res", "curr/ja.res", "lang/ven.res",
                 "gb18030.cnv", "brkitr/cjdict.dict", "unames.icu"):
        assert slim_icu.removable(gone), gone
