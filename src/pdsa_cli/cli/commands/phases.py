"""`pdsa do|study|act CYCLE`: fill in a cycle's later phases in its file.

A cycle is named by its file path, `<initiative>#<number>` or `<initiative>/<number>`
(e.g. `hoersholm-feedbackmoeder#2`). Without flags the command asks for each field; with some
flags it asks only for what is required and missing; with `--no-input` it asks nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli import ask
from pdsa_cli.cli.commands.init import NoInput
from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.errors import UsageError, display_path
from pdsa_cli.i18n import translate
from pdsa_cli.i18n.glossary import accepted, parse, term

if TYPE_CHECKING:  # the models and the writer load only when a command runs
    from pdsa_cli.models import Cycle, Decision
    from pdsa_cli.writing.phases import PhaseInput

CYCLE_HELP = "The cycle: its file, <initiative>#<number> or <initiative>/<number>."
CycleArg = Annotated[str, typer.Argument(help=CYCLE_HELP, metavar="CYCLE")]
Opt = typer.Option


def _date(value: str | None, field: str) -> dt.date | None:
    from pdsa_cli.writing.inputs import parse_date

    return parse_date(value, field) if value else None


def _current(path: Path) -> Cycle:
    from pdsa_cli.models import Cycle
    from pdsa_cli.writing.writer import read_valid

    return read_valid(path, Cycle)[1]


def _write(root: Path, path: Path, values: PhaseInput, plan_date: dt.date | None = None) -> Cycle:
    from pdsa_cli.writing.phases import given, phase_name, record_phase

    cycle = record_phase(root, path, values, plan_date)
    if plan_date is not None:
        echo(
            translate("writing.done.plan_date", date=plan_date.isoformat(), path=display_path(path))
        )
        if not given(values):
            return cycle
    status = term("cycle_status", cycle.status.value)
    echo(
        translate(
            "writing.done.phase", phase=phase_name(values), path=display_path(path), status=status
        )
    )
    return cycle


def _resolve(cycle: str) -> tuple[Path, Path]:
    from pdsa_cli.writing.locate import resolve_cycle

    root = ask.workspace_root()
    return root, resolve_cycle(root, cycle)


@app.command(name="do")
@guarded
def do_phase(
    cycle: CycleArg,
    start: Annotated[
        str | None, Opt("--start", help="When the test began (default: today).")
    ] = None,
    end: Annotated[str | None, Opt("--end", help="When the test ended.")] = None,
    what_happened: Annotated[
        str | None, Opt("--what-happened", help="What happened during the test.")
    ] = None,
    problems: Annotated[str | None, Opt("--problems", help="Problems met on the way.")] = None,
    surprises: Annotated[str | None, Opt("--surprises", help="What surprised you.")] = None,
    plan_date: Annotated[
        str | None,
        Opt("--plan-date", help="Move the plan's date (a cycle written down afterwards)."),
    ] = None,
    no_input: NoInput = False,
) -> None:
    """Fill in the Do phase: when the test was carried out, what happened."""
    from pdsa_cli.writing.phases import DoInput, given

    root, path = _resolve(cycle)
    values = DoInput(
        _date(start, "do.start"), _date(end, "do.end"), what_happened, problems, surprises
    )
    planned = _date(plan_date, "plan.date")
    if not no_input and not given(values) and planned is None and _current(path).do is None:
        values.start = ask.date("writing.ask.do_start", dt.date.today())
        values.end = ask.date("writing.ask.do_end", required=False)
        values.what_happened = ask.text("writing.ask.what_happened", required=False)
        values.problems = ask.text("writing.ask.problems", required=False)
        values.surprises = ask.text("writing.ask.surprises", required=False)
    _write(root, path, values, planned)


@app.command()
@guarded
def study(
    cycle: CycleArg,
    date: Annotated[str | None, Opt("--date", help="Date of the study (default: today).")] = None,
    results: Annotated[str | None, Opt("--results", help="What the data showed.")] = None,
    compared: Annotated[
        str | None, Opt("--compared", help="The results compared with the predictions.")
    ] = None,
    learning: Annotated[str | None, Opt("--learning", help="What was learned.")] = None,
    from_data: Annotated[
        bool,
        Opt(
            "--compared-from-data",
            help="Write the observed values of the quantitative predictions as the comparison "
            "(unless --compared is given).",
        ),
    ] = False,
    no_input: NoInput = False,
) -> None:
    """Fill in the Study phase: results next to the predictions, and what was learned.

    The quantitative predictions are shown with the values observed in their windows; that text
    is offered as the comparison with the predictions, to accept, edit or skip.
    """
    from pdsa_cli.writing.phases import StudyInput, given

    root, path = _resolve(cycle)
    values = StudyInput(_date(date, "study.date"), results, compared, learning)
    if from_data and not values.compared_with_predictions:
        day = values.date or dt.date.today()
        values.compared_with_predictions = " ".join(_observed(root, path, day)) or None
    current = _current(path)
    if current.study is None and not values.results:
        if no_input:
            raise UsageError("writing.missing_values", names="--results")
        everything = not given(values)
        _show_predictions(current, _observed(root, path, dt.date.today()))
        if everything:
            values.date = ask.date("writing.ask.study_date", dt.date.today())
        values.results = ask.text("writing.ask.results")
        if everything:
            observed = _observed(root, path, values.date or dt.date.today())
            values.compared_with_predictions = _ask_compared(" ".join(observed))
            values.learning = ask.text("writing.ask.learning", required=False)
    _write(root, path, values)


def _observed(root: Path, path: Path, day: dt.date) -> list[str]:
    """Each quantitative prediction of the cycle at `path` against the data, as a sentence."""
    from pdsa_cli.loader import load_workspace
    from pdsa_cli.predictions import score_cycle
    from pdsa_cli.predictions.text import study_lines

    workspace = load_workspace(root).workspace
    target = path.resolve()
    entry = next((c for c in workspace.cycles if c.file.resolve() == target), None)
    if entry is None or not entry.model.plan.predictions:
        return []
    measures = {id_: m.model for id_, m in workspace.measures.items()}
    return study_lines(score_cycle(entry, workspace, day), measures)


def _ask_compared(offer: str) -> str | None:
    """The comparison with the predictions; the text from the data is offered, never written
    without the user's Enter ('-' skips it)."""
    if not offer:
        return ask.text("writing.ask.compared", required=False)
    answer = ask.text("predictions.ask.compared_offer", default=offer, required=False)
    return None if answer in (None, "-") else answer


def _show_predictions(cycle: Cycle, observed: list[str]) -> None:
    lines = [f"  - {q.question} -> {q.prediction}" for q in cycle.plan.questions if q.prediction]
    lines += [f"  - {line}" for line in observed]
    if not observed:  # the data could not be read: the predictions as planned
        lines += [f"  - {p.text or p.measure}" for p in cycle.plan.predictions]
    if lines:
        echo(translate("writing.ask.predictions_were"))
        echo("\n".join(lines))


@app.command()
@guarded
def act(
    cycle: CycleArg,
    decision: Annotated[
        str | None, Opt("--decision", help="adopt, adapt or abandon (or indfør, tilpas, forkast).")
    ] = None,
    next_step: Annotated[str | None, Opt("--next-step", help="What the next cycle tests.")] = None,
    date: Annotated[
        str | None, Opt("--date", help="Date of the decision (default: today).")
    ] = None,
    no_input: NoInput = False,
) -> None:
    """Fill in the Act phase: adopt, adapt or abandon, and the next step.

    Interactively it then offers to start the next cycle of the ramp from that next step.
    """
    from pdsa_cli.writing.phases import ActInput, given

    root, path = _resolve(cycle)
    values = ActInput(_date(date, "act.date"), _decision(decision), next_step)
    current = _current(path)
    if current.act is None and values.decision is None:
        if no_input:
            raise UsageError("writing.missing_values", names="--decision")
        everything = not given(values)
        while values.decision is None:  # the guide's order: decision, next step, date
            try:
                words = accepted("decision")
                values.decision = _decision(ask.text("writing.ask.decision", choices=words))
            except UsageError as error:
                echo(error.message())
        if everything:
            values.next_step = ask.text("writing.ask.next_step", required=False)
            values.date = ask.date("writing.ask.act_date", dt.date.today())
    written = _write(root, path, values)
    if not no_input and written.act is not None:
        try:
            _offer_next_cycle(root, path, written)
        except typer.Abort:  # input ended (EOF, Ctrl-D): the Act is saved, and that is done
            echo(translate("writing.done.no_next_cycle", path=display_path(path)))


def _decision(value: str | None) -> Decision | None:
    from pdsa_cli.models import Decision

    if value is None:
        return None
    chosen = parse("decision", value)
    if chosen is None:
        raise UsageError("writing.bad_decision", value=value, choices=accepted("decision"))
    return Decision(chosen)


def _offer_next_cycle(root: Path, path: Path, cycle: Cycle) -> None:
    """After adapt or adopt, the ramp usually goes on: offer the next cycle from this Act."""
    from pdsa_cli.cli.new_flow import NewOptions, report_created, start_cycle
    from pdsa_cli.models import Decision
    from pdsa_cli.writing.authoring import CycleDraft
    from pdsa_cli.writing.locate import next_cycle_number

    assert cycle.act is not None
    if cycle.act.decision is Decision.ABANDON:
        return
    number = next_cycle_number(path.parent)
    if not ask.confirm(
        "writing.ask.start_next", cycle.act.decision is Decision.ADAPT, number=number
    ):
        return
    draft = CycleDraft(initiative=path.parent.name)
    report_created(start_cycle(root, NewOptions(draft=draft, from_cycle=cycle.number)))
