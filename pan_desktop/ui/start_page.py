"""The start page a newcomer sees first: what PAN Desktop holds and three next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from pan_desktop.ui.context import AppContext
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.text import count_text
from pan_desktop.ui.widgets import SUBHEADING_STYLE

STEPS = ("library", "print", "sync")


class StartPage(Retranslating, QWidget):
    """``go(key)`` asks the window to open a page of the navigation."""

    go = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._counts: dict[str, int] = {}
        self.intro = QLabel(wordWrap=True, objectName="start_intro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.holds = QLabel(wordWrap=True, objectName="start_holds")
        self.holds.setTextFormat(Qt.TextFormat.PlainText)
        self.steps_heading = QLabel(objectName="start_steps_heading")
        self.steps_heading.setStyleSheet(SUBHEADING_STYLE)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.step_buttons: dict[str, QPushButton] = {}
        self.step_texts: dict[str, QLabel] = {}
        for row, key in enumerate(STEPS):
            button = QPushButton(objectName=f"start_{key}")
            button.setMinimumWidth(200)
            button.clicked.connect(lambda _c=False, k=key: self.go.emit(k))
            text = QLabel(wordWrap=True)
            text.setBuddy(button)
            self.step_buttons[key], self.step_texts[key] = button, text
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        self.tip = QLabel(wordWrap=True, objectName="start_tip")
        self.tip.setStyleSheet("color:#55605a;")
        body = QWidget()
        col = QVBoxLayout(body)
        col.addWidget(self.intro)
        col.addWidget(self.holds)
        line = QFrame(frameShape=QFrame.Shape.HLine)
        col.addWidget(line)
        col.addWidget(self.steps_heading)
        col.addLayout(grid)
        col.addWidget(self.tip)
        col.addStretch(1)
        scroll = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self._show_holds()

    def _show_holds(self) -> None:
        c = self._counts
        if not c:
            self.holds.setText("")
            return
        self.holds.setText(self.tr("On this computer now: {initiatives}, {organizations}, {policies} and {events}, "
                                   "the training modules and technical guidelines of the Library, and the glossary.")
                           .format(initiatives=count_text(c.get("initiatives", 0), "initiative"),
                                   organizations=count_text(c.get("organizations", 0), "organisation"),
                                   policies=count_text(c.get("policies", 0), "policy"),
                                   events=count_text(c.get("events", 0), "event")))

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "PAN Desktop is the offline library and shared database of the Plastic Action Network (PAN) in "
            "Vietnam. Everything here works without an internet connection: read and teach the training "
            "modules, follow the technical guidelines on a site visit, search the network's initiatives, "
            "organisations, policies and events, and print material for a workshop."))
        self._show_holds()
        self.steps_heading.setText(self.tr("Three first steps"))
        words = {
            "library": (self.tr("Open the library"), self.tr(
                "Training modules to run with a group, with facilitator notes and knowledge checks, and "
                "technical guidelines with site checklists.")),
            "print": (self.tr("Print a handout"), self.tr(
                "Handouts, A5 booklets, attendance sheets and certificates, ready for a workshop without "
                "electricity or a projector.")),
            "sync": (self.tr("Connect to the hub"), self.tr(
                "With the hub address and the invite code from the PAN secretariat, share your records with "
                "the network and receive the newest modules when you have a connection.")),
        }
        for key, (button, text) in words.items():
            self.step_buttons[key].setText(button)
            self.step_buttons[key].setAccessibleDescription(text)
            self.step_texts[key].setText(text)
        self.tip.setText(self.tr("Tip: press Ctrl+K anywhere to search everything, with or without diacritics. "
                                 "This page stays in the list on the left as “Start”."))
