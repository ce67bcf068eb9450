"""After a sync, the Sync page also says which content updates the hub offers and how much they
weigh, before anything is downloaded (installing them stays the Library's "Update content")."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel

from pan_desktop.core.content.updates import check_enrolled_hub
from pan_desktop.core.errors import PanError
from pan_desktop.ui.library.updates import size_text
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background


CHECK_EVERY_S = 3600  # automatic syncs come every few minutes; the content lists change far less often


def _offered(services):
    """What the enrolled hub offers, or None. A hub that publishes no content, or lists that do not
    verify, are no news for this page: the Library's own update says why when the person asks."""
    try:
        return check_enrolled_hub(services)
    except PanError:
        return None


class ContentNotice(Retranslating, QLabel):
    """Empty until a sync finished and the hub offers content updates; the check runs on a worker, at
    most once an hour."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("content_notice")
        self.setWordWrap(True)
        self.ctx = ctx
        self.offer: tuple[int, int] | None = None  # (updates, bytes to download)
        self._checked_at: float | None = None
        ctx.sync.finished.connect(self.check)

    def check(self, *_report) -> None:
        if self._checked_at is not None and time.monotonic() - self._checked_at < CHECK_EVERY_S:
            return
        self._checked_at = time.monotonic()

        def done(check) -> None:
            self.offer = (len(check.offers), check.download_bytes) if check is not None else None
            self.retranslate()

        run_in_background(_offered, self.ctx.services, on_done=done, on_error=lambda _e: None,
                          pool=self.ctx.pools.general)

    def retranslate(self) -> None:
        if not self.offer or not self.offer[0]:
            self.setText("")
            return
        count, size = self.offer
        self.setText(self.tr("PAN has published {count} content updates for the Library ({size} to download). "
                             "Install them from the Library with \u201cUpdate content\u201d.")
                     .format(count=count, size=size_text(size)))
