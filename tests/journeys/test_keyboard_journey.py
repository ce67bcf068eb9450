"""The window with the keyboard alone: the page list opens pages, Tab reaches the page, Ctrl+K searches."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_pages_are_reached_with_arrows_and_tab(walker):
    walk = walker("vi", "1366x768")
    window = walk.window
    window.nav.setFocus()
    window.nav.setCurrentRow(0)
    for row in range(1, len(window.pages)):
        QTest.keyClick(window.nav, Qt.Key.Key_Down)
        assert window.stack.currentIndex() == row and window.stack.currentWidget() is window.pages[row].widget
    walk.check()
    window.nav.setCurrentRow(window._index("initiatives"))
    window.activateWindow()  # focus moves only in the active window; on a loaded machine activation lags
    QTest.qWaitForWindowActive(window, 5000)
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_Tab)
    page = window.record_pages["initiatives"]
    QTest.qWait(50)
    focused = QApplication.focusWidget()
    assert focused is not None and (page.isAncestorOf(focused) or focused is window.collapse_button), focused
