"""The pre-filled attendance sheet of a planned session."""

from __future__ import annotations

import json

from pypdf import PdfReader

from pan_desktop.cli import main
from pan_desktop.core.services import Services
from tests.conftest import copy_data_dir


def test_attendance_sheet_is_prefilled_with_the_enrolled_people_and_blank_rows(tmp_path, _initialised_template, capsys):
    data = copy_data_dir(_initialised_template, tmp_path / "data")
    svc = Services.open(data)
    sid = svc.training.add_session({"title": "T", "module_id": "module-junk-shop-practice", "start_date": "2026-04-02",
                                    "provinces": ["Huế"], "venue": "Nhà văn hóa phường", "facilitators": ["Lê Văn B"]}).id
    for name, phone in (("Nguyễn Thị Hoa", "0912345678"), ("Trần Văn Nam", "")):
        svc.training.add_participant({"name": name, "sex": "female", "role": "junk-shop-worker", "phone": phone,
                                      "birth_year": 1985}, session_id=sid)
    svc.close()
    out = tmp_path / "sheet.pdf"
    assert main(["--data-dir", str(data), "print", "attendance", "--session", sid, "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 1
    text = PdfReader(out).pages[0].extract_text()
    for expected in ("Nguyễn Thị Hoa", "Trần Văn Nam", "02/04/2026", "Nhà văn hóa phường", "Lê Văn B", "1985"):
        assert expected in text
    assert "0912345678" not in text  # a sheet passed around the room never shows phone numbers
    assert "7\n" in text or " 7 " in text  # blank numbered rows follow the two people


def test_a_session_without_a_module_says_what_to_do(services, tmp_path, capsys):
    sid = services.training.add_session({"title": "T", "start_date": "2026-04-02"}).id
    assert main(["--data-dir", str(services.data_dir), "print", "attendance", "--session", sid,
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert "module" in capsys.readouterr().err


def test_post_test_reorders_questions_and_choices_but_keeps_each_right_answer(tmp_path, capsys):
    from pan_desktop.core.content import load_pack
    from pan_desktop.core.paths import training_modules_dir
    from pan_desktop.core.printing.knowledge_test import form_checks

    pack = load_pack(training_modules_dir() / "module-junk-shop-practice")
    pre, post = form_checks(pack, "pre"), form_checks(pack, "post")
    assert [c.id for c in pre] == [c.id for c in pack.checks] and sorted(c.id for c in post) == sorted(c.id for c in pre)
    assert [c.id for c in post] != [c.id for c in pre] or any(a.choices != b.choices for a, b in zip(pre, post))
    right = {c.id: c.choices[c.answer] for c in pre}
    assert all(c.choices[c.answer] == right[c.id] for c in post)


def test_paper_test_and_its_separate_key(data_dir, tmp_path, capsys):
    d = ["--data-dir", str(data_dir)]
    sheet, key = tmp_path / "pre.pdf", tmp_path / "key.pdf"
    assert main([*d, "print", "test", "--module", "module-junk-shop-practice", "--form", "pre", "--out", str(sheet)]) == 0
    assert main([*d, "print", "test", "--module", "module-junk-shop-practice", "--form", "pre", "--key", "--out", str(key)]) == 0
    test_text = " ".join(p.extract_text() for p in PdfReader(sheet).pages)
    key_text = " ".join(p.extract_text() for p in PdfReader(key).pages)
    assert "Câu 1" in test_text and "/ 6" in test_text and "Đáp án" not in test_text
    assert "ĐÁP ÁN" in key_text
