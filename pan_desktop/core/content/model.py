"""The content-pack data model: frozen dataclasses that leave the loader, plus the five EPO aspects.

Everything here is plain data; the loader builds it from a validated pack folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pan_desktop.core.errors import Problem, ValidationError


@dataclass(frozen=True)
class Text:
    """Bilingual text."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang``, falling back to the other language when empty."""
        first, second = (self.vi, self.en) if lang == "vi" else (self.en, self.vi)
        return first or second


@dataclass(frozen=True)
class Lesson:
    id: str
    title: Text
    duration_minutes: int | None
    aspect: str | None
    body: Text
    facilitator: Text


@dataclass(frozen=True)
class Choice:
    text: Text


@dataclass(frozen=True)
class KnowledgeCheck:
    id: str
    lesson: str
    question: Text
    choices: tuple[Text, ...]
    answer: int
    explanation: Text


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    aspect: str
    text: Text
    look_for: Text


@dataclass(frozen=True)
class Checklist:
    id: str
    title: Text
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    vi: str
    en: str
    definition: Text
    aliases_vi: tuple[str, ...]
    aliases_en: tuple[str, ...]


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    kind: str
    title: Text
    summary: Text
    audience: tuple[str, ...]
    duration_minutes: int | None
    objectives_vi: tuple[str, ...]
    objectives_en: tuple[str, ...]
    authors: tuple[str, ...]
    licence: str
    updated: str
    languages: tuple[str, ...]
    lessons: tuple[Lesson, ...]
    checks: tuple[KnowledgeCheck, ...]
    checklists: tuple[Checklist, ...]
    glossary: tuple[GlossaryEntry, ...]
    root: Path
    sources: tuple[str, ...] = ()

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((l for l in self.lessons if l.id == lesson_id), None)

    def checks_for(self, lesson_id: str) -> tuple[KnowledgeCheck, ...]:
        return tuple(c for c in self.checks if c.lesson == lesson_id)

    def objectives(self, lang: str) -> tuple[str, ...]:
        first, second = (self.objectives_vi, self.objectives_en) if lang == "vi" else (self.objectives_en, self.objectives_vi)
        return first or second


ASPECTS = {
    "air": Text("Không khí", "Air"),
    "siting": Text("Vị trí, địa điểm cơ sở", "Environmental siting"),
    "land-soil": Text("Đất", "Land and soil"),
    "litter": Text("Rác thải và mảnh vụn", "Litter and debris"),
    "water": Text("Nước và nước thải", "Water and wastewater"),
}
KINDS = {"module": Text("Học phần tập huấn", "Training module"), "guideline": Text("Hướng dẫn kỹ thuật", "Technical guideline")}
LANGUAGES = ("vi", "en")

# Audiences the content packs use beyond the shared vocabulary (core.vocab.AUDIENCES).
def audience_label(code: str, lang: str) -> str:
    """The label of an audience code in ``lang`` (the shared vocabulary), or the code itself."""
    from pan_desktop.core.vocab import AUDIENCES

    if code in AUDIENCES:
        return AUDIENCES[code].label(lang)
    return code


@dataclass(frozen=True)
class PackProblem(Problem):
    """One problem in a pack, with the file (relative to the pack) and the line (1-based, 0 = whole file)."""

    file: str = ""
    line: int = 0

    def __str__(self) -> str:
        where = self.file or "(pack)"
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}"


def problem(file: str, line: int, message: str, code: str = "invalid", **params) -> PackProblem:
    """A PackProblem; ``field`` holds ``file:line`` so generic code that shows ``field`` still says where."""
    where = f"{file}:{line}" if line else file
    return PackProblem(field=where, code=code, message=message, params=params, file=file, line=line)


class PackError(ValidationError):
    """A content pack that cannot be used or installed; lists every problem with its file and line."""

    def __init__(self, problems: list[Problem], source: str = "", what: str = "cannot be used"):
        self.source = source
        super().__init__(problems)
        head = f"The content pack {source} {what}" if source else f"The content pack {what}"
        count = len(self.problems)
        lines = [f"{head}: {count} problem(s) found. Nothing was changed; fix the pack and try again."]
        lines += [f"  {p}" for p in self.problems[:200]]
        if count > 200:
            lines.append(f"  ... and {count - 200} more")
        self.args = ("\n".join(lines),)

    def __str__(self) -> str:
        return self.args[0]
