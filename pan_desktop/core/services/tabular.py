"""A spreadsheet file as a table of text cells: CSV (separator `,` `;` or tab, detected; UTF-8 or UTF-16)
or the first (or a named) sheet of an ``.xlsx`` workbook, read with openpyxl.

A table is its heading row and its non-blank rows, each with the line (CSV) or row (xlsx) number a
person finds it at. What cannot be read raises :class:`Unreadable` with the place and the reason.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from pan_desktop.core.errors import RowProblem
from pan_desktop.core.services.file_encoding import Unreadable, decode
from pan_desktop.core.services.headers import heading_key

SEPARATORS = (",", ";", "\t")
SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_FIELD_CHARS = 16 * 1024 * 1024  # read a huge field so it can be reported, not crash the reader
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SNIFF_CHARS = 64 * 1024


@dataclass
class Table:
    """The heading row and the non-blank rows (``(line, cells)``) of a file, and how it was read."""

    headings: list[str]
    rows: list[tuple[int, list[str]]]
    header_line: int = 1
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    notes: list[RowProblem] = field(default_factory=list)


# -- CSV -------------------------------------------------------------------------------------------------

def protect_formula(text: str) -> str:
    """Export form of a cell: a leading ``'`` keeps spreadsheets from running text as a formula."""
    return "'" + text if text.startswith(FORMULA_START) or text.startswith("'") else text


def unprotect_formula(text: str) -> str:
    """Import form: undo :func:`protect_formula` (only a quote that protects something is removed)."""
    if text.startswith("'") and text[1:].startswith(FORMULA_START + ("'",)):
        return text[1:]
    return text


def read_csv(data: bytes) -> Table:
    """The table of a CSV file's bytes (see the module docstring)."""
    decoded = decode(data)
    text, offset = decoded.text, 0
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:  # Excel's separator line
        separator, text, offset = first.strip()[4], rest, 1
    else:
        separator = detect_separator(text)
    table = _parse_csv(text, separator, offset)
    table.encoding = decoded.encoding
    if decoded.converted:
        table.notes.append(RowProblem(1, "", f"the file is in the {decoded.encoding} code page, not UTF-8; it was read "
                                      "without losing a character. Save it as CSV UTF-8 to be sure.",
                                      "import.note.converted", {"encoding": decoded.encoding}))
    return table


def detect_separator(text: str) -> str:
    """The separator the heading line uses most (outside quotes); on a tie, the one that gives the
    following rows as many cells as the heading."""
    counts = _count_outside_quotes(text[:_SNIFF_CHARS])
    best = max(counts.values())
    tied = [s for s in SEPARATORS if counts[s] == best]
    if best == 0 or len(tied) == 1:
        return tied[0] if best else ","

    def fits(sep: str) -> int:
        rows = csv.reader(io.StringIO(text[:_SNIFF_CHARS], newline=""), delimiter=sep)
        try:
            return sum(len(row) == best + 1 for _, row in zip(range(20), rows))
        except csv.Error:
            return 0

    return max(tied, key=fits)


def _count_outside_quotes(text: str) -> dict[str, int]:
    """How often each separator occurs in the first record (up to its first newline outside quotes)."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in counts:
                counts[ch] += 1
            elif ch in "\r\n":
                break
    return counts


def _parse_csv(text: str, separator: str, offset: int) -> Table:
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    headings: list[str] | None = None
    header_line = 1
    rows: list[tuple[int, list[str]]] = []
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise Unreadable([_csv_problem(str(exc), start + offset, reader.line_num + offset)]) from None
        if "".join(cells).strip():  # not a blank row (join: C speed on 50,000 rows)
            if headings is None:
                headings, header_line = cells, start + offset
            else:
                rows.append((start + offset, cells))
        start = reader.line_num + 1
    if headings is None:
        raise Unreadable([RowProblem(1, "", "the file is empty; the first line must name the columns",
                                     "import.file.empty")])
    headings[0] = headings[0].lstrip("\ufeff")
    return Table(headings, rows, header_line, separator=SEPARATOR_NAMES[separator])


def _csv_problem(reason: str, line: int, last: int) -> RowProblem:
    if "unexpected end of data" in reason:
        return RowProblem(line, "", "a quote (\") opened on this line is never closed, so everything after it would "
                          "become one cell. Close the quote, or double it (\"\") if it is part of the text.",
                          "import.csv.quote_unclosed")
    if "expected after" in reason and last > line:
        return RowProblem(line, "", f"a quoted cell that starts on this line runs to line {last}, where text follows its "
                          "closing quote: a quote is missing or extra on this line.", "import.csv.quote_runs_on",
                          {"end": last})
    if "expected after" in reason:
        return RowProblem(line, "", "a cell has text after its closing quote. Put the whole cell in quotes and double "
                          "each quote inside it (\"\").", "import.csv.text_after_quote")
    if "field larger than field limit" in reason:
        return RowProblem(line, "", f"a cell starting on this line is longer than {MAX_FIELD_CHARS:,} characters; a quote "
                          "is probably missing.", "import.csv.cell_too_long", {"limit": MAX_FIELD_CHARS})
    return RowProblem(line, "", f"this line cannot be read as CSV ({reason}).", "import.csv.unreadable")


# -- xlsx ------------------------------------------------------------------------------------------------

def read_xlsx(path: Path, sheet: str | None, max_bytes: int) -> Table:
    """The first sheet (or the sheet named ``sheet``, compared without case or diacritics) of a workbook."""
    _check_archive(path, max_bytes)
    from openpyxl import load_workbook  # ~0.1 s: only when a workbook is imported

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it does not read (styles, validation)
            book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, zipfile and XML errors) for a damaged file
        raise Unreadable([_damaged_workbook(exc)]) from None
    try:
        ws = _pick_sheet(book, sheet)
        ws.reset_dimensions()  # some writers record a wrong size; never cut rows off because of it
        headings: list[str] | None = None
        header_line = 1
        rows: list[tuple[int, list[str]]] = []
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                if not "".join(cells).strip():
                    continue
                if headings is None:
                    headings, header_line = cells, number
                else:
                    rows.append((number, cells))
        except Exception as exc:  # damaged sheet XML
            raise Unreadable([_damaged_workbook(exc)]) from None
        if headings is None:
            raise Unreadable([RowProblem(1, "", f"the sheet '{ws.title}' is empty; its first row must name the columns",
                                         "import.xlsx.empty_sheet", {"sheet": ws.title})])
        return Table(headings, rows, header_line, sheet=ws.title)
    finally:
        book.close()


def _check_archive(path: Path, max_bytes: int) -> None:
    """Refuse what is not a workbook, and a workbook that would unpack to more than ``max_bytes``."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Unreadable([_damaged_workbook(exc)]) from None
    if unpacked > max_bytes:
        raise Unreadable([RowProblem(1, "", f"the workbook unpacks to {unpacked // 2**20:,} MB; the limit is "
                                     f"{max_bytes // 2**20} MB. Split it into smaller files.", "import.xlsx.too_big",
                                     {"size_mb": unpacked // 2**20, "limit_mb": max_bytes // 2**20})])


def _damaged_workbook(exc: BaseException) -> RowProblem:
    return RowProblem(1, "", f"the file cannot be read as an Excel workbook ({type(exc).__name__}). Open it in Excel or "
                      "LibreOffice and save it again as .xlsx, or as CSV UTF-8.", "import.xlsx.unreadable")


def _pick_sheet(book, wanted: str | None):
    sheets = book.worksheets
    if not sheets:
        raise Unreadable([RowProblem(1, "", "the workbook has no sheet of cells", "import.xlsx.no_sheets")])
    if wanted is None:
        return sheets[0]
    for ws in sheets:
        if ws.title == wanted:
            return ws
    for ws in sheets:
        if heading_key(ws.title) == heading_key(wanted):
            return ws
    names = ", ".join(ws.title for ws in sheets)
    raise Unreadable([RowProblem(1, "", f"the workbook has no sheet named '{wanted}'; its sheets are: {names}",
                                 "import.xlsx.no_such_sheet", {"sheet": wanted, "sheets": names})])


def _cell_text(value) -> str:
    """A cell as the text a person sees: whole numbers without ``.0``, dates as ``YYYY-MM-DD``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
