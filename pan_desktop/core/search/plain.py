"""Lesson Markdown as plain text, for the index and the snippets: the words a person reads, no markup
(``##``, ``**``, ``| --- |``, link targets). Blocks end in a newline, table cells are separated by
`` · ``, list items and headings stay on lines of their own."""

from __future__ import annotations

from functools import lru_cache

CELL = " · "


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # imported when content is indexed, not at start-up

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _inline(token) -> str:
    out = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)  # its alt text
    return "".join(out)


def markdown_text(markdown: str) -> str:
    """The readable text of ``markdown``."""
    if not markdown or not markdown.strip():
        return ""
    lines: list[str] = []
    row: list[str] | None = None
    for token in _parser().parse(markdown):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if row is not None and any(c.strip() for c in row):
                lines.append(CELL.join(c for c in row if c.strip()))
            row = None
        elif token.type == "inline":
            text = _inline(token).strip()
            if row is not None:
                row.append(text)
            elif text:
                lines.append(text)
        elif token.type in ("code_block", "fence"):
            lines.extend(line for line in token.content.splitlines() if line.strip())
    return "\n".join(lines)
