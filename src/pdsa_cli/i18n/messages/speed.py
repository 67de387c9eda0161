"""Words of the speed work (issue 16): the chart cache option, the long-series terminal view."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "help.summary.cache": {
        "da": "Genbrug diagrammer, hvis data, cyklusser og indstillinger er uændrede siden "
        "sidste kørsel (gemt i din cache-mappe eller PDSA_CACHE_DIR; aldrig i arbejdsmappen).",
    },
}
