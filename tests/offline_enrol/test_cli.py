"""The command-line contract: enrol-request, pan-hub enrol-file, enrol-accept, then USB sync with no connection."""

from __future__ import annotations

import json

from pan_desktop.cli import main as desktop
from pan_desktop.hub.cli import main as hub_cli
from tests.offline_enrol.helpers import offline_device


def _json(capsys, fn, argv):
    assert fn(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_join_by_files_then_export_for_usb(network, tmp_path, capsys):
    field = offline_device(network, "field")
    field.services.initiatives.create({"title_vi": "Từ xã"})
    data, db = str(field.services.data_dir), network.hub.store.url
    field.services.close()  # the CLI opens the data dir itself
    code = network.hub.store.invite(network.org("Org A"), "contributor")
    request, reply = tmp_path / "req.panenrol", tmp_path / "reply.panenrol"

    made = _json(capsys, desktop, ["--data-dir", data, "sync", "enrol-request", "--invite", code, "--out", str(request),
                                   "--name", "Máy xã", "--json"])
    assert made == {"file": str(request), "bytes": request.stat().st_size, "device_id": field.id, "label": "Máy xã"}

    got = _json(capsys, hub_cli, ["--db", db, "enrol-file", str(request), "--out", str(reply),
                                  "--hub-url", "https://hub.example.org/", "--json"])
    assert (got["device_id"], got["label"], got["role"], got["file"]) == (field.id, "Máy xã", "contributor", str(reply))
    assert got["expires"] and len(got["hub_fingerprint"].split()) == 8

    done = _json(capsys, desktop, ["--data-dir", data, "sync", "enrol-accept", str(reply), "--json"])
    assert done["hub_fingerprint"] == got["hub_fingerprint"] and done["hub_url"] == "https://hub.example.org"
    assert (done["hub_id"], done["role"], done["expires"]) == (got["hub_id"], "contributor", got["expires"])

    status = _json(capsys, desktop, ["--data-dir", data, "sync", "status", "--json"])
    assert status["enrolled"] and status["pending"] == 1
    up = tmp_path / "up.pansync"
    assert _json(capsys, desktop, ["--data-dir", data, "sync", "export", "--out", str(up), "--json"])["entries"] == 1
    assert _json(capsys, hub_cli, ["--db", db, "sync", "import", str(up), "--json"])["results"]["applied"] == 1


def test_refusals_exit_1_and_say_why(network, tmp_path, capsys):
    field = offline_device(network, "field")
    data, db = str(field.services.data_dir), network.hub.store.url
    field.services.close()
    request, reply = tmp_path / "req.panenrol", tmp_path / "reply.panenrol"
    assert desktop(["--data-dir", data, "sync", "enrol-request", "--invite", "NOPE", "--out", str(request)]) == 0
    capsys.readouterr()
    assert hub_cli(["--db", db, "enrol-file", str(request), "--out", str(reply), "--json"]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["refused"] == "bad_invite" and "invite code is unknown" in out.err
    assert not reply.exists()
    bad = tmp_path / "bad.panenrol"
    bad.write_text("hello")
    assert desktop(["--data-dir", data, "sync", "enrol-accept", str(bad)]) != 0
    assert hub_cli(["--db", db, "enrol-file", str(bad), "--out", str(reply)]) == 1
    assert "not a PAN enrolment file" in capsys.readouterr().err
