"""The main window: navigation between pages, menus, language switch, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QProgressDialog, QSizePolicy, QStackedWidget, QStyle, QToolButton, QVBoxLayout, QWidget,
)

from pan_desktop import __version__
from pan_desktop.core.errors import ImportRejected
from pan_desktop.core.events import DataChanged
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.settings import FILENAME as SETTINGS_FILE
from pan_desktop.ui.context import AppContext
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.records.page import RecordsPage
from pan_desktop.ui.sites import page_title as sites_title
from pan_desktop.ui.interchange_messages import problem_text, summary_text
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.text import count_text
from pan_desktop.ui.widgets import ElidedLabel, heading
from pan_desktop.ui.workers import ProgressState, run_in_background

log = logging.getLogger(__name__)
PREFERRED_SIZE = QSize(1280, 800)
NAV_WIDTH, NAV_COLLAPSED_WIDTH = 200, 52
NARROW_SCREEN = 1200  # below this width the navigation starts as icons, leaving the page the room
SP = QStyle.StandardPixmap
ICONS = {"start": SP.SP_DirHomeIcon, "search": SP.SP_FileDialogContentsView, "initiatives": SP.SP_FileDialogDetailedView,
         "organizations": SP.SP_DirLinkIcon, "policies": SP.SP_FileIcon, "events": SP.SP_FileDialogInfoView,
         "library": SP.SP_DirOpenIcon, "glossary": SP.SP_FileDialogListView, "print": SP.SP_DialogSaveButton,
         "sync": SP.SP_BrowserReload, "conflicts": SP.SP_MessageBoxWarning, "settings": SP.SP_FileDialogStart,
         "training": SP.SP_FileDialogNewFolder, "sites": SP.SP_DialogApplyButton}


@dataclass
class PageEntry:
    """A page in the navigation; pages other than the record areas are built the first time they are
    needed, so the window paints without importing or building them."""

    key: str
    title: Callable[[], str]
    factory: Callable[[], QWidget]
    widget: QWidget | None = None


class MainWindow(Retranslating, QMainWindow):
    """Pages are listed on the left; each one is a widget built with the AppContext."""

    ready = Signal()  # first load of the data finished

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.first_run = not (ctx.data_dir / SETTINGS_FILE).exists()
        self._fitted = False
        self._build_layout()
        self.pages: list[PageEntry] = []
        self.record_pages: dict[str, RecordsPage] = {}
        self.sync_indicator: QWidget | None = None  # added after start-up
        self._conflict_count = 0
        self._build_pages()
        self.nav.currentRowChanged.connect(self._row_changed)
        self.show_page("start" if self.first_run else "initiatives")
        self.set_nav_collapsed(False)
        self._build_menus()
        self.location_label = ElidedLabel(objectName="data_location")
        self.counts_label = QLabel(objectName="counts")
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.focus_search)
        ctx.bridge.data_changed.connect(self._data_changed)
        self.retranslate()

    def _build_layout(self) -> None:
        """The navigation (foldable to icons) on the left; the heading, the read-only banner and the page."""
        self.nav = QListWidget(objectName="nav")
        self.nav.setStyleSheet("QListWidget#nav{font-size:14px;border:none;background:palette(window);}"
                               "QListWidget#nav::item{padding:8px 10px;border-radius:4px;}"
                               "QListWidget#nav::item:selected{background:#2e7d32;color:white;}")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.collapse_button = QToolButton(objectName="nav_collapse", checkable=True, autoRaise=True)
        self.collapse_button.toggled.connect(self.set_nav_collapsed)
        nav_column = QVBoxLayout()
        nav_column.setContentsMargins(0, 0, 0, 0)
        nav_column.addWidget(self.nav, 1)
        nav_column.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.heading = heading("page_heading")
        self.read_only_banner = QLabel(objectName="read_only_banner", wordWrap=True)
        self.read_only_banner.setStyleSheet("background:#fff6e0; color:#5d4200; padding:6px; border-radius:4px;")
        self.read_only_banner.setVisible(self.ctx.services.read_only)
        self.stack = QStackedWidget()
        # a page never widens or heightens the window: it gets the room the screen gives
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        page_column = QVBoxLayout()
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.addWidget(self.heading)
        page_column.addWidget(self.read_only_banner)
        page_column.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(6, 6, 6, 6)
        row.addLayout(nav_column)
        row.addLayout(page_column, 1)
        self.setCentralWidget(central)

    def _build_pages(self) -> None:
        self.add_page("start", lambda: self.tr("Start"), self._make_start)
        self.add_page("search", lambda: self.tr("Search"), self._make_search)
        for table in ("initiatives", "organizations", "policies", "events"):
            page = RecordsPage(self.ctx, table)
            page.open_record.connect(self.open_record)
            self.record_pages[table] = page
            spec = TABLES[table]
            self.add_page(table, lambda s=spec: s.plural_vi if self.ctx.language == "vi" else s.plural_en, lambda p=page: p)
        self.add_page("training", lambda: self.tr("Training"), self._make_training)
        self.add_page("sites", sites_title, self._make_sites)
        self.add_page("library", lambda: self.tr("Library"), self._make_library)
        self.add_page("glossary", lambda: self.tr("Glossary"), self._make_glossary)
        self.add_page("print", lambda: self.tr("Print centre"), self._make_print)
        self.add_page("sync", lambda: self.tr("Sync"), self._make_sync)
        self.add_page("conflicts", self._conflicts_title, self._make_conflicts)
        self.add_page("settings", lambda: self.tr("Settings"), self._make_settings)
        if self.ctx.services.read_only:
            for page in self.record_pages.values():
                page.set_read_only(True)

    def _make_sites(self) -> QWidget:
        from pan_desktop.ui.sites.page import SitesPage

        return SitesPage(self.ctx)

    def _make_start(self) -> QWidget:
        from pan_desktop.ui.start_page import StartPage

        page = StartPage(self.ctx)
        page.go.connect(self.show_page)
        if getattr(self, "_counts", None):
            page.set_counts(self._counts)
        return page

    def _make_training(self) -> QWidget:
        from pan_desktop.ui.training import TrainingPage

        return TrainingPage(self.ctx)

    def _make_settings(self) -> QWidget:
        from pan_desktop.ui.settings_page import SettingsPage

        page = SettingsPage(self.ctx)
        page.language_chosen.connect(self.set_language)
        return page

    def _make_search(self) -> QWidget:
        from pan_desktop.ui.search import SearchPage

        page = SearchPage(self.ctx)
        page.open_record.connect(self.open_record)
        return page

    def _make_library(self) -> QWidget:
        from pan_desktop.ui.library import LibraryPage

        page = LibraryPage(self.ctx)
        page.packs_installed.connect(self._packs_installed)
        return page

    def _packs_installed(self, _result) -> None:
        if self.built("glossary"):
            self.glossary_page.refresh()

    def _make_glossary(self) -> QWidget:
        from pan_desktop.ui.library import GlossaryPage

        return GlossaryPage(self.ctx)

    def _make_print(self) -> QWidget:
        from pan_desktop.ui.printing import PrintPage

        page = PrintPage(self.ctx)
        page.open_settings_requested.connect(lambda: self.show_page("settings"))
        return page

    def _make_sync(self) -> QWidget:
        from pan_desktop.ui.sync import SyncPage

        return SyncPage(self.ctx)

    def _make_conflicts(self) -> QWidget:
        from pan_desktop.ui.sync import ConflictsPage

        page = ConflictsPage(self.ctx)
        page.count_changed.connect(self._show_conflict_count)  # the page reads its lists on a worker, after this
        return page

    def _sync_status_changed(self, status) -> None:
        self._show_conflict_count(status.open_conflicts)

    def _show_conflict_count(self, count: int) -> None:
        self._conflict_count = count
        self.retranslate_nav()

    def _conflicts_title(self) -> str:
        count = self._conflict_count
        return self.tr("Conflicts ({count})").format(count=count) if count else self.tr("Conflicts")

    # The pages built on first use, by name.
    search_page = property(lambda self: self.page("search"))
    library_page = property(lambda self: self.page("library"))
    glossary_page = property(lambda self: self.page("glossary"))
    print_page = property(lambda self: self.page("print"))
    sync_page = property(lambda self: self.page("sync"))
    conflicts_page = property(lambda self: self.page("conflicts"))

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
            self.show_page("library").open_lesson(pack_id, lesson_id)
        elif kind == "glossary":
            self.show_page("glossary").show_entry(ident)
        elif kind == "sites":
            self.show_page("sites").open_site(ident)

    def add_page(self, key: str, title: Callable[[], str], factory: Callable[[], QWidget]) -> None:
        """Add a page to the navigation; ``factory`` builds it when it is first shown or asked for."""
        self.pages.append(PageEntry(key, title, factory))
        self.stack.addWidget(QWidget())  # a placeholder until the page is built
        item = QListWidgetItem(title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        if key in ICONS:
            item.setIcon(self.style().standardIcon(ICONS[key]))
        self.nav.addItem(item)

    def _index(self, key: str) -> int:
        for i, entry in enumerate(self.pages):
            if entry.key == key:
                return i
        raise KeyError(key)

    def built(self, key: str) -> bool:
        return self.pages[self._index(key)].widget is not None

    def page(self, key: str) -> QWidget:
        """The page's widget, built now if it was not yet."""
        i = self._index(key)
        entry = self.pages[i]
        if entry.widget is None:
            entry.widget = entry.factory()
            placeholder = self.stack.widget(i)
            was_current = self.stack.currentIndex() == i
            self.stack.insertWidget(i, entry.widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if was_current:
                self.stack.setCurrentIndex(i)
        return entry.widget

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.page(self.pages[row].key)
            self.stack.setCurrentIndex(row)
            self._show_heading()

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.nav.setCurrentRow(self._index(key))
        self.stack.setCurrentWidget(widget)
        self._show_heading()
        return widget

    def _show_heading(self) -> None:
        """The page's own heading when it has one, else its name in the navigation; one style for all."""
        row = self.stack.currentIndex()
        if 0 <= row < len(self.pages):
            own = getattr(self.pages[row].widget, "heading_text", None)
            self.heading.setText(own() if own is not None else self.pages[row].title())

    def current_key(self) -> str:
        return self.pages[self.stack.currentIndex()].key

    # -- navigation ----------------------------------------------------------------------------------
    def set_nav_collapsed(self, collapsed: bool) -> None:
        """Show the navigation as icons only (each name in its tooltip), leaving the page more room."""
        self.nav_collapsed = collapsed
        self.collapse_button.blockSignals(True)
        self.collapse_button.setChecked(collapsed)
        self.collapse_button.blockSignals(False)
        self.nav.setFixedWidth(NAV_COLLAPSED_WIDTH if collapsed else NAV_WIDTH)
        self.collapse_button.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.LeftArrow)
        self.retranslate_nav()

    # -- the screen ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Take the screen's available area on a small screen (a 1366×768 laptop, a 1024×600 netbook),
        else the preferred size, centred; never more than the screen."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        if area.width() < NARROW_SCREEN:
            self.set_nav_collapsed(True)
        frame = self.frameGeometry()
        margins = (frame.width() - self.width(), frame.height() - self.height())
        room = QSize(area.width() - margins[0], area.height() - margins[1])
        if room.width() <= PREFERRED_SIZE.width() + 100 or room.height() <= PREFERRED_SIZE.height() + 60:
            self.resize(room)
            self.move(area.topLeft())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(PREFERRED_SIZE)
            self.move(area.center().x() - frame.width() // 2 - margins[0] // 2, area.center().y() - frame.height() // 2)

    def bring_to_front(self) -> None:
        """Another start on this data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- start-up ------------------------------------------------------------------------------------
    def start(self) -> None:
        """After the window is shown: bring in bundled records and content that are new (all of them on
        first run; a newer app version may bring more), then the pages' data and the search index."""
        from pan_desktop.core.services.setup import initialise

        if self.ctx.services.read_only:  # nothing is loaded or indexed into a folder that cannot be written
            self._started(None)
            return
        self.statusBar().showMessage(self.tr("Opening the network's records…"))
        run_in_background(initialise, self.ctx.services, on_done=self._started,
                          on_error=self._start_failed, pool=self.ctx.pools.write)

    def _start_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self._started(None)

    def _started(self, report) -> None:
        from pan_desktop.ui.sync import SyncIndicator

        self.statusBar().clearMessage()  # the search index is brought up to date when search is first used
        if self.first_run:
            self.first_run = False
            run_in_background(self.ctx.services.save_settings, pool=self.ctx.pools.general,
                              on_error=lambda e: log.warning("settings not saved: %s", e))
        if self.sync_indicator is None:
            self.sync_indicator = SyncIndicator(self.ctx)
            self.statusBar().addPermanentWidget(self.sync_indicator)
            # The badge follows the sync status the controller reads after every change to conflicts.
            self.ctx.sync.status_changed.connect(self._sync_status_changed)
            if self.ctx.sync.status is not None:
                self._sync_status_changed(self.ctx.sync.status)
        if report is not None and report.content_changed:
            for key in ("library", "glossary"):
                if self.built(key):
                    self.page(key).refresh()
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
        """Switch the interface language now and remember it (saved on a worker)."""
        self.ctx.translation.set_language(lang)
        self.lang_actions[self.ctx.language].setChecked(True)
        self.ctx.services.settings.language = self.ctx.language
        if not self.ctx.services.read_only:
            run_in_background(self.ctx.services.save_settings, pool=self.ctx.pools.general,
                              on_error=lambda e: log.warning("could not save settings: %s", e))

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
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"),
                              summary_text(report.added, report.updated, report.already_present, 0),
                              QMessageBox.StandardButton.Ok, self)
            if report.notes:  # how the file was read, in the interface language
                box.setDetailedText("\n".join(problem_text(n) for n in report.notes))
            box.open()

        def failed(exc) -> None:
            dialog.close()
            if isinstance(exc, ImportRejected):
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was imported"), self.tr(
                    "{problems} found in the file, so nothing was imported and your data is unchanged. "
                    "Fix the rows listed under Show Details and import the file again.").format(
                    problems=count_text(len(exc.problems), "problem")),
                    QMessageBox.StandardButton.Ok, self)
                box.setDetailedText("\n".join(problem_text(p) for p in exc.problems))
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
    def _data_changed(self, change: DataChanged) -> None:
        if not change.tables.isdisjoint(TABLES):
            self._refresh_counts()

    def _refresh_counts(self) -> None:
        run_in_background(self.ctx.services.counts, on_done=self._show_counts, pool=self.ctx.pools.general)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        if self.built("start"):
            self.page("start").set_counts(counts)
        self.counts_label.setText(self.tr("{initiatives} initiatives · {organizations} organisations · {policies} policies · {events} events").format(**{k: f"{v:,}" for k, v in counts.items()}))

    def retranslate_nav(self) -> None:
        collapsed = getattr(self, "nav_collapsed", False)
        for i, entry in enumerate(self.pages):
            item = self.nav.item(i)
            title = entry.title()
            item.setText("" if collapsed else title)
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self._show_heading()
        self.collapse_button.setToolTip(self.tr("Show the page names") if collapsed else self.tr("Show icons only"))
        self.collapse_button.setAccessibleName(self.collapse_button.toolTip())

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
        self.location_label.setToolTip(self.location_label.text())
        self.read_only_banner.setText(self.tr(
            "This data folder is read-only (a write-protected USB stick?): you can browse, search, read and print, "
            "but nothing can be saved. Copy the folder to this computer to make changes."))
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr("Choose a page; Ctrl+K goes to Search from anywhere"))
        self.retranslate_nav()
        if getattr(self, "_counts", None):
            self._show_counts(self._counts)
