"""Certificates go to exactly the completers, each verifies offline, and one changed letter does not."""

from __future__ import annotations

import json

import pytest

from pan_desktop.cli import main
from pan_desktop.core.training.credentials import CertificateInvalid, trusted_hub_keys, verify


@pytest.fixture
def enrolled(network):
    """An enrolled device with a session of five: three pass (post ≥ 70), one fails, one did not attend."""
    device = network.device("trainer", "Org A")
    t = device.services.training
    sid = t.add_session({"title": "Thực hành tốt cho vựa phế liệu", "start_date": "2026-04-02", "provinces": ["Huế"],
                         "organization": "Tổ chức A"}).id
    for name, attended, post in (("Nguyễn Thị Hoa", True, 80), ("Trần Văn Nam", True, 70), ("Lê Thị Mai", True, 69),
                                 ("Phạm Văn Đức", False, None), ("Hồ Thị Lan", True, 100)):
        p = t.add_participant({"name": name, "organization": "Vựa Hương Sơ"}, session_id=sid)
        t.set_results(sid, p.id, attended=attended, post_score=post)
    return device, sid


def test_certificates_go_to_exactly_the_completers_and_each_verifies(enrolled, tmp_path, capsys):
    device, sid = enrolled
    d = ["--data-dir", str(device.services.data_dir)]
    out = tmp_path / "certs.pdf"
    assert main([*d, "print", "certificates", "--session", sid, "--out", str(out), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["pages"] == 3 and out.stat().st_size > 0
    assert sorted(c["name"] for c in printed["certificates"]) == ["Hồ Thị Lan", "Nguyễn Thị Hoa", "Trần Văn Nam"]
    for c in printed["certificates"]:
        assert main([*d, "verify", c["qr"], "--json"]) == 0
        got = json.loads(capsys.readouterr().out)
        assert (got["name"], got["date"], got["code"]) == (c["name"], "2026-04-02", c["code"])
        assert got["module"] == "Thực hành tốt cho vựa phế liệu"


def test_one_changed_letter_does_not_verify(enrolled, tmp_path, capsys):
    device, sid = enrolled
    d = ["--data-dir", str(device.services.data_dir)]
    assert main([*d, "print", "certificates", "--session", sid, "--out", str(tmp_path / "c.pdf"), "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["certificates"][0]["qr"]
    keys = trusted_hub_keys(device.services.data_dir)
    changed = 0
    for i in range(6, len(text), max(1, len(text) // 40)):  # letters across the payload and the signature
        if text[i] == ".":
            continue
        tampered = text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1:]
        with pytest.raises(CertificateInvalid) as exc:
            verify(tampered, keys)
        assert exc.value.code in ("certificate.tampered", "certificate.malformed")
        changed += 1
    assert changed > 20
    assert main([*d, "verify", text[:-3] + "xyz"]) == 1
    assert "pan-desktop:" in capsys.readouterr().err


def test_a_certificate_from_an_unknown_hub_is_refused(enrolled, tmp_path, capsys):
    device, sid = enrolled
    d = ["--data-dir", str(device.services.data_dir)]
    assert main([*d, "print", "certificates", "--session", sid, "--out", str(tmp_path / "c.pdf"), "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["certificates"][0]["qr"]
    with pytest.raises(CertificateInvalid) as exc:
        verify(text, [])
    assert exc.value.code == "certificate.unknown_issuer"
    other = tmp_path / "elsewhere"
    assert main(["--data-dir", str(other), "verify", text]) == 1
    assert "not vouched for" in capsys.readouterr().err


def test_participation_certificates_go_to_every_attendee(enrolled, tmp_path, capsys):
    device, sid = enrolled
    d = ["--data-dir", str(device.services.data_dir)]
    assert main([*d, "print", "certificates", "--session", sid, "--participation", "--out", str(tmp_path / "p.pdf"),
                 "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["certificates"]) == 4
