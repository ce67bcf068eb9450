"""``pan-desktop settings show [--json]`` and ``pan-desktop settings set KEY=VALUE ...``: the person's name,
the organisation printed on handouts, checklists and certificates (name, logo, signatories) and the
interface language, stored in ``settings.json`` in the data folder."""

from __future__ import annotations

import argparse
import unicodedata
from dataclasses import asdict, replace
from pathlib import Path

from pan_desktop.commands import CommandContext, print_json
from pan_desktop.core.errors import Problem, ValidationError
from pan_desktop.core.settings import Settings

# Key -> (what it is, longest value). The order is the order ``show`` prints them in.
KEYS: dict[str, tuple[str, int]] = {
    "user_name": ("your name, recorded with your edits", 200),
    "org_name": ("the organisation printed on handouts, checklists and certificates", 300),
    "org_logo": ("a PNG or JPEG file with the organisation's logo", 1000),
    "signatory_1": ("the first name printed under a signature line of certificates", 200),
    "signatory_2": ("the second name printed under a signature line of certificates", 200),
    "language": ("the interface language: vi or en", 2),
}
LANGUAGES = ("vi", "en")
LOGO_FORMATS = ("PNG", "JPEG")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="show or change your name, your organisation (printed on handouts and "
                                        "certificates) and the language")
    inner = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    q = inner.add_parser("show", help="show the settings")
    q.add_argument("--json", action="store_true", help="print them as JSON")
    q.set_defaults(func=cmd_show)
    q = inner.add_parser("set", help="change settings: KEY=VALUE (an empty VALUE clears it); keys: " + ", ".join(KEYS))
    q.add_argument("pairs", nargs="+", metavar="KEY=VALUE")
    q.add_argument("--json", action="store_true", help="print the settings as JSON afterwards")
    q.set_defaults(func=cmd_set)


def cmd_show(args, ctx: CommandContext) -> int:
    _print(Settings.load(ctx.data_dir), args.json)
    return 0


def cmd_set(args, ctx: CommandContext) -> int:
    current = Settings.load(ctx.data_dir)
    changes = parse_pairs(args.pairs)
    updated = replace(current, **changes)
    updated.save(ctx.data_dir)
    _print(updated, args.json)
    return 0


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """``KEY=VALUE`` strings as checked values; ValidationError lists every bad one (nothing is saved)."""
    values: dict[str, str] = {}
    problems: list[Problem] = []
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or key not in KEYS:
            problems.append(Problem(key or pair, "unknown_key", f"'{key or pair}' is not a setting; write KEY=VALUE "
                                    f"with one of the keys {', '.join(KEYS)}", {"known": ", ".join(KEYS)}))
            continue
        try:
            values[key] = check_value(key, raw)
        except ValueError as exc:
            problems.append(Problem(key, "invalid", str(exc)))
    if problems:
        raise ValidationError(problems)
    return values


def check_value(key: str, raw: str) -> str:
    """The value to store for ``key``; ValueError says what is wrong with ``raw``."""
    value = "".join(c for c in unicodedata.normalize("NFC", raw) if unicodedata.category(c)[0] != "C").strip()
    limit = KEYS[key][1]
    if key == "language":
        if value not in LANGUAGES:
            raise ValueError(f"the language must be vi or en, not '{value}'")
        return value
    if key == "org_logo":
        return check_logo(value) if value else ""
    if len(value) > limit:
        raise ValueError(f"is longer than {limit} characters")
    return value


def check_logo(value: str) -> str:
    """The absolute path of a readable PNG or JPEG image; ValueError says why it cannot be the logo."""
    path = Path(value).expanduser()
    try:
        path = path.resolve()
    except (OSError, RuntimeError):
        raise ValueError(f"the logo path '{value}' cannot be used") from None
    if not path.is_file():
        raise ValueError(f"the logo file {path} does not exist")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            kind = img.format
            img.verify()
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError) as exc:
        raise ValueError(f"the logo file {path} is not a readable image ({exc.__class__.__name__}); "
                         "choose a PNG or JPEG file") from None
    if kind not in LOGO_FORMATS:
        raise ValueError(f"the logo file {path} is a {kind} image; choose a PNG or JPEG file")
    return str(path)


def _print(settings: Settings, as_json: bool) -> None:
    values = asdict(settings)
    if as_json:
        print_json(values)
        return
    for key in KEYS:
        print(f"{key} = {values[key]}")
