"""Fixtures for sync tests: a real hub on loopback and devices (data dirs) enrolled with it.

One hub server runs per test module and is emptied before each test (``hub``); a test that restarts
or replaces the hub's database uses ``fresh_hub`` instead.
"""

from __future__ import annotations

import pytest

from tests.sync.hubserver import HubServer
from tests.sync.oracle import Network


@pytest.fixture(scope="module")
def _module_hub(tmp_path_factory):
    server = HubServer(tmp_path_factory.mktemp("hub") / "hub.db").start()
    yield server
    server.stop()


@pytest.fixture
def hub(_module_hub):
    _module_hub.reset()
    return _module_hub


@pytest.fixture
def fresh_hub(tmp_path):
    server = HubServer(tmp_path / "hub.db").start()
    yield server
    server.stop()


@pytest.fixture
def network(hub, tmp_path, data_dir):
    net = Network(hub, tmp_path, data_dir)
    yield net
    net.close()
