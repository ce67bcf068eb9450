"""One door to every printable for the CLI and the Print page: a :class:`PrintJob` names what to print
and :func:`run_job` finds the record or pack and writes the PDF. Runs on a worker in the UI."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from pan_desktop.core.errors import NotFound, Problem, ValidationError
from typing import TYPE_CHECKING

from pan_desktop.core.printing.options import PrintOptions

if TYPE_CHECKING:  # ReportLab loads only when something is printed (it costs ~200 ms at start-up)
    from pan_desktop.core.printing.document import PrintResult, ProgressFn

log = logging.getLogger(__name__)
# kind -> what it needs: "module" / "guideline" (a content pack), "initiative" / "policy" (a record), "month".
KINDS: dict[str, str] = {
    "handout": "pack", "booklet": "pack", "checklist": "guideline", "factsheet": "initiative",
    "brief": "policy", "attendance": "pack", "certificates": "pack", "newsletter": "month",
}
SITES = ("factory", "junk-shop")


@dataclass(frozen=True)
class PrintJob:
    """What to print: ``kind`` (a key of :data:`KINDS`), ``target`` (pack id, record id or YYYY-MM),
    the options, and for some kinds ``site`` (checklist), ``names`` (certificates CSV), ``rows`` (attendance),
    ``edition`` (handout and booklet: ``participant`` or ``facilitator``)."""

    kind: str
    target: str
    options: PrintOptions = field(default_factory=PrintOptions)
    site: str = "factory"
    names: str = ""
    rows: int = 0
    session_date: str = ""  # certificates: the training date (YYYY-MM-DD), default the print date
    edition: str = "participant"


def library(services):
    from pan_desktop.core.content import Library

    return Library(Path(services.data_dir))


def get_pack(services, pack_id: str):
    """An installed pack by id, else the bundled one; NotFound says how to see which exist."""
    from pan_desktop.core.paths import training_modules_dir
    from pan_desktop.core.content import load_pack

    try:
        return library(services).get(pack_id)
    except NotFound:
        bundled = training_modules_dir() / pack_id
        if pack_id and "/" not in pack_id and "\\" not in pack_id and (bundled / "pack.yaml").is_file():
            return load_pack(bundled)
    raise NotFound(f"No content pack '{pack_id}' is installed. See the installed ones with "
                   "'pan-desktop content list', or install one first.")


def available_packs(services) -> list:
    """Installed packs plus bundled ones not installed, sorted by id (bundled packs that fail to load are skipped)."""
    from pan_desktop.core.paths import training_modules_dir
    from pan_desktop.core.content import load_pack

    packs = {p.id: p for p in library(services).installed()}
    root = training_modules_dir()
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if folder.name not in packs and (folder / "pack.yaml").is_file():
            try:
                packs[folder.name] = load_pack(folder)
            except Exception as exc:  # noqa: BLE001 - a broken bundled pack must not hide the others
                log.warning("bundled pack %s not loadable: %s", folder.name, exc)
    return [packs[k] for k in sorted(packs)]


def run_job(services, job: PrintJob, out: Path | str, progress: ProgressFn | None = None) -> PrintResult:
    """Write the PDF for ``job`` to ``out`` (via ``out.partial``); raises PanError for anything a person can fix."""
    if job.kind not in KINDS:
        raise ValidationError([Problem("kind", "invalid", f"unknown printable '{job.kind}'; choose one of {', '.join(KINDS)}")])
    opts = job.options
    if job.kind in ("handout", "booklet"):
        pack = get_pack(services, job.target)
        if job.kind == "booklet":
            from pan_desktop.core.printing.booklet import build_booklet

            return build_booklet(pack, out, opts, progress, job.edition)
        from pan_desktop.core.printing.handout import build_handout

        return build_handout(pack, out, opts, progress, job.edition)
    if job.kind == "checklist":
        if job.site not in SITES:
            raise ValidationError([Problem("site", "invalid", f"site must be one of {', '.join(SITES)}")])
        from pan_desktop.core.printing.checklist import build_checklist

        return build_checklist(get_pack(services, job.target), job.site, out, opts, progress)
    if job.kind == "attendance":
        from pan_desktop.core.printing.attendance import build_attendance

        return build_attendance(get_pack(services, job.target), out, opts, job.rows, progress)
    if job.kind == "certificates":
        from pan_desktop.core.printing.certificates import build_certificates, read_names

        if not job.names:
            raise ValidationError([Problem("names", "required", "choose the CSV file with the participants' names")])
        people = read_names(job.names)
        if job.session_date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", job.session_date):
            raise ValidationError([Problem("date", "invalid", f"'{job.session_date}' is not a date; write it as YYYY-MM-DD")])
        return build_certificates(get_pack(services, job.target), people, out, opts, progress, job.session_date)
    if job.kind == "factsheet":
        from pan_desktop.core.printing.factsheet import build_factsheet

        return build_factsheet(services.initiatives.get(job.target), out, opts, progress, services)
    if job.kind == "brief":
        from pan_desktop.core.printing.policy_brief import build_policy_brief

        return build_policy_brief(services.policies.get(job.target), out, opts, services, progress,
                                  packs=available_packs(services))
    from pan_desktop.core.printing.newsletter import build_newsletter, month_changes

    packs = available_packs(services)
    return build_newsletter(month_changes(services, job.target, packs), out, opts, progress, services)
