"""The driver diagram as a document: a tree of lists (aim -> primary -> secondary drivers ->
change ideas -> initiatives) and, where the writer can show it, the diagram drawn
(`pdsa drivers --out FILE.html`, and a section of the seminar overview)."""

from __future__ import annotations

from pdsa_cli.report.document import (
    Blocks,
    BulletList,
    Document,
    Emphasis,
    Figure,
    Item,
    Mark,
    Paragraph,
    Section,
    Strong,
    text,
)
from pdsa_cli.report.drivers import initiative_label, method_label
from pdsa_cli.report.wording import t
from pdsa_cli.workspace.drivers import IMPROVEMENT, DriverDiagram, InitiativeNode


def _leaf(node: InitiativeNode, lang: str) -> Item:
    star = (Mark("star", "★"),) if node.evidence.status == IMPROVEMENT else ()
    return Item((*star, *text(initiative_label(node, lang))), role=f"initiative {node.status}")


def drivers_tree(diagram: DriverDiagram, lang: str) -> BulletList:
    """The diagram as nested lists, the aim at the root."""
    none = Item(text(t("drivers.no_initiative", lang)), role="none")
    primaries = []
    for primary in diagram.primary:
        secondaries = []
        for secondary in primary.secondary:
            ideas = tuple(
                Item(
                    (Emphasis(text(method_label(idea.method, lang))),),
                    (BulletList(tuple(_leaf(n, lang) for n in idea.initiatives) or (none,)),),
                )
                for idea in secondary.change_ideas
            )
            secondaries.append(Item(text(secondary.name), (BulletList(ideas or (none,)),)))
        primaries.append(Item((Strong(text(primary.name)),), (BulletList(tuple(secondaries)),)))
    aim = diagram.aim or t("drivers.no_aim", lang)
    root = Item(
        (Strong(text(f"{t('drivers.aim', lang)}:")), *text(" ", aim)),
        (BulletList(tuple(primaries)),),
    )
    return BulletList((root,), role="drivers")


def _unlinked(diagram: DriverDiagram, lang: str) -> Blocks:
    if not diagram.unlinked:
        return ()
    leaves = tuple(_leaf(node, lang) for node in diagram.unlinked)
    return (Paragraph((Strong(text(t("drivers.unlinked", lang))),)), BulletList(leaves))


def drivers_figure(diagram: DriverDiagram, lang: str, lists: bool = True) -> Figure:
    """The diagram drawn (the chart `drivers`), else (`lists`) as lists."""
    label = f"{t('drivers.title', lang)}: {diagram.programme}"
    data = drivers_tree(diagram, lang) if lists else None
    return Figure(label, ref="drivers", data=data, role="drivers")


def drivers_section(diagram: DriverDiagram | None, lang: str) -> Blocks:
    """The seminar overview's part on the driver diagram (none without a diagram)."""
    if diagram is None:
        return ()
    note = t("drivers.evidence_note.summary", lang)
    children = (drivers_figure(diagram, lang), *_unlinked(diagram, lang))
    return (
        Section(
            text(t("drivers.title", lang)),
            (*children, Paragraph((Emphasis(text(note)),), role="quiet")),
            ident="drivers",
            contents=True,
        ),
    )


def drivers_document(diagram: DriverDiagram, lang: str) -> Document:
    """`pdsa drivers`: a title, the diagram drawn (where it can be), the tree, what
    'improvement' means."""
    title = f"{t('drivers.title', lang)}: {diagram.programme}"
    note = t("drivers.evidence_note", lang)
    body = (
        drivers_figure(diagram, lang, lists=False),
        drivers_tree(diagram, lang),
        *_unlinked(diagram, lang),
        Paragraph((Emphasis(text(note)),), role="quiet"),
    )
    return Document("drivers", lang, title, title, (), body)
