"""The driver diagram as a plain tree, drawn from the files: the programme's aim -> primary
drivers -> secondary drivers -> change ideas (methods) -> the initiatives that test them in each
municipality.

The tree holds values only (ids, names, status and evidence words), so the terminal tree, the
picture (:mod:`pdsa_cli.charts.drivers`), Markdown, HTML and JSON show the same diagram. Whether
the data show an improvement is decided above this layer (:mod:`pdsa_cli.report.drivers`, from
the summary's signals) and handed in.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from pdsa_cli.models import Initiative, SecondaryDriver
from pdsa_cli.workspace.index import Entry, Workspace

# What the data say about an initiative: a signal of improvement on one of its measures, none
# (yet) on the measures that could be analysed, or too few data to analyse any.
IMPROVEMENT = "improvement"
NO_IMPROVEMENT = "no_improvement"
NOT_ANALYSED = "not_analysed"


@dataclass(frozen=True)
class InitiativeEvidence:
    status: str = NOT_ANALYSED  # IMPROVEMENT, NO_IMPROVEMENT or NOT_ANALYSED
    measures: tuple[str, ...] = ()  # the names of the measures that show the improvement


@dataclass(frozen=True)
class InitiativeNode:
    id: str
    name: str
    municipality: str
    municipality_name: str
    status: str  # an InitiativeStatus value
    method: str  # a Method value
    evidence: InitiativeEvidence = InitiativeEvidence()


@dataclass(frozen=True)
class ChangeIdeaNode:
    method: str  # a Method value
    listed: bool  # named under the driver in programme.yaml (else only by an initiative)
    initiatives: tuple[InitiativeNode, ...]


@dataclass(frozen=True)
class SecondaryNode:
    id: str
    name: str
    change_ideas: tuple[ChangeIdeaNode, ...]

    @property
    def initiatives(self) -> tuple[InitiativeNode, ...]:
        return tuple(i for idea in self.change_ideas for i in idea.initiatives)


@dataclass(frozen=True)
class PrimaryNode:
    id: str
    name: str
    secondary: tuple[SecondaryNode, ...]


@dataclass(frozen=True)
class DriverDiagram:
    programme: str
    aim: str | None
    primary: tuple[PrimaryNode, ...]
    unlinked: tuple[InitiativeNode, ...]  # naming no driver, or one the programme lacks
    municipality: str | None = None  # the municipality it is narrowed to, if any

    @property
    def empty(self) -> bool:
        """True when the programme has no drivers: there is no diagram to draw."""
        return not self.primary

    def initiatives(self) -> Iterator[InitiativeNode]:
        """Every initiative in the diagram, linked ones first, in drawing order."""
        for primary in self.primary:
            for secondary in primary.secondary:
                yield from secondary.initiatives
        yield from self.unlinked


def build_diagram(
    workspace: Workspace,
    municipality: str | None = None,
    evidence: Mapping[str, InitiativeEvidence] | None = None,
) -> DriverDiagram:
    """The programme's driver diagram with the initiatives (of `municipality`, or all) hung
    under the secondary drivers they name; `evidence` by initiative id (default: none)."""
    programme = workspace.programme.model if workspace.programme else None
    evidence = evidence or {}
    entries = [
        entry
        for entry in workspace.initiatives.values()
        if municipality is None or entry.municipality == municipality
    ]
    nodes = sorted(
        (_node(workspace, entry, evidence) for entry in entries),
        key=lambda n: (n.municipality_name.casefold(), n.name.casefold(), n.id),
    )
    by_driver: dict[str | None, list[InitiativeNode]] = {}
    drivers = {entry.id: entry.model.driver for entry in entries}
    for node in nodes:
        by_driver.setdefault(drivers[node.id], []).append(node)
    primary = tuple(
        PrimaryNode(
            p.id, p.name, tuple(_secondary(s, by_driver.pop(s.id, [])) for s in p.secondary)
        )
        for p in (programme.drivers if programme else [])
    )
    order = {node.id: place for place, node in enumerate(nodes)}
    loose = (node for group in by_driver.values() for node in group)
    unlinked = tuple(sorted(loose, key=lambda node: order[node.id]))
    return DriverDiagram(
        programme=programme.name if programme else workspace.root.name,
        aim=programme.aim if programme else None,
        primary=primary,
        unlinked=unlinked,
        municipality=municipality,
    )


def _node(
    workspace: Workspace, entry: Entry[Initiative], evidence: Mapping[str, InitiativeEvidence]
) -> InitiativeNode:
    owner = workspace.municipalities.get(entry.municipality or "")
    return InitiativeNode(
        id=entry.id,
        name=entry.model.name,
        municipality=entry.municipality or "",
        municipality_name=owner.model.name if owner else entry.municipality or "",
        status=entry.model.status.value,
        method=entry.model.method.value,
        evidence=evidence.get(entry.id, InitiativeEvidence()),
    )


def _secondary(driver: SecondaryDriver, initiatives: list[InitiativeNode]) -> SecondaryNode:
    """The driver's listed change ideas first (each with the initiatives using that method),
    then the other methods its initiatives use."""
    methods: list[str] = [m.value for m in driver.change_ideas]
    listed = set(methods)
    methods += list(dict.fromkeys(i.method for i in initiatives if i.method not in listed))
    ideas = tuple(
        ChangeIdeaNode(
            method, method in listed, tuple(i for i in initiatives if i.method == method)
        )
        for method in methods
    )
    return SecondaryNode(driver.id, driver.name, ideas)
