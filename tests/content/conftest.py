from __future__ import annotations

import pytest

from tests.content.packbuilder import make_pack


@pytest.fixture
def good_pack(tmp_path):
    """A valid two-lesson module in a fresh folder."""
    return make_pack(tmp_path / "src" / "test-pack")
