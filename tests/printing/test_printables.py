"""Every printable builds from records or packs, with the Vietnamese text intact and the right pages."""

from __future__ import annotations

import pytest

from pan_desktop.core.errors import NotFound, ValidationError
from pan_desktop.core.printing.attendance import build_attendance
from pan_desktop.core.printing.booklet import build_booklet, saddle_stitch_order
from pan_desktop.core.printing.certificates import Participant, build_certificates, read_names
from pan_desktop.core.printing.checklist import build_checklist
from pan_desktop.core.printing.factsheet import build_factsheet
from pan_desktop.core.printing.handout import build_handout
from pan_desktop.core.printing.newsletter import build_newsletter, month_changes
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.policy_brief import build_policy_brief
from tests.printing.conftest import page_count, pdf_text, squash

SUMMARY_VI = "Hỗ trợ thành phố Huế bảo vệ sông ngòi, hệ sinh thái ven biển và rừng ngập mặn khỏi ô nhiễm rác thải nhựa."


@pytest.fixture
def initiative(services):
    return services.initiatives.create({
        "title_vi": "Dự án Huế – Thành phố giảm nhựa ở miền Trung Việt Nam", "title_en": "Project Hue",
        "kind": "project", "status": "completed", "start_date": "2021", "end_date": "2024", "provinces": ["Huế"],
        "organizations": ["WWF-Việt Nam"], "summary_vi": SUMMARY_VI, "summary_en": "Supports Hue City.",
        "outputs": ["Thùng rác <phân loại> & xe gom"], "sources": ["https://example.org/hue"]})


def test_factsheet_has_the_vietnamese_summary_and_a_qr_code(tmp_path, initiative):
    result = build_factsheet(initiative, tmp_path / "f.pdf", PrintOptions())
    text = squash(pdf_text(result.path))
    assert squash(SUMMARY_VI) in text
    assert squash(initiative["title_vi"]) in text
    assert squash("Thùng rác <phân loại> & xe gom") in text
    assert result.pages == 1
    no_qr = build_factsheet(initiative, tmp_path / "n.pdf", PrintOptions(qr=False))
    assert no_qr.size < result.size  # the QR code is drawn only when asked


def test_factsheet_in_both_languages_prints_both(tmp_path, initiative):
    text = pdf_text(build_factsheet(initiative, tmp_path / "f.pdf", PrintOptions(lang="both")).path)
    assert "Supports Hue City." in text and squash(SUMMARY_VI) in squash(text)


def test_policy_brief_names_related_initiatives(tmp_path, services, initiative):
    policy = services.policies.create({"title_vi": "Luật Bảo vệ môi trường", "summary_vi": "Quy định về trách nhiệm mở rộng của nhà sản xuất.",
                                       "initiative_ids": [initiative.id]})
    text = squash(pdf_text(build_policy_brief(policy, tmp_path / "b.pdf", PrintOptions(), services).path))
    assert squash("Quy định về trách nhiệm mở rộng của nhà sản xuất.") in text
    assert squash(initiative["title_vi"]) in text


def test_handout_editions_keep_answers_and_notes_for_the_facilitator(tmp_path, module_pack):
    result = build_handout(module_pack, tmp_path / "h.pdf", PrintOptions())
    text = squash(pdf_text(result.path))
    assert squash("Giữ hạt nhựa trong cơ sở") in text
    assert squash("R&D <b>không</b> phải thẻ") in text
    assert squash("B. Phân loại và tái chế") in text  # the choice, to tick
    assert squash("Đáp án") not in text and squash("Đốt rác tạo khói độc") not in text
    assert squash("Ghi chú cho người hướng dẫn: không in") not in text
    assert text.count(squash("Bài học số")) >= 3
    facilitator = squash(pdf_text(build_handout(module_pack, tmp_path / "f.pdf", PrintOptions(), edition="facilitator").path))
    assert squash("Đáp án") in facilitator and squash("Đốt rác tạo khói độc") in facilitator
    assert squash("Ghi chú cho người hướng dẫn: không in trong tài liệu phát tay") in facilitator
    with pytest.raises(ValidationError):
        build_handout(module_pack, tmp_path / "x.pdf", PrintOptions(), edition="teacher")


def test_handout_on_a5_has_a5_pages(tmp_path, module_pack):
    from pypdf import PdfReader

    result = build_handout(module_pack, tmp_path / "h.pdf", PrintOptions(paper="A5", large_print=True))
    box = PdfReader(str(result.path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)


def test_saddle_stitch_order_for_eight_and_five_pages():
    assert saddle_stitch_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]
    assert saddle_stitch_order(5) == [(None, 0), (1, None), (None, 2), (3, 4)]
    for n in range(1, 30):
        order = [i for side in saddle_stitch_order(n) for i in side if i is not None]
        assert sorted(order) == list(range(n)) and len(saddle_stitch_order(n)) * 2 % 4 == 0


def test_booklet_imposes_pages_two_up_in_fold_order(tmp_path, module_pack):
    from pypdf import PdfReader

    handout = build_handout(module_pack, tmp_path / "h.pdf", PrintOptions(paper="A5"))
    booklet = build_booklet(module_pack, tmp_path / "b.pdf", PrintOptions())
    reader = PdfReader(str(booklet.path))
    sheets = (handout.pages + 3) // 4
    assert len(reader.pages) == sheets * 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    total = sheets * 4
    # Read the "Page n/N" footers and where they sit: left half or right half.
    for side, (left, right) in zip(reader.pages, saddle_stitch_order(handout.pages)):
        found = {}

        def visit(text, cm, tm, font, size):
            if text.startswith("Trang "):
                found[text.strip()] = "L" if (tm[4] * cm[0] + cm[4]) < 421 else "R"

        side.extract_text(visitor_text=visit)
        for index, half in ((left, "L"), (right, "R")):
            if index is not None:
                assert found.get(f"Trang {index + 1}/{handout.pages}") == half
        assert len(found) == sum(i is not None for i in (left, right))
    assert total >= handout.pages


def test_checklist_has_every_item_tick_boxes_and_signature_lines(tmp_path, guideline_pack):
    result = build_checklist(guideline_pack, "junk-shop", tmp_path / "c.pdf", PrintOptions())
    text = squash(pdf_text(result.path))
    for aspect in ("air", "siting", "land-soil", "litter", "water"):
        assert squash(f"Máy băm được che kín ({aspect})") in text
    for word in ("Tên cơ sở", "Người kiểm tra", "Chữ ký", "Không khí", "Nước và nước thải"):
        assert squash(word) in text


def test_checklist_for_a_site_the_pack_lacks_says_what_exists(tmp_path, module_pack, guideline_pack):
    with pytest.raises(NotFound, match="no checklists"):
        build_checklist(module_pack, "factory", tmp_path / "c.pdf", PrintOptions())
    with pytest.raises(NotFound, match="factory, junk-shop"):
        build_checklist(guideline_pack, "market", tmp_path / "c.pdf", PrintOptions())
    assert not (tmp_path / "c.pdf").exists()


def test_attendance_sheet_has_the_rows_asked_for(tmp_path, module_pack):
    result = build_attendance(module_pack, tmp_path / "a.pdf", PrintOptions(), rows=45)
    text = pdf_text(result.path)
    assert "45" in text.split() and "46" not in text.split() and result.pages >= 2
    assert squash("Họ và tên") in squash(text)


def test_certificates_one_page_per_name(tmp_path, module_pack):
    people = [Participant(f"Nguyễn Thị Hằng {i}", "Trung tâm Xanh & Sạch") for i in range(7)]
    people.append(Participant("Bà " + "Tôn Nữ Thị Minh Khai " * 8))
    result = build_certificates(module_pack, people, tmp_path / "c.pdf", PrintOptions())
    assert page_count(result.path) == len(people)
    text = squash(pdf_text(result.path))
    assert squash("Nguyễn Thị Hằng 6") in text and squash("Trung tâm Xanh & Sạch") in text


def test_names_csv_with_bom_and_organisation_column(tmp_path):
    path = tmp_path / "n.csv"
    path.write_bytes("\ufeffName,Organisation\nNguyễn Văn A,VECOM\n\nTrần Thị B,\n".encode("utf-8"))
    assert read_names(path) == [Participant("Nguyễn Văn A", "VECOM"), Participant("Trần Thị B", "")]


def test_names_csv_reports_every_bad_row(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("name,organization\nA,x\n,empty\n" + "x" * 300 + ",long\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_names(path)
    assert "line 3" in str(err.value) and "line 4" in str(err.value)
    bad = tmp_path / "bad.csv"
    bad.write_bytes("name\nNguy\xe1n\n".encode("latin-1"))
    with pytest.raises(ValidationError, match="UTF-8"):
        read_names(bad)
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("ho_ten\nA\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no 'name' column"):
        read_names(nocol)


def test_newsletter_lists_what_changed_in_the_month(tmp_path, services, initiative, module_pack):
    month = str(initiative.meta["created_at"])[:7]
    services.events.create({"title_vi": "Hội thảo tham vấn các bên liên quan", "start_date": "2099-03-28"})
    services.events.create({"title_vi": "Hội thảo đã qua", "start_date": "2023-03-28"})
    changes = month_changes(services, month, [module_pack])
    assert [r.id for r in changes.new_initiatives] == [initiative.id]
    assert [r["title_vi"] for r in changes.events] == ["Hội thảo tham vấn các bên liên quan"]  # coming ones
    assert changes.modules == []
    result = build_newsletter(changes, tmp_path / "n.pdf", PrintOptions())
    text = squash(pdf_text(result.path))
    assert squash("Plastic Action Network") in text and squash(initiative["title_vi"]) in text
    empty = month_changes(services, "2100-01", [module_pack])
    assert empty.total == 0
    assert squash("Tháng này không có sáng kiến") in squash(pdf_text(build_newsletter(empty, tmp_path / "e.pdf", PrintOptions()).path))
    assert month_changes(services, "2025-06", [module_pack]).modules == [module_pack]


def test_bad_logo_prints_without_it_and_warns(tmp_path, initiative):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image")
    result = build_factsheet(initiative, tmp_path / "f.pdf", PrintOptions(org_logo=str(logo), org_name="Nhóm <Xanh>"))
    assert result.warnings and "logo" in result.warnings[0]
    assert "Nhóm <Xanh>" in pdf_text(result.path)


def test_options_reject_unknown_paper_and_language():
    with pytest.raises(ValidationError):
        PrintOptions(paper="B5")
    with pytest.raises(ValidationError):
        PrintOptions(lang="fr")


def test_hostile_record_and_names_print_in_every_record_printable(tmp_path, services, module_pack):
    from tests.printing.test_fonts_and_text import HOSTILE

    # A lone surrogate cannot be stored (the change log hashes UTF-8); test_fonts_and_text prints it directly.
    nasty = [h for h in HOSTILE if h.strip() and "\ud800" not in h]
    ini = services.initiatives.create({"title_vi": "Sáng kiến <b>& R&D", "summary_vi": "\n\n".join(nasty[:4])[:5000],
                                       "description_vi": "\n".join(nasty[4:]), "outputs": nasty[4:],
                                       "organizations": ["<org>", "A & B"], "sources": ["javascript:alert(1)", "x" * 400]})
    for lang in ("vi", "both"):
        result = build_factsheet(ini, tmp_path / f"f-{lang}.pdf", PrintOptions(lang=lang, large_print=True))
        assert squash("Sáng kiến <b>& R&D") in squash(pdf_text(result.path))
    pol = services.policies.create({"title_vi": "<i>Chính sách</i>", "summary_vi": nasty[1][:5000]})
    assert squash("<i>Chính sách</i>") in squash(pdf_text(build_policy_brief(pol, tmp_path / "p.pdf", PrintOptions()).path))
    people = [Participant(h[:200].strip() or "x") for h in nasty]
    result = build_certificates(module_pack, people, tmp_path / "c.pdf", PrintOptions(paper="A5"))
    assert page_count(result.path) == len(people)


@pytest.mark.parametrize("site", ["factory", "junk-shop"])
def test_bundled_guideline_checklist_prints_every_item_without_installing(tmp_path, services, site):
    from pan_desktop.core.paths import training_modules_dir
    from pan_desktop.core.printing.jobs import PrintJob, get_pack, run_job

    if not (training_modules_dir() / "guideline-pellet-leakage" / "pack.yaml").is_file():
        pytest.skip("the bundled guideline is not in this tree")
    pack = get_pack(services, "guideline-pellet-leakage")
    checklist = next(c for c in pack.checklists if c.id == site)
    result = run_job(services, PrintJob("checklist", pack.id, PrintOptions(), site=site), tmp_path / "c.pdf")
    text = squash(pdf_text(result.path))
    for item in checklist.items:
        assert squash(item.text.vi) in text, item.id


@pytest.mark.parametrize("lang, words", [
    ("vi", ["STT", "Họ và tên", "Giới tính", "Nam", "Nữ", "Năm sinh hoặc nhóm tuổi", "Vai trò", "Tổ chức", "Điện thoại",
            "Chữ ký", "Người thu gom, nhặt phế liệu", "Chủ hoặc người làm ở vựa phế liệu", "Nhân viên nhà máy",
            "Hộ gia đình", "Học sinh, sinh viên", "Cán bộ nhà nước", "Khác"]),
    ("en", ["Full name", "Sex", "Year of birth or age band", "Role", "Organisation", "Phone", "Signature",
            "Waste picker", "Junk-shop owner or worker", "Factory staff", "Household", "Student", "Official", "Other"]),
])
def test_attendance_sheet_has_the_columns_donors_ask_for(tmp_path, module_pack, lang, words):
    result = build_attendance(module_pack, tmp_path / "a.pdf", PrintOptions(lang=lang, org_name="Trung tâm Xanh"))
    text = squash(pdf_text(result.path))
    for word in words:
        assert squash(word) in text, word
    assert squash("Trung tâm Xanh") in text and result.pages == 1
