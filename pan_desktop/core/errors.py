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
    """A problem in one row of an import file."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}"


class ImportRejected(PanError):
    """An import file was refused whole; nothing was written. Lists every bad row."""

    code = "import.rejected"

    def __init__(self, path: str, problems: list[RowProblem]):
        self.path = path
        self.problems = list(problems)
        head = f"{path}: nothing was imported, {len(self.problems)} problem(s) found. Fix them and import again."
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems[:200])]), file=path,
                         count=len(self.problems))
