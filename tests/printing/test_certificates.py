"""Certificates name the issuing organisation and its signatories, keep every name on its own page, and
say what they could not print as written."""

from __future__ import annotations

from pan_desktop.core.printing.certificates import Participant, build_certificates
from pan_desktop.core.printing.options import PrintOptions
from tests.printing.conftest import page_count, page_lines, pdf_text, squash


def test_certificates_print_the_organisation_and_the_signatories_under_the_lines(tmp_path, module_pack):
    opts = PrintOptions(org_name="Trung tâm Sống Xanh", signatories=("Nguyễn Văn An", "Trần Thị Bích"))
    result = build_certificates(module_pack, [Participant("Lê Thị Hoa")], tmp_path / "c.pdf", opts)
    text = squash(pdf_text(result.path))
    assert squash("Trung tâm Sống Xanh") in text
    runs = page_lines(result.path)[0]
    hoa = next(r for r in runs if "Lê Thị Hoa" in r[3])
    for name in ("Nguyễn Văn An", "Trần Thị Bích"):
        signer = next(r for r in runs if name in r[3])
        assert signer[0] < hoa[0] - 100  # at the foot of the page, under the signature lines
    assert result.warnings == []


def test_signatories_come_from_the_settings(tmp_path):
    from pan_desktop.core.settings import Settings

    opts = PrintOptions.from_settings(Settings(org_name="Nhóm Xanh", signatory_1=" Nguyễn Văn An ", signatory_2=""))
    assert opts.signatories == ("Nguyễn Văn An",) and opts.org_name == "Nhóm Xanh"


def test_a_name_too_long_for_one_line_is_shrunk_on_its_page_and_reported(tmp_path, module_pack):
    people = [Participant("Nguyễn Thị Hằng"), Participant("Bà " + "Tôn Nữ Thị Minh Khai " * 9),
              Participant("W" * 200, "Hợp tác xã " * 300)]
    result = build_certificates(module_pack, people, tmp_path / "c.pdf", PrintOptions())
    assert page_count(result.path) == 3
    shrunk = [w for w in result.warnings if w.code == "print.name_shrunk"]
    assert [w.params["where"].split(" (")[0] for w in shrunk] == ["certificate 2", "certificate 3"]
    assert any(w.code == "print.org_shortened" for w in result.warnings)
    a5 = build_certificates(module_pack, people, tmp_path / "a5.pdf", PrintOptions(paper="A5", large_print=True))
    assert page_count(a5.path) == 3


def test_characters_no_font_has_and_right_to_left_names_are_reported(tmp_path, module_pack):
    people = [Participant("Trần 李 Văn"), Participant("מרים כהן"), Participant("محمد علي")]
    result = build_certificates(module_pack, people, tmp_path / "c.pdf", PrintOptions())
    codes = [(w.code, w.params["where"].split(" (")[0]) for w in result.warnings]
    assert ("print.missing_characters", "certificate 1") in codes
    assert ("print.right_to_left", "certificate 2") in codes and ("print.right_to_left", "certificate 3") in codes
    assert all(isinstance(w, str) for w in result.warnings) and "李" in result.warnings[0]


def test_certificates_carry_the_logo_on_every_page(tmp_path, module_pack):
    from PIL import Image
    from pypdf import PdfReader

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), "green").save(logo)
    people = [Participant("Lê Thị Hoa"), Participant("Trần Văn Bình")]
    result = build_certificates(module_pack, people, tmp_path / "c.pdf", PrintOptions(org_logo=str(logo), org_name="Nhóm Xanh"))
    assert result.warnings == []
    for page in PdfReader(str(result.path)).pages:
        assert list(page.images), "no logo on this certificate"
