"""`pdsa log MEASURE DATE VALUE`: add a measurement (or many, from a CSV file: all or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.errors import PdsaError, UsageError, display_path
from pdsa_cli.i18n import translate

if TYPE_CHECKING:
    from pdsa_cli.writing.logbook import LogResult, Reading

Opt = typer.Option


@app.command()
@guarded
def log(
    measure: Annotated[str, typer.Argument(help="The measure's id (its file name).")],
    date: Annotated[
        str | None,
        typer.Argument(
            help="The date: 2021-03-15, 15.03.2021, 15.03.21, 'week 36 2022' or 2022-W36 "
            "(stored as ISO)."
        ),
    ] = None,
    value: Annotated[str | None, typer.Argument(help="The value (14, 14,5 or -3).")] = None,
    numerator: Annotated[str | None, Opt("--numerator", help="For proportions and rates.")] = None,
    denominator: Annotated[
        str | None, Opt("--denominator", help="For proportions and rates.")
    ] = None,
    note: Annotated[str | None, Opt("--note", help="A note on this measurement.")] = None,
    exclude: Annotated[
        bool, Opt("--exclude", help="Keep it on the chart but out of the calculations.")
    ] = False,
    reason: Annotated[str | None, Opt("--reason", help="Why it is excluded.")] = None,
    replace: Annotated[
        bool, Opt("--replace", help="Replace the measurement of the same period.")
    ] = False,
    from_csv: Annotated[
        Path | None,
        Opt(
            "--from-csv",
            help="Add every row of a CSV file (date,value or "
            "date,numerator,denominator; note, exclude, reason), all or nothing.",
        ),
    ] = None,
) -> None:
    """Add a measurement to a measure, checked against its data type, unit and periods.

    A second value for the same period (the same day, ISO week or month, by the measure's
    frequency) is refused unless --replace.
    """
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.writing.logbook import log_measurements

    root = workspace_root()
    if from_csv is not None:
        if date or value or numerator or denominator:
            raise UsageError("writing.csv_with_arguments")
        readings = _readings_from_table(root, measure, from_csv)
    else:
        readings = [_reading(date, value, numerator, denominator, note, exclude, reason)]
    result = log_measurements(root, measure, readings, replace)
    _report(result, many=from_csv is not None)


def _readings_from_table(root: Path, measure: str, path: Path) -> list[Reading]:
    """Every row of a CSV (or .xlsx) file, read by `pdsa import`'s reader in its strict mode."""
    from pdsa_cli.models import Measure
    from pdsa_cli.tables.reader import plan_import, read_table
    from pdsa_cli.writing.locate import measure_file
    from pdsa_cli.writing.logbook import Reading
    from pdsa_cli.writing.writer import read_valid

    _, model = read_valid(measure_file(root, measure), Measure)
    table = read_table(path)
    plan = plan_import(table, model, strict=True)
    if plan.problems:
        raise PdsaError("tables.import_refused", problems=plan.problems, count=len(plan.problems))
    if not plan.measurements:
        raise PdsaError("writing.csv_empty", path=display_path(path))
    return [
        Reading.of(item, table.source, row)
        for item, row in zip(plan.measurements, plan.rows, strict=True)
    ]


def _reading(
    date: str | None,
    value: str | None,
    numerator: str | None,
    denominator: str | None,
    note: str | None,
    exclude: bool,
    reason: str | None,
) -> Reading:
    from pdsa_cli.writing.inputs import parse_date, parse_number
    from pdsa_cli.writing.logbook import Reading

    if date is None:
        raise UsageError("writing.log_needs_date")
    return Reading(
        date=parse_date(date, translate("writing.arg.date")),
        value=parse_number(value, translate("writing.arg.value")) if value is not None else None,
        numerator=parse_number(numerator, "--numerator") if numerator is not None else None,
        denominator=(
            parse_number(denominator, "--denominator") if denominator is not None else None
        ),
        note=note,
        exclude=exclude,
        reason=reason,
    )


def _number(value: float | None) -> str:
    """A number as people write it: 13,5 in Danish, 13.5 in English, never 1e+06."""
    from decimal import Decimal

    from pdsa_cli.i18n import get_language

    text = format(Decimal(str(value)).normalize(), "f")
    return text.replace(".", ",") if get_language() == "da" else text


def _report(result: LogResult, many: bool) -> None:
    path = display_path(result.path)
    if many:
        echo(
            translate(
                "writing.done.many",
                added=len(result.added),
                replaced=len(result.replaced),
                measure=result.measure,
                path=path,
            )
        )
        return
    for key, readings in (
        ("writing.done.added", result.added),
        ("writing.done.replaced", result.replaced),
    ):
        for reading in readings:
            shown = (
                f"{_number(reading.value)} {result.unit}"
                if reading.value is not None
                else f"{_number(reading.numerator)}/{_number(reading.denominator)}"
            )
            echo(
                translate(
                    key,
                    date=reading.date.isoformat(),
                    value=shown,
                    measure=result.measure,
                    path=path,
                )
            )
