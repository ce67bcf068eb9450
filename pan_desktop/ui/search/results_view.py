"""The result list of the Search page: one compact row per hit (title, type · place, a snippet of one or
two lines, matched words in bold), so that ten fit on a 1366×768 screen. Painted by a delegate from
a plain list model: no widget per row."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pan_desktop.core.search import Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole  # (type, id), what opening a result needs
SNIPPET_LINES = 2
PAD = 4


def marked_html(text: str, spans, tag: str = "b") -> str:
    """``text`` escaped, each span wrapped in ``<tag>``."""
    out, last = [], 0
    for s, e in spans:
        out += [escape(text[last:s]), f"<{tag}>", escape(text[s:e]), f"</{tag}>"]
        last = e
    out.append(escape(text[last:]))
    return "".join(out)


class ResultModel(QAbstractListModel):
    """The hits shown, and the label of each type (translated by the page)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.type_label = lambda type_: type_

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == KEY_ROLE:
            return (hit.type, hit.id)
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            meta = " · ".join(filter(None, (self.type_label(hit.type), hit.place)))
            return f"{hit.title} — {meta}. {hit.snippet.text}"
        if role == Qt.ItemDataRole.ToolTipRole and hit.other_title:
            return hit.other_title
        return None


class ResultDelegate(QStyledItemDelegate):
    """Paints a hit in three lines: the title (matched words underlined) with its type and place in a
    quieter colour, then the snippet (matched words in bold), cut after ``SNIPPET_LINES`` lines."""

    def __init__(self, model: ResultModel, parent=None):
        super().__init__(parent)
        self.model = model

    def _line(self, option) -> int:
        return option.fontMetrics.lineSpacing()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1, (1 + SNIPPET_LINES) * self._line(option) + 3 * PAD)  # as wide as the list

    def _document(self, html: str, option, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text_colour.name() if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText).name()
        line = self._line(opt)
        rect = opt.rect.adjusted(PAD * 2, PAD, -PAD * 2, -PAD)
        meta = " · ".join(filter(None, (self.model.type_label(hit.type), hit.place)))
        title = opt.fontMetrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, max(40, rect.width() * 2 // 3))
        spans = hit.title_spans if title == hit.title else [(s, e) for s, e in hit.title_spans if e < len(title) - 1]
        head = (f"<span style='color:{text_colour.name()}'><b>{marked_html(title, spans, 'u')}</b></span>"
                f" <span style='color:{quiet}'>· {escape(meta)}</span>")
        self._draw(painter, self._document(f"<div style='white-space:pre'>{head}</div>", opt, rect.width()),
                   QRect(rect.left(), rect.top(), rect.width(), line), text_colour)
        if hit.snippet.text:
            body = f"<span style='color:{text_colour.name()}'>{hit.snippet.html('b')}</span>"
            self._draw(painter, self._document(body, opt, rect.width()),
                       QRect(rect.left(), rect.top() + line + PAD, rect.width(), SNIPPET_LINES * line), text_colour)

    @staticmethod
    def _draw(painter, doc: QTextDocument, clip: QRect, colour) -> None:
        painter.save()
        painter.translate(clip.topLeft())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = QRect(0, 0, clip.width(), clip.height())
        ctx.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.setClipRect(ctx.clip)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


class ResultList(QListView):
    """A list of hits, every row the same height (so scrolling a long page stays smooth)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results = ResultModel(self)
        self.setModel(self.results)
        self.setItemDelegate(ResultDelegate(self.results, self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    # The row-by-row calls a list widget has (what tests and callers used before this view existed).
    def count(self) -> int:
        return self.results.rowCount()

    def item(self, row: int) -> QModelIndex:
        """Row ``row``; ``.data(Qt.ItemDataRole.UserRole)`` is its ``(type, id)``."""
        return self.results.index(row)

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - QListWidget's name
        self.setCurrentIndex(self.results.index(row))
