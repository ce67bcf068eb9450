"""The machine-checked schema of a pack's YAML files, and the checker that reports every problem by line.

A schema is built from a few spec classes (``Str``, ``Int``, ``Texts``, ``ListOf``, ``Obj``...);
``check(value, spec, file, line)`` walks a value read by :mod:`yamlsafe` and returns every mismatch.
The same specs are documented in ``docs/content-packs.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pan_desktop.core.content.model import ASPECTS, KINDS, LANGUAGES, PackProblem, problem
from pan_desktop.core.content.yamlsafe import LDict, LList

ID_RE = r"^[a-z0-9][a-z0-9-]{0,62}$"
SEMVER_RE = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$"
DATE_RE = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"
MAX_TEXT = 20_000


@dataclass(frozen=True)
class Spec:
    def check(self, value, file: str, line: int, path: str, out: list[PackProblem], langs: tuple[str, ...]) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {int: "a number", float: "a number", str: "text", LDict: "a block of fields", LList: "a list", type(None): "nothing"}.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class Str(Spec):
    pattern: str | None = None
    choices: tuple[str, ...] = ()
    empty: bool = False
    hint: str = ""

    def check(self, value, file, line, path, out, langs):
        if not isinstance(value, str):
            out.append(problem(file, line, f"{path} must be text, found {_kind_of(value)}", "wrong_type", path=path))
            return
        if not value.strip() and not self.empty:
            out.append(problem(file, line, f"{path} must not be empty", "empty", path=path))
        elif len(value) > MAX_TEXT:
            out.append(problem(file, line, f"{path} is longer than {MAX_TEXT} characters", "too_long", path=path))
        elif self.choices and value not in self.choices:
            out.append(problem(file, line, f"{path} is '{value}', expected one of: {', '.join(self.choices)}", "not_allowed", path=path))
        elif self.pattern and not re.match(self.pattern, value):
            out.append(problem(file, line, f"{path} '{value}' is not {self.hint or 'in the expected form'}", "bad_format", path=path))

    def describe(self) -> str:
        if self.choices:
            return "one of " + ", ".join(f"`{c}`" for c in self.choices)
        return f"text ({self.hint})" if self.hint else "text"


@dataclass(frozen=True)
class Int(Spec):
    low: int = 0
    high: int = 100_000

    def check(self, value, file, line, path, out, langs):
        if isinstance(value, bool) or not isinstance(value, int):
            out.append(problem(file, line, f"{path} must be a whole number, found {_kind_of(value)}", "wrong_type", path=path))
        elif not self.low <= value <= self.high:
            out.append(problem(file, line, f"{path} must be between {self.low} and {self.high}, found {value}", "out_of_range", path=path))

    def describe(self) -> str:
        return f"whole number {self.low}–{self.high}"


@dataclass(frozen=True)
class Texts(Spec):
    """Bilingual text ``{vi: ..., en: ...}``: both keys present, non-empty in every language the pack declares."""

    def check(self, value, file, line, path, out, langs):
        if not isinstance(value, LDict):
            out.append(problem(file, line, f"{path} must have a 'vi' and an 'en' text, found {_kind_of(value)}", "wrong_type", path=path))
            return
        for extra in sorted(set(value) - set(LANGUAGES)):
            out.append(problem(file, value.line_of(extra), f"{path} has an unknown language '{extra}' (use vi and en)", "unknown_field", path=path))
        for lang in LANGUAGES:
            if lang not in value:
                if lang in langs:
                    out.append(problem(file, value.line, f"{path}.{lang} is missing", "missing", path=f"{path}.{lang}"))
                continue
            Str(empty=lang not in langs).check(value[lang], file, value.line_of(lang), f"{path}.{lang}", out, langs)

    def describe(self) -> str:
        return "`{vi: text, en: text}`"


@dataclass(frozen=True)
class ListOf(Spec):
    item: Spec
    min_items: int = 0
    max_items: int = 1000
    unique: str | None = None  # field of the items (or "" for the items themselves) that must not repeat

    def check(self, value, file, line, path, out, langs):
        if not isinstance(value, LList):
            out.append(problem(file, line, f"{path} must be a list, found {_kind_of(value)}", "wrong_type", path=path))
            return
        if len(value) < self.min_items:
            out.append(problem(file, value.line, f"{path} needs at least {self.min_items} item(s), found {len(value)}", "too_few", path=path))
        if len(value) > self.max_items:
            out.append(problem(file, value.line, f"{path} has more than {self.max_items} items", "too_many", path=path))
            return
        seen: dict = {}
        for i, item in enumerate(value):
            self.item.check(item, file, value.line_of(i), f"{path}[{i + 1}]" if path else f"item {i + 1}", out, langs)
            if self.unique is None:
                continue
            key = item if self.unique == "" else (item.get(self.unique) if isinstance(item, LDict) else None)
            if isinstance(key, str) and key:
                if key in seen:
                    out.append(problem(file, value.line_of(i), f"duplicate id '{key}' in {path} (first at line {seen[key]})", "duplicate_id", id=key))
                else:
                    seen[key] = value.line_of(i)

    def describe(self) -> str:
        return f"list of {self.item.describe()}"


@dataclass(frozen=True)
class Obj(Spec):
    required: dict = field(default_factory=dict)
    optional: dict = field(default_factory=dict)
    name: str = ""

    def check(self, value, file, line, path, out, langs):
        if not isinstance(value, LDict):
            out.append(problem(file, line, f"{path} must be a block of fields, found {_kind_of(value)}", "wrong_type", path=path))
            return
        for key, spec in self.required.items():
            if key not in value or value[key] is None:
                out.append(problem(file, value.line, f"{_join(path, key)} is missing", "missing", path=_join(path, key)))
            else:
                spec.check(value[key], file, value.line_of(key), _join(path, key), out, langs)
        for key, spec in self.optional.items():
            if key in value and value[key] is not None:
                spec.check(value[key], file, value.line_of(key), _join(path, key), out, langs)
        for key in value:
            if key not in self.required and key not in self.optional:
                known = ", ".join([*self.required, *self.optional])
                out.append(problem(file, value.line_of(key), f"unknown field '{_join(path, key)}' (known fields: {known})", "unknown_field", path=_join(path, key)))

    def describe(self) -> str:
        return self.name or "block"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


ID = Str(pattern=ID_RE, hint="an id: lowercase letters, digits and hyphens, up to 63 characters")
TEXT = Texts()
WORDS = ListOf(Str(), max_items=200)

LESSON_ENTRY = Obj(required={"id": ID, "title": TEXT},
                   optional={"duration_minutes": Int(1, 1440), "aspect": Str(choices=tuple(ASPECTS))}, name="lesson")
PACK = Obj(
    required={
        "id": ID, "version": Str(pattern=SEMVER_RE, hint="a version like 1.0.0"),
        "kind": Str(choices=tuple(KINDS)), "title": TEXT, "summary": TEXT,
        "audience": ListOf(ID, min_items=1, max_items=20, unique=""),
        "objectives": Obj(required={"vi": ListOf(Str(), max_items=30), "en": ListOf(Str(), max_items=30)}, name="objectives"),
        "authors": ListOf(Str(), min_items=1, max_items=50), "licence": Str(),
        "updated": Str(pattern=DATE_RE, hint="a date written YYYY-MM-DD"),
        "languages": ListOf(Str(choices=LANGUAGES), min_items=1, max_items=2, unique=""),
        "lessons": ListOf(LESSON_ENTRY, min_items=1, max_items=100, unique="id"),
    },
    optional={"duration_minutes": Int(1, 100_000), "sources": ListOf(Str(), max_items=100)},
    name="pack",
)
CHECK = Obj(required={"id": ID, "lesson": ID, "question": TEXT, "choices": ListOf(TEXT, min_items=2, max_items=8),
                      "answer": Int(0, 7), "explanation": TEXT}, name="knowledge check")
CHECKS = ListOf(CHECK, max_items=500, unique="id")
CHECKLIST_ITEM = Obj(required={"id": ID, "aspect": Str(choices=tuple(ASPECTS)), "text": TEXT, "look_for": TEXT}, name="checklist item")
CHECKLIST = Obj(required={"id": ID, "title": TEXT, "items": ListOf(CHECKLIST_ITEM, min_items=1, max_items=500, unique="id")}, name="checklist")
CHECKLISTS = ListOf(CHECKLIST, max_items=50, unique="id")
GLOSSARY_ENTRY = Obj(required={"id": ID, "vi": Str(), "en": Str(), "definition": TEXT},
                     optional={"aliases_vi": WORDS, "aliases_en": WORDS}, name="glossary entry")
GLOSSARY = ListOf(GLOSSARY_ENTRY, max_items=2000, unique="id")

FILES = {"pack.yaml": PACK, "checks.yaml": CHECKS, "checklists.yaml": CHECKLISTS, "glossary.yaml": GLOSSARY}


def check(value, spec: Spec, file: str, langs: tuple[str, ...] = LANGUAGES) -> list[PackProblem]:
    """Every way ``value`` (read by :func:`yamlsafe.load_yaml`) breaks ``spec``; empty when it fits."""
    out: list[PackProblem] = []
    spec.check(value, file, getattr(value, "line", 1) or 1, "", out, langs)
    return out
