"""After each sync, the Sync page also says which content updates the hub offers and how much they
weigh, before anything is downloaded (installing them stays the Library's "Update content")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from pan_desktop.core.content.updates import check_enrolled_hub
from pan_desktop.ui.library.updates import size_text
from pan_desktop.ui.retranslate import Retranslating
from pan_desktop.ui.workers import run_in_background


class ContentNotice(Retranslating, QLabel):
    """Empty until a sync finished and the hub offers content updates; the check runs on a worker."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("content_notice")
        self.setWordWrap(True)
        self.ctx = ctx
        self.offer: tuple[int, int] | None = None  # (updates, bytes to download)
        ctx.sync.finished.connect(self.check)

    def check(self, *_report) -> None:
        def done(check) -> None:
            self.offer = (len(check.offers), check.download_bytes) if check is not None else None
            self.retranslate()

        # A hub that publishes no content, or lists that do not verify, is no news for this page: the
        # Library's own update says why when the person asks for content.
        run_in_background(check_enrolled_hub, self.ctx.services, on_done=done, on_error=lambda _e: None,
                          pool=self.ctx.pools.general)

    def retranslate(self) -> None:
        if not self.offer or not self.offer[0]:
            self.setText("")
            return
        count, size = self.offer
        self.setText(self.tr("PAN has published {count} content updates for the Library ({size} to download). "
                             "Install them from the Library with \u201cUpdate content\u201d.")
                     .format(count=count, size=size_text(size)))
