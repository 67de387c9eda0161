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

from pdsa_cli.cli.commands.init import NoInput
from pdsa_cli.cli.numbers import METAVAR, number
from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.errors import UsageError, display_path
from pdsa_cli.i18n import translate
from pdsa_cli.i18n.glossary import TERMS, accepted, parse, values

Opt = typer.Option

# The closed sets, as the models define them (kept here as text: --help must not load models).
# All but the chart types have words in the glossary: either language's word is accepted.
CHOICES = {
    "family": values("family"),
    "data_type": values("data_type"),
    "chart": ("run", "i", "mr", "p", "pp", "u", "up", "c", "xbar", "s", "g", "t"),
    "direction": values("direction"),
    "frequency": values("frequency"),
}
# Data types logged as numerator and denominator (`pdsa log M DATE --numerator --denominator`).
FRACTIONS = ("proportion", "rate")
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
    family: Annotated[
        str | None,
        Opt("--family", help="outcome, process or balancing (or resultat, proces)."),
    ] = None,
    definition: Annotated[
        str | None, Opt("--definition", help="The operational definition: what is counted, how.")
    ] = None,
    unit: Annotated[str | None, Opt("--unit", help="The unit, e.g. minutes.")] = None,
    data_type: Annotated[
        str | None,
        Opt("--data-type", help="value, count, proportion or rate (or værdi, antal, andel)."),
    ] = None,
    chart: Annotated[
        str | None, Opt("--chart", help="run, i, mr, p, pp, u, up, c, xbar, s, g or t.")
    ] = None,
    direction: Annotated[
        str | None,
        Opt("--direction", help="Which way is better: up, down or neutral (or op, ned)."),
    ] = None,
    frequency: Annotated[
        str | None,
        Opt("--frequency", help="day, week or month (one per period; or dag, uge, måned)."),
    ] = None,
    target: Annotated[
        float | None, Opt("--target", parser=number, metavar=METAVAR, help="A target value.")
    ] = None,
    theme: Annotated[
        str | None,
        Opt(
            "--theme",
            help="A theme the measure shares with other municipalities, e.g. documentation-time "
            "(dokumentationstid): the reports show the measures of a theme side by side.",
        ),
    ] = None,
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
        theme=_theme(theme),
        allow_negative=False,
    )
    path = create_measure(root, draft)
    done = (
        "writing.done.measure_fraction" if draft.data_type in FRACTIONS else "writing.done.measure"
    )
    echo(translate(done, measure=draft.id, path=display_path(path)))


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
    # the guide's order: family, definition, unit, data type, direction (then chart, frequency)
    need("family", lambda: _ask_choice("family"))
    need("definition", lambda: _ask_text("definition"))
    need("unit", lambda: _ask_text("unit"))
    need("data_type", lambda: _ask_choice("data_type"))
    if missing:
        raise UsageError("writing.missing_values", names=", ".join(missing))
    assert ident is not None
    defaults = {
        "direction": "neutral",
        "chart": SUGGESTED_CHART.get(values["data_type"], "run"),
        "frequency": "week",
    }
    for key, default in defaults.items():
        value = given.get(key)
        if value is None and interactive:
            value = _ask_choice(key, default)
        values[key] = _checked(key, value or default)
    return {"id": ident, **values}


# A theme's Danish word is accepted too (every word shown is accepted as input).
THEME_WORDS = {"dokumentationstid": "documentation-time"}


def _theme(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip().lower()
    return THEME_WORDS.get(text, text)


def _is_number(text: str) -> bool:
    return bool(text) and text.replace(",", "").replace(".", "").replace("-", "").isdigit()


def _words(key: str) -> str:
    """The words to type for `key`, in the user's language (either language is accepted)."""
    return accepted(key) if key in TERMS else ", ".join(CHOICES[key])


def _canonical(key: str, value: str) -> str | None:
    """The file's value for a word typed (Danish or English), or None when it is not one."""
    if key in TERMS:
        return parse(key, value)
    return value if value in CHOICES[key] else None


def _ask_choice(key: str, default: str | None = None) -> str:
    from pdsa_cli.cli import ask
    from pdsa_cli.i18n.glossary import term

    shown = term(key, default) if default is not None and key in TERMS else default
    while True:
        answer = ask.text(f"writing.ask.measure_{key}", shown, choices=_words(key)) or ""
        chosen = _canonical(key, answer)
        if chosen is not None:
            return chosen
        echo(translate("writing.bad_choice", value=answer))


def _ask_text(key: str) -> str:
    """A definition or unit, asked again at once when the answer cannot be one."""
    from pdsa_cli.cli import ask

    while True:
        answer = ask.text(f"writing.ask.measure_{key}") or ""
        try:
            return _checked(key, answer)
        except UsageError as error:
            echo(error.message())


# Words that answer another question, never the definition or the unit (a data type such as
# `andel` can be a unit, so it is not among them for the unit).
_NOT_TEXT = {
    "definition": ("family", "data_type", "direction", "frequency"),
    "unit": ("family", "direction", "frequency"),
}


def _checked(key: str, value: str) -> str:
    value = value.strip()
    if key in _NOT_TEXT:
        other = any(parse(kind, value) for kind in _NOT_TEXT[key])
        if other or _is_number(value):
            raise UsageError(f"writing.bad_measure_{key}", value=value)
    if key not in CHOICES:
        return value
    chosen = _canonical(key, value)
    if chosen is None:
        flag = "--" + key.replace("_", "-")
        raise UsageError("writing.bad_option_value", flag=flag, value=value, choices=_words(key))
    return chosen
