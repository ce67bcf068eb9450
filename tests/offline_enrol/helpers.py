"""A device that never connects: any attempt to reach the hub fails the test."""

from __future__ import annotations

from pathlib import Path

from pan_desktop.core.sync.offline_enrol import OfflineEnrolment
from pan_desktop.hub.enrol_file import enrol_from_file


def no_network(url: str):
    raise AssertionError(f"the offline device tried to reach {url}")


def offline_device(network, name: str):
    return network.device(name, None, client_factory=no_network, enrol=False)


def enrol_by_files(network, device, code: str, tmp: Path, hub_url: str = ""):
    """Request → hub → reply → accept; returns the device's accept report."""
    request, reply = tmp / f"{device.name}-request.panenrol", tmp / f"{device.name}-reply.panenrol"
    OfflineEnrolment(device.engine).write_request(code, request, device.name)
    enrol_from_file(network.hub.store, request, reply, hub_url)
    return OfflineEnrolment(device.engine).accept_reply(reply)
