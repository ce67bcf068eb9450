"""What ``sync now`` adds about content: the updates the enrolled hub offers and their download size,
shown before anything is downloaded (``pan-desktop content update`` installs them)."""

from __future__ import annotations

from typing import Any

from pan_desktop.core.errors import PanError


def content_offers(services) -> dict[str, Any]:
    """``{"updates": [{"id", "version", "installed_version", "bytes"}], "download_bytes"}``, or
    ``{"error": code, "reason"}`` when the hub's content could not be checked (the record sync stands)."""
    from pan_desktop.core.content.updates import check_enrolled_hub

    try:
        check = check_enrolled_hub(services)
    except PanError as exc:
        return {"error": exc.code, "reason": str(exc)}
    if check is None:
        return {"updates": [], "download_bytes": 0}
    return {"updates": [{"id": o.id, "version": o.version, "installed_version": o.installed_version,
                         "bytes": o.missing_bytes} for o in check.offers],
            "download_bytes": check.download_bytes}


def describe(offers: dict[str, Any]) -> str:
    """One line for the terminal."""
    if "error" in offers:
        return f"content updates could not be checked: {offers['reason']}"
    if not offers["updates"]:
        return "content: up to date"
    names = ", ".join(f"{u['id']} {u['version']}" for u in offers["updates"])
    return (f"content updates available: {names} — {offers['download_bytes']} bytes to download; "
            "install them with: pan-desktop content update")
