"""Fixtures of the hub-trust tests: the sync tests' real hub on loopback, and an impostor beside it."""

from tests.sync.conftest import _module_hub, hub, network  # noqa: F401 - fixtures shared with tests/sync
