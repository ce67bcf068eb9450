"""What the site-assessment error codes say to a person (``ui/error_messages.py`` loads ``MESSAGES``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

MESSAGES: dict[str, Callable[[], str]] = {
    "sites.photo_damaged": lambda: translate("errors", "A photo is damaged (its file no longer matches what was "
                                             "saved). Open its assessment and add the photo again."),
    "sites.photo_too_large": lambda: translate("errors", "The hub refused a photo as too large. Add it again: the app "
                                               "makes a smaller copy for sync."),
    "sites.hub_keeps_no_photos": lambda: translate("errors", "The hub is not set up to keep photos. Tell the "
                                                   "secretariat; the photos stay on this computer."),
    "sites.photo_unreadable": lambda: translate("errors", "A photo could not be read or saved on this computer. "
                                                "Check that the disk is not full, then sync again."),
    "sites.locked": lambda: translate("errors", "This assessment is finalized and can no longer change. To correct it, "
                                      "revise it: a new version is made and this one stays as it was."),
    "sites.unanswered": lambda: translate("errors", "{count} item(s) are not answered yet: {items}. Answer them (or "
                                          "choose Not applicable), then finalize."),
    "sites.input": lambda: translate("errors", "This value cannot be used. Check what you entered and try again."),
    "sites.bad_coordinates": lambda: translate("errors", "The coordinates are not valid (latitude {lat}, longitude "
                                               "{lon}). Enter decimal degrees, for example 21.0285 and 105.8542, or "
                                               "leave both empty."),
    "sites.unknown_field": lambda: translate("errors", "A site has no field named {fields}."),
    "sites.not_found": lambda: translate("errors", "This site or assessment is not here any more: it may have been "
                                         "deleted. Refresh the list and try again."),
    "sites.no_version": lambda: translate("errors", "This assessment has no version {version} (it has {have})."),
    "sites.bad_checklist": lambda: translate("errors", "There is no checklist '{checklist}'. Choose the factory or the "
                                             "junk-shop checklist."),
    "sites.bad_answer": lambda: translate("errors", "'{answer}' is not an answer. Choose yes, partly, no or not "
                                          "applicable."),
    "sites.unknown_item": lambda: translate("errors", "The checklist of this assessment has no item '{item}'."),
    "sites.action_needs_no": lambda: translate("errors", "A follow-up action belongs to an item answered No or Partly. "
                                               "Answer the item first."),
    "sites.reason_required": lambda: translate("errors", "Say why the assessment is revised: the reason is kept with "
                                               "the new version."),
    "sites.not_latest": lambda: translate("errors", "A newer version of this assessment exists. Open the newest "
                                          "version to revise it."),
    "sites.not_finalized": lambda: translate("errors", "This assessment is still a draft: change it directly, or "
                                             "finalize it first."),
    "sites.bad_photo": lambda: translate("errors", "{file} is not a photo PAN Desktop can read. Choose a JPEG or PNG "
                                         "photo."),
    "sites.photo_too_big": lambda: translate("errors", "{file} is larger than {limit_mb} MB. Choose a smaller photo."),
}


def photo_summary(report) -> str:
    """What the photo part of a sync did or left (a ``core.sites.attachments.AttachmentReport``), in the
    interface language; "" when no photo moved and none is waiting."""
    from pan_desktop.ui.sync.messages import stored_error_text

    if report.cancelled:
        return translate("sites", "Photo sync was stopped as you asked; the other photos travel at the next sync.")
    if report.error:
        return translate("sites", "The records are synced, but the photos could not be: {why}").format(
            why=stored_error_text(report.error, {}))
    if report.failed:
        why = stored_error_text(next(iter(report.failed_codes.values()), "sync.failed"), {})
        return translate("sites", "The records are synced; {count} photo(s) could not be: {why} They are tried again "
                                 "at the next sync.").format(count=len(report.failed), why=why)
    if report.uploaded or report.downloaded:
        return translate("sites", "Photos: {sent} sent, {received} received.").format(
            sent=len(report.uploaded), received=len(report.downloaded))
    return ""
