"""Oral tests: the trainer records each answer, the score is computed and kept as taken orally."""

from __future__ import annotations

import pytest

from pan_desktop.core.content import load_pack
from pan_desktop.core.paths import training_modules_dir
from pan_desktop.core.errors import PanError
from pan_desktop.core.training.oral import SKIPPED, oral_test


def test_an_oral_post_test_scores_the_answers_given_and_is_marked_oral(services, data_dir):
    pack = load_pack(training_modules_dir() / "module-junk-shop-practice")
    test = oral_test(pack, "post")
    n = len(test.checks)
    assert n >= 2
    answers = [c.answer for c in test.checks]
    answers[0] = (answers[0] + 1) % len(test.checks[0].choices)  # one wrong
    answers[1] = SKIPPED  # one not answered
    sid = services.training.add_session({"title": "T", "module_id": pack.id, "start_date": "2026-04-02"}).id
    pid = services.training.add_participant({"name": "Bà Tư"}, session_id=sid).id
    saved = services.training.save_oral(sid, pid, test, answers)
    assert (saved["post_score"], saved["oral"], saved["attended"], saved["pre_score"]) == (
        round(100 * (n - 2) / n, 1), True, True, None)


def test_the_oral_form_asks_what_the_paper_form_asks(data_dir):
    from pan_desktop.core.printing.knowledge_test import form_checks

    pack = load_pack(training_modules_dir() / "module-junk-shop-practice")
    for form in ("pre", "post"):
        assert list(oral_test(pack, form).checks) == form_checks(pack, form)


@pytest.mark.parametrize("answers", [[], [0] * 99, "bad-choice"])
def test_wrong_answer_lists_are_refused(data_dir, answers):
    test = oral_test(load_pack(training_modules_dir() / "module-junk-shop-practice"), "pre")
    if answers == "bad-choice":
        answers = [len(c.choices) for c in test.checks]
    with pytest.raises(PanError):
        test.score(answers)
