"""The summary as JSON for other tools: the model's fields, dates as ISO text, problems with
their messages in the chosen language."""

from __future__ import annotations

import json
from typing import Any

from pdsa_cli.report.model import Summary, to_plain

FORMAT_VERSION = 1


def summary_to_dict(summary: Summary, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = to_plain(summary)
    problems = [p.to_dict(lang) for p in summary.data_problems.problems]
    data["data_problems"]["problems"] = problems
    return {"format": "pdsa-summary", "version": FORMAT_VERSION, "lang": lang, **data}


def render_json(summary: Summary, lang: str) -> str:
    return json.dumps(summary_to_dict(summary, lang), ensure_ascii=False, indent=2) + "\n"
