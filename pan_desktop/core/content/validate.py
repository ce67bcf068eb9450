"""``validate(path)``: every problem of a pack folder or ``.panpack`` zip, each with its file and line.

Order of checks: structure (paths, symlinks, sizes, counts) → every text file is UTF-8 → each YAML
file parses safely and fits its schema → lessons exist in every declared language, their facilitator
blocks close and their links and images point into the pack → cross-references (check → lesson,
duplicate ids, guideline aspects). Nothing stops at the first problem except a structure problem,
which makes reading the files unsafe.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from pan_desktop.core.content import schema
from pan_desktop.core.content.lessons import MEDIA_SUFFIXES, check_links, split_facilitator
from pan_desktop.core.content.model import PackProblem, problem
from pan_desktop.core.content.sources import MAX_TEXT_BYTES, PACK_SUFFIX, extract_zip, pack_files, scan_folder, scan_zip
from pan_desktop.core.content.yamlsafe import LDict, LList, load_yaml

LESSON_FILE = re.compile(r"^lessons/([a-z0-9][a-z0-9-]{0,62})\.(vi|en)\.md$")
OPTIONAL_FILES = {"checks.yaml", "checklists.yaml", "glossary.yaml", "SIGNATURE", "MANIFEST.json", "README.md", "LICENSE", "LICENSE.md"}


def read_text(root: Path, rel: str, problems: list[PackProblem]) -> str | None:
    """A pack file as text: UTF-8 (a BOM is tolerated), within the size limit, no NUL bytes."""
    data = (root / rel).read_bytes()
    if len(data) > MAX_TEXT_BYTES:
        problems.append(problem(rel, 0, f"is {len(data):,} bytes; a text file in a pack may have at most {MAX_TEXT_BYTES:,}", "text_too_big"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(problem(rel, line, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8", "not_utf8"))
        return None
    if "\x00" in text:
        problems.append(problem(rel, text[: text.index("\x00")].count("\n") + 1, "contains a NUL character; this is not a text file", "not_text"))
        return None
    return text


def _yaml(root: Path, rel: str, problems: list[PackProblem], langs: tuple[str, ...], text: str | None = None):
    text = read_text(root, rel, problems) if text is None else text
    if text is None:
        return None
    value = load_yaml(text, rel, problems)
    if value is None:
        if not any(p.file == rel for p in problems):
            problems.append(problem(rel, 1, "is empty", "empty_file"))
        return None
    found = schema.check(value, schema.FILES[rel], rel, langs)
    problems.extend(found)
    return value


def _langs(pack) -> tuple[str, ...]:
    raw = pack.get("languages") if isinstance(pack, LDict) else None
    if isinstance(raw, LList) and raw and all(l in ("vi", "en") for l in raw):
        return tuple(raw)
    return ("vi", "en")


def validate_folder(root: Path) -> list[PackProblem]:
    """Every problem of the pack folder ``root`` (empty when the pack is good)."""
    return check_folder(root)[0]


def check_folder(root: Path) -> tuple[list[PackProblem], dict]:
    """``(problems, parsed)``: every problem, and what was read (YAML values by file, lesson texts by path)
    so that the loader does not read and parse the files a second time."""
    parsed: dict = {}
    problems = scan_folder(root)
    if problems:
        return problems, parsed
    files = pack_files(root)
    if "pack.yaml" not in files:
        return [problem("pack.yaml", 0, "is missing; every pack needs a pack.yaml at its top", "no_pack_yaml")], parsed
    media = {f for f in files if f.startswith("media/")}
    for f in files:
        if f in ("pack.yaml", *OPTIONAL_FILES) or LESSON_FILE.match(f):
            continue
        if f.startswith("media/"):
            if not f.lower().endswith((*MEDIA_SUFFIXES, ".pdf")):
                problems.append(problem(f, 0, "media files must be images (PNG, JPEG, GIF, WebP) or PDF", "bad_media"))
            continue
        problems.append(problem(f, 0, "is not part of the pack format (pack.yaml, lessons/<id>.<vi|en>.md, checks.yaml, checklists.yaml, glossary.yaml, media/)", "unknown_file"))

    pack_text = read_text(root, "pack.yaml", problems)
    pack = load_yaml(pack_text, "pack.yaml", problems) if pack_text is not None else None
    if pack_text is not None and pack is None and not any(p.file == "pack.yaml" for p in problems):
        problems.append(problem("pack.yaml", 1, "is empty", "empty_file"))
    langs = _langs(pack)
    if pack is not None:
        problems.extend(schema.check(pack, schema.PACK, "pack.yaml", langs))
    parsed["pack.yaml"] = pack
    lessons = pack.get("lessons") if isinstance(pack, LDict) else None
    lessons = [l for l in lessons if isinstance(l, LDict) and isinstance(l.get("id"), str)] if isinstance(lessons, LList) else []
    lesson_ids = {l["id"] for l in lessons}
    kind = pack.get("kind") if isinstance(pack, LDict) else None

    for lesson in lessons:
        for lang in langs:
            rel = f"lessons/{lesson['id']}.{lang}.md"
            if rel not in files:
                problems.append(problem("pack.yaml", lesson.line, f"lesson '{lesson['id']}' has no {lang} text: {rel} is missing", "missing_lesson_file"))
                continue
            text = read_text(root, rel, problems)
            if text is None:
                continue
            parsed[rel] = text
            body, _notes = split_facilitator(text, rel, problems)
            if not body.strip():
                problems.append(problem(rel, 1, "has no lesson text outside the facilitator notes", "empty_lesson"))
            problems.extend(check_links(text, rel, media))
        if kind == "guideline" and not lesson.get("aspect"):
            problems.append(problem("pack.yaml", lesson.line, f"lesson '{lesson['id']}' of a guideline needs an aspect (air, siting, land-soil, litter, water)", "missing_aspect"))
    for f in files:
        m = LESSON_FILE.match(f)
        if m and m.group(1) not in lesson_ids and pack is not None:
            problems.append(problem(f, 0, f"lesson '{m.group(1)}' is not listed under lessons in pack.yaml", "unlisted_lesson"))

    checks = _yaml(root, "checks.yaml", problems, langs) if "checks.yaml" in files else None
    parsed["checks.yaml"] = checks
    for i, item in enumerate(checks if isinstance(checks, LList) else []):
        if not isinstance(item, LDict):
            continue
        line = checks.line_of(i)
        if isinstance(item.get("lesson"), str) and lesson_ids and item["lesson"] not in lesson_ids:
            problems.append(problem("checks.yaml", item.line_of("lesson"), f"check '{item.get('id')}' refers to lesson '{item['lesson']}', which is not in pack.yaml", "unknown_lesson"))
        choices, answer = item.get("choices"), item.get("answer")
        if isinstance(choices, LList) and isinstance(answer, int) and not isinstance(answer, bool) and not 0 <= answer < len(choices):
            problems.append(problem("checks.yaml", item.line_of("answer") or line, f"check '{item.get('id')}' has answer {answer} but only {len(choices)} choices (answers count from 0)", "bad_answer"))

    checklists = _yaml(root, "checklists.yaml", problems, langs) if "checklists.yaml" in files else None
    parsed["checklists.yaml"] = checklists
    if kind == "guideline" and checklists is None and "checklists.yaml" not in files:
        problems.append(problem("checklists.yaml", 0, "is missing; a guideline needs its site-visit checklists", "no_checklists"))
    if "glossary.yaml" in files:
        parsed["glossary.yaml"] = _yaml(root, "glossary.yaml", problems, langs)
    return _dedupe(problems), parsed


def _dedupe(problems: list[PackProblem]) -> list[PackProblem]:
    seen, out = set(), []
    for p in problems:
        key = (p.file, p.line, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def validate(path: Path) -> list[PackProblem]:
    """Every problem of a pack folder or ``.panpack`` zip at ``path``, each with its file and line."""
    path = Path(path)
    if path.is_dir():
        return validate_folder(path)
    if not path.exists():
        return [problem(str(path), 0, "does not exist; give the path of a pack folder or a .panpack file", "not_found")]
    if path.suffix.lower() not in (PACK_SUFFIX, ".zip"):
        return [problem(path.name, 0, "is neither a pack folder nor a .panpack file", "not_a_pack")]
    found = scan_zip(path)
    if found:
        return found
    with tempfile.TemporaryDirectory(prefix="panpack-") as tmp:
        target = Path(tmp) / "pack"
        from pan_desktop.core.content.model import PackError

        try:
            extract_zip(path, target)
        except PackError as exc:
            return list(exc.problems)
        return validate_folder(target)
