"""Vietnam's provinces before and after the July 2025 merger (63 -> 34), shipped as data.

A record keeps the place as it was recorded; :func:`place_keys` adds the former and current provinces
it belongs to, so a filter on either name finds it (``Tây Ninh`` finds a project recorded in ``Long An``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pan_desktop.core.text import fold, slug


@dataclass(frozen=True)
class Province:
    code: str
    name_vi: str
    name_en: str
    name_ascii: str
    kind: str  # "province" or "city"


@dataclass(frozen=True)
class FormerProvince(Province):
    current: str


@dataclass(frozen=True)
class CurrentProvince(Province):
    former: tuple[str, ...]


@dataclass(frozen=True)
class ProvinceMap:
    current: dict[str, CurrentProvince]
    former: dict[str, FormerProvince]
    aliases: dict[str, str]  # folded alias -> former code
    effective: str
    source: str


@lru_cache(maxsize=1)
def province_map() -> ProvinceMap:
    """The shipped map, read once."""
    raw = json.loads(resources.files("pan_desktop.core").joinpath("provinces.json").read_text("utf-8"))
    current = {c["code"]: CurrentProvince(c["code"], c["name_vi"], c["name_en"], c["name_ascii"], c["kind"], tuple(c["former"])) for c in raw["current"]}
    former = {f["code"]: FormerProvince(f["code"], f["name_vi"], f["name_en"], f["name_ascii"], f["kind"], f["current"]) for f in raw["former"]}
    aliases = {_key(k): v for k, v in raw["aliases"].items()}
    return ProvinceMap(current, former, aliases, raw["effective"], raw["source"])


def _key(name: str) -> str:
    key = slug(name)
    for prefix in ("thanh-pho-", "tp-", "tinh-"):
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix):]
    return key


def _names(p: Province) -> set[str]:
    return {_key(p.name_vi), _key(p.name_en), _key(p.name_ascii), p.code}


@lru_cache(maxsize=4096)
def resolve(name: str) -> tuple[str | None, str | None]:
    """``(former_code, current_code)`` for a place name in Vietnamese or English, with or without marks.

    A name of a current province gives its current code (and its former code when it kept its name);
    a former province or a known place inside one gives both. Unknown places give ``(None, None)``.
    """
    pm = province_map()
    key = _key(name)
    if not key:
        return None, None
    cur = next((c for c in pm.current.values() if key in _names(c)), None)
    old = next((f for f in pm.former.values() if key in _names(f)), None)
    if old is None and key in pm.aliases:
        old = pm.former[pm.aliases[key]]
    if old is not None and cur is None:
        cur = pm.current[old.current]
    return (old.code if old else None), (cur.code if cur else None)


def place_keys(places: list[str]) -> str:
    """The stored filter key of recorded places: ``|f:long-an|c:tay-ninh|`` (``f`` former, ``c`` current)."""
    keys: list[str] = []
    for place in places:
        old, cur = resolve(place)
        for k in (f"f:{old}" if old else None, f"c:{cur}" if cur else None):
            if k and k not in keys:
                keys.append(k)
        if not old and not cur and fold(place).strip():
            k = f"p:{_key(place)}"
            if k not in keys:
                keys.append(k)
    return "|" + "|".join(keys) + "|" if keys else ""


def filter_key(name: str) -> str:
    """The key a filter on ``name`` matches: current province first, else former, else the place itself.

    Filtering on a current province finds every record in the provinces merged into it; filtering on
    a former one finds records recorded there.
    """
    old, cur = resolve(name)
    if cur and (not old or key_is_current(name)):
        return f"|c:{cur}|"
    if old:
        return f"|f:{old}|"
    return f"|p:{_key(name)}|"


def key_is_current(name: str) -> bool:
    key = _key(name)
    return any(key in _names(c) for c in province_map().current.values())


def display_name(code: str, lang: str = "vi") -> str:
    """A province's name in ``lang``, current or former, for labels."""
    pm = province_map()
    p = pm.current.get(code) or pm.former.get(code)
    if p is None:
        return code
    return p.name_vi if lang == "vi" else p.name_en


def describe(place: str, lang: str = "vi") -> str:
    """``Long An (nay thuộc Tây Ninh)`` when a recorded place now belongs to a differently named province."""
    _old, cur = resolve(place)
    if not cur or key_is_current(place):
        return place
    now = province_map().current[cur]
    if lang == "vi":
        return f"{place} (nay thuộc {now.name_vi})"
    return f"{place} (now {now.name_en})"
