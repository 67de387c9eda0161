"""The driver diagram with its evidence: whether each initiative's data show an improvement.

The tree itself is :mod:`pdsa_cli.workspace.drivers`; the evidence is the summary's own
judgement of each measure (the signals of :func:`pdsa_cli.report.measures.measure_row`, whose
variation says improvement or concern), so the diagram and the seminar overview never disagree.
The diagram with evidence is built by :func:`pdsa_cli.report.summary.build_driver_diagram` and, for
the overview, inside :func:`pdsa_cli.report.summary.build_summary`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pdsa_cli.i18n import translate
from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.model import MeasureRow
from pdsa_cli.workspace.drivers import (
    IMPROVEMENT,
    NO_IMPROVEMENT,
    NOT_ANALYSED,
    InitiativeEvidence,
    InitiativeNode,
)


def initiative_evidence(rows: Iterable[MeasureRow]) -> InitiativeEvidence:
    """Improvement when a measure shows a signal of improvement; else no improvement (yet) when
    some measure could be analysed; else too few data to judge."""
    analysed = [row for row in rows if row.analysed]
    improved = tuple(
        row.name
        for row in analysed
        if any(s.variation == "improvement" and not s.hint for s in row.signals)
    )
    if improved:
        return InitiativeEvidence(IMPROVEMENT, improved)
    return InitiativeEvidence(NO_IMPROVEMENT if analysed else NOT_ANALYSED)


def evidence_by_initiative(
    rows_by_initiative: Mapping[str, Iterable[MeasureRow]],
) -> dict[str, InitiativeEvidence]:
    return {ident: initiative_evidence(rows) for ident, rows in rows_by_initiative.items()}


def driver_evidence_text(evidence: InitiativeEvidence, lang: str) -> str:
    measures = ", ".join(evidence.measures)
    return translate(f"drivers.evidence.{evidence.status}", lang, measures=measures)


def method_label(method: str, lang: str) -> str:
    """A change idea's name: the method in words (a free-text method: 'other')."""
    if method == "other":
        return translate("drivers.other_method", lang)
    return term("method", method, lang)


def initiative_label(node: InitiativeNode, lang: str) -> str:
    """'Hørsholm Kommune: Feedbackmøder (indført; data viser forbedring (...))'."""
    status = term("initiative_status", node.status, lang)
    evidence = driver_evidence_text(node.evidence, lang)
    return f"{node.municipality_name}: {node.name} ({status}; {evidence})"
