"""What the training area's error codes say to a person (``ui/error_messages.py`` loads ``MESSAGES``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

MESSAGES: dict[str, Callable[[], str]] = {
    "training.no_session": lambda: translate("errors", "This training session no longer exists (it may have been "
                                             "deleted on another computer). Choose another session."),
    "training.no_participant": lambda: translate("errors", "This participant no longer exists (they may have been "
                                                 "erased). Reload the session."),
    "training.no_record": lambda: translate("errors", "This record no longer exists. Reload the session."),
    "training.not_enrolled": lambda: translate("errors", "This person is not enrolled in the session. Add them to "
                                               "the session first."),
    "training.bad_result": lambda: translate("errors", "Only attendance, pre-test, post-test and oral test can be "
                                             "recorded for a participant."),
    "training.nothing_to_set": lambda: translate("errors", "Nothing to record: give attendance or a score."),
    "training.import.no_name": lambda: translate("errors", "No column holds the participants' names. Name the first "
                                                 "column 'Họ và tên'."),
    "training.no_module": lambda: translate("errors", "This session names no training module. Choose its module "
                                            "first, then print the sheet."),
    "print.test_form": lambda: translate("errors", "Choose the pre-test or the post-test."),
    "print.no_checks": lambda: translate("errors", "This module has no knowledge checks, so no test can be printed "
                                         "from it."),
    "training.no_certificates": lambda: translate("errors", "No participant of this session has a certificate due: "
                                                  "record attendance and post-test scores first."),
    "certificate.invalid": lambda: translate("errors", "This certificate could not be verified."),
    "certificate.malformed": lambda: translate("errors", "This is not a PAN certificate code. Scan the QR code on the "
                                               "certificate again."),
    "certificate.tampered": lambda: translate("errors", "This certificate was changed after it was issued: it is not "
                                              "valid."),
    "certificate.unknown_issuer": lambda: translate("errors", "The computer that issued this certificate is not "
                                                    "vouched for by a hub this computer knows: it cannot be trusted."),
    "value.not_number": lambda: translate("errors", "It must be a number."),
    "value.out_of_range": lambda: translate("errors", "It must be between {low} and {high}."),
    "value.bad_fraction": lambda: translate("errors", "'{value}' is not a number of correct answers out of a total "
                                            "(for example 7/10)."),
    "training.oral_answers": lambda: translate("errors", "Record one answer for each of the {expected} questions."),
    "training.oral_choice": lambda: translate("errors", "An answer is not one of the question's choices. Choose it "
                                              "again."),
}
