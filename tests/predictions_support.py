"""Build small workspaces for the prediction tests: in memory, or as files in a tmp folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from pdsa_cli.models import Cycle, Measure
from pdsa_cli.workspace.index import Entry, Workspace

PROGRAMME: dict[str, Any] = {
    "name": "Testprogram",
    "language": "en",
    "tracks": [{"id": 1, "name": "Mødet med borgeren"}],
}
INITIATIVE: dict[str, Any] = {
    "name": "Feedbackmøder",
    "track": 1,
    "aim": {"statement": "Flere borgere oplever et nærværende møde inden udgangen af 2021."},
    "method": "reflecting-team",
}


def weekly(start: str, values: list[float]) -> list[dict[str, Any]]:
    """Weekly measurements with a value, from `start`."""
    first = dt.date.fromisoformat(start)
    return [
        {"date": (first + dt.timedelta(weeks=i)).isoformat(), "value": v}
        for i, v in enumerate(values)
    ]


def weekly_ratio(start: str, pairs: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Weekly numerator/denominator measurements from `start`."""
    first = dt.date.fromisoformat(start)
    return [
        {"date": (first + dt.timedelta(weeks=i)).isoformat(), "numerator": n, "denominator": d}
        for i, (n, d) in enumerate(pairs)
    ]


def measure(
    data_type: str = "value",
    measurements: list[dict[str, Any]] | None = None,
    frequency: str = "week",
    unit: str = "minutes",
    name: str = "Tid til første samtale",
) -> dict[str, Any]:
    return {
        "name": name,
        "family": "outcome",
        "definition": "Som defineret i testen.",
        "unit": unit,
        "data_type": data_type,
        "frequency": frequency,
        "measurements": measurements or [],
    }


def cycle(
    number: int = 1,
    predictions: list[dict[str, Any]] | None = None,
    do: dict[str, Any] | None = None,
    study: dict[str, Any] | None = None,
    measures: list[str] | None = None,
    questions: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "number": number,
        "title": f"Test {number}",
        "measures": measures if measures is not None else ["m"],
        "plan": {
            "objective": "Afprøve feedbackmøder.",
            "predictions": predictions or [],
            "questions": questions or [],
        },
    }
    if do is not None:
        data["do"] = do
    if study is not None:
        data["study"] = study
    return data


def in_memory(measures: dict[str, dict[str, Any]], cycles: list[dict[str, Any]]) -> Workspace:
    """A workspace of one municipality and one initiative, without files."""
    root = Path("cycles")
    workspace = Workspace(root=root)
    folder = root / "kommune" / "indsats"
    for id_, data in measures.items():
        workspace.measures[id_] = Entry(
            id_,
            Measure.model_validate(data),
            folder / "measures" / f"{id_}.yaml",
            "kommune",
            "indsats",
        )
    for data in cycles:
        stem = f"cycle-{data['number']:02d}-test"
        workspace.cycles.append(
            Entry(stem, Cycle.model_validate(data), folder / f"{stem}.yaml", "kommune", "indsats")
        )
    return workspace


def _write(root: Path, path: Path, kind: str, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    depth = len(path.relative_to(root).parts)  # the schemas folder sits beside the workspace
    header = f"# yaml-language-server: $schema={'../' * depth}schemas/{kind}.schema.json\n"
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


class Builder:
    """Writes a workspace as YAML files below `root`."""

    def __init__(self, root: Path, language: str = "en") -> None:
        self.root = root
        _write(root, root / "programme.yaml", "programme", {**PROGRAMME, "language": language})

    def municipality(self, id_: str) -> Builder:
        data = {"name": f"{id_.title()} Kommune", "contact_role": "læringsagent"}
        _write(self.root, self.root / id_ / "municipality.yaml", "municipality", data)
        return self

    def initiative(self, municipality: str, id_: str) -> Builder:
        _write(
            self.root, self.root / municipality / id_ / "initiative.yaml", "initiative", INITIATIVE
        )
        return self

    def measure(
        self, municipality: str, initiative: str, id_: str, data: dict[str, Any]
    ) -> Builder:
        path = self.root / municipality / initiative / "measures" / f"{id_}.yaml"
        _write(self.root, path, "measure", data)
        return self

    def cycle(self, municipality: str, initiative: str, data: dict[str, Any]) -> Builder:
        path = self.root / municipality / initiative / f"cycle-{data['number']:02d}-test.yaml"
        _write(self.root, path, "cycle", data)
        return self
