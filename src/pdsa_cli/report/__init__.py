"""The reports: the seminar overview, the closing report, the change package and the driver
diagram. Each has a model built from the workspace (`summary`, `final`, `package`); a builder
(`builders/`) turns the model into a document (`document`), and one writer per format
(`writers/`: terminal, Markdown, HTML) turns any document into text; `render` pairs them by
name. JSON is written from the models (`json_format`).

Layer 9, report: may import charts and every layer below; builders and writers are pure.

The names are loaded on first use, so a report served whole from the cache
(`pdsa_cli.report.report_cache`) never pays for importing the models and the analysis.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pdsa_cli.report.model import Summary
    from pdsa_cli.report.summary import build_summary

_NAMES = {"Summary": "pdsa_cli.report.model", "build_summary": "pdsa_cli.report.summary"}


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        return getattr(import_module(_NAMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Summary", "build_summary"]
