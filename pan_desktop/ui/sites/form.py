"""The assessment form, made for a laptop on a shop floor: one item at a time beside the list of all
items, four large answer buttons (keys 1–4), the next item on answer, a note, a photo and the follow-up
action per item, progress per aspect. Each answer is saved (on the write thread) the moment it is given;
reopening resumes at the first unanswered item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from shiboken6 import isValid
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSizePolicy, QSplitter,
                               QVBoxLayout, QWidget)

from pan_desktop.core.sites.service import ANSWERS
from pan_desktop.ui.errors import show_error
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.sites.labels import SCORE_ASPECTS, answer_label, aspect_label, day_text, score_text, status_label
from pan_desktop.ui.widgets import ElidedLabel
from pan_desktop.ui.workers import run_in_background

MARK = {"yes": "✔", "partly": "◐", "no": "✘", "na": "–"}


class AssessmentForm(Retranslating, QWidget):
    """``AssessmentForm(ctx, sites)``: :meth:`open` an assessment by id; ``back`` when the person leaves."""

    back = Signal()
    saved = Signal(str)  # item id, after its answer is stored
    loaded = Signal()

    def __init__(self, ctx, sites, parent=None):
        super().__init__(parent)
        self.ctx, self.sites = ctx, sites
        self.data: dict | None = None
        self.site_name = ""
        self.index = 0
        self.saving = 0
        self.generation = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.back_button = QPushButton(objectName="sites_back")
        self.back_button.clicked.connect(self.back.emit)
        self.title = ElidedLabel(objectName="assessment_title")
        self.title.setStyleSheet("font-weight:600;")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)

        self.items = QListWidget(objectName="assessment_items")
        self.items.setMinimumWidth(150)
        self.items.setWordWrap(True)  # the whole item reads in the list too
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.items.setSpacing(2)
        self.items.currentRowChanged.connect(self._go)

        self.progress = QLabel(objectName="assessment_progress", wordWrap=True)
        self.counter = QLabel(objectName="assessment_counter")
        self.aspect = QLabel(objectName="assessment_aspect")
        self.aspect.setStyleSheet("color:#555;")
        self.text = QLabel(objectName="assessment_text", wordWrap=True)
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.text.setFont(font)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.answer_buttons: dict[str, QPushButton] = {}
        answers = QHBoxLayout()
        for n, code in enumerate(ANSWERS, 1):
            b = QPushButton(objectName=f"answer_{code}", checkable=True)
            b.setMinimumHeight(52)
            b.setStyleSheet("QPushButton:checked { background:#2e7d32; color:white; font-weight:600; }")
            b.setFont(font)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, c=code: self.answer(c))
            # keys 1–4 anywhere in the form but in a text box (which keeps its digits)
            key = QShortcut(QKeySequence(str(n)), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(lambda c=code: self.answer(c))
            self.answer_buttons[code] = b
            answers.addWidget(b)

        self.note = QLineEdit(objectName="assessment_note")
        self.note.editingFinished.connect(self._save_note)
        self.photo_button = QPushButton(objectName="assessment_photo")
        self.photo_button.clicked.connect(self._add_photo)
        self.photos = QLabel(objectName="assessment_photos")
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.photo_button)
        note_row.addWidget(self.photos)

        self.action_box = QWidget(objectName="assessment_action")
        grid = QGridLayout(self.action_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.action_what = QLineEdit(objectName="action_what")
        self.action_who = QLineEdit(objectName="action_who")
        self.action_due = QDateEdit(objectName="action_due", calendarPopup=True)
        self.action_due.setDisplayFormat("dd/MM/yyyy")
        self.action_save = QPushButton(objectName="action_save")
        self.action_save.clicked.connect(self._save_action)
        self.action_label = QLabel()
        grid.addWidget(self.action_label, 0, 0, 1, 4)
        grid.addWidget(self.action_what, 1, 0)
        grid.addWidget(self.action_who, 1, 1)
        grid.addWidget(self.action_due, 1, 2)
        grid.addWidget(self.action_save, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.prev_button = QPushButton(objectName="assessment_prev")
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self.show_item(self.index - 1))
        self.next_button = QPushButton(objectName="assessment_next")
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.show_item(self.index + 1))
        self.finalize_button = QPushButton(objectName="assessment_finalize")
        self.finalize_button.clicked.connect(self._finalize)
        self.revise_button = QPushButton(objectName="assessment_revise")
        self.revise_button.clicked.connect(self._revise)
        self.status = QLabel(objectName="assessment_status")
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.status)
        nav.addWidget(self.finalize_button)
        nav.addWidget(self.revise_button)

        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(4, 0, 0, 0)
        col.addWidget(self.progress)
        head = QHBoxLayout()
        head.addWidget(self.counter)
        head.addStretch(1)
        head.addWidget(self.aspect)
        col.addLayout(head)
        col.addWidget(self.text, 1)
        col.addLayout(answers)
        col.addLayout(note_row)
        col.addWidget(self.action_box)
        col.addLayout(nav)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.items)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Sites"))
        lang = self.ctx.language
        for n, (code, b) in enumerate(self.answer_buttons.items(), 1):
            b.setText(self.tr("{key}  {answer}").format(key=n, answer=answer_label(code, lang)))
            b.setToolTip(self.tr("Press {key}").format(key=n))
        self.note.setPlaceholderText(self.tr("Note on this item (saved when you leave the box)"))
        self.photo_button.setText(self.tr("Add photo…"))
        self.action_label.setText(self.tr("Follow-up action (what, who, by when):"))
        self.action_what.setPlaceholderText(self.tr("What to do"))
        self.action_who.setPlaceholderText(self.tr("Who"))
        self.action_save.setText(self.tr("Save action"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.finalize_button.setText(self.tr("Finalize"))
        self.revise_button.setText(self.tr("Revise…"))
        if self.data is not None:
            self._fill()

    # -- loading -----------------------------------------------------------------------------------
    def open(self, assessment_id: str, site_name: str = "") -> None:
        """Load an assessment on a worker and show it at its first unanswered item."""
        self.site_name = site_name
        self.data = None
        self.items.clear()
        self.text.setText(self.tr("Loading…"))
        run_in_background(self.sites.show, assessment_id, on_done=self._loaded,
                          on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)

    def _loaded(self, data: dict) -> None:
        if not isValid(self):  # the window closed while the worker read
            return
        first_open = self.data is None or self.data["id"] != data["id"]
        self.data = data
        if first_open:
            self.index = next((n for n, i in enumerate(data["items"]) if not i["answer"]), 0)
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        data, lang = self.data, self.ctx.language
        self.title.setText(self.tr("{site} · {date} · version {version} · {status}").format(
            site=self.site_name, date=day_text(data["date"]), version=data["version"], status=status_label(data["status"], lang)))
        self.items.blockSignals(True)
        self.items.clear()
        for n, item in enumerate(data["items"], 1):
            text = item["text_vi"] if lang == "vi" else item["text_en"]
            row = QListWidgetItem(f"{MARK.get(item['answer'], '○')} {n}. {text}")
            row.setToolTip(text)
            self.items.addItem(row)
        self.items.blockSignals(False)
        self.show_item(min(self.index, len(data["items"]) - 1))
        self._progress()

    def _progress(self) -> None:
        items, lang = self.data["items"], self.ctx.language
        parts = []
        for code, _key in SCORE_ASPECTS:
            mine = [i for i in items if i["aspect"] == code]
            if mine:
                done = sum(1 for i in mine if i["answer"])
                parts.append(f"{aspect_label(code, lang)} {done}/{len(mine)}")
        answered = sum(1 for i in items if i["answer"])
        self.progress.setText(self.tr("Answered {done} of {total}: {aspects}").format(
            done=answered, total=len(items), aspects=" · ".join(parts)))
        self.status.setText(self.tr("Score: {score}").format(score=score_text(self.data["scores"]["overall"])))
        locked = self.data["status"] == "finalized"
        self.finalize_button.setVisible(not locked)
        self.revise_button.setVisible(locked)
        for w in (*self.answer_buttons.values(), self.note, self.photo_button, self.action_box):
            w.setEnabled(not locked)

    def show_item(self, index: int) -> None:
        if self.data is None or not self.data["items"]:
            return
        index = max(0, min(index, len(self.data["items"]) - 1))
        self.index = index
        item, lang = self.data["items"][index], self.ctx.language
        self.counter.setText(self.tr("Item {n} of {total}").format(n=index + 1, total=len(self.data["items"])))
        self.aspect.setText(aspect_label(item["aspect"], lang))
        other = item["text_en"] if lang == "vi" else item["text_vi"]
        main = item["text_vi"] if lang == "vi" else item["text_en"]
        self.text.setText(main if not other else f"{main}\n\n<i>{other}</i>".replace("\n", "<br>"))
        self.text.setTextFormat(Qt.TextFormat.RichText if other else Qt.TextFormat.PlainText)
        for code, b in self.answer_buttons.items():
            b.setChecked(item["answer"] == code)
        self.note.setText(item["note"])
        self.photos.setText(self.tr("{n} photo(s)").format(n=len(item["photos"])) if item["photos"] else "")
        far = any(p["far"] for p in item["photos"])
        self.photos.setStyleSheet("color:#a33;" if far else "")
        self.photos.setToolTip(self.tr("A photo was taken more than 1 km from the site.") if far else "")
        action = item.get("action") or {}
        self.action_box.setVisible(item["answer"] in ("no", "partly"))
        self.action_what.setText(action.get("what", ""))
        self.action_who.setText(action.get("who", ""))
        from PySide6.QtCore import QDate

        due = QDate.fromString(action.get("due") or "", "yyyy-MM-dd")
        self.action_due.setDate(due if due.isValid() else QDate.currentDate().addMonths(1))
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.data["items"]) - 1)
        self.items.blockSignals(True)
        self.items.setCurrentRow(index)
        self.items.blockSignals(False)

    def _go(self, row: int) -> None:
        if row >= 0:
            self.show_item(row)

    # -- saving ------------------------------------------------------------------------------------
    def answer(self, code: str) -> None:
        """Save the answer of the item shown, then move to the next item."""
        if self.data is None or self.data["status"] == "finalized":
            return
        item = self.data["items"][self.index]
        item["answer"] = code  # shown at once; the worker's reload confirms it
        note = self.note.text() if self.note.text() != item["note"] else None
        self._save(self.sites.set_answer, self.data["id"], item["id"], code, note)
        row = self.items.item(self.index)
        text = item["text_vi"] if self.ctx.language == "vi" else item["text_en"]
        row.setText(f"{MARK[code]} {self.index + 1}. {text}")
        self._progress()
        if code in ("no", "partly"):
            self.show_item(self.index)  # the follow-up action belongs here: stay
            self.action_what.setFocus()
        else:
            self.show_item(self.index + 1)

    def _save_note(self) -> None:
        if self.data is None or self.data["status"] == "finalized":
            return
        item = self.data["items"][self.index]
        if self.note.text() != item["note"]:
            item["note"] = self.note.text()
            self._save(self.sites.set_answer, self.data["id"], item["id"], None, self.note.text())

    def _save_action(self) -> None:
        item = self.data["items"][self.index]
        due = self.action_due.date().toString("yyyy-MM-dd")
        self._save(self.sites.set_action, self.data["id"], item["id"], self.action_what.text(), self.action_who.text(), due)
        self.show_item(self.index + 1)

    def _save(self, fn, *args) -> None:
        self.saving += 1
        self.generation += 1  # a reload asked for before this save would show stale answers
        item_id = args[1]

        def done(_result) -> None:
            if not isValid(self):
                return
            self.saving -= 1
            self.saved.emit(item_id)
            self._reload()

        def failed(exc) -> None:
            self.saving -= 1
            show_error(self, exc)
            self._reload()

        run_in_background(fn, *args, on_done=done, on_error=failed, pool=self.ctx.pools.write)

    def _reload(self) -> None:
        if self.data is not None and self.saving == 0:
            generation = self.generation

            def loaded(data: dict) -> None:
                if generation == self.generation and self.saving == 0:
                    self._loaded(data)

            run_in_background(self.sites.show, self.data["id"], on_done=loaded,
                              on_error=lambda e: show_error(self, e), pool=self.ctx.pools.general)

    def _add_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "", self.tr("Photos (*.jpg *.jpeg *.png)"))
        if path:
            self._save(self.sites.add_photo, self.data["id"], self.data["items"][self.index]["id"], path)

    def _finalize(self) -> None:
        missing = [n for n, i in enumerate(self.data["items"], 1) if not i["answer"]]
        if missing:
            QMessageBox.information(self, self.tr("Not finished"), self.tr(
                "Items {items} are not answered yet. Answer them (or choose Not applicable) before finalizing.").format(
                items=", ".join(map(str, missing))))
            self.show_item(missing[0] - 1)
            return
        sure = QMessageBox.question(self, self.tr("Finalize"), self.tr(
            "A finalized assessment can no longer change (it can be revised as a new version). Finalize it now?"))
        if sure == QMessageBox.StandardButton.Yes:
            self.generation += 1
            run_in_background(self.sites.finalize, self.data["id"], on_done=self._loaded,
                              on_error=lambda e: show_error(self, e), pool=self.ctx.pools.write)

    def _revise(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Revise"), self.tr("Why is this assessment revised?"))
        if ok and reason.strip():
            self.generation += 1
            run_in_background(self.sites.revise, self.data["id"], reason, on_done=lambda r: self.open(r["id"], self.site_name),
                              on_error=lambda e: show_error(self, e), pool=self.ctx.pools.write)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Left and right arrows move between items when no text box has the keys."""
        if event.key() == Qt.Key.Key_Right:
            self.show_item(self.index + 1)
        elif event.key() == Qt.Key.Key_Left:
            self.show_item(self.index - 1)
        else:
            super().keyPressEvent(event)
