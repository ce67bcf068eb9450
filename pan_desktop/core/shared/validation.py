"""Turn what a person typed (or a file held) into clean stored values, or say exactly what is wrong."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from pan_desktop.core.errors import Problem, ValidationError
from pan_desktop.core.ids import normalise_id
from pan_desktop.core.shared.schema import LIST_ITEM_MAX, LIST_MAX_ITEMS, FieldSpec, TableSpec
from pan_desktop.core.text import clean_text
from pan_desktop.core.vocab import match_term

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_TRUE = {"1", "true", "yes", "y", "x", "có", "co", "đúng", "dung"}
_FALSE = {"0", "false", "no", "n", "", "không", "khong", "sai"}


class FieldError(ValueError):
    """A bad value: an English message plus a stable ``code`` and ``params`` for other languages."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message)
        self.code = code
        self.params = params


def parse_partial_date(text: str) -> str:
    """``2019``, ``2019-03`` or ``2019-03-01`` (zero-padded on output); ValueError with the reason."""
    m = _DATE.match(text.strip())
    if not m:
        raise FieldError("bad_date", "use YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    if not 1900 <= year <= 2100:
        raise FieldError("bad_year", "year must be between 1900 and 2100")
    if m.group(2) is None:
        return f"{year:04d}"
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise FieldError("bad_month", "month must be 01 to 12")
    if m.group(3) is None:
        return f"{year:04d}-{month:02d}"
    day = int(m.group(3))
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise FieldError("bad_day", f"{year:04d}-{month:02d} has no day {day}", month=f"{year:04d}-{month:02d}", day=day)
    return f"{year:04d}-{month:02d}-{day:02d}"


def split_list_text(text: str) -> list[str]:
    """Split ``a; b; c`` on semicolons; ``\\;`` is a semicolon inside an item, ``\\\\`` a backslash."""
    items, current, chars = [], [], iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            current.append(nxt if nxt in (";", "\\") else ch + nxt)
        elif ch == ";":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return items


def join_list_text(items: list[str]) -> str:
    """The inverse of :func:`split_list_text`."""
    return "; ".join(i.replace("\\", "\\\\").replace(";", "\\;") for i in items)


def _split_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return split_list_text(value)
    if isinstance(value, (list, tuple)):
        if not all(isinstance(v, str) for v in value):
            raise FieldError("not_text", "every item must be text")
        return list(value)
    raise FieldError("not_list", "must be a list of texts or texts separated by ';'")


def clean_field(spec: FieldSpec, value: Any) -> Any:
    """The stored form of one value; ValueError with a short English reason."""
    if spec.kind in ("text", "longtext"):
        if value is None:
            return ""
        if not isinstance(value, str):
            raise FieldError("not_text", "must be text")
        text = clean_text(value)
        if spec.kind == "text":
            text = " ".join(text.split())
        if len(text) > spec.max_len:
            raise FieldError("too_long", f"is {len(text):,} characters long; the limit is {spec.max_len:,}", length=len(text), limit=spec.max_len)
        return text
    if spec.kind == "list":
        items: list[str] = []
        for raw in _split_list([] if value is None else value):
            item = " ".join(clean_text(raw).split())
            if not item:
                continue
            if len(item) > LIST_ITEM_MAX:
                raise FieldError("item_too_long", f"an item is {len(item):,} characters long; the limit is {LIST_ITEM_MAX}", length=len(item), limit=LIST_ITEM_MAX)
            if spec.terms is not None:
                item = match_term(spec.terms, item) or item
            if item not in items:
                items.append(item)
        if len(items) > LIST_MAX_ITEMS:
            raise FieldError("too_many", f"has {len(items)} items; the limit is {LIST_MAX_ITEMS}", count=len(items), limit=LIST_MAX_ITEMS)
        return items
    if spec.kind == "date":
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise FieldError("bad_date", "must be a date as YYYY, YYYY-MM or YYYY-MM-DD")
        return parse_partial_date(value)
    if spec.kind == "choice":
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        if not isinstance(value, str):
            raise FieldError("not_text", "must be text")
        code = match_term(spec.terms or {}, value)
        if code is None:
            allowed = ", ".join(spec.terms or {})
            raise FieldError("bad_choice", f"'{value.strip()[:60]}' is not one of: {allowed}", value=value.strip()[:60], allowed=allowed)
        return code
    if spec.kind == "bool":
        if isinstance(value, bool):
            return value
        if value is None:
            return False
        key = str(value).strip().lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise FieldError("bad_bool", "must be yes or no")
    if spec.kind == "number":
        return _clean_number(spec, value)
    if spec.kind == "ids":
        ids = []
        for raw in _split_list([] if value is None else value):
            if raw.strip():
                try:
                    ids.append(normalise_id(raw))
                except ValueError:
                    raise FieldError("bad_id", f"'{raw.strip()[:40]}' is not a record id", value=raw.strip()[:40]) from None
        return list(dict.fromkeys(ids))
    raise AssertionError(f"unknown field kind {spec.kind}")


def _clean_number(spec: FieldSpec, value: Any) -> float | int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise FieldError("not_number", "must be a number")
    try:
        number = float(value.strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise FieldError("not_number", "must be a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise FieldError("not_number", "must be a number")
    low, high = spec.low, spec.high
    if (low is not None and number < low) or (high is not None and number > high):
        raise FieldError("out_of_range", f"must be between {low:g} and {high:g}", low=low, high=high)
    number = round(number, 1)
    return int(number) if number.is_integer() else number


def clean_values(table: TableSpec, raw: dict[str, Any], current: dict[str, Any] | None = None) -> dict[str, Any]:
    """Clean every field in ``raw``; ``current`` is the stored record for an update (None to create).

    Raises ValidationError naming each field and its problem: unknown fields, bad values, no title,
    an end before the start.
    """
    problems: list[Problem] = []
    cleaned: dict[str, Any] = {}
    known = set(table.names)
    for name, value in raw.items():
        if name not in known:
            problems.append(Problem(name, "unknown_field", "is not a field of " + table.plural_en.lower()))
            continue
        try:
            cleaned[name] = clean_field(table.field(name), value)
        except FieldError as exc:
            problems.append(Problem(name, exc.code, str(exc), exc.params))
    merged = {**(current or {}), **cleaned}
    vi, en = table.title_fields
    if not merged.get(vi) and not merged.get(en) and not any(p.field in (vi, en) for p in problems):
        problems.append(Problem(vi, "required", "a title in Vietnamese or English is required"))
    if table.date_fields and table.date_fields[0] != table.date_fields[1]:
        start, end = (merged.get(n) for n in table.date_fields)
        if start and end and end < start[: len(end)]:
            problems.append(Problem(table.date_fields[1], "end_before_start", f"ends ({end}) before it starts ({start})"))
    if problems:
        raise ValidationError(problems)
    return cleaned
