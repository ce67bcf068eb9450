"""One way for a widget to follow the interface language: put :class:`Retranslating` first in its bases
and set every visible text in ``retranslate()``; it runs again whenever the language changes.

    class SyncPage(Retranslating, QWidget):
        def __init__(self, ctx, parent=None):
            super().__init__(parent)
            ...build the widgets...
            self.retranslate()

        def retranslate(self) -> None:
            self.sync_button.setText(self.tr("Sync now"))
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Calls ``retranslate()`` on Qt's ``LanguageChange`` event (the widget's own ``__init__`` calls it
    the first time)."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed()
        super().changeEvent(event)

    def language_changed(self) -> None:
        """What the language change does: set the texts again; a widget that shows data named in the
        language (organisation names, titles) also reloads it here."""
        self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} sets its texts in retranslate()")
