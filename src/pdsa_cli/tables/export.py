"""Tidy tables of a workspace for people who continue in Excel or Power BI.

One row per measurement (municipality, initiative, measure, family, date, value, numerator,
denominator, note, excluded, reason) and one row per cycle (with status and decision).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pdsa_cli.workspace.cpr import mask_cpr
from pdsa_cli.workspace.index import Workspace

MEASUREMENT_COLUMNS = (
    "municipality",
    "initiative",
    "measure",
    "measure_name",
    "family",
    "unit",
    "date",
    "value",
    "numerator",
    "denominator",
    "note",
    "exclude",
    "reason",
)
CYCLE_COLUMNS = (
    "municipality",
    "initiative",
    "cycle",
    "title",
    "status",
    "decision",
    "plan_date",
    "do_start",
    "do_end",
    "study_date",
    "act_date",
    "measures",
    "file",
)


def measurement_rows(workspace: Workspace) -> Iterator[dict[str, Any]]:
    for measure_id in sorted(workspace.measures):
        entry = workspace.measures[measure_id]
        measure = entry.model
        for item in measure.measurements:
            yield {
                "municipality": entry.municipality,
                "initiative": entry.initiative,
                "measure": measure_id,
                "measure_name": measure.name,
                "family": measure.family.value,
                "unit": measure.unit,
                "date": item.date.isoformat(),
                "value": item.value,
                "numerator": item.numerator,
                "denominator": item.denominator,
                "note": item.note,
                "exclude": item.exclude,
                "reason": item.reason,
            }


def cycle_rows(workspace: Workspace) -> Iterator[dict[str, Any]]:
    ordered = sorted(workspace.cycles, key=lambda c: (c.initiative or "", c.model.number))
    for entry in ordered:
        cycle = entry.model
        yield {
            "municipality": entry.municipality,
            "initiative": entry.initiative,
            "cycle": cycle.number,
            "title": cycle.title,
            "status": cycle.status.value,
            "decision": cycle.act.decision.value if cycle.act else None,
            "plan_date": cycle.plan.date.isoformat() if cycle.plan.date else None,
            "do_start": cycle.do.start.isoformat() if cycle.do else None,
            "do_end": cycle.do.end.isoformat() if cycle.do and cycle.do.end else None,
            "study_date": cycle.study.date.isoformat() if cycle.study else None,
            "act_date": cycle.act.date.isoformat() if cycle.act else None,
            "measures": ", ".join(cycle.measures),
            # The text inside is masked by the loader; a file name is masked here.
            "file": mask_cpr(entry.file.relative_to(workspace.root).as_posix()),
        }


Sheet = tuple[Sequence[dict[str, Any]], Sequence[str]]  # rows, columns


def tables(workspace: Workspace) -> dict[str, Sheet]:
    """Both tables of a workspace by name: `measurements` and `cycles`."""
    return {
        "measurements": (list(measurement_rows(workspace)), MEASUREMENT_COLUMNS),
        "cycles": (list(cycle_rows(workspace)), CYCLE_COLUMNS),
    }


def _cell(value: Any) -> Any:
    """Empty for missing, numbers without a needless `.0`."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def render_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str], sep: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), delimiter=sep, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def write_xlsx(
    sheets: dict[str, tuple[Sequence[dict[str, Any]], Sequence[str]]], path: Path
) -> None:
    """Write each (rows, columns) as a sheet, through a temporary file renamed into place."""
    import pandas as pd

    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with pd.ExcelWriter(temporary, engine="openpyxl") as writer:
            for name, (rows, columns) in sheets.items():
                frame = pd.DataFrame(list(rows), columns=list(columns))
                frame.to_excel(writer, sheet_name=name, index=False)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
