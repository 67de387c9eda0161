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
    # column headers of `pdsa export --excel` (English: the tidy ids, which tools know)
    "tables.head.municipality": {"da": "kommune", "en": "municipality"},
    "tables.head.initiative": {"da": "initiativ", "en": "initiative"},
    "tables.head.measure": {"da": "mål", "en": "measure"},
    "tables.head.measure_name": {"da": "målets navn", "en": "measure_name"},
    "tables.head.family": {"da": "familie", "en": "family"},
    "tables.head.unit": {"da": "enhed", "en": "unit"},
    "tables.head.date": {"da": "dato", "en": "date"},
    "tables.head.value": {"da": "værdi", "en": "value"},
    "tables.head.numerator": {"da": "tæller", "en": "numerator"},
    "tables.head.denominator": {"da": "nævner", "en": "denominator"},
    "tables.head.note": {"da": "note", "en": "note"},
    "tables.head.exclude": {"da": "udelad", "en": "exclude"},
    "tables.head.reason": {"da": "begrundelse", "en": "reason"},
    "tables.head.cycle": {"da": "cyklus", "en": "cycle"},
    "tables.head.title": {"da": "titel", "en": "title"},
    "tables.head.status": {"da": "status", "en": "status"},
    "tables.head.decision": {"da": "beslutning", "en": "decision"},
    "tables.head.plan_date": {"da": "plan dato", "en": "plan_date"},
    "tables.head.do_start": {"da": "afprøvning start", "en": "do_start"},
    "tables.head.do_end": {"da": "afprøvning slut", "en": "do_end"},
    "tables.head.study_date": {"da": "studér dato", "en": "study_date"},
    "tables.head.act_date": {"da": "handl dato", "en": "act_date"},
    "tables.head.measures": {"da": "mål i cyklussen", "en": "measures"},
    "tables.head.file": {"da": "fil", "en": "file"},
    "tables.sheet.measurements": {"da": "målinger", "en": "measurements"},
    "tables.sheet.cycles": {"da": "cyklusser", "en": "cycles"},
    "tables.yes": {"da": "ja", "en": "yes"},
    "tables.no": {"da": "nej", "en": "no"},
}
