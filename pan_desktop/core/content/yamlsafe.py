"""Safe YAML reading that keeps line numbers: plain values plus the line of every key and item.

Tags (``!!python/object``, ``!foo``, even ``!!str``) and anchors/aliases are refused: a pack needs
none of them and they are the usual way to attack a YAML reader (object construction, "billion laughs").
"""

from __future__ import annotations

import datetime as _dt

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from pan_desktop.core.content.model import PackProblem, problem


class LDict(dict):
    """A mapping read from YAML: ``line`` of the mapping, ``lines[key]`` of each value."""

    line: int = 0

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.lines: dict = {}

    def line_of(self, key) -> int:
        return self.lines.get(key, self.line)


class LList(list):
    """A sequence read from YAML: ``line`` of the sequence, ``lines[i]`` of each item."""

    line: int = 0

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


class _Scalars(yaml.SafeLoader):
    """Only used to turn a scalar node into a value (int, bool, str, date...)."""


def _line(node) -> int:
    return node.start_mark.line + 1


def _convert(node, file: str, problems: list[PackProblem], scalars: _Scalars):
    if isinstance(node, MappingNode):
        out = LDict()
        out.line = _line(node)
        for key_node, value_node in node.value:
            key = _convert(key_node, file, problems, scalars)
            if not isinstance(key, str):
                problems.append(problem(file, _line(key_node), f"keys must be plain words, not {key!r}", "bad_key"))
                continue
            if key in out:
                problems.append(problem(file, _line(key_node), f"'{key}' appears twice in the same block", "duplicate_key"))
                continue
            out[key] = _convert(value_node, file, problems, scalars)
            out.lines[key] = _line(value_node) if not isinstance(value_node, (MappingNode, SequenceNode)) or value_node.value else _line(key_node)
        return out
    if isinstance(node, SequenceNode):
        out = LList()
        out.line = _line(node)
        for item in node.value:
            out.append(_convert(item, file, problems, scalars))
            out.lines.append(_line(item))
        return out
    assert isinstance(node, ScalarNode)
    value = scalars.construct_object(node)
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    return value


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
SAFE_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


def _unsafe(node, seen: set[int]) -> tuple[str, object] | None:
    """The first tag or alias in the node tree: ``("tag", node)`` or ``("alias", node)``, else None.

    After composing, an alias is the same node object met twice, so a "billion laughs" document is
    stopped at its first repeat instead of being expanded.
    """
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            return "alias", current
        seen.add(id(current))
        if current.tag not in SAFE_TAGS:
            return "tag", current
        if isinstance(current, MappingNode):
            for key, value in current.value:
                stack.extend((value, key))
        elif isinstance(current, SequenceNode):
            stack.extend(reversed(current.value))
    return None


def load_yaml(text: str, file: str, problems: list[PackProblem]):
    """Parse ``text`` (one YAML document) into plain values with lines; problems are appended, and
    ``None`` is returned when the file cannot be read at all."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = exc.problem or exc.context or "malformed YAML"
        problems.append(problem(file, line, f"this is not valid YAML ({what}); check the indentation and quotes", "yaml_syntax"))
        return None
    except yaml.YAMLError as exc:
        problems.append(problem(file, 0, f"this is not valid YAML ({exc})", "yaml_syntax"))
        return None
    if node is None:
        return None
    bad = _unsafe(node, set())
    if bad is not None:
        kind, where = bad
        line = where.start_mark.line + 1
        if kind == "alias":
            problems.append(problem(file, line, "YAML anchors and aliases (& and *) are not allowed in a content pack; write the value out", "yaml_alias"))
        else:
            problems.append(problem(file, line, f"YAML tags such as '{where.tag}' are not allowed in a content pack; write plain values", "yaml_tag"))
        return None
    return _convert(node, file, problems, _Scalars(""))
