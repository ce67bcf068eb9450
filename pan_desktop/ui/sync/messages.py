"""What the sync area's error codes say to a person (``ui/error_messages.py`` loads ``MESSAGES``), and
where a stopped sync stood, in the interface language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pan_desktop.core.sync.status import Stage

translate = QCoreApplication.translate

MESSAGES: dict[str, Callable[[], str]] = {
    "sync.failed": lambda: translate("errors", "Sync could not finish. Nothing was lost: your edits stay on this "
                                     "computer. Try again; if it keeps happening, tell the secretariat."),
    "sync.unreachable": lambda: translate("errors", "The hub could not be reached. Check the Internet connection "
                                          "and sync again later; your edits stay on this computer until then."),
    "sync.unreachable.name": lambda: translate("errors", "The hub's address could not be found. Check that this "
                                               "computer is connected to the Internet and that the hub address "
                                               "is typed right; your edits stay on this computer."),
    "sync.unreachable.refused": lambda: translate("errors", "Nothing answers at the hub's address: the hub may be "
                                                  "stopped for maintenance. Sync again later; if it lasts, tell "
                                                  "the secretariat. Your edits stay on this computer."),
    "sync.unreachable.timeout": lambda: translate("errors", "The hub took too long to answer; the connection is "
                                                  "probably slow. Sync again later, on a better connection if "
                                                  "you can. Your edits stay on this computer."),
    "sync.unreachable.tls": lambda: translate("errors", "The hub's security certificate could not be checked. "
                                              "Check this computer's date and time; a public Wi-Fi may also ask "
                                              "you to sign in first in the web browser."),
    "sync.unreachable.network": lambda: translate("errors", "This computer has no network connection. Connect to "
                                                  "the Internet and sync again; your edits stay on this "
                                                  "computer."),
    "sync.refused": lambda: translate("errors", "The hub refused the request. Sync again later; if it keeps "
                                      "happening, tell the secretariat."),
    "sync.revoked": lambda: translate("errors", "The secretariat has withdrawn this computer's access to the hub. "
                                      "Ask them for a new invite code."),
    "sync.bad_invite": lambda: translate("errors", "This invite code is unknown, has expired or was already used. "
                                         "Ask the secretariat for a new one."),
    "sync.unknown_device": lambda: translate("errors", "The hub does not know this computer. Join again on the "
                                             "Sync page with a new invite code from the secretariat."),
    "sync.too_large": lambda: translate("errors", "The hub could not take even one of the edits waiting here. "
                                        "Tell the secretariat; your edits stay on this computer."),
    "sync.deletions_held": lambda: translate("errors", "Sync stopped before deleting anything: the network's changes "
                                             "would delete {deleting} of the {live} records on this computer. If "
                                             "that is expected, sync again and apply the deletions; otherwise ask "
                                             "the secretariat first."),
    "sync.busy": lambda: translate("errors", "A sync is already running on this computer. Wait for it to finish."),
    "sync.untrusted": lambda: translate("errors", "The hub's answer could not be trusted. Check the hub address "
                                        "with the secretariat."),
    "sync.hub_unverified": lambda: translate("errors", "The hub could not be verified: the answer did not come from "
                                             "the hub this computer joined, so nothing of it was used. Your edits "
                                             "stay on this computer. A public Wi-Fi may ask you to sign in first; "
                                             "otherwise check the hub address with the secretariat."),
    "sync.insecure_address": lambda: translate("errors", "This hub address is not protected (it starts with http://). "
                                               "Ask the secretariat for the address that starts with https://."),
    "sync.bad_address": lambda: translate("errors", "This is not a hub address. It looks like "
                                          "https://hub.example.org; ask the secretariat for it."),
    "sync.device_revoked": lambda: translate("errors", "The secretariat withdrew this computer's access, so its "
                                             "old invite code no longer works. Ask the secretariat for a new invite "
                                             "code and join again."),
    "sync.device_taken": lambda: translate("errors", "The hub already knows another computer under this "
                                           "computer's name. Ask the secretariat for a new invite code."),
    "sync.cert_expired": lambda: translate("errors", "This computer's permission to sync has expired because it "
                                           "did not sync for a long time. Ask the secretariat for a new invite "
                                           "code and join again."),
    "sync.enrol_file_unknown": lambda: translate("errors", "The file {name} is not an enrolment file of the kind "
                                                 "expected here. Choose the reply file the secretariat sent for "
                                                 "this computer."),
    "sync.enrol_file_tampered": lambda: translate("errors", "The file {name} was changed after it was signed, so it "
                                                  "cannot be trusted and nothing was changed. Ask the secretariat "
                                                  "for a new reply."),
    "sync.enrol_reply_other": lambda: translate("errors", "The file {name} answers another computer's request, or an "
                                                "older request of this computer. Nothing was changed; use the "
                                                "reply to the latest request made here."),
    "sync.enrol_no_request": lambda: translate("errors", "This computer has no request to join waiting for a reply. "
                                               "First make a request file and take it to the secretariat."),
    "sync.no_address": lambda: translate("errors", "This computer joined the hub by file and does not know the "
                                         "hub's address, so it syncs by USB only. Ask the secretariat for the hub "
                                         "address when this computer can connect."),
    "sync.not_enrolled": lambda: translate("errors", "This computer has not joined the network's hub yet. On the "
                                           "Sync page, type the invite code from the secretariat and choose "
                                           "Join."),
    "sync.too_long": lambda: translate("errors", "Sync took too long and was stopped. What was already exchanged "
                                       "is kept; sync again to go on."),
    "sync.stalled": lambda: translate("errors", "Sync stopped: the hub answered several times without anything "
                                      "moving. Your edits are kept here; try again later or tell the secretariat."),
    "sync.bad_choice": lambda: translate("errors", "Choose Keep, Use other or Edit to settle this conflict."),
    "sync.no_conflict": lambda: translate("errors", "This conflict is not here any more. The list has been "
                                          "refreshed."),
    "sync.already_resolved": lambda: translate("errors", "This conflict was already settled; nothing to do."),
    "sync.bad_value": lambda: translate("errors", "That value cannot be stored in this field. Check it and try "
                                        "again."),
    "sync.record_missing": lambda: translate("errors", "The record of this conflict is not on this computer yet. "
                                             "Sync first, then settle the conflict."),
    "sync.no_refused_edit": lambda: translate("errors", "This refused edit is not waiting any more. The list has "
                                              "been refreshed."),
    # USB sync packs (.pansync): nothing is imported from a refused file.
    "usb.damaged": lambda: translate("errors", "This sync file is damaged and cannot be read; nothing was imported. "
                                     "Copy it from the USB stick again, or ask for a new one."),
    "usb.not_a_pack": lambda: translate("errors", "This file is not a PAN sync file (.pansync), or it is damaged; "
                                        "nothing was imported. Copy it from the USB stick again."),
    "usb.no_file": lambda: translate("errors", "The file {file} is not there any more. Check that the USB stick is "
                                     "plugged in and choose the file again."),
    "usb.tampered": lambda: translate("errors", "This sync file was changed after it was made, or was not made by "
                                      "the hub; nothing was imported. Ask the hub for a new file."),
    "usb.wrong_recipient": lambda: translate("errors", "This sync file was made for another computer; nothing was "
                                             "imported. Ask the hub for a file made for this computer."),
    "usb.wrong_kind_down": lambda: translate("errors", "This is a file for the hub (made by Export for USB), not "
                                             "one from the hub; nothing was imported. Take it to the hub."),
    "usb.wrong_kind_up": lambda: translate("errors", "This is a file from the hub; import it on the computer it "
                                           "was made for."),
    "usb.other_hub": lambda: translate("errors", "This sync file comes from another hub than the one this computer "
                                       "belongs to; nothing was imported."),
    "usb.stale": lambda: translate("errors", "This sync file is older than one already imported here; nothing was "
                                   "imported. Use the newest file from the hub."),
    "usb.too_large": lambda: translate("errors", "This sync file is too large to import; nothing was imported. "
                                       "Tell the secretariat."),
    "usb.unknown_sender": lambda: translate("errors", "The hub does not know the computer that made this file."),
    "usb.revoked": lambda: translate("errors", "The computer that made this file no longer has access to the "
                                     "network; nothing was imported."),
    "usb.unknown_device": lambda: translate("errors", "The hub does not know this computer."),
}


def stage_text(stage: str) -> str:
    """Where a sync stopped, as a phrase ('while sending edits')."""
    return {
        Stage.ENROL: translate("sync", "while joining the hub"),
        Stage.PUSH: translate("sync", "while sending this computer's edits"),
        Stage.PULL: translate("sync", "while receiving the network's changes"),
        Stage.APPLY: translate("sync", "while saving the received changes"),
        Stage.VERIFY: translate("sync", "while checking this computer's copy against the hub"),
    }.get(stage, translate("sync", "before it started"))


def refusal_text(reason: str, result: str = "") -> str:
    """Why the hub refused an edit, in the interface language. The hub words its reasons in English for
    its log; the kinds a person can act on are recognised here, the rest say only that it refused."""
    r = (reason or "").lower()
    if result == "mismatch" or "different edit with this number" in r or "refused with its batch" in r:
        return translate("sync", "The hub already has a different edit with the same number. Was this computer "
                                 "restored from a backup? Tell the secretariat.")
    if "may read but not change" in r:
        return translate("sync", "This computer may only view records (viewer role). Ask the secretariat for "
                                 "contributor access.")
    if "belongs to" in r and ("organisation" in r or "public records" in r):
        return translate("sync", "This record belongs to another organisation or to the network; only its "
                                 "members or the secretariat can change it.")
    if "is not on the hub" in r:
        return translate("sync", "The record is not on the hub: its creation never arrived there.")
    if r.startswith("field ") or "unknown field" in r:
        return translate("sync", "A value in this edit cannot be stored. Check it, then send it again.")
    return translate("sync", "The hub refused this edit.")


def kind_text(kind: str) -> str:
    """What kind of edit it was."""
    return {"create": translate("sync", "New record"), "update": translate("sync", "Change"),
            "delete": translate("sync", "Deletion"), "resolve": translate("sync", "Conflict settled")}.get(
        kind, translate("sync", "Change"))


def who_text(who: str) -> str:
    """A person's name, or words for an edit made on a computer whose person gave no name."""
    import re

    if not who or re.fullmatch(r"[0-9a-f]{12}", who):
        return translate("sync", "another computer")
    return who


def stored_error_text(code: str, params: dict) -> str:
    """The words of an error stored by code and params (the last sync's), as ``message_for`` says a raised one."""
    from pan_desktop.core.errors import PanError
    from pan_desktop.ui.error_messages import message_for

    return message_for(PanError("", code=code or "error", **params))
