"""Messages of `pdsa import` and `pdsa export`."""

MESSAGES: dict[str, dict[str, str]] = {
    "problem.import-bad-period": {
        "da": "'{value}' er ikke en dato, uge eller måned (fx 2021-03-15, 15-03-2021, "
        "uge 14 2021, 2021-W14, marts 2021, 2021-03)",
        "en": "'{value}' is not a date, week or month (e.g. 2021-03-15, 15-03-2021, "
        "week 14 2021, 2021-W14, March 2021, 2021-03)",
    },
    "problem.import-bad-number": {
        "da": "'{value}' er ikke et tal",
        "en": "'{value}' is not a number",
    },
    "problem.import-bad-row": {
        "da": "rækken kan ikke bruges: {reason}",
        "en": "the row cannot be used: {reason}",
    },
    "problem.import-bad-flag": {
        "da": "udelad skal være ja eller nej (fik '{value}')",
        "en": "exclude must be yes or no (got '{value}')",
    },
    "problem.import-needs-ratio": {
        "da": "målet er en andel eller rate: rækken skal have tæller og nævner",
        "en": "the measure is a proportion or rate: the row needs a numerator and a denominator",
    },
    "problem.import-needs-value": {
        "da": "rækken har ingen værdi",
        "en": "the row has no value",
    },
    "problem.import-unknown-column": {
        "da": "kolonnen '{column}' findes ikke i filen (fundet: {found})",
        "en": "there is no column '{column}' in the file (found: {found})",
    },
    "problem.csv-unknown-column": {
        "da": "ukendt kolonne '{column}'; kolonnerne hedder: {known}",
        "en": "unknown column '{column}'; the columns are named: {known}",
    },
    "problem.import-missing-column": {
        "da": "fandt ingen kolonne til {field}; angiv den med --{field}-col (fundet: {found})",
        "en": "found no column for {field}; name it with --{field}-col (found: {found})",
    },
    "problem.import-duplicate-period": {
        "da": "perioden {date} står mere end én gang i filen",
        "en": "the period {date} appears more than once in the file",
    },
    "tables.invalid_workspace": {
        "da": "Arbejdsmappen har fejl (se ovenfor); ret dem og eksportér igen.",
        "en": "The workspace has errors (see above); fix them and export again.",
    },
    "tables.bad_suffix": {
        "da": "Kan ikke skrive '{path}': vælg en fil, der ender på .csv eller .xlsx.",
        "en": "Cannot write '{path}': choose a file ending in .csv or .xlsx.",
    },
    "tables.import_refused": {
        "da": "Intet er skrevet: {count} række(r) kan ikke bruges (se ovenfor).",
        "en": "Nothing was written: {count} row(s) cannot be used (see above).",
    },
    "tables.preview": {
        "da": "{count} målinger til {measure} (kolonner: {map}):",
        "en": "{count} measurements for {measure} (columns: {map}):",
    },
    "tables.exists": {
        "da": "{path} findes allerede; vælg et andet navn, eller brug --force for at overskrive.",
        "en": "{path} exists already; choose another name, or use --force to overwrite it.",
    },
    "tables.confirm": {"da": "Skriv dem?", "en": "Write them?"},
    "tables.nothing_written": {"da": "Intet er skrevet.", "en": "Nothing was written."},
    "tables.col.date": {"da": "Dato", "en": "Date"},
    "tables.col.value": {"da": "Værdi", "en": "Value"},
    "tables.col.numerator": {"da": "Tæller", "en": "Numerator"},
    "tables.col.denominator": {"da": "Nævner", "en": "Denominator"},
    "tables.col.note": {"da": "Note", "en": "Note"},
}
