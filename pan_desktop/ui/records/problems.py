"""What is wrong with a value, by its problem code, in the interface language (the form's field messages
and an import's row problems). Words go through the ``.ts`` pipeline (context ``problems``); a code
without words gets a general message, never the core's English text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pan_desktop.core.services.schema import TABLES

translate = QCoreApplication.translate

WORDS: dict[str, Callable[[], str]] = {
    "required": lambda: translate("problems", "A title in Vietnamese or English is required."),
    "end_before_start": lambda: translate("problems", "The end date is earlier than the start date."),
    "bad_date": lambda: translate("problems", "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2023, 2023-08 or 2023-08-09)."),
    "bad_year": lambda: translate("problems", "The year must be between 1900 and 2100."),
    "bad_month": lambda: translate("problems", "The month must be 01 to 12."),
    "bad_day": lambda: translate("problems", "{month} has no day {day}."),
    "too_long": lambda: translate("problems", "{length} characters long; at most {limit}."),
    "item_too_long": lambda: translate("problems", "An item is {length} characters long; at most {limit} per item."),
    "too_many": lambda: translate("problems", "{count} items; at most {limit}."),
    "bad_choice": lambda: translate("problems", "“{value}” is not in the list."),
    "bad_bool": lambda: translate("problems", "Choose yes or no."),
    "bad_id": lambda: translate("problems", "“{value}” is not a record."),
    "not_text": lambda: translate("problems", "Must be text."),
    "not_list": lambda: translate("problems", "Enter the items separated by ;"),
    "unknown_field": lambda: translate("problems", "This column is not a field of this list; it was not read."),
}


def problem_text(code: str, params: dict | None = None) -> str:
    """A problem's words, filled with its params."""
    words = WORDS.get(code)
    if words is not None:
        try:
            return words().format(**(params or {}))
        except (KeyError, IndexError, ValueError):
            pass
    return translate("problems", "This value cannot be used as it is.")


def row_problem_text(problem, lang: str, table: str = "initiatives") -> str:
    """One problem of an import file: the line, the column by its name, and what is wrong (by its code when
    the problem has one; an import problem without a code is shown as the importer wrote it)."""
    spec = TABLES[table]
    column = spec.field(problem.field).label(lang) if problem.field in spec.names else problem.field
    code = getattr(problem, "code", "")
    what = problem_text(code, getattr(problem, "params", None)) if code else problem.message
    if column:
        return translate("problems", "Line {line}, {column}: {problem}").format(line=problem.line, column=column, problem=what)
    return translate("problems", "Line {line}: {problem}").format(line=problem.line, problem=what)
