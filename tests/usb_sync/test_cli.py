"""The command-line contract of issue 16: names, options and JSON shapes."""

from __future__ import annotations

import json

from pan_desktop.cli import main as desktop
from pan_desktop.hub.cli import main as hub_cli


def _json(capsys, fn, argv):
    assert fn(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_sync_export_hub_import_export_and_sync_import(network, tmp_path, capsys):
    office = network.device("office", "Org A")
    office.services.initiatives.create({"title_vi": "Từ văn phòng"})
    office.sync()
    field = network.device("field", "Org A")
    rec = field.services.initiatives.create({"title_vi": "Từ xã"})
    data = str(field.services.data_dir)
    field.services.close()  # the CLI opens the data dir itself
    db = network.hub.store.url

    status = _json(capsys, desktop, ["--data-dir", data, "sync", "status", "--json"])
    assert status["device_id"] == field.id and status["pending"] == 1

    up, down = tmp_path / "up.pansync", tmp_path / "down.pansync"
    out = _json(capsys, desktop, ["--data-dir", data, "sync", "export", "--out", str(up), "--json"])
    assert out["entries"] == 1 and out["file"] == str(up) and out["bytes"] == up.stat().st_size

    got = _json(capsys, hub_cli, ["--db", db, "sync", "import", str(up), "--json"])
    assert got["device_id"] == field.id and got["results"]["applied"] == 1 and got["already_imported"] is False
    assert _json(capsys, hub_cli, ["--db", db, "sync", "import", str(up), "--json"])["already_imported"] is True

    made = _json(capsys, hub_cli, ["--db", db, "sync", "export", "--device", field.id, "--out", str(down), "--json"])
    assert made["rows"] >= 2 and made["acknowledgements"] == 1

    done = _json(capsys, desktop, ["--data-dir", data, "sync", "import", str(down), "--json"])
    assert (done["acknowledged"], done["already_imported"]) == (1, False) and done["pulled"] >= 1
    assert _json(capsys, desktop, ["--data-dir", data, "sync", "import", str(down), "--json"])["already_imported"]
    assert _json(capsys, desktop, ["--data-dir", data, "sync", "status", "--json"])["pending"] == 0
    office.sync()
    assert office.services.initiatives.get(rec.id)["title_vi"] == "Từ xã"


def test_a_refused_pack_says_why_and_exits_1(network, tmp_path, capsys):
    bad = tmp_path / "bad.pansync"
    bad.write_bytes(b"not a zip at all")
    assert hub_cli(["--db", network.hub.store.url, "sync", "import", str(bad)]) == 1
    assert "not a PAN sync pack" in capsys.readouterr().err
