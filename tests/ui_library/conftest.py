from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def _installed_content(tmp_path_factory):
    """The bundled packs installed once per session; tests copy the folder."""
    from pan_desktop.core.content import install_bundled

    base = tmp_path_factory.mktemp("library")
    install_bundled(base)
    return base / "content"


@pytest.fixture
def ctx(qtbot, services, data_dir, _installed_content):
    """An AppContext over a data dir holding the six bundled packs (English UI unless a test switches)."""
    from pan_desktop.ui.context import AppContext, ChangeBridge
    from pan_desktop.ui.i18n import Translation
    from pan_desktop.ui.workers import Pools

    shutil.copytree(_installed_content, data_dir / "content")
    translation = Translation(data_dir / "cache")
    context = AppContext(services, Pools(), translation, ChangeBridge(services), data_dir)
    yield context
    context.pools.wait()
    context.bridge.close()
