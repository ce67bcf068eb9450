"""The oral-test dialog: the trainer reads each knowledge check aloud and records the person's answer;
the score shows as answers are chosen. Keyboard: Tab to the next question, type the choice's number."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from pan_desktop.core.training.oral import SKIPPED, OralTest


class OralDialog(QDialog):
    """One person's oral test, pre or post; ``answers()`` and ``form()`` once accepted."""

    def __init__(self, tests: dict[str, OralTest], name: str, lang: str = "vi", form: str = "post", parent=None):
        super().__init__(parent)
        self.tests, self.lang = tests, lang
        self.setWindowTitle(self.tr("Oral test: {name}").format(name=name))
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.form_box = QComboBox()
        self.form_box.addItem(self.tr("Pre-test"), "pre")
        self.form_box.addItem(self.tr("Post-test"), "post")
        self.form_box.setCurrentIndex(max(0, self.form_box.findData(form)))
        self.form_box.currentIndexChanged.connect(self._build_questions)
        top.addRow(self.tr("Test"), self.form_box)
        layout.addLayout(top)
        hint = QLabel(self.tr("Read each question and its choices aloud, then choose the answer the person gives "
                              "(type its number). Tab goes to the next question."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.score_label = QLabel()
        layout.addWidget(self.score_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.boxes: list[QComboBox] = []
        self._build_questions()
        self.resize(680, 500)  # fits 1024x600; the questions scroll

    def form(self) -> str:
        return self.form_box.currentData()

    def test(self) -> OralTest:
        return self.tests[self.form()]

    def _build_questions(self) -> None:
        body = QWidget()
        rows = QFormLayout(body)
        self.boxes = []
        for i, check in enumerate(self.test().checks, 1):
            question = QLabel(f"{i}. {check.question.get(self.lang)}")
            question.setWordWrap(True)
            box = QComboBox()
            box.addItem(self.tr("— no answer —"), SKIPPED)
            for n, choice in enumerate(check.choices):
                box.addItem(f"{n + 1}. {choice.get(self.lang)}", n)
            box.currentIndexChanged.connect(self._show_score)
            rows.addRow(question)
            rows.addRow(box)
            self.boxes.append(box)
        self.scroll.setWidget(body)
        if self.boxes:
            self.boxes[0].setFocus()
        self._show_score()

    def answers(self) -> list[int]:
        return [box.currentData() for box in self.boxes]

    def _show_score(self) -> None:
        test = self.test()
        right = sum(a == c.answer for a, c in zip(self.answers(), test.checks))
        self.score_label.setText(self.tr("Correct: {right} of {total} ({score} %)").format(
            right=right, total=len(test.checks), score=f"{test.score(self.answers()):g}"))
