"""Headless commands of ``pan-desktop``: one module per area, each with ``register(subparsers)``.

A handler is ``fn(args, ctx) -> int`` (the exit code); it prints results to stdout and lets
:class:`~pan_desktop.core.errors.PanError` propagate, which ``cli.main`` reports on stderr.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any


@dataclass
class CommandContext:
    """What a command may use: the data dir and, opened on first use, the services."""

    data_dir: Path
    _opened: list = field(default_factory=list)

    @cached_property
    def services(self):
        from pan_desktop.core.services import Services

        svc = Services.open(self.data_dir)
        self._opened.append(svc)
        return svc

    def close(self) -> None:
        for svc in self._opened:
            svc.close()


def print_json(value: Any) -> None:
    """JSON on stdout, UTF-8, not ASCII-escaped (Vietnamese stays readable)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
