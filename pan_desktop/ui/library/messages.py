"""Words for the content area's error codes (pan_desktop/core/content), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

MESSAGES = {
    "content.downgrade": lambda: translate("errors", "{pack} {installed} is installed, newer than {offered}. Nothing was "
                                           "changed. To go back to an older version, remove the pack first."),
    "content.remove_bundled": lambda: translate("errors", "This pack came with PAN Desktop and cannot be removed: it "
                                                "would come back at the next start. Nothing was changed."),
    "content.busy": lambda: translate("errors", "Another content update or installation is running on this computer. "
                                      "Wait for it to finish and try again."),
    "content.no_root": lambda: translate("errors", "PAN Desktop cannot check PAN's signatures: a file of the app is "
                                         "missing. Reinstall PAN Desktop."),
    "content.no_source": lambda: translate("errors", "This computer is not enrolled with a hub. Enrol it on the Sync page, "
                                           "or update from a folder (a USB stick from the secretariat)."),
    "content.bad_source": lambda: translate("errors", "This folder does not hold PAN's content. Choose the folder that "
                                            "the secretariat exported (it has a folder named metadata inside)."),
    "content.untrusted": lambda: translate("errors", "The update was refused: its signatures do not check out. Nothing "
                                           "was installed or changed. Tell your secretariat."),
    "content.bad_signature": lambda: translate("errors", "The update was refused: it is not signed by PAN. Nothing was "
                                               "installed or changed. Tell your secretariat where it came from."),
    "content.rollback": lambda: translate("errors", "The update was refused: it is older than what this computer has "
                                          "already seen, or mixed from different publications. Nothing was installed "
                                          "or changed."),
    "content.expired": lambda: translate("errors", "The hub's signed list of content has expired, so it cannot prove "
                                         "it is current. Nothing was installed. Tell your secretariat; a USB copy can "
                                         "still be installed."),
    "content.tampered": lambda: translate("errors", "A file was changed on the way and does not match PAN's signature. "
                                          "It was not installed; try again, or ask for a new copy."),
    "content.too_long": lambda: translate("errors", "A file is larger than PAN signed it to be, so it was changed on "
                                          "the way. It was not installed; try again, or ask for a new copy."),
    "content.stalled": lambda: translate("errors", "The download stopped or was too slow. What arrived is kept: try "
                                         "again later and it continues where it stopped."),
    "content.no_repository": lambda: translate("errors", "No PAN content was found there. Check the hub's address, or "
                                               "that the whole folder was copied to the USB stick."),
    "content.unreachable": lambda: translate("errors", "The hub could not be reached, or the connection broke. Nothing "
                                             "was installed; try again when you are connected."),
    "content.bad_pack": lambda: translate("errors", "A pack does not pass the checks every pack must pass. It was not "
                                          "installed; tell your secretariat."),
    "content.not_a_pack": lambda: translate("errors", "The hub offers a file that is not a content pack; it was left "
                                            "alone."),
    "content.unsigned": lambda: translate("errors", "Nothing proves this pack comes from PAN. Install it only if you "
                                          "trust where it came from."),
    "content.is_repository": lambda: translate("errors", "This folder holds PAN's signed content, not a single pack: "
                                               "use Update content, From a folder."),
}
