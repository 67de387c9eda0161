"""The dialogue of `pdsa new` (also offered by `pdsa act`): ask for what the flags did not give,
offering the existing municipalities, initiatives and measures, then write the cycle.

With `no_input` nothing is asked, and a missing required value is a usage error (exit 2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from pdsa_cli.cli import ask
from pdsa_cli.cli.output import echo
from pdsa_cli.errors import PdsaError, UsageError, display_path
from pdsa_cli.i18n import Phrase, translate
from pdsa_cli.i18n.glossary import parse, term
from pdsa_cli.models import Method
from pdsa_cli.workspace.names import closest
from pdsa_cli.writing.authoring import (
    Created,
    CycleDraft,
    InitiativeDraft,
    MunicipalityDraft,
    RampStep,
    create_cycle,
    last_date_in_ramp,
    latest_step,
    prefill_from,
    ramp_step,
)
from pdsa_cli.writing.inputs import check_id, check_title, slugify
from pdsa_cli.writing.locate import (
    initiative_dirs,
    initiative_measures,
    municipality_ids,
    unknown_id,
)


@dataclass
class NewOptions:
    draft: CycleDraft
    municipality: str | None = None
    from_cycle: int | None = None
    new_initiative: bool = False
    initiative_name: str | None = None
    track: int | None = None
    aim: str | None = None
    method: str | None = None
    method_description: str | None = None
    driver: str | None = None
    new_municipality: bool = False
    municipality_name: str | None = None
    contact_role: str | None = None
    measures_given: bool = False
    objective_given: bool = False
    no_input: bool = False
    labels: dict[str, str] = field(default_factory=dict)  # id -> display name, for choices


def start_cycle(root: Path, opts: NewOptions) -> Created:
    """Ask for what is missing (unless --no-input), then write the cycle."""
    interactive = not opts.no_input
    _check_given_ids(opts)
    if interactive:
        opts.labels = labels(root)
    new_municipality, new_initiative = _choose_initiative(root, opts, interactive)
    step = _continue_ramp(root, opts, interactive, new_initiative is not None)
    _fill_plan(root, opts, interactive, step)
    return create_cycle(root, opts.draft, new_municipality, new_initiative)


def _check_given_ids(opts: NewOptions) -> None:
    """Refuse unsafe ids and titles before asking anything (`--initiative ../../x`)."""
    if opts.draft.initiative:
        check_id(opts.draft.initiative, "initiative")
    if opts.municipality:
        check_id(opts.municipality, "municipality")
    for measure in opts.draft.measures:
        check_id(measure, "measure")
    if opts.draft.title:
        check_title(opts.draft.title)
    if opts.track is not None and opts.track not in programme_tracks():
        known = ", ".join(map(str, programme_tracks()))
        raise UsageError("writing.bad_track", value=opts.track, known=known)
    if opts.method is not None:
        method = parse("method", opts.method)
        if method is None:
            raise UsageError("writing.bad_method", value=opts.method, choices=_methods())
        opts.method = method


def labels(root: Path) -> dict[str, str]:
    """The display names of the workspace's municipalities, initiatives and measures by id."""
    from pdsa_cli.loader import load_workspace

    workspace = load_workspace(root).workspace
    labels = {key: entry.model.name for key, entry in workspace.municipalities.items()}
    labels.update({key: entry.model.name for key, entry in workspace.initiatives.items()})
    labels.update({key: entry.model.name for key, entry in workspace.measures.items()})
    return labels


def _methods() -> str:
    """The methods' ids, each with its name in the language (either is accepted)."""
    return ", ".join(
        m.value
        if term("method", m.value).lower() == m.value.replace("-", " ")
        else f"{m.value} ({term('method', m.value)})"
        for m in Method
    )


# -- which initiative ---------------------------------------------------------------------------


def _choose_initiative(
    root: Path, opts: NewOptions, interactive: bool
) -> tuple[MunicipalityDraft | None, InitiativeDraft | None]:
    draft = opts.draft
    known = initiative_dirs(root)
    if draft.initiative in known:
        if opts.new_initiative:
            raise PdsaError("writing.initiative_exists", initiative=draft.initiative)
        _refuse_options_for_new(opts, draft.initiative, known[draft.initiative])
        return None, None
    if not draft.initiative and not opts.new_initiative:
        if not interactive:
            raise UsageError("writing.missing_values", names="--initiative")
        municipality, new_municipality = _choose_municipality(root, opts, interactive)
        ramp = [
            (i, opts.labels.get(i, "")) for i, f in known.items() if f.parent.name == municipality
        ]
        draft.initiative = _ask_id("writing.ask.initiative", ramp, "initiative")
        draft.initiative = _typo("initiative", draft.initiative, known) or draft.initiative
        if draft.initiative in known:
            return new_municipality, None
        asked = closest(draft.initiative, known) is not None  # creating it was confirmed
        return new_municipality, _new_initiative(opts, municipality, interactive, not asked)
    if draft.initiative and not opts.new_initiative and not interactive:
        raise unknown_id("initiative", draft.initiative, known)
    meant = _typo("initiative", draft.initiative, known) if not opts.new_initiative else None
    if meant is not None:
        draft.initiative = meant
        _refuse_options_for_new(opts, meant, known[meant])
        return None, None
    municipality, new_municipality = _choose_municipality(root, opts, interactive)
    asked = draft.initiative is not None and closest(draft.initiative, known) is not None
    ask_first = not opts.new_initiative and not asked
    return new_municipality, _new_initiative(opts, municipality, interactive, ask_first)


def _refuse_options_for_new(opts: NewOptions, initiative: str, folder: Path) -> None:
    """A new initiative's options given for one that exists would be dropped without a word:
    say so instead, before anything is written."""
    given = [
        option
        for option, value in (
            ("--initiative-name", opts.initiative_name),
            ("--track", opts.track),
            ("--aim", opts.aim),
            ("--method", opts.method),
            ("--method-description", opts.method_description),
            ("--driver", opts.driver),
        )
        if value is not None
    ]
    if given:
        path = display_path(folder / "initiative.yaml")
        raise UsageError(
            "writing.options_for_new_initiative",
            options=", ".join(given),
            initiative=initiative,
            path=path,
        )


def _choose_municipality(
    root: Path, opts: NewOptions, interactive: bool
) -> tuple[str, MunicipalityDraft | None]:
    known = municipality_ids(root)
    chosen = opts.municipality
    if chosen is None:
        if not interactive:
            raise UsageError("writing.missing_values", names="--municipality")
        choices = [(m, opts.labels.get(m, "")) for m in known]
        chosen = _ask_id("writing.ask.municipality", choices, "municipality")
    check_id(chosen, "municipality")
    if chosen in known:
        return chosen, None
    if not opts.new_municipality:
        if not interactive:
            raise unknown_id("municipality", chosen, known)
        meant = _typo("municipality", chosen, known)
        if meant is not None:
            return meant, None
        if not ask.confirm("writing.ask.create_municipality", id=chosen):
            raise typer.Abort()
    name = _required(
        opts.municipality_name, "writing.ask.municipality_name", "--municipality-name", interactive
    )
    role = _required(opts.contact_role, "writing.ask.contact_role", "--contact-role", interactive)
    return chosen, MunicipalityDraft(chosen, name, role)


def _typo(what: str, value: str | None, known: Iterable[str]) -> str | None:
    """The known id meant by a typed one close to it (`balerup`: "did you mean 'ballerup'?",
    yes by default); declined, creating the typed one is asked with no as the default, and
    declined again ends the command. None: no close id."""
    close = closest(value, known) if value else None
    if value is None or close is None:
        return None
    if ask.confirm("writing.ask.did_you_mean", value=value, close=close):
        return close
    noun = Phrase(f"writing.noun.{what}")
    if not ask.confirm("writing.ask.create_anyway", False, value=value, what=noun):
        raise typer.Abort()
    return None


def _new_initiative(
    opts: NewOptions, municipality: str, interactive: bool, ask_first: bool
) -> InitiativeDraft:
    draft = opts.draft
    if (
        ask_first
        and draft.initiative
        and not ask.confirm("writing.ask.create_initiative", id=draft.initiative)
    ):
        raise typer.Abort()
    name = _required(
        opts.initiative_name, "writing.ask.initiative_name", "--initiative-name", interactive
    )
    draft.initiative = check_id(draft.initiative or slugify(name), "initiative")
    track = opts.track
    tracks = programme_tracks()
    while track not in tracks:
        if not interactive:
            raise UsageError("writing.missing_values", names="--track")
        known = ", ".join(f"{number} {name}" for number, name in tracks.items())
        answer = ask.text("writing.ask.initiative_track", "1", known=known) or ""
        track = int(answer) if answer.isdigit() and int(answer) in tracks else None
    aim = _required(opts.aim, "writing.ask.aim", "--aim", interactive)
    method = opts.method
    while method not in {m.value for m in Method}:
        if method is not None:
            echo(translate("writing.bad_method", value=method, choices=_methods()))
        answer = _required(None, "writing.ask.method", "--method", interactive, choices=_methods())
        method = parse("method", answer) or answer
    description = opts.method_description
    if method == Method.OTHER.value:
        description = _required(
            description, "writing.ask.method_description", "--method-description", interactive
        )
    driver = choose_driver(opts.driver, interactive)
    return InitiativeDraft(
        draft.initiative, municipality, name, track, aim, method, description, driver
    )


def programme_tracks() -> dict[int, str]:
    """The programme's tracks, number -> name, as programme.yaml defines them."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.models import Programme
    from pdsa_cli.workspace.index import PROGRAMME_FILE
    from pdsa_cli.writing.writer import read_valid

    _, programme = read_valid(workspace_root() / PROGRAMME_FILE, Programme)
    return {int(track.id): track.name for track in programme.tracks}


def choose_driver(given: str | None, interactive: bool) -> str | None:
    """A secondary driver of the programme's diagram: given, or chosen when there is one to
    choose (optional: a programme without a diagram asks nothing)."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.models import Programme
    from pdsa_cli.workspace.index import PROGRAMME_FILE
    from pdsa_cli.writing.writer import read_valid

    _, programme = read_valid(workspace_root() / PROGRAMME_FILE, Programme)
    known = {s.id: s.name for primary in programme.drivers for s in primary.secondary}
    if given is not None:
        if not known:
            raise UsageError("writing.no_drivers", driver=given)
        if given not in known:
            raise UsageError("writing.unknown_driver", driver=given, known=", ".join(known))
        return given
    if not known or not interactive:
        return None
    ask.show_choices(list(known.items()))
    ids = list(known)
    while True:
        answer = (ask.text("writing.ask.driver", None, required=False) or "").strip()
        if not answer:
            return None  # Enter: no driver yet (validate will remind)
        if answer.isdigit() and 1 <= int(answer) <= len(ids):
            return ids[int(answer) - 1]
        if answer in known:
            return answer
        echo(translate("writing.bad_choice", value=answer))


def _ask_id(key: str, choices: list[tuple[str, str]], what: str) -> str:
    """A choice, or a new id, asked again until it is a valid id."""
    while True:
        try:
            return check_id(ask.choice(key, choices), what)
        except UsageError as error:
            echo(error.message())


def _required(value: str | None, key: str, flag: str, interactive: bool, **fields: Any) -> str:
    if value:
        return value
    if not interactive:
        raise UsageError("writing.missing_values", names=flag)
    return ask.text(key, **fields) or ""


# -- the ramp and the plan ----------------------------------------------------------------------


def _continue_ramp(root: Path, opts: NewOptions, interactive: bool, new: bool) -> RampStep | None:
    draft = opts.draft
    assert draft.initiative
    if opts.from_cycle is not None:
        if new:
            raise PdsaError(
                "writing.unknown_cycle",
                initiative=draft.initiative,
                number=opts.from_cycle,
                known="-",
            )
        step = ramp_step(root, draft.initiative, opts.from_cycle)
        prefill_from(draft, step)
        return step
    if new or not interactive:
        return None
    latest = latest_step(root, draft.initiative)
    if latest is None:
        return None
    try:
        step = ramp_step(root, draft.initiative, latest)
    except PdsaError:
        return None  # an unreadable last cycle: start afresh rather than guess
    if step.decision is None or step.decision == "abandon":
        return None
    if ask.confirm(
        "writing.ask.continue_ramp", number=step.number, next_step=step.next_step or "-"
    ):
        prefill_from(draft, step)
        return step
    return None


def _fill_plan(root: Path, opts: NewOptions, interactive: bool, step: RampStep | None) -> None:
    draft = opts.draft
    if not interactive:
        return
    while not draft.title:
        answer = ask.text("writing.ask.title", step.title if step else None) or ""
        try:
            draft.title = check_title(answer)
        except UsageError as error:
            echo(error.message())
    if not opts.objective_given:  # a suggestion from the ramp is offered, not imposed
        draft.objective = ask.text("writing.ask.objective", draft.objective)
    if not draft.questions:
        _ask_questions(draft)
    for name in ("who", "what", "where", "when", "data_collection"):
        if getattr(draft, name) is None:
            setattr(draft, name, ask.text(f"writing.ask.{name}", required=False))
    if not opts.measures_given:
        folder = initiative_dirs(root).get(draft.initiative or "")
        own = initiative_measures(folder) if folder else []
        choices = [(m, opts.labels.get(m, "")) for m in own]
        if choices:
            draft.measures = ask.many("writing.ask.measures", choices, draft.measures)
    if draft.plan_date is None:  # past work: the ramp's last date is offered, not today
        last = last_date_in_ramp(root, draft.initiative or "")
        draft.plan_date = ask.date("writing.ask.plan_date", last or dt.date.today())


def _ask_questions(draft: CycleDraft) -> None:
    while True:
        question = ask.text("writing.ask.question", required=False, number=len(draft.questions) + 1)
        if not question:
            return
        draft.questions.append((question, ask.text("writing.ask.prediction", required=False)))


def pair_questions(questions: list[str], predictions: list[str]) -> list[tuple[str, str | None]]:
    if len(predictions) > len(questions):
        raise UsageError("writing.predictions_without_questions")
    padded: list[str | None] = [*predictions, *([None] * (len(questions) - len(predictions)))]
    return list(zip(questions, padded, strict=True))


def report_created(created: Created) -> None:
    for path in created.also:
        echo(translate("writing.done.also", path=display_path(path)))
    echo(translate("writing.done.new", number=created.number, path=display_path(created.path)))
