"""Fixtures for sync tests: a real hub on loopback and devices (data dirs) enrolled with it."""

from __future__ import annotations

import pytest

from tests.sync.hubserver import HubServer
from tests.sync.oracle import Network


@pytest.fixture
def hub(tmp_path):
    server = HubServer(tmp_path / "hub.db").start()
    yield server
    server.stop()


@pytest.fixture
def network(hub, tmp_path, data_dir):
    net = Network(hub, tmp_path, data_dir)
    yield net
    net.close()
