"""Numbers and counted nouns in the interface language: "1 initiative" / "2 initiatives", "1.234 sáng kiến",
"2,5 giờ" (Vietnamese groups thousands with a dot and writes decimals with a comma)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale


translate = QCoreApplication.translate
# noun: (one, many), as literal calls so lupdate extracts them; Vietnamese has one form for both.
NOUNS: dict[str, tuple[Callable[[], str], Callable[[], str]]] = {
    "initiative": (lambda: translate("counts", "{n} initiative"), lambda: translate("counts", "{n} initiatives")),
    "organisation": (lambda: translate("counts", "{n} organisation"), lambda: translate("counts", "{n} organisations")),
    "policy": (lambda: translate("counts", "{n} policy"), lambda: translate("counts", "{n} policies")),
    "event": (lambda: translate("counts", "{n} event"), lambda: translate("counts", "{n} events")),
    "record": (lambda: translate("counts", "{n} record"), lambda: translate("counts", "{n} records")),
    "lesson": (lambda: translate("counts", "{n} lesson"), lambda: translate("counts", "{n} lessons")),
    "section": (lambda: translate("counts", "{n} section"), lambda: translate("counts", "{n} sections")),
    "term": (lambda: translate("counts", "{n} term"), lambda: translate("counts", "{n} terms")),
    "pack": (lambda: translate("counts", "{n} pack"), lambda: translate("counts", "{n} packs")),
    "problem": (lambda: translate("counts", "{n} problem"), lambda: translate("counts", "{n} problems")),
}


def number(n: int | float, decimals: int = 0) -> str:
    """``n`` written the way the interface language writes numbers (the default QLocale follows it)."""
    locale = QLocale()
    if decimals or isinstance(n, float) and not float(n).is_integer():
        text = locale.toString(float(n), "f", decimals or 1)
        point = locale.decimalPoint()
        return text.rstrip(locale.zeroDigit()).rstrip(point) if point in text else text
    return locale.toString(int(n))


def count_text(n: int, noun: str) -> str:
    """"1 lesson", "3 lessons", "1.200 bản ghi": the count and its noun in the interface language."""
    one, many = NOUNS[noun]
    return (one if n == 1 else many)().format(n=number(n))
