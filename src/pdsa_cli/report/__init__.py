"""The seminar overview: a summary model built from the workspace, and pure renderers
(terminal, Markdown, HTML, JSON) that turn it into text.

Layer 9, report: may import charts and every layer below; renderers are pure.
"""

from pdsa_cli.report.model import Summary
from pdsa_cli.report.summary import build_summary

__all__ = ["Summary", "build_summary"]
