"""Knowledge checks under a lesson: pick an answer, check it, see whether it is right and why; a running score."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from pan_desktop.core.content import KnowledgeCheck
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.widgets import SUBHEADING_STYLE


class CheckCard(Retranslating, QGroupBox):
    """One question. ``answered(correct)`` is emitted each time the person checks an answer."""

    answered = Signal(bool)

    def __init__(self, check: KnowledgeCheck, lang: str, number: int, parent=None):
        super().__init__(parent)
        self.check = check
        self.lang = lang
        self.number = number
        self.result: bool | None = None
        self.setObjectName(f"check_{check.id}")
        layout = QVBoxLayout(self)
        self.question = QLabel(wordWrap=True, objectName="question")
        self.question.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.question)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for i, _choice in enumerate(check.choices):
            button = QRadioButton(objectName=f"choice_{i}")
            self.group.addButton(button, i)
            self.buttons.append(button)
            layout.addWidget(button)
        row = QHBoxLayout()
        self.check_button = QPushButton(objectName="check_answer")
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check_answer)
        self.group.idClicked.connect(lambda _i: self.check_button.setEnabled(True))
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.feedback = QLabel(wordWrap=True, objectName="feedback")
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Question {n}").format(n=self.number))
        self.question.setText(self.check.question.get(self.lang))
        for button, choice in zip(self.buttons, self.check.choices):
            button.setText(choice.get(self.lang))
        self.check_button.setText(self.tr("Check answer"))
        self.check_button.setAccessibleDescription(self.tr("Shows whether the chosen answer is right, and why"))
        if self.result is not None:
            self._show_feedback()

    def choose(self, index: int) -> None:
        """Select choice ``index`` (as a click would); nothing changes once the answer is shown."""
        if self.result is not None:
            return
        self.buttons[index].setChecked(True)
        self.check_button.setEnabled(True)

    def check_answer(self) -> None:
        chosen = self.group.checkedId()
        if chosen < 0:
            return
        self.result = chosen == self.check.answer
        for button in self.buttons:  # the answer is given: it cannot be changed once the right one is shown
            button.setEnabled(False)
        self.check_button.setEnabled(False)
        self._show_feedback()
        self.answered.emit(self.result)

    def _show_feedback(self) -> None:
        right = self.check.choices[self.check.answer].get(self.lang)
        explanation = self.check.explanation.get(self.lang)
        if self.result:
            head = self.tr("Correct.")
            colour, background = "#1b5e20", "#e8f5e9"
        else:
            head = self.tr("Not quite. The answer is: {answer}").format(answer=right)
            colour, background = "#8a1c1c", "#fdecea"
        self.feedback.setText(f"{head}\n{explanation}")
        self.feedback.setStyleSheet(f"color:{colour}; background:{background}; padding:6px; border-radius:4px;")
        self.feedback.show()


class ChecksPanel(Retranslating, QWidget):
    """All the checks of one lesson, with "Score: x of n" above them."""

    score_changed = Signal(int, int)  # correct, total

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checks_panel")
        self.cards: list[CheckCard] = []
        self.lang = "vi"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(objectName="checks_heading")
        self.heading.setStyleSheet(SUBHEADING_STYLE)
        self.score = QLabel(objectName="score")
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.score)
        layout.addLayout(head)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.retranslate()

    def set_checks(self, checks: tuple[KnowledgeCheck, ...], lang: str) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.lang = lang
        self.cards = [CheckCard(c, lang, i + 1, self) for i, c in enumerate(checks)]
        for card in self.cards:
            card.answered.connect(lambda _ok: self._update_score())
            self.body.addWidget(card)
        self.setVisible(bool(self.cards))
        self._update_score()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for card in self.cards:
            card.set_language(lang)

    def correct(self) -> int:
        return sum(1 for c in self.cards if c.result)

    def _update_score(self) -> None:
        answered = sum(1 for c in self.cards if c.result is not None)
        self.score.setText(self.tr("Score: {correct} of {total} ({answered} answered)").format(
            correct=self.correct(), total=len(self.cards), answered=answered))
        self.score_changed.emit(self.correct(), len(self.cards))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Knowledge check"))
        self._update_score()
