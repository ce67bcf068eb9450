"""Reading one pack: a table of contents, the page (lesson, overview, checklist, glossary) and its checks.

``ModuleView`` and ``GuidelineView`` differ only in their table of contents: a guideline lists its
sections by aspect and then its site checklists. The reading position (page and scroll) is saved per
pack, off the GUI thread, a moment after the person stops scrolling.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QSplitter, QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from pan_desktop.core.content import ASPECTS, Pack
from pan_desktop.core.content.positions import Position, ReadingPositions
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.library import render
from pan_desktop.ui.library.checks import ChecksPanel
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.widgets import heading
from pan_desktop.ui.workers import run_in_background

KEY_ROLE = Qt.ItemDataRole.UserRole
MAX_IMAGE_WIDTH = 760
SHORT_SCREEN = 700
MIN_CHECKS_HEIGHT = 120


class LessonBrowser(QTextBrowser):
    """A QTextBrowser that finds ``media/...`` in the pack folder and scales big images to fit."""

    def __init__(self, root, parent=None):
        super().__init__(parent)
        self.setObjectName("lesson_browser")
        self.root = root
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.setSearchPaths([str(root)])

    def loadResource(self, kind: int, url: QUrl):
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value and not url.scheme():
            path = (self.root / url.path()).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                image = QImage(str(path))
                limit = max(200, min(MAX_IMAGE_WIDTH, self.viewport().width() - 40))
                if image.width() > limit:
                    image = image.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation)
                return image
            return None
        return super().loadResource(kind, url)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif not url.scheme() and url.path().startswith("media/"):
            path = (self.root / url.path()).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PackReader(Retranslating, QWidget):
    """Shows one pack. Subclasses fill the table of contents with ``_toc_entries``."""

    back_requested = Signal()
    page_shown = Signal(str)  # key of the page now shown

    def __init__(self, ctx: AppContext, pack: Pack, position: Position | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pack = pack
        self.lang = ctx.language
        self.key = ""
        self.positions = ReadingPositions(ctx.data_dir)
        self._restoring: float | None = None

        self.back = QPushButton(objectName="back")
        self.back.clicked.connect(self.back_requested)
        self.title = heading("pack_title", sub=True)  # elided: a long title never widens the window
        self.language_box = QComboBox(objectName="content_language")
        for code in pack.languages:
            self.language_box.addItem("Tiếng Việt" if code == "vi" else "English", code)
        index = self.language_box.findData(self.lang)
        self.language_box.setCurrentIndex(max(index, 0))
        self.lang = self.language_box.currentData()
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.notes = QCheckBox(objectName="facilitator_toggle")
        self.notes.toggled.connect(lambda _on: self._render())
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_box)
        self.checks_toggle = QToolButton(objectName="checks_toggle", checkable=True, checked=True)
        self.checks_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checks_toggle.toggled.connect(self._show_checks)
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        head.addWidget(self.checks_toggle)
        head.addWidget(self.notes)
        head.addWidget(self.language_label)
        head.addWidget(self.language_box)

        self.toc = QListWidget(objectName="toc")
        self.toc.setWordWrap(True)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.setStyleSheet("QListWidget::item{padding:5px 4px;} QListWidget::item:selected{background:#2e7d32;color:white;}")
        self.toc.currentItemChanged.connect(self._toc_changed)
        self.browser = LessonBrowser(pack.root)
        self.checks = ChecksPanel()
        self.checks_area = QScrollArea(objectName="checks_area")
        self.checks_area.setWidgetResizable(True)
        self.checks_area.setWidget(self.checks)
        right = self.right_split = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.browser)
        right.addWidget(self.checks_area)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([560, 300])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.toc)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self._save_position)
        self.browser.verticalScrollBar().valueChanged.connect(lambda _v: self._save_timer.start())
        self._shown_once = False
        self.retranslate()
        start = position.lesson if position and self._has_key(position.lesson) else self._first_key()
        self._restoring = position.scroll if position and position.lesson == start else None
        self.show_page(start)

    # --- table of contents -------------------------------------------------------------------
    def _toc_entries(self) -> list[tuple[str | None, str]]:
        """``(key, label)`` rows; a ``None`` key is a heading that cannot be selected."""
        raise NotImplementedError

    def _build_toc(self) -> None:
        self.toc.blockSignals(True)
        self.toc.clear()
        for key, label in self._toc_entries():
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, key)
            if key is None:  # a heading: shown in the accent colour, never selected
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(QColor("#1f4d2a"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.toc.addItem(item)
            if key == self.key:
                self.toc.setCurrentItem(item)
        self.toc.blockSignals(False)

    def _keys(self) -> list[str]:
        return [k for k, _ in self._toc_entries() if k]

    def _has_key(self, key: str) -> bool:
        return key in self._keys()

    def _first_key(self) -> str:
        return self._keys()[0]

    def _toc_changed(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is not None and item.data(KEY_ROLE):
            self.show_page(item.data(KEY_ROLE))

    # --- pages ---------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        """Show the page ``key`` ("overview", "lesson:<id>", "checklist:<id>", "glossary")."""
        self.key = key
        for row in range(self.toc.count()):
            if self.toc.item(row).data(KEY_ROLE) == key:
                self.toc.blockSignals(True)
                self.toc.setCurrentRow(row)
                self.toc.blockSignals(False)
        lesson = self.pack.lesson(key.split(":", 1)[1]) if key.startswith("lesson:") else None
        self.notes.setEnabled(bool(lesson and lesson.facilitator.get(self.lang)))
        self.checks.set_checks(self.pack.checks_for(lesson.id) if lesson else (), self.lang)
        self.checks_toggle.setVisible(bool(self.checks.cards))
        self._show_checks(self.checks_toggle.isChecked())
        self._render(keep_scroll=False)
        self.page_shown.emit(key)
        self._save_timer.start()

    def _render(self, keep_scroll: bool = True) -> None:
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if keep_scroll and bar.maximum() else 0.0
        self.browser.setHtml(self.page_html())
        if self._restoring is not None:
            fraction, self._restoring = self._restoring, None
        if fraction:
            QTimer.singleShot(0, lambda: bar.setValue(int(fraction * bar.maximum())))

    def page_html(self) -> str:
        labels = self._labels()
        kind, _, ident = self.key.partition(":")
        if kind == "lesson":
            return render.lesson_html(self.pack.lesson(ident), self.lang, self.notes.isChecked(), labels)
        if kind == "checklist":
            checklist = next(c for c in self.pack.checklists if c.id == ident)
            return render.checklist_html(checklist, self.lang, labels)
        if kind == "glossary":
            body = "".join(f"<h3>{escape(e.vi if self.lang == 'vi' else e.en)} · <i>{escape(e.en if self.lang == 'vi' else e.vi)}</i></h3>"
                           f"<p>{escape(e.definition.get(self.lang))}</p>" for e in self.pack.glossary)
            return render.page(self.tr("Glossary"), body)
        return render.overview_html(self.pack, self.lang, labels)

    def _labels(self) -> dict[str, str]:
        return {
            "minutes": self.tr("{n} minutes"), "notes": self.tr("Facilitator notes"), "audience": self.tr("Audience"),
            "duration": self.tr("Duration"), "version": self.tr("Version"), "updated": self.tr("Updated"),
            "authors": self.tr("Authors"), "licence": self.tr("Licence"), "objectives": self.tr("Objectives"),
            "contents": self.tr("Contents"), "sources": self.tr("Sources"), "done": self.tr("Done"),
            "practice": self.tr("Good practice to check"), "look_for": self.tr("What to look for"),
            "checklist_meta": self.tr("{n} items · tick each box on a printed copy during the visit"),
            "aliases": self.tr("Also called"),
        }

    # --- position and language -----------------------------------------------------------------
    def current_position(self) -> Position:
        bar = self.browser.verticalScrollBar()
        return Position(self.key, bar.value() / bar.maximum() if bar.maximum() else 0.0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            screen = self.window().screen()
            if screen is not None and screen.availableGeometry().height() < SHORT_SCREEN:
                self.checks_toggle.setChecked(False)  # a netbook: the lesson first, the questions on demand

    def _show_checks(self, shown: bool) -> None:
        """Collapse the knowledge check so the lesson has the room (a netbook's short screen)."""
        visible = shown and bool(self.checks.cards)
        self.checks_area.setVisible(visible)
        sizes = self.right_split.sizes()
        if visible and sizes[1] < MIN_CHECKS_HEIGHT:  # it was hidden when the splitter last shared the room
            total = max(sum(sizes), 2 * MIN_CHECKS_HEIGHT)
            self.right_split.setSizes([total - total * 2 // 5, total * 2 // 5])
        self._retranslate_toggle()

    def _retranslate_toggle(self) -> None:
        shown = self.checks_toggle.isChecked()
        self.checks_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.UpArrow)
        self.checks_toggle.setText(self.tr("Hide questions") if shown else self.tr("Show questions"))
        self.checks_toggle.setAccessibleName(self.checks_toggle.text())
        self.checks_toggle.setToolTip(self.tr("Show or hide the knowledge check under the lesson"))

    def _save_position(self) -> None:
        if self.ctx.services.read_only:
            return  # a read-only folder keeps no reading position
        run_in_background(self.positions.set, self.pack.id, self.current_position(), pool=self.ctx.pools.general)

    def _language_changed(self, _index: int) -> None:
        self.lang = self.language_box.currentData()
        self.retranslate()
        self.checks.set_language(self.lang)
        self._render()

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Library"))
        self.notes.setText(self.tr("Facilitator notes"))
        self.notes.setToolTip(self.tr("Show the notes for the person running the session"))
        self.language_label.setText(self.tr("Content language:"))
        self.language_box.setAccessibleName(self.tr("Content language"))
        self.back.setAccessibleName(self.tr("Back to the library"))
        self.toc.setAccessibleName(self.tr("Contents"))
        self.browser.setAccessibleName(self.tr("Page text"))
        self._retranslate_toggle()
        self.title.setText(self.pack.title.get(self.lang))
        self._build_toc()
        if self.key:
            self._render()


class ModuleView(PackReader):
    """A training module: overview, lessons in reading order, glossary."""

    def _toc_entries(self) -> list[tuple[str | None, str]]:
        rows: list[tuple[str | None, str]] = [("overview", self.tr("Overview and objectives"))]
        rows += [(f"lesson:{l.id}", f"{i}. {l.title.get(self.lang)}") for i, l in enumerate(self.pack.lessons, 1)]
        if self.pack.glossary:
            rows.append(("glossary", self.tr("Glossary")))
        return rows


class GuidelineView(PackReader):
    """A technical guideline: overview, one section per aspect, then its site checklists and glossary."""

    def _toc_entries(self) -> list[tuple[str | None, str]]:
        rows: list[tuple[str | None, str]] = [("overview", self.tr("Overview and objectives")), (None, self.tr("Sections by aspect"))]
        for lesson in self.pack.lessons:
            aspect = ASPECTS[lesson.aspect].get(self.lang) if lesson.aspect else ""
            rows.append((f"lesson:{lesson.id}", aspect or lesson.title.get(self.lang)))
        if self.pack.checklists:
            rows.append((None, self.tr("Site checklists")))
            rows += [(f"checklist:{c.id}", c.title.get(self.lang)) for c in self.pack.checklists]
        if self.pack.glossary:
            rows.append(("glossary", self.tr("Glossary")))
        return rows


def reader_for(ctx: AppContext, pack: Pack, position: Position | None = None, parent=None) -> PackReader:
    """The right reader for the pack's kind."""
    cls = GuidelineView if pack.kind == "guideline" else ModuleView
    return cls(ctx, pack, position, parent)
