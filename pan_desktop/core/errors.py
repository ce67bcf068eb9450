"""One exception root for everything a person can hit, with a few meaningful children.

Every error carries a stable ``code`` with its ``params`` and an English message that says what happened
and what to do. The CLI prints the message; the window renders the code in the interface language
(``ui/error_messages.py``), so no English text reaches a Vietnamese screen. Neither shows a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class PanError(Exception):
    """Base of every error the app reports to a person.

    ``PanError(message, code=<area.what>, **params)``: ``code`` defaults to the class's ``code``; the
    params fill the translated message (so they are values a person understands: names, paths, counts).
    """

    code = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **params):
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params


class NotFound(PanError):
    """A record, pack or file that was asked for does not exist."""

    code = "not_found"


class Interrupted(PanError):
    """Long work was cancelled by the person who started it."""

    code = "interrupted"


class DataDirError(PanError):
    """The data directory cannot be used (not writable, corrupt database, newer schema...)."""

    code = "data_dir"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: which field, a stable code, and an English message.

    ``code`` and ``params`` let the UI show the message in the person's language.
    """

    field: str
    code: str
    message: str
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(PanError):
    """Input that cannot be stored as it is; lists every problem, each naming its field."""

    code = "invalid"

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class RowProblem:
    """A problem in one line of an import file (or a note about it): where, a stable code, and words.

    ``field`` is the record field concerned (empty for the whole line or file); ``params`` fill the
    code's words in the interface language, with ``column`` the heading as the file writes it and
    ``letter`` the spreadsheet column (A, B, …) when there is one (the English message of a problem
    without ``field`` names its column itself).
    """

    line: int
    field: str
    message: str
    code: str
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.field}" if self.field else "")
        column = self.params.get("column")
        if self.field and column and column != self.field:
            letter = self.params.get("letter")
            where += f" (column {letter} '{column}')" if letter else f" ('{column}')"
        return f"{where}: {self.message}"


class ImportRejected(PanError):
    """An import file was refused whole; nothing was written. Lists every bad row; ``rows`` is how many
    rows the file holds (all of them refused)."""

    code = "import.rejected"

    def __init__(self, path: str, problems: list[RowProblem], rows: int = 0):
        self.path = path
        self.problems = list(problems)
        self.rows = rows
        head = f"{path}: nothing was imported, {len(self.problems)} problem(s) found. Fix them and import again."
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems[:200])]), file=path,
                         count=len(self.problems))
