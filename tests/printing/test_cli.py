"""``pan-desktop print ...`` writes the PDF, reports it, and refuses bad input with a clear message."""

from __future__ import annotations

import json

import pytest

from pan_desktop.cli import main
from tests.printing.conftest import page_count, pdf_text, squash
from tests.printing.packs import write_pack


@pytest.fixture
def installed(data_dir, tmp_path):
    src = tmp_path / "src"
    assert main(["--data-dir", str(data_dir), "content", "install", "--allow-unsigned", str(write_pack(src, lessons=2))]) == 0
    assert main(["--data-dir", str(data_dir), "content", "install", "--allow-unsigned",
                 str(write_pack(src, pack_id="gl-test", kind="guideline", checklists=True))]) == 0
    return data_dir


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), "print", *args])


def test_print_handout_and_booklet(installed, tmp_path, capsys):
    out = tmp_path / "h.pdf"
    assert run(installed, "handout", "--module", "module-test", "--lang", "both", "--paper", "A5", "--json", "--out", str(out)) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pages"] == page_count(out) and report["bytes"] == out.stat().st_size
    assert squash("Giữ hạt nhựa trong cơ sở") in squash(pdf_text(out)) and "Keep pellets" in pdf_text(out)
    assert run(installed, "handout", "--module", "module-test", "--booklet", "--out", str(tmp_path / "b.pdf")) == 0
    assert page_count(tmp_path / "b.pdf") % 2 == 0
    assert not list(tmp_path.glob("*.partial*"))


def test_print_checklist_attendance_certificates(installed, tmp_path):
    assert run(installed, "checklist", "--guideline", "gl-test", "--site", "factory", "--large-print", "--out", str(tmp_path / "c.pdf")) == 0
    assert run(installed, "attendance", "--module", "module-test", "--paper", "Letter", "--out", str(tmp_path / "a.pdf")) == 0
    names = tmp_path / "names.csv"
    names.write_text("name,organization\nNguyễn Thị Hằng,Trung tâm Xanh\nTrần Văn Trọng,VECOM\n", encoding="utf-8-sig")
    assert run(installed, "certificates", "--module", "module-test", "--names", str(names), "--date", "2025-06-14",
               "--out", str(tmp_path / "z.pdf")) == 0
    assert page_count(tmp_path / "z.pdf") == 2 and "14/06/2025" in pdf_text(tmp_path / "z.pdf")


def test_print_factsheet_brief_newsletter(data_dir, tmp_path, capsys):
    from pan_desktop.core.services import Services

    svc = Services.open(data_dir)
    ini = svc.initiatives.create({"title_vi": "Sáng kiến giảm túi ni-lông", "sources": ["https://example.org/a"]})
    pol = svc.policies.create({"title_vi": "Nghị định về quản lý chất thải rắn"})
    svc.close()
    assert run(data_dir, "factsheet", "--initiative", ini.id, "--bw", "--out", str(tmp_path / "f.pdf")) == 0
    assert run(data_dir, "brief", "--policy", pol.id, "--out", str(tmp_path / "p.pdf")) == 0
    month = ini.meta["created_at"][:7]
    assert run(data_dir, "newsletter", "--month", month, "--out", str(tmp_path / "n.pdf")) == 0
    assert squash("Sáng kiến giảm túi ni-lông") in squash(pdf_text(tmp_path / "n.pdf"))


@pytest.mark.parametrize("args, message", [
    (["newsletter", "--month", "2025-13"], "YYYY-MM"),
    (["factsheet", "--initiative", "not-an-id"], "not a record id"),
    (["handout", "--module", "no-such-pack"], "No content pack 'no-such-pack'"),
    (["certificates", "--module", "module-test", "--names", "/nonexistent/names.csv"], "does not exist"),
])
def test_print_errors_are_one_clear_line(installed, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert run(installed, *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()
