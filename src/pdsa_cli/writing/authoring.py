"""New files: a workspace (`pdsa init`), a cycle in an initiative's ramp (`pdsa new`), the
municipality and initiative it may need, and a measure (`pdsa new-measure`).

Content is built as ruamel.yaml maps (so it is written the way people write YAML by hand),
validated by the model as the loader will read it, and only then created, never overwriting
an existing file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from pdsa_cli.errors import PdsaError, UsageError, display_path
from pdsa_cli.models import Cycle
from pdsa_cli.models.common import MAX_TRACKS
from pdsa_cli.workspace.index import (
    CYCLE_PREFIX,
    INITIATIVE_FILE,
    MEASURES_DIR,
    MODEL_OF_KIND,
    MUNICIPALITY_FILE,
    PROGRAMME_FILE,
    FileKind,
)
from pdsa_cli.writing.inputs import check_id, check_title, slugify
from pdsa_cli.writing.locate import (
    SCHEMAS_DIR,
    cycle_files,
    cycle_number,
    initiative_dir,
    initiative_dirs,
    inside,
    measure_ids,
    municipality_ids,
    next_cycle_number,
    numbers_in_ramp,
    schema_ref,
    unknown_id,
)
from pdsa_cli.writing.writer import (
    NewFile,
    create_files,
    dump_text,
    read_valid,
    schema_header,
    text_scalar,
    validate_text,
    workspace_lock,
)

DEFAULT_TRACKS = {
    "da": ["Mødet med borgerne i hverdagen", "Mødet med pårørende i hverdagen"],
    "en": ["Meeting the citizens in everyday life", "Meeting the relatives in everyday life"],
}


@dataclass
class ProgrammeDraft:
    name: str
    language: str = "da"
    tracks: list[str] = field(default_factory=list)
    description: str | None = None


@dataclass
class MunicipalityDraft:
    id: str
    name: str
    contact_role: str


@dataclass
class InitiativeDraft:
    id: str
    municipality: str
    name: str
    track: int
    aim: str
    method: str
    method_description: str | None = None
    driver: str | None = None  # the secondary driver of the programme's driver diagram


@dataclass
class MeasureDraft:
    """A new measure; the closed sets (family, data type, ...) are checked by the model."""

    id: str
    initiative: str
    name: str
    family: str
    definition: str
    unit: str
    data_type: str
    chart: str = "run"
    direction: str = "neutral"
    frequency: str = "week"
    target: float | None = None
    theme: str | None = None  # shared across municipalities, e.g. documentation-time
    allow_negative: bool = False


@dataclass
class CycleDraft:
    """What a user gives for a new cycle; `None` means not given (yet)."""

    initiative: str | None = None
    title: str | None = None
    objective: str | None = None
    questions: list[tuple[str, str | None]] = field(default_factory=list)
    who: str | None = None
    what: str | None = None
    where: str | None = None
    when: str | None = None
    data_collection: str | None = None
    measures: list[str] = field(default_factory=list)
    change_idea: str | None = None
    plan_date: dt.date | None = None
    previous: int | None = None


@dataclass(frozen=True)
class Created:
    path: Path  # the new cycle file (or programme file for init)
    number: int | None = None
    also: tuple[Path, ...] = ()  # folders' files made along the way (municipality, initiative)


# -- content --------------------------------------------------------------------------------


def _mapping(pairs: list[tuple[str, Any]]) -> CommentedMap:
    """A mapping of the given keys in order, leaving out what is not given."""
    out = CommentedMap()
    for key, value in pairs:
        if value is None or value == []:
            continue
        out[key] = text_scalar(value) if isinstance(value, str) else value
    return out


def _flow_list(items: list[str]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _text(document: CommentedMap, header: str) -> str:
    return header + dump_text(document)


def programme_text(draft: ProgrammeDraft, header: str) -> str:
    tracks = CommentedSeq(
        _mapping([("id", number), ("name", name)])
        for number, name in enumerate(draft.tracks, start=1)
    )
    pairs = [("name", draft.name), ("description", draft.description)]
    return _text(_mapping([*pairs, ("language", draft.language), ("tracks", tracks)]), header)


def municipality_text(draft: MunicipalityDraft, header: str) -> str:
    pairs = [("name", draft.name), ("contact_role", draft.contact_role)]
    return _text(_mapping(pairs), header)


def initiative_text(draft: InitiativeDraft, header: str, started: dt.date) -> str:
    aim = _mapping([("statement", draft.aim)])
    pairs: list[tuple[str, Any]] = [
        ("name", draft.name),
        ("track", draft.track),
        ("driver", draft.driver),
        ("aim", aim),
        ("method", draft.method),
        ("method_description", draft.method_description),
        ("status", "active"),
        ("started", started),
    ]
    return _text(_mapping(pairs), header)


def measure_text(draft: MeasureDraft, header: str) -> str:
    pairs: list[tuple[str, Any]] = [
        ("name", draft.name),
        ("family", draft.family),
        ("definition", draft.definition),
        ("unit", draft.unit),
        ("data_type", draft.data_type),
        ("chart", draft.chart),
        ("direction", draft.direction),
        ("target", draft.target),
        ("frequency", draft.frequency),
        ("theme", draft.theme),
        ("allow_negative", draft.allow_negative or None),
    ]
    document = _mapping(pairs)
    document["measurements"] = _flow_list([])  # `pdsa log` and `pdsa import` fill it
    return _text(document, header)


def cycle_text(draft: CycleDraft, number: int, header: str) -> str:
    questions = CommentedSeq(
        _mapping([("question", question), ("prediction", prediction)])
        for question, prediction in draft.questions
    )
    plan = _mapping(
        [
            ("date", draft.plan_date),
            ("objective", draft.objective),
            ("questions", questions if draft.questions else None),
            ("who", draft.who),
            ("what", draft.what),
            ("where", draft.where),
            ("when", draft.when),
            ("data_collection", draft.data_collection),
        ]
    )
    top: list[tuple[str, Any]] = [
        ("number", number),
        ("title", draft.title),
        ("change_idea", draft.change_idea),
        ("measures", _flow_list(draft.measures) if draft.measures else None),
        ("previous", draft.previous),
        ("plan", plan),
    ]
    return _text(_mapping(top), header)


def cycle_file_name(number: int, title: str) -> str:
    return f"{CYCLE_PREFIX}{number:02d}-{slugify(title)}.yaml"


# -- the ramp -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RampStep:
    """What the Act of an earlier cycle hands on to the next one."""

    number: int
    title: str
    next_step: str | None
    decision: str | None
    change_idea: str | None
    measures: list[str]


def ramp_step(root: Path, initiative: str, number: int) -> RampStep:
    folder = initiative_dir(root, initiative)
    for path in cycle_files(folder):
        if cycle_number(path) == number:
            _, cycle = read_valid(path, Cycle)
            return RampStep(
                number=number,
                title=cycle.title,
                next_step=cycle.act.next_step if cycle.act else None,
                decision=cycle.act.decision.value if cycle.act else None,
                change_idea=cycle.change_idea,
                measures=list(cycle.measures),
            )
    known = ", ".join(map(str, sorted(numbers_in_ramp(folder)))) or "-"
    raise PdsaError("writing.unknown_cycle", initiative=initiative, number=number, known=known)


def prefill_from(draft: CycleDraft, step: RampStep) -> CycleDraft:
    """Continue the ramp: the Act's next step becomes the objective; the link is `previous`."""
    draft.previous = step.number
    draft.objective = draft.objective or step.next_step
    draft.change_idea = draft.change_idea or step.change_idea
    draft.measures = draft.measures or list(step.measures)
    return draft


def latest_step(root: Path, initiative: str) -> int | None:
    taken = numbers_in_ramp(initiative_dir(root, initiative))
    return max(taken) if taken else None


def cycle_dates(cycle: Cycle) -> list[dt.date]:
    """Every date a cycle holds, in the order of its phases."""
    dates = [cycle.plan.date]
    if cycle.do is not None:
        dates += [cycle.do.start, *([cycle.do.end] if cycle.do.end else [])]
    dates += [phase.date for phase in (cycle.study, cycle.act) if phase is not None]
    return [day for day in dates if day is not None]


def last_date_in_ramp(root: Path, initiative: str) -> dt.date | None:
    """The latest date of the initiative's cycles (None: no readable cycle yet): where the
    next cycle's plan starts when a team writes down work done in the past."""
    folder = initiative_dirs(root).get(initiative)
    if folder is None:
        return None
    days: list[dt.date] = []
    for path in cycle_files(folder):
        try:
            days += cycle_dates(read_valid(path, Cycle)[1])
        except PdsaError:
            continue  # an unreadable cycle is validate's to report, not a reason to stop here
    return max(days) if days else None


# -- checks ------------------------------------------------------------------------------------


def missing_for_cycle(draft: CycleDraft) -> list[str]:
    """The required values a draft still lacks, by option name."""
    required = {"initiative": draft.initiative, "title": draft.title, "objective": draft.objective}
    return [name for name, value in required.items() if not value]


def _check_measures(root: Path, measures: list[str]) -> None:
    known = measure_ids(root)
    for measure in measures:
        check_id(measure, "measure")
        if measure not in known:
            raise unknown_id("measure", measure, known)


def _validated(path: Path, text: str, kind: FileKind) -> NewFile:
    validate_text(text, MODEL_OF_KIND[kind], path)
    return NewFile(path, text)


def _header(path: Path, root: Path, kind: FileKind) -> str:
    return schema_header(schema_ref(path, root, kind))


# -- creating -----------------------------------------------------------------------------------


def _municipality_file(root: Path, draft: MunicipalityDraft) -> NewFile:
    check_id(draft.id, "municipality")
    if draft.id in municipality_ids(root):
        raise PdsaError("writing.municipality_exists", municipality=draft.id)
    path = inside(root, root / draft.id / MUNICIPALITY_FILE)
    text = municipality_text(draft, _header(path, root, FileKind.MUNICIPALITY))
    return _validated(path, text, FileKind.MUNICIPALITY)


def _initiative_file(root: Path, draft: InitiativeDraft, today: dt.date) -> NewFile:
    check_id(draft.id, "initiative")
    check_id(draft.municipality, "municipality")
    if draft.id in initiative_dirs(root):
        raise PdsaError("writing.initiative_exists", initiative=draft.id)
    path = inside(root, root / draft.municipality / draft.id / INITIATIVE_FILE)
    text = initiative_text(draft, _header(path, root, FileKind.INITIATIVE), today)
    return _validated(path, text, FileKind.INITIATIVE)


def create_measure(root: Path, draft: MeasureDraft) -> Path:
    """Write a new measure file in its initiative's `measures/` folder (ids are unique across
    the workspace; an existing measure is never replaced)."""
    check_id(draft.id, "measure")
    folder = initiative_dir(root, draft.initiative)
    with workspace_lock(root):
        known = measure_ids(root)
        if draft.id in known:
            shown = display_path(known[draft.id])
            raise PdsaError("writing.measure_exists", measure=draft.id, path=shown)
        path = inside(root, folder / MEASURES_DIR / f"{draft.id}.yaml")
        text = measure_text(draft, _header(path, root, FileKind.MEASURE))
        create_files([_validated(path, text, FileKind.MEASURE)])
    return path


def create_cycle(
    root: Path,
    draft: CycleDraft,
    new_municipality: MunicipalityDraft | None = None,
    new_initiative: InitiativeDraft | None = None,
) -> Created:
    """Write the next cycle of the ramp (and a new municipality/initiative when asked)."""
    missing = missing_for_cycle(draft)
    if missing:
        raise UsageError("writing.missing_values", names=", ".join(f"--{m}" for m in missing))
    assert draft.initiative and draft.title
    initiative = check_id(draft.initiative, "initiative")
    title = check_title(draft.title)
    if draft.plan_date is None and new_initiative is None:
        draft.plan_date = last_date_in_ramp(root, initiative)
    draft.plan_date = draft.plan_date or dt.date.today()
    _check_measures(root, draft.measures)
    with workspace_lock(root):
        extra: list[NewFile] = []
        if new_municipality is not None:
            extra.append(_municipality_file(root, new_municipality))
        if new_initiative is not None:
            extra.append(_initiative_file(root, new_initiative, draft.plan_date))
            folder = root / new_initiative.municipality / new_initiative.id
            number = 1
        else:
            folder = initiative_dir(root, initiative)
            number = next_cycle_number(folder)
        if draft.previous is not None and draft.previous >= number:
            raise PdsaError("writing.previous_not_earlier", previous=draft.previous, number=number)
        path = inside(root, folder / cycle_file_name(number, title))
        text = cycle_text(draft, number, _header(path, root, FileKind.CYCLE))
        cycle = _validated(path, text, FileKind.CYCLE)
        create_files([*extra, cycle])
    return Created(path, number, tuple(new.path for new in extra))


# -- a new workspace ----------------------------------------------------------------------------


def schema_documents() -> dict[str, str]:
    """JSON Schema text of every file kind, generated from the models."""
    return {
        f"{kind.value}.schema.json": json.dumps(
            model.model_json_schema(), indent=2, ensure_ascii=False
        )
        + "\n"
        for kind, model in MODEL_OF_KIND.items()
    }


def init_workspace(root: Path, draft: ProgrammeDraft, with_schemas: bool = True) -> Created:
    """A new workspace: `programme.yaml`, a `.gitignore` for the lock file, and the schemas.

    The schemas go into `<root>/schemas/` so editors validate from the first keystroke, unless
    the workspace sits beside a `schemas/` folder already (a repository like pdsa-cli's own).
    """
    programme = root / PROGRAMME_FILE
    if programme.exists():
        raise PdsaError("writing.workspace_exists", path=display_path(programme))
    if draft.language not in ("da", "en"):
        raise UsageError("writing.bad_language", value=draft.language)
    draft.tracks = draft.tracks or DEFAULT_TRACKS[draft.language]
    if len(draft.tracks) > MAX_TRACKS:
        raise UsageError("writing.too_many_tracks", count=len(draft.tracks), most=MAX_TRACKS)
    files: list[NewFile] = []
    if with_schemas and not (root.parent / SCHEMAS_DIR).is_dir():
        folder = root / SCHEMAS_DIR
        files += [
            NewFile(folder / name, text)
            for name, text in schema_documents().items()
            if not (folder / name).exists()
        ]
    header = schema_header(_schema_ref_for_init(root, programme, with_schemas))
    text = programme_text(draft, header)
    files.append(_validated(programme, text, FileKind.PROGRAMME))
    if not (root / ".gitignore").exists():
        files.append(NewFile(root / ".gitignore", ".pdsa.lock\n.*.pdsa-tmp\n"))
    create_files(files)
    return Created(programme, None, tuple(f.path for f in files if f.path != programme))


def _schema_ref_for_init(root: Path, programme: Path, with_schemas: bool) -> str:
    if with_schemas and not (root.parent / SCHEMAS_DIR).is_dir():
        return f"{SCHEMAS_DIR}/{FileKind.PROGRAMME.value}.schema.json"
    return schema_ref(programme, root, FileKind.PROGRAMME)


__all__ = [
    "DEFAULT_TRACKS",
    "CycleDraft",
    "InitiativeDraft",
    "MunicipalityDraft",
    "ProgrammeDraft",
    "RampStep",
    "create_cycle",
    "init_workspace",
    "latest_step",
    "missing_for_cycle",
    "prefill_from",
    "ramp_step",
]
