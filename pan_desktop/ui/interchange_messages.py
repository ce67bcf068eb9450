"""The words of every import code (file, column and row problems, notes) in the interface language, and
:func:`problem_text`, which renders one :class:`RowProblem` with its line and column for the window.

Listed in ``error_messages.AREAS``; the Vietnamese is in ``resources/translations/main_vi.ts`` (context
``errors``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pan_desktop.core.errors import RowProblem

translate = QCoreApplication.translate

MESSAGES: dict[str, Callable[[], str]] = {
    # the file as a whole (PanError codes)
    "import.file_type": lambda: translate("errors", "PAN Desktop cannot import a “{suffix}” file. Choose a .csv, .xlsx or "
                                          ".jsonl file."),
    "import.file_type.spreadsheet": lambda: translate("errors", "PAN Desktop reads Excel workbooks saved as .xlsx, not "
                                                      "“{suffix}”. Open the file, save it as .xlsx or as CSV UTF-8, and "
                                                      "import it again."),
    "import.unreadable": lambda: translate("errors", "The file {file} cannot be read. Check that it exists and is not open "
                                           "in another program, and try again."),
    "import.too_big": lambda: translate("errors", "The file is {size_mb} MB; PAN Desktop imports files of up to {limit_mb} "
                                        "MB. Split it into smaller files."),
    "import.template_type": lambda: translate("errors", "The import template is saved as a .csv or an .xlsx file. Choose "
                                              "one of these types."),
    "import.template_unwritable": lambda: translate("errors", "The template could not be saved as {file}. Check that the "
                                                    "folder exists and that you may write there."),
    # how the file is saved
    "import.encoding.damaged": lambda: translate("errors", "This line is not valid {encoding} text: the file is damaged, "
                                                 "or was joined from files saved in different ways. Save it again as "
                                                 "CSV UTF-8."),
    "import.encoding.mixed": lambda: translate("errors", "The file is mostly UTF-8, but this line holds characters saved "
                                               "another way (it was probably joined from several files). In Excel use "
                                               "File › Save As and choose “CSV UTF-8”; in LibreOffice choose Save As › "
                                               "Text CSV with the character set “Unicode (UTF-8)”."),
    "import.encoding.unknown": lambda: translate("errors", "The file is not UTF-8 text, and PAN Desktop does not recognise "
                                                 "how it was saved. In Excel use File › Save As and choose “CSV UTF-8”; "
                                                 "in LibreOffice choose Save As › Text CSV with the character set "
                                                 "“Unicode (UTF-8)”."),
    "import.encoding.font": lambda: translate("errors", "The file is not UTF-8: it looks like {encoding}, the encoding of "
                                              "the old Vietnamese fonts. Convert the text to Unicode first (for example "
                                              "with Unikey's converter, Ctrl+Shift+F6: source {encoding}, destination "
                                              "Unicode), then save it as CSV UTF-8."),
    "import.encoding.code_page": lambda: translate("errors", "The file is not UTF-8: it looks like the {encoding} code "
                                                   "page, which can be read in more than one way, so PAN Desktop does "
                                                   "not guess. In Excel use File › Save As and choose “CSV UTF-8”; in "
                                                   "LibreOffice choose Save As › Text CSV with the character set "
                                                   "“Unicode (UTF-8)”."),
    "import.note.converted": lambda: translate("errors", "The file was saved in the {encoding} code page, not UTF-8; it "
                                               "was read without losing a character. Saving it as CSV UTF-8 avoids "
                                               "this check."),
    "import.file.workbook_renamed": lambda: translate("errors", "This is an Excel workbook (.xlsx) with another name. "
                                                      "Rename it to end in .xlsx and import it again."),
    "import.file.old_excel": lambda: translate("errors", "This is an old Excel workbook (.xls). Open it in Excel or "
                                               "LibreOffice and save it as .xlsx or as CSV UTF-8."),
    "import.file.binary": lambda: translate("errors", "The file is not text (it holds binary data). Import a .csv, .xlsx "
                                            "or .jsonl file."),
    "import.file.empty": lambda: translate("errors", "The file is empty. Its first line must name the columns (the "
                                           "import template shows how)."),
    # CSV structure
    "import.csv.quote_unclosed": lambda: translate("errors", "A quote (\") opened on this line is never closed, so "
                                                   "everything after it would become one cell. Close the quote, or "
                                                   "double it (\"\") if it is part of the text."),
    "import.csv.quote_runs_on": lambda: translate("errors", "A quoted cell that starts on this line runs on to line {end}, "
                                                  "where text follows its closing quote: a quote is missing or extra on "
                                                  "this line."),
    "import.csv.text_after_quote": lambda: translate("errors", "A cell has text after its closing quote. Put the whole "
                                                     "cell in quotes and double each quote inside it (\"\")."),
    "import.csv.cell_too_long": lambda: translate("errors", "A cell starting on this line is longer than {limit} "
                                                  "characters; a quote is probably missing."),
    "import.csv.unreadable": lambda: translate("errors", "This line cannot be read as CSV. Open the file in a spreadsheet "
                                               "and save it again as CSV UTF-8."),
    # workbooks
    "import.xlsx.empty_sheet": lambda: translate("errors", "The sheet “{sheet}” is empty; its first row must name the "
                                                 "columns."),
    "import.xlsx.too_big": lambda: translate("errors", "The workbook unpacks to {size_mb} MB; the limit is {limit_mb} MB. "
                                             "Split it into smaller files."),
    "import.xlsx.unreadable": lambda: translate("errors", "The file cannot be read as an Excel workbook. Open it in Excel "
                                                "or LibreOffice and save it again as .xlsx or as CSV UTF-8."),
    "import.xlsx.no_sheets": lambda: translate("errors", "The workbook has no sheet of cells."),
    "import.xlsx.no_such_sheet": lambda: translate("errors", "The workbook has no sheet named “{sheet}”. Its sheets are: "
                                                   "{sheets}."),
    # columns
    "import.header.no_title": lambda: translate("errors", "No column holds the title (for example “Tên (tiếng Việt)” or "
                                                "“title_vi”). The first row must name the columns; the import template "
                                                "shows them."),
    "import.header.duplicate": lambda: translate("errors", "This column and column {other_letter} “{other}” mean the same "
                                                 "field. Keep one of them."),
    "import.header.unnamed": lambda: translate("errors", "This column has no heading but holds data ({count} cells, the "
                                               "first on line {first_line}). Give it a heading, or delete what it holds."),
    "import.header.unknown": lambda: translate("errors", "This column holds data but matches no field; the closest known "
                                               "name is “{closest}”. Rename the column, or choose to leave out the "
                                               "columns that match no field."),
    "import.note.empty_column": lambda: translate("errors", "This column matches no field; it is empty, so it was left "
                                                  "out."),
    "import.note.ignored_column": lambda: translate("errors", "This column matches no field; its {count} value(s) were "
                                                    "left out, as you asked."),
    # JSON Lines
    "import.json.duplicate_field": lambda: translate("errors", "Two keys of this line mean the same field. Keep one of "
                                                     "them."),
    "import.json.duplicate_key": lambda: translate("errors", "This key appears twice in the line."),
    "import.json.too_deep": lambda: translate("errors", "This line nests lists or objects too deeply to be a record."),
    "import.json.invalid": lambda: translate("errors", "This line is not valid JSON (near character {position})."),
    "import.json.not_object": lambda: translate("errors", "Each line must be a JSON object {…}."),
    # ids
    "import.id.not_uuid": lambda: translate("errors", "“{value}” is not a record id. Leave the id empty for a new record."),
    "import.id.repeated": lambda: translate("errors", "The same id is already on line {first}."),
    "import.id.other_table": lambda: translate("errors", "This id belongs to a record in {kind_en}, not to an initiative. "
                                               "Leave the id empty to add a new initiative."),
    "import.id.not_text": lambda: translate("errors", "The id must be text."),
    # organisations named by a name the database does not know
    "import.org.unmatched": lambda: translate("errors", "“{name}” (on {count} row(s)) is not an organisation in the "
                                              "database, so it was kept as a name. Add the organisation, or give it "
                                              "this name as one of its other names, and import again to link it."),
    "import.org.ambiguous": lambda: translate("errors", "“{name}” (on {count} row(s)) could mean several organisations "
                                              "({options}), so it was kept as a name. Write the organisation's full "
                                              "name to link it."),
    # values (the codes of core/services/validation.py)
    "value.required": lambda: translate("errors", "A title in Vietnamese or English is required."),
    "value.end_before_start": lambda: translate("errors", "The end is before the start."),
    "value.bad_date": lambda: translate("errors", "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2023, "
                                        "2023-08 or 2023-08-09)."),
    "value.bad_year": lambda: translate("errors", "The year must be between 1900 and 2100."),
    "value.bad_month": lambda: translate("errors", "The month must be 01 to 12."),
    "value.bad_day": lambda: translate("errors", "{month} has no day {day}."),
    "value.too_long": lambda: translate("errors", "It is {length} characters long; the limit is {limit}."),
    "value.item_too_long": lambda: translate("errors", "An item is {length} characters long; the limit is {limit} per "
                                             "item."),
    "value.too_many": lambda: translate("errors", "It has {count} items; the limit is {limit}."),
    "value.bad_choice": lambda: translate("errors", "“{value}” is not one of the allowed values."),
    "value.bad_bool": lambda: translate("errors", "Write yes or no."),
    "value.bad_id": lambda: translate("errors", "“{value}” is not a record id."),
    "value.not_text": lambda: translate("errors", "It must be text."),
    "value.not_list": lambda: translate("errors", "Write the items separated by ;"),
    "value.unknown_field": lambda: translate("errors", "This is not a field of initiatives."),
}


def _where(problem: RowProblem) -> str:
    column, letter = problem.params.get("column"), problem.params.get("letter")
    if column and letter:
        return translate("errors", "Line {line}, column {letter} «{column}»").format(line=problem.line, letter=letter, column=column)
    if letter:
        return translate("errors", "Line {line}, column {letter}").format(line=problem.line, letter=letter)
    if column:
        return translate("errors", "Line {line}, «{column}»").format(line=problem.line, column=column)
    return translate("errors", "Line {line}").format(line=problem.line)


def problem_text(problem: RowProblem) -> str:
    """``Dòng 4, cột E «Bắt đầu»: Tháng phải từ 01 đến 12.``: one import problem or note, in the interface
    language, never its English message."""
    from pan_desktop.ui.error_messages import catalog

    words = catalog().get(problem.code)
    text = ""
    if words is not None:
        try:
            text = words().format(**problem.params)
        except (KeyError, IndexError, ValueError):
            text = ""  # words that expect a param this problem lacks: the general words still help
    if not text:
        text = translate("errors", "This line cannot be imported as it is.")
    return f"{_where(problem)}: {text}"


def summary_text(added: int, updated: int, already_present: int, refused: int) -> str:
    """What an import did, in the interface language."""
    return translate("errors", "{added} added, {updated} updated, {present} already present, {refused} refused.").format(
        added=added, updated=updated, present=already_present, refused=refused)
