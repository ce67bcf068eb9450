"""``pan-desktop settings show|set``: the organisation printed on handouts, checklists and certificates,
checked before it is stored, and used by ``print``."""

from __future__ import annotations

import json

import pytest

from pan_desktop.cli import main
from tests.printing.conftest import page_lines, pdf_text, squash
from tests.printing.packs import write_pack


def settings(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), "settings", *args])


def test_show_and_set_every_key(data_dir, tmp_path, capsys):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), "green").save(logo)
    assert settings(data_dir, "set", "user_name=Lê Thị Hoa", "org_name=Trung tâm Sống Xanh", f"org_logo={logo}",
                    "signatory_1=Nguyễn Văn An", "signatory_2=Trần Thị Bích", "language=en") == 0
    capsys.readouterr()
    assert settings(data_dir, "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["org_name"] == "Trung tâm Sống Xanh" and shown["org_logo"] == str(logo.resolve())
    assert (shown["user_name"], shown["signatory_1"], shown["signatory_2"], shown["language"]) == (
        "Lê Thị Hoa", "Nguyễn Văn An", "Trần Thị Bích", "en")
    assert settings(data_dir, "show") == 0
    assert "org_name = Trung tâm Sống Xanh" in capsys.readouterr().out
    assert settings(data_dir, "set", "signatory_2=") == 0  # an empty value clears
    capsys.readouterr()
    settings(data_dir, "show", "--json")
    assert json.loads(capsys.readouterr().out)["signatory_2"] == ""


@pytest.mark.parametrize("pair, message", [
    ("colour=green", "user_name, org_name, org_logo, signatory_1, signatory_2, language"),
    ("org_name", "KEY=VALUE"),
    ("language=fr", "vi or en"),
    ("org_logo=/nonexistent/logo.png", "does not exist"),
    ("org_name=" + "x" * 301, "longer than 300"),
])
def test_bad_settings_are_refused_and_nothing_is_stored(data_dir, capsys, pair, message):
    assert settings(data_dir, "set", "org_name=Trước", pair) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (data_dir / "settings.json").exists()


def test_a_logo_that_is_not_an_image_is_refused(data_dir, tmp_path, capsys):
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    assert settings(data_dir, "set", f"org_logo={fake}") == 1
    assert "PNG or JPEG" in capsys.readouterr().err


def test_print_uses_the_organisation_in_handout_footers_and_certificates(data_dir, tmp_path):
    assert main(["--data-dir", str(data_dir), "content", "install", "--allow-unsigned", str(write_pack(tmp_path / "src", lessons=2))]) == 0
    assert settings(data_dir, "set", "org_name=Trung tâm Sống Xanh", "signatory_1=Nguyễn Văn An") == 0
    out = tmp_path / "h.pdf"
    assert main(["--data-dir", str(data_dir), "print", "handout", "--module", "module-test", "--edition", "facilitator",
                 "--out", str(out)]) == 0
    for runs in page_lines(out):  # every page's footer names the organisation
        assert any("Trung tâm Sống Xanh" in r[3] for r in runs if r[0] < 57)
    assert squash("Đáp án") in squash(pdf_text(out))
    names = tmp_path / "names.csv"
    names.write_text("name\nLê Thị Hoa\n", encoding="utf-8")
    cert = tmp_path / "c.pdf"
    assert main(["--data-dir", str(data_dir), "print", "certificates", "--module", "module-test", "--names", str(names),
                 "--out", str(cert)]) == 0
    text = squash(pdf_text(cert))
    assert squash("Trung tâm Sống Xanh") in text and squash("Nguyễn Văn An") in text
