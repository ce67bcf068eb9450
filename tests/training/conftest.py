"""The training tests use the sync fixtures (a real hub on 127.0.0.1, enrolled devices)."""

from tests.sync.conftest import _module_hub, fresh_hub, hub, network  # noqa: F401
