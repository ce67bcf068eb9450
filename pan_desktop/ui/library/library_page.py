"""The Library page: a card per installed pack, filters by audience, kind and language; opens a reader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QScrollArea, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from pan_desktop.core.content import KINDS, Library, Pack, audience_label, install
from pan_desktop.core.content.model import PackError
from pan_desktop.core.content.positions import Position, ReadingPositions
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import error_text, show_error
from pan_desktop.ui.library.reader import PackReader, reader_for
from pan_desktop.ui.library.updates import ContentUpdater, as_of_text, confirm_unsigned
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.text import count_text, number
from pan_desktop.ui.workers import run_in_background

COLUMNS = 2
MAX_PROBLEMS_SHOWN = 12


@dataclass(frozen=True)
class Loaded:
    packs: list[Pack]
    positions: dict[str, Position]
    problems: dict[str, str]
    origins: dict[str, str] | None = None  # pack id -> "pan" | "bundled" | "unsigned" (shown "not from PAN")
    as_of: str | None = None  # "content as of DATE" after an update from an old USB copy


def load_library(data_dir) -> Loaded:
    """Runs on a worker: every installed pack and its saved reading position. Must not touch widgets."""
    library = Library(data_dir)
    packs = library.installed()
    store = ReadingPositions(data_dir)
    positions = {p.id: pos for p in packs if (pos := store.get(p.id))}
    origins = {p.id: library.origin(p) for p in packs}
    return Loaded(packs, positions, dict(library.problems), origins, library.freshness().get("as_of"))


class PackCard(QFrame):
    """One pack: title, kind, duration, languages, summary, audience, and an Open button."""

    open_requested = Signal(str)

    def __init__(self, pack: Pack, lang: str, parent=None, origin: str = ""):
        super().__init__(parent)
        self.pack = pack
        self.origin = origin
        self.not_from_pan = QLabel(objectName="not_from_pan")
        self.not_from_pan.setStyleSheet("color:#8a1c1c; font-weight:bold;")
        self.not_from_pan.setVisible(origin == "unsigned")
        self.setObjectName(f"card_{pack.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("PackCard{background:#fbfdfb; border:1px solid #c8dccb; border-radius:8px;}")
        self.title = QLabel(wordWrap=True)
        self.title.setStyleSheet("font-size:16px; font-weight:bold; color:#1f4d2a;")
        self.meta = QLabel(wordWrap=True)
        self.meta.setStyleSheet("color:#55605a;")
        self.summary = QLabel(wordWrap=True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.audience = QLabel(wordWrap=True)
        self.audience.setStyleSheet("color:#2e7d32;")
        self.open_button = QPushButton(objectName="open")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.pack.id))
        row = QHBoxLayout()
        row.addWidget(self.audience, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        for w in (self.title, self.not_from_pan, self.meta, self.summary):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(row)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        p = self.pack
        self.title.setText(p.title.get(lang))
        parts = [KINDS[p.kind].get(lang)]
        if p.duration_minutes:
            hours = round(p.duration_minutes / 30) / 2  # to the half hour
            parts.append(self.tr("about {hours} hours").format(hours=number(hours)))
        parts.append(count_text(len(p.lessons), "lesson" if p.kind == "module" else "section"))
        parts.append(" / ".join(code.upper() for code in p.languages))
        self.meta.setText(" · ".join(parts))
        summary = p.summary.get(lang)
        self.summary.setText(summary if len(summary) <= 260 else summary[:257].rsplit(" ", 1)[0] + " …")
        self.audience.setText(", ".join(audience_label(a, lang) for a in p.audience))
        self.open_button.setText(self.tr("Open"))
        self.not_from_pan.setText(self.tr("Not from PAN: installed from a file nobody signed"))
        self.open_button.setAccessibleName(self.tr("Open {title}").format(title=p.title.get(lang)))
        self.setAccessibleName(p.title.get(lang))

    def mouseDoubleClickEvent(self, event) -> None:
        self.open_requested.emit(self.pack.id)


class LibraryPage(Retranslating, QWidget):
    """Cards of the installed modules and guidelines; opening one shows its reader in place.

    ``LibraryPage(ctx, parent=None)``. Packs are loaded on a worker (``ctx.pools.general``); ``loaded``
    is emitted with the number of packs once they are on screen.
    """

    loaded = Signal(int)
    reader_opened = Signal(object)  # the PackReader
    packs_installed = Signal(object)  # InstallResult, after a pack was installed from this page

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.packs: list[Pack] = []
        self.positions: dict[str, Position] = {}
        self.cards: list[PackCard] = []
        self.reader: PackReader | None = None
        self._pending: tuple[str, str] | None = None  # a lesson asked for before the packs were loaded

        self.audience_box = QComboBox(objectName="filter_audience")
        self.kind_box = QComboBox(objectName="filter_kind")
        self.language_box = QComboBox(objectName="filter_language")
        for box in (self.audience_box, self.kind_box, self.language_box):
            box.currentIndexChanged.connect(self._apply_filters)
        self.audience_label = QLabel()
        self.kind_label = QLabel()
        self.language_label = QLabel()
        self.count = QLabel(objectName="count")
        self.install_button = QPushButton(objectName="install_pack")
        self.install_button.clicked.connect(self._choose_pack_file)
        self.origins: dict[str, str] = {}
        self.updater = ContentUpdater(ctx, self)
        self.updater.finished.connect(lambda text, ok: self._show_status(text, ok))
        self.updater.installed.connect(self.refresh)
        self.update_button = QToolButton(objectName="update_content")
        self.update_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.update_menu = QMenu(self.update_button)
        self.update_from_hub = self.update_menu.addAction("", self.updater.from_hub)
        self.update_from_folder = self.update_menu.addAction("", self.updater.from_folder)
        self.update_button.setMenu(self.update_menu)
        self.as_of_notice = QLabel(wordWrap=True, objectName="content_as_of")
        self.as_of_notice.setStyleSheet("color:#6d4c00; background:#fff8e1; padding:6px; border-radius:4px;")
        self.as_of_notice.hide()
        self.status = QLabel(wordWrap=True, objectName="install_status")
        self.status.hide()
        filters = QHBoxLayout()
        for label, box in ((self.audience_label, self.audience_box), (self.kind_label, self.kind_box),
                           (self.language_label, self.language_box)):
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.count)
        filters.addWidget(self.update_button)
        filters.addWidget(self.install_button)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.empty = QLabel(wordWrap=True, objectName="empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        browse = QWidget()
        col = QVBoxLayout(browse)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(filters)
        col.addWidget(self.as_of_notice)
        col.addWidget(self.status)
        col.addWidget(self.empty)
        col.addWidget(scroll, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self.refresh()

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the installed packs on a worker."""
        self.count.setText(self.tr("Loading…"))
        run_in_background(load_library, self.ctx.data_dir, on_done=self._loaded, on_error=self._failed,
                          pool=self.ctx.pools.general)

    def _loaded(self, result: Loaded) -> None:
        self.packs, self.positions = result.packs, result.positions
        self.origins = result.origins or {}
        self.as_of_notice.setText(as_of_text(result.as_of) if result.as_of else "")
        self.as_of_notice.setVisible(bool(result.as_of))
        self._fill_filters()
        self._apply_filters()
        self.loaded.emit(len(self.packs))
        pending, self._pending = self._pending, None
        if pending is not None and any(p.id == pending[0] for p in self.packs):
            self.open_lesson(*pending)

    def _failed(self, exc: BaseException) -> None:
        self.count.setText("")
        show_error(self, exc)

    # --- filters and cards ---------------------------------------------------------------------
    def _fill_filters(self) -> None:
        lang = self.ctx.language
        keep = (self.audience_box.currentData(), self.kind_box.currentData(), self.language_box.currentData())
        for box in (self.audience_box, self.kind_box, self.language_box):
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), "")
        codes = sorted({a for p in self.packs for a in p.audience}, key=lambda c: audience_label(c, lang).lower())
        for code in codes:
            self.audience_box.addItem(audience_label(code, lang), code)
        for code, text in KINDS.items():
            self.kind_box.addItem(text.get(lang), code)
        self.language_box.addItem("Tiếng Việt", "vi")
        self.language_box.addItem("English", "en")
        for box, value in zip((self.audience_box, self.kind_box, self.language_box), keep):
            box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
            box.blockSignals(False)

    def visible_packs(self) -> list[Pack]:
        audience, kind, language = self.audience_box.currentData(), self.kind_box.currentData(), self.language_box.currentData()
        return [p for p in self.packs if (not audience or audience in p.audience) and (not kind or p.kind == kind)
                and (not language or language in p.languages)]

    def _apply_filters(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        shown = self.visible_packs()
        for i, pack in enumerate(shown):
            card = PackCard(pack, self.ctx.language, origin=self.origins.get(pack.id, ""))
            card.open_requested.connect(self.open_pack)
            self.grid.addWidget(card, i // COLUMNS, i % COLUMNS)
            self.cards.append(card)
        self.grid.setRowStretch(len(shown) // COLUMNS + 1, 1)
        self.count.setText(self.tr("{shown} of {total}").format(shown=number(len(shown)), total=count_text(len(self.packs), "pack")))
        self.empty.setVisible(not self.packs)

    # --- installing from a file (e.g. a USB stick) -----------------------------------------------
    def _choose_pack_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install a content pack"), "",
                                              self.tr("Content packs (*.panpack *.zip)"))
        if path and confirm_unsigned(self, Path(path)):
            self.install_from(Path(path))

    def install_from(self, path: Path) -> None:
        """Validate and install a pack on the write pool; the library is unchanged if anything is wrong."""
        self.install_button.setEnabled(False)
        self._show_status(self.tr("Checking and installing {name}…").format(name=path.name), ok=True)
        run_in_background(install, path, self.ctx.data_dir, on_done=self._installed, on_error=self._install_failed,
                          pool=self.ctx.pools.write)

    def _installed(self, result) -> None:
        self.install_button.setEnabled(True)
        if result.status == "unchanged":
            text = self.tr("{id} {version} is already installed; nothing changed.")
        elif result.status == "upgraded":
            text = self.tr("{id} upgraded from {previous} to {version}.")
        else:
            text = self.tr("{id} {version} installed.")
        self._show_status(text.format(id=result.pack_id, version=result.version, previous=result.previous_version), ok=True)
        self.packs_installed.emit(result)
        self.refresh()

    def _install_failed(self, exc: BaseException) -> None:
        self.install_button.setEnabled(True)
        if isinstance(exc, PackError):  # for the pack's author: where each problem is, as the validator wrote it
            head = self.tr("{name} was not installed: {problems} found. Nothing was changed; fix the pack and "
                           "install it again.").format(name=Path(exc.source).name or self.tr("The pack"),
                                                       problems=count_text(len(exc.problems), "problem"))
            self._show_status("\n".join([head, *(f"• {p}" for p in exc.problems[:MAX_PROBLEMS_SHOWN])]), ok=False)
        else:
            self._show_status(error_text(exc), ok=False)

    def _show_status(self, text: str, ok: bool) -> None:
        colour, background = ("#1b5e20", "#e8f5e9") if ok else ("#8a1c1c", "#fdecea")
        self.status.setStyleSheet(f"color:{colour}; background:{background}; padding:6px; border-radius:4px;")
        self.status.setText(text)
        self.status.show()

    # --- reader --------------------------------------------------------------------------------
    def open_pack(self, pack_id: str) -> PackReader:
        """Open the reader of an installed pack at its saved position."""
        pack = next(p for p in self.packs if p.id == pack_id)
        self.close_reader()
        self.reader = reader_for(self.ctx, pack, self.positions.get(pack_id))
        self.reader.back_requested.connect(self.close_reader)
        self.reader.page_shown.connect(lambda key, pid=pack_id: self._remember(pid))
        self.stack.addWidget(self.reader)
        self.stack.setCurrentWidget(self.reader)
        self.reader.toc.setFocus(Qt.FocusReason.OtherFocusReason)  # the hidden Open button had it
        self.reader_opened.emit(self.reader)
        return self.reader

    def open_lesson(self, pack_id: str, lesson_id: str = "") -> None:
        """Open a pack at one lesson (a search result); waits for the packs when they are still loading."""
        if not any(p.id == pack_id for p in self.packs):
            self._pending = (pack_id, lesson_id)
            return
        reader = self.open_pack(pack_id)
        if lesson_id and reader._has_key(f"lesson:{lesson_id}"):
            reader.show_page(f"lesson:{lesson_id}")

    def _remember(self, pack_id: str) -> None:
        if self.reader is not None:
            self.positions[pack_id] = self.reader.current_position()

    def close_reader(self) -> None:
        if self.reader is None:
            return
        pack_id = self.reader.pack.id
        self.positions[pack_id] = self.reader.current_position()
        self.reader._save_position()
        self.stack.setCurrentIndex(0)
        for card in self.cards:  # back where the person left the list
            if card.pack.id == pack_id:
                card.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stack.removeWidget(self.reader)
        self.reader.deleteLater()
        self.reader = None

    def heading_text(self) -> str:
        """The window's heading while this page is shown."""
        return self.tr("Library: training modules and technical guidelines")

    def retranslate(self) -> None:
        self.audience_label.setText(self.tr("Audience:"))
        self.kind_label.setText(self.tr("Kind:"))
        self.language_label.setText(self.tr("Language:"))
        self.install_button.setText(self.tr("Install a pack…"))
        self.update_button.setText(self.tr("Update content"))
        self.update_button.setToolTip(self.tr("Install the modules and guidelines PAN published, checked against PAN's signatures"))
        self.update_button.setAccessibleDescription(self.update_button.toolTip())
        self.update_button.setEnabled(not self.ctx.services.read_only)
        self.update_from_hub.setText(self.tr("From the hub"))
        self.update_from_folder.setText(self.tr("From a folder (USB stick)…"))
        self.install_button.setToolTip(self.tr("Install a module or guideline from a .panpack file that PAN did not sign (you are asked first)"))
        self.install_button.setAccessibleDescription(self.install_button.toolTip())
        self.install_button.setEnabled(not self.ctx.services.read_only)
        for label, box in ((self.audience_label, self.audience_box), (self.kind_label, self.kind_box),
                           (self.language_label, self.language_box)):
            label.setBuddy(box)
            box.setAccessibleName(label.text().rstrip(":"))
        self.empty.setText(self.tr("No content packs are installed yet. Press \"Update content\" to get PAN's "
                                   "modules and guidelines from the hub or from a USB stick."))
        if self.packs:
            self._fill_filters()
            self._apply_filters()
