"""The verification block of a certificate: its signed QR code and short code in the top right corner,
drawn at a fixed place on the page (it takes no room in the text, so the page layout is unchanged)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from pan_desktop.core.printing.flowables import QRCode
from pan_desktop.core.printing.fonts import BASE


class VerifyMark(Flowable):
    def __init__(self, text: str, code: str, caption: str, styles, page_w: float, page_h: float, scale: float = 1.0):
        super().__init__()
        self.size = 30 * mm * scale
        self.qr = QRCode(text, self.size, styles.palette.ink)
        self.code, self.caption = code, caption
        self.page_w, self.page_h, self.scale = page_w, page_h, scale
        self.color = styles.palette.muted

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (ReportLab API): a fixed place, not the frame's
        inset = 16 * mm * self.scale
        left, bottom = self.page_w - inset - self.size, self.page_h - inset - self.size
        self.qr.drawOn(canvas, left, bottom)
        canvas.saveState()
        canvas.setFillColor(self.color)
        canvas.setFont(BASE, 7 * self.scale)
        canvas.drawCentredString(left + self.size / 2, bottom - 3.2 * mm * self.scale, self.caption)
        canvas.setFont(BASE + "-Bold", 9 * self.scale)
        canvas.drawCentredString(left + self.size / 2, bottom - 7 * mm * self.scale, self.code)
        canvas.restoreState()

    def draw(self):
        pass
