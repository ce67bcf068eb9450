"""The import template (``export-data --template``): the Vietnamese heading of every initiative field
and one example row, as CSV UTF-8 (with the BOM Excel needs) or as an ``.xlsx`` workbook.

The example is a bundled initiative, written with Vietnamese labels for its codes; a person who
leaves it in the file sees it reported as already present, never added twice.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from pan_desktop.core.errors import PanError
from pan_desktop.core.shared.schema import INITIATIVES, FieldSpec
from pan_desktop.core.services.tabular import protect_formula
from pan_desktop.core.shared.validation import clean_values, join_list_text
from pan_desktop.core.shared.org_names import OrgNames
from pan_desktop.core.vocab import label

EXAMPLE_ID = "01941f29-7c0c-776b-bac3-e2164316715f"  # the Long An project of the bundled records


def template_rows() -> tuple[list[str], list[str]]:
    """The heading row (Vietnamese labels, in the form's order) and the example row."""
    from pan_desktop.core.services.setup import bundled_records

    bundled = bundled_records()
    items = bundled["initiatives"]
    item = next((i for i in items if i["id"] == EXAMPLE_ID), items[0])
    values = clean_values(INITIATIVES, {k: v for k, v in item.items() if k != "id"})
    orgs = OrgNames(bundled["organizations"])
    for ids_field, names_field in INITIATIVES.org_links:  # a person writes organisations by name
        values[names_field] = [*(orgs.label(i, "vi") for i in values.get(ids_field) or []), *(values.get(names_field) or [])]
    fields = template_fields()
    return [f.label_vi for f in fields], [_shown(f, values.get(f.name)) for f in fields]


def template_fields() -> list[FieldSpec]:
    """The template's columns: every initiative field but the organisation links (names say who)."""
    links = {ids for ids, _names in INITIATIVES.org_links}
    return [f for f in INITIATIVES.fields if f.name not in links]


def _shown(spec: FieldSpec, value) -> str:
    if value in (None, "", []):
        return ""
    if spec.kind == "list":
        return join_list_text([label(spec.terms, v, "vi") if spec.terms else v for v in value])
    if spec.kind == "choice":
        return label(spec.terms or {}, value, "vi")
    return str(value)


def write_template(path: str | os.PathLike) -> Path:
    """Write the template to ``path`` (``.csv`` or ``.xlsx``), through ``<file>.partial`` and a rename."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise PanError(f"{path}: the template is written as a .csv or .xlsx file.", code="import.template_type", file=str(path))
    headings, example = template_rows()
    tmp = path.with_name(path.name + ".partial")
    try:
        if suffix == ".csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(headings)
                w.writerow([protect_formula(c) for c in example])
                fh.flush()
                os.fsync(fh.fileno())
        else:
            _write_workbook(tmp, headings, example)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PanError(f"Cannot write {path} ({exc.strerror or exc}). Check the folder exists and you may write there.",
                       code="import.template_unwritable", file=str(path)) from exc
    return path


def _write_workbook(path: Path, headings: list[str], example: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from pan_desktop.core.services.headers import column_letter

    book = Workbook()
    ws = book.active
    ws.title = "Sáng kiến"
    ws.append(headings)
    ws.append(example)
    for i, heading in enumerate(headings):
        ws.cell(row=1, column=i + 1).font = Font(bold=True)
        ws.column_dimensions[column_letter(i)].width = max(14, min(40, len(heading) + 4))
    for cell in ws[2]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.data_type = "s"  # text as typed, never a formula or a number
    ws.freeze_panes = "A2"
    book.save(path)
