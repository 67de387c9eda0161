"""`pdsa new-measure`: add a measure to an initiative, so `pdsa log` has somewhere to write.

Interactive by default (it offers the initiatives and the allowed values); with `--no-input`
every required value must come as a flag. The file is checked by the model before it is
written, and an existing measure is never replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli.cli.app import app
from pdsa_cli.cli.commands.init import NoInput
from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.errors import UsageError, display_path
from pdsa_cli.i18n import translate

Opt = typer.Option

# The closed sets, as the models define them (kept here as text: --help must not load models).
CHOICES = {
    "family": ("outcome", "process", "balancing"),
    "data_type": ("value", "count", "proportion", "rate"),
    "chart": ("run", "i", "mr", "p", "pp", "u", "up", "c", "xbar", "s", "g", "t"),
    "direction": ("up", "down", "neutral"),
    "frequency": ("day", "week", "month"),
}
# A sensible chart for each kind of data (the run chart suits them all).
SUGGESTED_CHART = {"value": "i", "count": "c", "proportion": "p", "rate": "u"}


@app.command("new-measure")
@guarded
def new_measure(
    measure_id: Annotated[
        str | None, typer.Argument(help="The new measure's id (its file name), e.g. heard.")
    ] = None,
    initiative: Annotated[
        str | None, Opt("--initiative", "-i", help="The initiative it belongs to.")
    ] = None,
    name: Annotated[str | None, Opt("--name", help="Its name, as the chart title.")] = None,
    family: Annotated[str | None, Opt("--family", help="outcome, process or balancing.")] = None,
    definition: Annotated[
        str | None, Opt("--definition", help="The operational definition: what is counted, how.")
    ] = None,
    unit: Annotated[str | None, Opt("--unit", help="The unit, e.g. minutes.")] = None,
    data_type: Annotated[
        str | None, Opt("--data-type", help="value, count, proportion or rate.")
    ] = None,
    chart: Annotated[
        str | None, Opt("--chart", help="run, i, mr, p, pp, u, up, c, xbar, s, g or t.")
    ] = None,
    direction: Annotated[
        str | None, Opt("--direction", help="Which way is better: up, down or neutral.")
    ] = None,
    frequency: Annotated[
        str | None, Opt("--frequency", help="day, week or month (one value per period).")
    ] = None,
    target: Annotated[float | None, Opt("--target", help="A target value.")] = None,
    no_input: NoInput = False,
) -> None:
    """Add a measure to an initiative (asks for what is missing); then log data with pdsa log."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.writing.authoring import MeasureDraft, create_measure

    root = workspace_root()
    given = {
        "initiative": initiative,
        "name": name,
        "family": family,
        "definition": definition,
        "unit": unit,
        "data_type": data_type,
        "chart": chart,
        "direction": direction,
        "frequency": frequency,
    }
    values = _complete(root, given, measure_id, interactive=not no_input)
    draft = MeasureDraft(
        id=values.pop("id"),
        initiative=values.pop("initiative"),
        **values,
        target=target,
        allow_negative=False,
    )
    path = create_measure(root, draft)
    echo(translate("writing.done.measure", measure=draft.id, path=display_path(path)))


def _complete(
    root: Path, given: dict[str, str | None], measure_id: str | None, interactive: bool
) -> dict[str, str]:
    """Every value the measure needs: as given, asked for, or defaulted; each checked."""
    from pdsa_cli.cli import ask
    from pdsa_cli.cli.new_flow import labels
    from pdsa_cli.writing.inputs import slugify
    from pdsa_cli.writing.locate import initiative_dirs

    values: dict[str, str] = {}
    missing: list[str] = []

    def need(key: str, ask_it: Callable[[], str | None]) -> None:
        value = given.get(key)
        if value is None and interactive:
            value = ask_it()
        if value is None:
            missing.append("--" + key.replace("_", "-"))
            return
        values[key] = _checked(key, value)

    names = labels(root) if interactive and given.get("initiative") is None else {}
    initiatives = [(ident, names.get(ident, ident)) for ident in initiative_dirs(root)]
    need("initiative", lambda: ask.choice("writing.ask.initiative_of_measure", initiatives))
    need("name", lambda: ask.text("writing.ask.measure_name"))
    ident = measure_id or (
        ask.text("writing.ask.measure_id", slugify(values.get("name", "")) or None)
        if interactive
        else None
    )
    if ident is None:
        missing.insert(0, "MEASURE_ID")
    need("family", lambda: _ask_choice("family"))
    need("data_type", lambda: _ask_choice("data_type"))
    need("definition", lambda: ask.text("writing.ask.measure_definition"))
    need("unit", lambda: ask.text("writing.ask.measure_unit"))
    if missing:
        raise UsageError("writing.missing_values", names=", ".join(missing))
    assert ident is not None
    defaults = {
        "chart": SUGGESTED_CHART.get(values["data_type"], "run"),
        "direction": "neutral",
        "frequency": "week",
    }
    for key, default in defaults.items():
        value = given.get(key)
        if value is None and interactive:
            value = _ask_choice(key, default)
        values[key] = _checked(key, value or default)
    return {"id": ident, **values}


def _ask_choice(key: str, default: str | None = None) -> str:
    from pdsa_cli.cli import ask

    while True:
        answer = ask.text(f"writing.ask.measure_{key}", default, choices=", ".join(CHOICES[key]))
        if answer in CHOICES[key]:
            return answer
        echo(translate("writing.bad_choice", value=answer))


def _checked(key: str, value: str) -> str:
    value = value.strip()
    if key in CHOICES and value not in CHOICES[key]:
        flag = "--" + key.replace("_", "-")
        raise UsageError(
            "writing.bad_option_value", flag=flag, value=value, choices=", ".join(CHOICES[key])
        )
    return value
