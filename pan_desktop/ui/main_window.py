"""The main window: navigation between pages, menus, language switch, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QProgressDialog, QStackedWidget, QWidget,
)

from pan_desktop import __version__
from pan_desktop.core.errors import ImportRejected
from pan_desktop.core.events import DataChanged
from pan_desktop.core.services.schema import TABLES
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.library import GlossaryPage, LibraryPage
from pan_desktop.ui.printing import PrintPage
from pan_desktop.ui.records.page import RecordsPage
from pan_desktop.ui.search import SearchPage, start_search_indexing
from pan_desktop.ui.sync import ConflictsPage, SyncIndicator, SyncPage
from pan_desktop.ui.workers import ProgressState, run_in_background

log = logging.getLogger(__name__)


@dataclass
class PageEntry:
    key: str
    widget: QWidget
    title: Callable[[], str]


class MainWindow(QMainWindow):
    """Pages are listed on the left; each one is a widget built with the AppContext."""

    ready = Signal()  # first load of the data finished

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.resize(1280, 800)
        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget#nav{font-size:14px;border:none;background:palette(window);}"
                               "QListWidget#nav::item{padding:8px 10px;border-radius:4px;}"
                               "QListWidget#nav::item:selected{background:#2e7d32;color:white;}")
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(6, 6, 6, 6)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: list[PageEntry] = []
        self.record_pages: dict[str, RecordsPage] = {}
        self._build_pages()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.show_page("initiatives")
        self._build_menus()
        self.location_label = QLabel(objectName="data_location")
        self.counts_label = QLabel(objectName="counts")
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.sync_indicator = SyncIndicator(ctx)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.focus_search)
        ctx.bridge.data_changed.connect(self._data_changed)
        self.retranslate()

    def _build_pages(self) -> None:
        ctx = self.ctx
        self.search_page = SearchPage(ctx)
        self.search_page.open_record.connect(self.open_record)
        self.add_page("search", self.search_page, lambda: self.tr("Search"))
        for table in ("initiatives", "organizations", "policies", "events"):
            page = RecordsPage(ctx, table)
            self.record_pages[table] = page
            spec = TABLES[table]
            self.add_page(table, page, lambda s=spec: s.plural_vi if self.ctx.language == "vi" else s.plural_en)
        self.library_page = LibraryPage(ctx)
        self.add_page("library", self.library_page, lambda: self.tr("Library"))
        self.glossary_page = GlossaryPage(ctx)
        self.library_page.packs_installed.connect(lambda _r: self.glossary_page.refresh())
        self.add_page("glossary", self.glossary_page, lambda: self.tr("Glossary"))
        self.print_page = PrintPage(ctx)
        self.add_page("print", self.print_page, lambda: self.tr("Print centre"))
        self.sync_page = SyncPage(ctx)
        self.add_page("sync", self.sync_page, lambda: self.tr("Sync"))
        self.conflicts_page = ConflictsPage(ctx)
        self.conflicts_page.count_changed.connect(lambda _n: self.retranslate_nav())
        self.add_page("conflicts", self.conflicts_page, self._conflicts_title)

    def _conflicts_title(self) -> str:
        count = self.conflicts_page.badge_count()
        return self.tr("Conflicts ({count})").format(count=count) if count else self.tr("Conflicts")

    def focus_search(self) -> None:
        """Ctrl+K: the search box, from anywhere."""
        self.show_page("search")
        self.search_page.focus_search()

    def open_record(self, kind: str, ident: str) -> None:
        """Open a search result in its own view."""
        if kind in self.record_pages:
            self.show_page(kind).select_id(ident)
        elif kind in ("lesson", "guideline"):
            pack_id, _, lesson_id = ident.partition("/")
            self.show_page("library")
            reader = self.library_page.open_pack(pack_id)
            if lesson_id:
                reader.show_page(lesson_id)
        elif kind == "glossary":
            self.show_page("glossary").search.setText(ident)

    def add_page(self, key: str, widget: QWidget, title: Callable[[], str]) -> None:
        """Mount a page; ``title`` gives its navigation label in the current language."""
        self.pages.append(PageEntry(key, widget, title))
        self.stack.addWidget(widget)
        item = QListWidgetItem(title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def show_page(self, key: str) -> QWidget:
        for i, entry in enumerate(self.pages):
            if entry.key == key:
                self.nav.setCurrentRow(i)
                return entry.widget
        raise KeyError(key)

    # -- start-up ------------------------------------------------------------------------------------
    def start(self) -> None:
        """After the window is shown: bring in bundled records and content that are new (all of them on
        first run; a newer app version may bring more), then the pages' data and the search index."""
        from pan_desktop.core.services.setup import initialise

        self.statusBar().showMessage(self.tr("Opening the network's records…"))
        run_in_background(initialise, self.ctx.services, on_done=self._started,
                          on_error=self._start_failed, pool=self.ctx.pools.write)

    def _start_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self._started(None)

    def _started(self, report) -> None:
        self.statusBar().clearMessage()
        start_search_indexing(self.ctx)
        if report is not None and report.content_changed:
            self.library_page.refresh()
            self.glossary_page.refresh()
        for page in self.record_pages.values():
            page.reload()
        self._refresh_counts()
        self.ready.emit()

    # -- menus ---------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_action = QAction(self, triggered=self.import_initiatives)
        self.export_action = QAction(self, triggered=self.export_initiatives)
        self.quit_action = QAction(self, triggered=self.close, shortcut=QKeySequence.StandardKey.Quit)
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for lang, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.ctx.language == lang)
            action.triggered.connect(lambda _c=False, l=lang: self.set_language(l))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.lang_actions[lang] = action
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self, triggered=self._about)
        self.help_menu.addAction(self.about_action)

    def set_language(self, lang: str) -> None:
        """Switch the interface language now and remember it."""
        self.ctx.translation.set_language(lang)
        self.lang_actions[self.ctx.language].setChecked(True)
        self.ctx.services.settings.language = self.ctx.language
        try:
            self.ctx.services.save_settings()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About PAN Desktop"), self.tr(
            "PAN Desktop {version}\n\nThe offline knowledge and capacity-building app of the Plastic Action "
            "Network (PAN), Vietnam.\n\nData folder: {path}").format(version=__version__, path=self.ctx.data_dir))

    # -- import / export -----------------------------------------------------------------------------
    def import_initiatives(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import initiatives"), "", self.tr("Spreadsheets (*.csv *.jsonl)"))
        if not path:
            return
        dialog = self._progress_dialog(self.tr("Importing {file}…").format(file=path))

        def work(progress):
            return self.ctx.services.interchange.import_file(path, progress=lambda d, t: progress.update(done=d, total=t))

        def done(report) -> None:
            dialog.close()
            QMessageBox.information(self, self.tr("Import finished"), self.tr(
                "{created} initiatives added, {updated} updated, {unchanged} unchanged.").format(
                created=report.created, updated=report.updated, unchanged=report.unchanged)
                + ("\n\n" + "\n".join(report.warnings) if report.warnings else ""))

        def failed(exc) -> None:
            dialog.close()
            if isinstance(exc, ImportRejected):
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was imported"), self.tr(
                    "{count} problem(s) were found in the file, so nothing was imported and your data is unchanged. "
                    "Fix the rows listed below and import the file again.").format(count=len(exc.problems)),
                    QMessageBox.StandardButton.Ok, self)
                box.setDetailedText("\n".join(str(p) for p in exc.problems))
                box.open()
            else:
                show_error(self, exc)

        handle = run_in_background(work, with_progress=True, on_done=done, on_error=failed,
                                   on_progress=lambda s: self._show_progress(dialog, s), pool=self.ctx.pools.write)
        dialog.canceled.connect(handle.cancel)

    def export_initiatives(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export initiatives"), "initiatives.csv", self.tr("CSV (*.csv);;JSON Lines (*.jsonl)"))
        if not path:
            return
        run_in_background(self.ctx.services.interchange.export_file, path, pool=self.ctx.pools.general,
                          on_done=lambda n: self.statusBar().showMessage(self.tr("{count} initiatives exported to {file}").format(count=n, file=path), 8000),
                          on_error=lambda e: show_error(self, e))

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        return dialog

    @staticmethod
    def _show_progress(dialog: QProgressDialog, state: ProgressState) -> None:
        if state.total:
            dialog.setMaximum(state.total)
            dialog.setValue(state.done)

    # -- status bar ----------------------------------------------------------------------------------
    def _data_changed(self, _change: DataChanged) -> None:
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        run_in_background(self.ctx.services.counts, on_done=self._show_counts, pool=self.ctx.pools.general)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self.counts_label.setText(self.tr("{initiatives} initiatives · {organizations} organisations · {policies} policies · {events} events").format(**{k: f"{v:,}" for k, v in counts.items()}))

    def retranslate_nav(self) -> None:
        for i, entry in enumerate(self.pages):
            self.nav.item(i).setText(entry.title())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PAN Desktop – Plastic Action Network"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import initiatives…"))
        self.export_action.setText(self.tr("&Export initiatives…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About PAN Desktop"))
        self.location_label.setText(self.tr("Data: {path}").format(path=self.ctx.data_dir))
        self.retranslate_nav()
        if getattr(self, "_counts", None):
            self._show_counts(self._counts)
