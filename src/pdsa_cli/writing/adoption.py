"""`pdsa adopt`: take up another municipality's change as a new initiative.

From a package's description (:class:`ChangePackageFile`, read from a zip or built from an
initiative in the same workspace) this writes, as one change that is validated first and
leaves nothing behind on failure: the municipality (when new), the adopting initiative with
`adapted_from:` naming the source, the measures with the same operational definitions and no
data, and cycle 1 as a test of the package's final version (objective and change prefilled,
the prediction left for the team). The same change is never adopted twice into one
municipality, and no existing file is touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from pdsa_cli.errors import PdsaError, UsageError
from pdsa_cli.i18n import translate
from pdsa_cli.models import Initiative, Programme
from pdsa_cli.models.package import ChangePackageFile
from pdsa_cli.workspace.index import INITIATIVE_FILE, MEASURES_DIR, PROGRAMME_FILE, FileKind
from pdsa_cli.writing.authoring import (
    Created,
    CycleDraft,
    MeasureDraft,
    MunicipalityDraft,
    _header,
    _mapping,
    _municipality_file,
    _text,
    _validated,
    cycle_file_name,
    cycle_text,
    measure_text,
)
from pdsa_cli.writing.inputs import check_id, slugify
from pdsa_cli.writing.locate import initiative_dirs, inside, measure_ids, municipality_ids
from pdsa_cli.writing.writer import NewFile, create_files, read_valid, workspace_lock


@dataclass
class AdoptionDraft:
    """What the adopting team gives; None: take the default from the package."""

    municipality: str
    initiative: str | None = None
    name: str | None = None
    municipality_name: str | None = None  # only when the municipality is new
    contact_role: str | None = None
    plan_date: dt.date | None = None
    target_date: dt.date | None = None  # the aim's; None: the source's (a suggestion)
    driver: str | None = None  # the secondary driver; None: the source's when this diagram has it


def default_initiative_id(
    package: ChangePackageFile, municipality: str, taken: Collection[str] = ()
) -> str:
    """The source's id when it names no municipality and is free here (styrket-sammenhaeng
    stays so); else `<municipality>-<the rest>`: hoersholm-feedbackmoeder adopted by gribskov
    becomes gribskov-feedbackmoeder."""
    source = package.source
    own = source.initiative.startswith(f"{source.municipality}-")
    if not own and source.initiative not in taken:
        return source.initiative
    rest = source.initiative.removeprefix(f"{source.municipality}-")
    return f"{municipality}-{slugify(rest) or 'adoption'}"


def adopted_measure_id(
    package: ChangePackageFile, measure: str, initiative: str, taken: Collection[str] = ()
) -> str:
    """The measure's id in the adopting initiative: kept when it names no municipality and is
    free here (`fald` stays `fald`); else the source municipality's prefix replaced by the
    adopter's (hoersholm-dokumentation-min -> allerod-dokumentation-min); or, when that id is
    taken, the adopting initiative's id in front."""
    own = measure.startswith(f"{package.source.municipality}-")
    if not own and measure not in taken:
        return measure
    rest = measure.removeprefix(f"{package.source.municipality}-")
    municipality = initiative.split("-", 1)[0]
    short = f"{municipality}-{rest}"
    if own and short not in taken:
        return short
    return f"{initiative}-{rest}"


def default_plan_date(package: ChangePackageFile) -> dt.date:
    """Cycle 1's plan date when none is given: the day the source adopted the change (a team
    catching up on past work starts there), else today."""
    final = package.final_version
    return final.adopted if final is not None else dt.date.today()


def is_new_municipality(root: Path, municipality: str) -> bool:
    return municipality not in municipality_ids(root)


def earlier_adoption(root: Path, municipality: str, package: ChangePackageFile) -> str | None:
    """The initiative in `municipality` that already took up this change, if any."""
    for path in sorted((root / municipality).glob(f"*/{INITIATIVE_FILE}")):
        _, model = read_valid(path, Initiative)
        source = model.adapted_from
        if source is None or source.initiative != package.source.initiative:
            continue
        named = (None, package.source.municipality, package.source.municipality_name)
        if source.municipality in named:
            return path.parent.name
    return None


def adopt(
    root: Path,
    package: ChangePackageFile,
    draft: AdoptionDraft,
    package_name: str | None = None,
    lang: str | None = None,
) -> Created:
    """Create the adopting initiative, its measures and cycle 1; returns the cycle's path."""
    municipality = check_id(draft.municipality, "municipality")
    if municipality == package.source.municipality:
        raise PdsaError("adopt.own", source=package.source.initiative, municipality=municipality)
    taken = initiative_dirs(root)
    initiative = check_id(
        draft.initiative or default_initiative_id(package, municipality, taken), "initiative"
    )
    with workspace_lock(root):
        earlier = earlier_adoption(root, municipality, package)
        if earlier is not None:
            raise PdsaError(
                "adopt.twice",
                municipality=municipality,
                source=package.source.initiative,
                initiative=earlier,
            )
        if initiative in initiative_dirs(root):
            raise PdsaError("writing.initiative_exists", initiative=initiative)
        files: list[NewFile] = []
        if is_new_municipality(root, municipality):
            files.append(
                _municipality_file(
                    root,
                    MunicipalityDraft(
                        municipality,
                        draft.municipality_name or municipality,
                        draft.contact_role or "",
                    ),
                )
            )
        folder = root / municipality / initiative
        known = measure_ids(root)
        ids = {m.id: adopted_measure_id(package, m.id, initiative, known) for m in package.measures}
        for new_id in ids.values():
            check_id(new_id, "measure")
            if new_id in known:
                raise PdsaError("adopt.measure_taken", measure=new_id)
        plan_date = draft.plan_date or default_plan_date(package)
        files.append(_initiative(root, folder, package, draft, ids, plan_date, package_name))
        files += [_measure(root, folder, package, m.id, ids[m.id]) for m in package.measures]
        cycle = _cycle(root, folder, package, list(ids.values()), plan_date, lang)
        files.append(cycle)
        create_files(files)
    also = tuple(f.path for f in files if f is not cycle)
    return Created(cycle.path, 1, also)


def _initiative(
    root: Path,
    folder: Path,
    package: ChangePackageFile,
    draft: AdoptionDraft,
    ids: dict[str, str],
    started: dt.date,
    package_name: str | None,
) -> NewFile:
    source, model = package.source, package.initiative
    aim = _mapping(
        [
            ("statement", model.aim.statement),
            ("measure", ids.get(model.aim.measure or "")),
            ("target", model.aim.target),
            ("target_date", draft.target_date or model.aim.target_date),
        ]
    )
    final = package.final_version
    # A source outside this workspace is named as people know it (its id means nothing here).
    known = source.municipality in municipality_ids(root)
    adapted = _mapping(
        [
            ("initiative", source.initiative),
            ("municipality", source.municipality if known else source.municipality_name),
            ("cycle", final.cycle if final else None),
            ("package", package_name),
        ]
    )
    pairs: list[tuple[str, Any]] = [
        ("name", draft.name or model.name),
        ("track", int(model.track)),
        ("driver", carried_driver(root, package, draft.driver)),
        ("aim", aim),
        ("change_ideas", list(model.change_ideas)),
        ("method", model.method.value),
        ("method_description", model.method_description),
        ("status", "active"),
        ("started", started),
        ("adapted_from", adapted),
        ("description", model.why),
    ]
    document: CommentedMap = _mapping(pairs)
    path = inside(root, folder / INITIATIVE_FILE)
    text = _text(document, _header(path, root, FileKind.INITIATIVE))
    return _validated(path, text, FileKind.INITIATIVE)


def carried_driver(root: Path, package: ChangePackageFile, chosen: str | None) -> str | None:
    """The adopting initiative's secondary driver: the one chosen, else the source's when this
    workspace's diagram has it (another programme's driver means nothing here)."""
    drivers = secondary_drivers(root)
    if chosen is not None:
        if chosen not in drivers:
            known = ", ".join(sorted(drivers)) or "-"
            raise UsageError("writing.unknown_driver", driver=chosen, known=known)
        return chosen
    source = package.initiative.driver
    return source if source in drivers else None


def secondary_drivers(root: Path) -> set[str]:
    """The secondary driver ids of this workspace's diagram (none when it draws none)."""
    programme = root / PROGRAMME_FILE
    if not programme.is_file():
        return set()
    _, model = read_valid(programme, Programme)
    return {s.id for primary in model.drivers for s in primary.secondary}


def _measure(
    root: Path, folder: Path, package: ChangePackageFile, source_id: str, new_id: str
) -> NewFile:
    m = next(m for m in package.measures if m.id == source_id)
    draft = MeasureDraft(
        id=new_id,
        initiative=folder.name,
        name=m.name,
        family=m.family.value,
        definition=m.definition,
        unit=m.unit,
        data_type=m.data_type.value,
        chart=m.chart.value,
        direction=m.direction.value,
        frequency=m.frequency.value,
        target=m.target,
        theme=m.theme,
        allow_negative=m.allow_negative,
    )
    path = inside(root, folder / MEASURES_DIR / f"{new_id}.yaml")
    text = measure_text(draft, _header(path, root, FileKind.MEASURE))
    return _validated(path, text, FileKind.MEASURE)


def _cycle(
    root: Path,
    folder: Path,
    package: ChangePackageFile,
    measures: list[str],
    plan_date: dt.date,
    lang: str | None,
) -> NewFile:
    source, final = package.source, package.final_version
    name = source.municipality_name
    if final is not None:
        objective = translate(
            "adopt.objective", lang, change=final.title, municipality=name, cycle=final.cycle
        )
        change = final.change_idea or final.title
    else:
        objective = translate(
            "adopt.objective_no_final", lang, change=package.initiative.name, municipality=name
        )
        change = package.initiative.name
    draft = CycleDraft(
        initiative=folder.name,
        title=translate("adopt.cycle_title", lang, municipality=name),
        objective=objective,
        questions=[(translate("adopt.question", lang, municipality=name), None)],
        what=final.what if final else None,  # who, where and when are the adopters' own
        measures=measures,
        change_idea=change,
        plan_date=plan_date,
    )
    assert draft.title is not None
    path = inside(root, folder / cycle_file_name(1, draft.title))
    text = cycle_text(draft, 1, _header(path, root, FileKind.CYCLE))
    return _validated(path, text, FileKind.CYCLE)
