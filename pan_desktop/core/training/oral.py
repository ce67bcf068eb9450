"""An oral test: the trainer reads the module's knowledge checks (the same questions, in the same order
and with the same choices, as the paper test of that form) and records the answer each person gives;
the score is the share answered right."""

from __future__ import annotations

from dataclasses import dataclass

from pan_desktop.core.errors import PanError
from pan_desktop.core.printing.knowledge_test import form_checks

SKIPPED = -1  # the person gave no answer: counted wrong


@dataclass(frozen=True)
class OralTest:
    """The questions of one form of a module's test, as read out."""

    module: str
    form: str
    checks: tuple

    def score(self, answers: list[int]) -> float:
        """Percent right, one answer (a choice index, or ``SKIPPED``) per question, in order."""
        if len(answers) != len(self.checks):
            raise PanError(f"Give one answer per question ({len(self.checks)}), not {len(answers)}.",
                           code="training.oral_answers", expected=len(self.checks), given=len(answers))
        right = 0
        for check, answer in zip(self.checks, answers):
            if answer != SKIPPED and not 0 <= answer < len(check.choices):
                raise PanError(f"Answer {answer} is not one of the choices.", code="training.oral_choice",
                               answer=answer)
            right += answer == check.answer
        return round(100 * right / len(self.checks), 1)


def oral_test(pack, form: str) -> OralTest:
    """The oral form of ``pack``'s ``pre`` or ``post`` test."""
    return OralTest(pack.id, form, tuple(form_checks(pack, form)))
