"""Problems with a value, and an import's row problems, in the interface language by their code."""

from types import SimpleNamespace

import pytest


@pytest.fixture
def vietnamese(qapp, tmp_path):
    from pan_desktop.ui.i18n import Translation

    translation = Translation(tmp_path / "qm")
    translation.set_language("vi")
    yield
    translation.uninstall()


def test_a_row_problem_with_a_code_is_said_in_vietnamese_with_the_column_name(vietnamese):
    from pan_desktop.ui.records.problems import row_problem_text

    problem = SimpleNamespace(line=3, field="start_date", message="month must be 01 to 12", code="bad_month", params={})
    assert row_problem_text(problem, "vi") == "Dòng 3, Bắt đầu: Tháng phải từ 01 đến 12."


def test_an_unknown_code_gets_general_words_never_the_english_message(vietnamese):
    from pan_desktop.ui.records.problems import problem_text, row_problem_text

    assert problem_text("no_such_code", {}) == "Giá trị này chưa dùng được."
    problem = SimpleNamespace(line=7, field="", message="row is broken", code="no_such_code", params={})
    assert row_problem_text(problem, "vi") == "Dòng 7: Giá trị này chưa dùng được."


def test_every_validation_code_raised_in_core_has_words():
    import re
    from pathlib import Path

    from pan_desktop.core.services import validation
    from pan_desktop.ui.records.problems import WORDS

    source = Path(validation.__file__).read_text(encoding="utf-8")
    raised = set(re.findall(r'FieldError\("([a-z_]+)"', source)) | set(re.findall(r'Problem\([^,]+, "([a-z_]+)"', source))
    assert raised and raised <= set(WORDS), raised - set(WORDS)
