"""Lesson Markdown: splitting out facilitator notes and checking every link and image.

Facilitator notes are fenced with a line ``::: facilitator`` and a closing line ``:::``. Links may go
to the web (``http(s)://``, ``mailto:``), to an anchor (``#...``) or to a file under ``media/`` that is
in the pack; images must be in the pack (the app works offline).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePosixPath
from urllib.parse import unquote

from pan_desktop.core.content.model import PackProblem, problem

_OPEN = re.compile(r"^\s*:::\s*facilitator\s*$")
_CLOSE = re.compile(r"^\s*:::\s*$")
_ANY_FENCE = re.compile(r"^\s*:::")
MEDIA_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


def split_facilitator(text: str, file: str = "", problems: list[PackProblem] | None = None) -> tuple[str, str]:
    """``(body, notes)`` of a lesson: the Markdown outside and inside the facilitator blocks."""
    body: list[str] = []
    notes: list[list[str]] = []
    inside = False
    opened_at = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not inside and _OPEN.match(line):
            inside, opened_at = True, number
            notes.append([])
        elif inside and _CLOSE.match(line):
            inside = False
        elif inside and _OPEN.match(line):
            if problems is not None:
                problems.append(problem(file, number, "a facilitator block cannot start inside another; close the first with ':::'", "nested_notes"))
        elif not inside and _ANY_FENCE.match(line):
            if problems is not None:
                problems.append(problem(file, number, f"unknown block '{line.strip()}'; only '::: facilitator' ... ':::' is allowed", "unknown_block"))
        else:
            (notes[-1] if inside else body).append(line)
    if inside and problems is not None:
        problems.append(problem(file, opened_at, "this facilitator block is never closed; add a line ':::' after it", "unclosed_notes"))
    joined = "\n\n".join("\n".join(block).strip() for block in notes if "".join(block).strip())
    return "\n".join(body).strip() + "\n", (joined + "\n" if joined else "")


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt  # imported when a pack is checked, not at start-up (~90 ms)

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _targets(text: str):
    """``(kind, target, line)`` for every link and image in the Markdown."""
    for token in _markdown().parse(text):
        if token.type != "inline" or not token.children:
            continue
        line = token.map[0] + 1 if token.map else 0
        for child in token.children:
            if child.type == "link_open":
                yield "link", unquote(str(child.attrGet("href") or "")), line
            elif child.type == "image":
                yield "image", unquote(str(child.attrGet("src") or "")), line


def check_links(text: str, file: str, media: set[str]) -> list[PackProblem]:
    """Every link or image in ``text`` that points somewhere the pack does not have."""
    out: list[PackProblem] = []
    for kind, target, line in _targets(text):
        lowered = target.lower()
        if kind == "link" and (lowered.startswith(("http://", "https://", "mailto:")) or target.startswith("#")):
            continue
        if kind == "image" and lowered.startswith(("http://", "https://", "data:")):
            out.append(problem(file, line, f"the image '{target}' is not in the pack; the app works offline, put the image in media/", "remote_image"))
            continue
        path = PurePosixPath(target.split("#", 1)[0])
        if path.is_absolute() or ".." in path.parts or not target.startswith("media/"):
            out.append(problem(file, line, f"the {kind} '{target}' must point to a file under media/ in the pack", "bad_link"))
        elif path.as_posix() not in media:
            out.append(problem(file, line, f"the {kind} '{target}' points to a file that is not in the pack's media/ folder", "missing_media"))
        elif kind == "image" and not path.suffix.lower() in MEDIA_SUFFIXES:
            out.append(problem(file, line, f"the image '{target}' must be PNG, JPEG, GIF or WebP", "bad_image"))
    return out
