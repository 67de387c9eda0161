"""Words of the speed work (issue 16): the chart cache option, the long-series terminal view."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "help.summary.cache": {
        "da": "Genbrug diagrammer, hvis data, cyklusser og indstillinger er uændrede siden "
        "sidste kørsel, og hele rapporten, hvis intet i arbejdsmappen er ændret (gemt i din "
        "cache-mappe eller PDSA_CACHE_DIR; aldrig i arbejdsmappen).",
    },
    "help.analyze.as_csv": {
        "da": "Tabellen med hvert punkt som CSV på standard-output (til regneark).",
    },
    "analyze.long.more": {
        "da": "{hidden} af {total} punkter er ikke vist (…). Alle punkter: "
        "pdsa analyze {source} --csv (en tabel til regneark) eller --json (til programmer).",
        "en": "{hidden} of {total} points are not shown (…). Every point: "
        "pdsa analyze {source} --csv (a table for spreadsheets) or --json (for programs).",
    },
    "analyze.long.more_points": {
        "da": "… og {count} punkter mere",
        "en": "… and {count} more points",
    },
}
