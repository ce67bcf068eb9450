"""``ruff check`` (pyflakes rules: undefined names, unused imports) passes over the whole tree.

A lazy import lost in a tidy-up (``return PrintPage(...)`` with nothing imported) passed every test that
never opened that page; pyflakes reports it at once (F821)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_passes():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
