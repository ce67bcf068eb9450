"""Offline enrolment tests use the sync tests' real hub on loopback and their network of devices."""

from tests.sync.conftest import _module_hub, fresh_hub, hub, network  # noqa: F401 - fixtures
