"""Every interactive control of the window's own pages has a name a screen reader can say, in Vietnamese."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                               QPlainTextEdit, QTextBrowser, QWidget)

from tests.journeys.english import english_words

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextBrowser)
OWN_PAGES = ("start", "initiatives", "organizations", "policies", "events", "library", "glossary", "settings")


def unnamed(root):
    out = []
    for w in (c for c in root.findChildren(QWidget) if isinstance(c, INTERACTIVE)):
        if (not w.isVisibleTo(root) or isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
                or type(w).__name__ in ("QScrollBar", "QHeaderView")):
            continue  # parts of a control that the control itself names
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip() or english_words(name):
            out.append(f"{type(w).__name__}#{w.objectName() or '?'} named {name!r}")
    return out


def test_every_control_has_a_vietnamese_accessible_name(walker):
    walk = walker("vi", "1366x768")
    window, qtbot = walk.window, walk.qtbot
    problems = []
    for key in OWN_PAGES:
        page = walk.click_nav(key)
        problems += [f"[{key}] {p}" for p in unnamed(page)]
    library = window.library_page
    qtbot.waitUntil(lambda: len(library.packs) == 6, timeout=10000)
    problems += [f"[library cards] {p}" for p in unnamed(library)]
    reader = library.open_pack("module-waste-separation")
    reader.show_page("lesson:" + reader.pack.lessons[0].id)
    problems += [f"[reader] {p}" for p in unnamed(reader)]
    records = window.record_pages["initiatives"]
    records.view.selectRow(0)
    qtbot.waitUntil(lambda: records._detail_record is not None, timeout=5000)
    form = records.edit_selected()
    qtbot.waitUntil(lambda: form is not None and form.isVisible(), timeout=5000)
    problems += [f"[form] {p}" for p in unnamed(form)]
    form.reject()
    problems += [f"[navigation] {p}" for p in unnamed(window.nav.parentWidget())]
    assert not problems, "controls a screen reader cannot name:\n" + "\n".join(problems)
