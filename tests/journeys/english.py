"""Finding English (and raw codes) among the texts a Vietnamese interface shows on its controls.

Control texts only — buttons, labels, placeholders, group titles, headers, combo items, menus, tooltips,
accessible names and window titles — not the data shown in tables and readers (a record may be English).
"""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTableView, QTextBrowser,
                               QTreeView, QWidget)

# Words of English UI text that Vietnamese text never contains as a whole word (words that are also
# Vietnamese without diacritics, such as "in", "do", "an", "con", "the", are left out).
ENGLISH = set("""
save cancel show hide details clear all filters filter add edit delete remove open close search settings of and
to from year type status records record name title organisation organisations organization sync now hub page back
next print preview language library glossary lesson lessons minutes hours score question check answer correct yes
ok apply help about file files folder choose undo quit import export loading nothing matches results result terms
term packs pack kind audience provinces province period website location issued by enrol invite code conflicts
conflict use other keep dismiss field before kept reason edits waiting last never cut copy paste select redo step
up down scroll here left right top bottom directory look new detail view list computer size date modified drive
modules module guideline guidelines checklist checklists notes overview contents sources objectives authors
licence version updated themes audiences initiatives policies events organisations start your with when what
where which this that there please try again could not cannot was were has have been unknown trainers
workers households
""".split())
CODE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")  # outreach-workers, in_force, bad_month
ALLOWED = {"PAN Desktop", "English", "pan-desktop"}
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-z]+")
PATH = re.compile(r"\S*[/\\]\S*")  # a file or folder path is the person's, not interface text


def english_words(text: str) -> list[str]:
    """The English words of ``text`` (empty when it reads as Vietnamese); a raw code is itself English."""
    plain = PATH.sub(" ", unescape(TAG.sub(" ", text)).replace("&", ""))
    for allowed in ALLOWED:
        plain = plain.replace(allowed, " ")
    if CODE.match(plain.strip()):
        return [plain.strip()]
    return [w for w in WORD.findall(plain) if w.lower() in ENGLISH]


def control_texts(root: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every text shown on a control inside ``root`` (visible widgets only)."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}#{widget.objectName() or '?'}.{what}", text))

    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()) and w is not root:
            continue
        add(w, "toolTip", w.toolTip())
        add(w, "accessibleName", w.accessibleName())
        add(w, "accessibleDescription", w.accessibleDescription())
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        if isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QLabel) and not _shows_data(w):
            add(w, "text", w.text())
        elif isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        elif isinstance(w, QMenu):
            for action in w.actions():
                add(w, "action", action.text())
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                add(w, f"header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
    return found


def _shows_data(label: QLabel) -> bool:
    """Labels that hold data, not interface text: card titles and summaries, the data path, record titles."""
    parent = label.parentWidget()
    while parent is not None:
        if type(parent).__name__ in ("PackCard", "CheckCard") or isinstance(parent, QTextBrowser):
            return True
        parent = parent.parentWidget()
    return label.objectName() in ("data_location", "data_folder", "undo_label", "pack_title", "start_holds")


def english_in(root: QWidget) -> list[str]:
    return [f"{where}: {text!r} ({', '.join(words)})" for where, text in control_texts(root)
            if (words := english_words(text))]
