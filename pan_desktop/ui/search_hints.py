"""What the Search page shows before anything is typed: what can be searched, and searches to try."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pan_desktop.ui.retranslate import Retranslating

# Searches that find something in the bundled records and content, in each interface language.
SUGGESTIONS = {
    "vi": ("túi ni lông", "phân loại rác tại nguồn", "vựa phế liệu", "hạt nhựa", "thương mại điện tử"),
    "en": ("plastic bag", "waste separation", "junk shop", "resin pellets", "e-commerce"),
}


class SearchHints(Retranslating, QWidget):
    """``chosen(text)`` when a suggested search is clicked. Hook-up on the Search page (one line):
    ``hints.chosen.connect(self._use_suggestion)``, shown while the box is empty."""

    chosen = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.explain = QLabel(wordWrap=True, objectName="search_explain")
        self.try_label = QLabel(objectName="search_try")
        self.row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 8, 0, 8)
        col.addWidget(self.explain)
        col.addWidget(self.try_label)
        col.addLayout(self.row)
        col.addStretch(1)
        self.retranslate()

    def _fill(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for text in SUGGESTIONS["vi" if self.ctx.language == "vi" else "en"]:
            button = QPushButton(text)
            button.setFlat(True)
            button.setStyleSheet("QPushButton{color:#1f4d2a; text-decoration:underline; padding:2px 6px;}")
            button.clicked.connect(lambda _c=False, t=text: self.chosen.emit(t))
            self.row.addWidget(button)
            self.buttons.append(button)

    def retranslate(self) -> None:
        self.explain.setText(self.tr(
            "Search everything on this computer at once: the network's initiatives, organisations, policies and "
            "events, the lessons of the training modules, the guideline sections and the glossary. Type with or "
            "without diacritics (\u201cphan loai\u201d finds \u201cphân loại\u201d); results appear as you type, and Enter opens the first."))
        self.try_label.setText(self.tr("Try:"))
        self._fill()
        for button in self.buttons:
            button.setAccessibleDescription(self.tr("Search for this"))
