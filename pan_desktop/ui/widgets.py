"""Small widgets every page shares: the one page-heading style and a label that elides instead of widening."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

HEADING_STYLE = "font-size:20px; font-weight:bold; color:#2e7d32;"
SUBHEADING_STYLE = "font-size:15px; font-weight:bold; color:#1f4d2a;"


class ElidedLabel(QLabel):
    """One line of plain text that shortens with "…" when it has no room (the whole text is its tooltip),
    so a long title never makes the window wider."""

    def __init__(self, text: str = "", parent: QWidget | None = None, objectName: str = ""):
        super().__init__(text, parent)
        if objectName:
            self.setObjectName(objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 400), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)


def heading(object_name: str = "heading", sub: bool = False) -> ElidedLabel:
    """A page heading (or a sub-heading such as a pack's title), in the one style every page uses."""
    label = ElidedLabel(objectName=object_name)
    label.setStyleSheet(SUBHEADING_STYLE if sub else HEADING_STYLE)
    return label
