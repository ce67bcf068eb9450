"""Import problems reach a person in the interface language, each with its line and column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pan_desktop.core.errors import ImportRejected, RowProblem
from pan_desktop.ui.error_messages import catalog
from pan_desktop.ui.interchange_messages import problem_text, summary_text

SERVICES = Path(__file__).resolve().parents[2] / "pan_desktop" / "core" / "services"


@pytest.fixture
def vietnamese(qapp, tmp_path):
    from pan_desktop.ui.i18n import Translation

    translation = Translation(tmp_path / "qm")
    translation.set_language("vi")
    yield
    translation.uninstall()


def test_every_import_problem_code_and_every_value_code_has_words():
    text = "\n".join(p.read_text(encoding="utf-8") for p in SERVICES.glob("*.py"))
    codes = set(re.findall(r'"(import\.[a-z_]+\.[a-z_.]+)"', text))
    validation = (SERVICES.parent / "shared" / "validation.py").read_text(encoding="utf-8")  # shared with the hub
    values = set(re.findall(r'FieldError\("([a-z_]+)"', validation)) | set(re.findall(r'Problem\(\w+, "([a-z_]+)"', validation))
    assert {"import.csv.quote_unclosed", "import.header.unknown"} <= codes and {"bad_month", "required"} <= values
    assert sorted(codes - set(catalog())) == [] and sorted({f"value.{c}" for c in values} - set(catalog())) == []


def test_a_problem_is_shown_with_its_line_and_column_in_vietnamese(vietnamese):
    problem = RowProblem(4, "start_date", "month must be 01 to 12", "value.bad_month", {"column": "Bắt đầu", "letter": "E"})
    assert problem_text(problem) == "Dòng 4, cột E «Bắt đầu»: Tháng phải từ 01 đến 12."
    unknown = RowProblem(1, "", "…", "import.header.unknown", {"column": "Ghi chú", "letter": "F", "closest": "Chủ đề", "count": 2, "first_line": 2})
    assert problem_text(unknown).startswith("Dòng 1, cột F «Ghi chú»: Cột này có dữ liệu nhưng không khớp với trường nào; tên gần nhất là «Chủ đề».")
    assert problem_text(RowProblem(7, "", "English", "no.such.code")) == "Dòng 7: Không nhập được dòng này như hiện tại."
    assert summary_text(3, 0, 2, 0) == "Đã thêm 3, cập nhật 0, đã có sẵn 2, bị từ chối 0."


def test_every_problem_of_a_refused_file_renders_without_english(vietnamese, services, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Tên dự án,Bắt đầu,Kết thúc,Trạng thái,Ghi chú,id\nA,2020-02-30,2019,xong,x,\n,,,,,nope\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        services.interchange.import_file(bad)
    texts = [problem_text(p) for p in err.value.problems]
    assert len(texts) == 4 and all(t.startswith("Dòng ") for t in texts)
    assert not {p.message for p in err.value.problems} & set(texts)
    assert "Dòng 2, cột B «Bắt đầu»: Tháng 2020-02 không có ngày 30." in texts
