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
}
