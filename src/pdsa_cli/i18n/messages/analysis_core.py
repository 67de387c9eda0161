"""Messages of the analysis core and `pdsa analyze`: input problems, options, verdicts."""

MESSAGES: dict[str, dict[str, str]] = {
    # Stopping errors
    "analysis.csv_invalid": {
        "da": "Kan ikke analysere {path}: ret fejlene ovenfor.",
        "en": "Cannot analyse {path}: fix the problems above.",
    },
    "analysis.unknown_measure_close": {
        "da": "Ukendt måling '{measure}'; mente du '{close}'? Kendte målinger: {known}",
        "en": "Unknown measure '{measure}'; did you mean '{close}'? Known measures: {known}",
    },
    "analysis.unknown_measure": {
        "da": "Ukendt måling '{measure}' (hverken en fil eller en måling i arbejdsmappen). "
        "Kendte målinger: {known}",
        "en": "Unknown measure '{measure}' (neither a file nor a measure in the workspace). "
        "Known measures: {known}",
    },
    "analysis.measure_not_loaded": {
        "da": "Målingen '{measure}' kunne ikke læses, fordi dens fil har problemerne ovenfor. "
        "Ret dem, og prøv igen.",
        "en": "The measure '{measure}' could not be read because its file has the problems "
        "above. Fix them and try again.",
    },
    "analysis.bad_choice": {
        "da": "Ugyldig værdi '{value}' for --{option}. Vælg en af: {choices}",
        "en": "Invalid value '{value}' for --{option}. Choose one of: {choices}",
    },
    "analysis.bad_freeze": {
        "da": "--freeze skal være et helt tal på mindst 1 (fik {value}).",
        "en": "--freeze must be a whole number of at least 1 (got {value}).",
    },
    "analysis.bad_multiply": {
        "da": "--multiply skal være et tal forskelligt fra 0 (fik {value}).",
        "en": "--multiply must be a number other than 0 (got {value}).",
    },
    "analysis.bad_number_list": {
        "da": "{option} skal være hele tal adskilt af komma, fx 12,24 (fik '{value}').",
        "en": "{option} must be whole numbers separated by commas, e.g. 12,24 (got '{value}').",
    },
    "analysis.bad_position": {
        "da": "{option}: punkt {value} findes ikke; serien har punkt 1 til {size}.",
        "en": "{option}: there is no point {value}; the series has points 1 to {size}.",
    },
    "analysis.bad_part": {
        "da": "--part {value}: skæringspunkter skal ligge mellem 1 og {size} - 1 "
        "(fase 1 er punkt 1..K1, fase 2 er K1+1..K2, ...).",
        "en": "--part {value}: cut points must lie between 1 and {size} - 1 "
        "(phase 1 is points 1..K1, phase 2 is K1+1..K2, ...).",
    },
    "analysis.needs_n": {
        "da": "Et {chart}-kort skal have en nævner: tilføj kolonnen 'n' (eller brug "
        "numerator/denominator i målingen).",
        "en": "A {chart} chart needs a denominator: add the column 'n' (or use "
        "numerator/denominator in the measurements).",
    },
    "analysis.t_needs_positive": {
        "da": "Et T-kort skal have tider mellem hændelser større end 0.",
        "en": "A T chart needs times between events greater than 0.",
    },
    # Problems in a CSV file (file:line: column: message)
    "problem.csv-encoding": {
        "da": "filen er ikke UTF-8-tekst; gem den som CSV (UTF-8) og prøv igen",
        "en": "the file is not UTF-8 text; save it as CSV (UTF-8) and try again",
    },
    "problem.csv-unreadable": {
        "da": "filen kan ikke læses som CSV ({error})",
        "en": "the file cannot be read as CSV ({error})",
    },
    "problem.csv-missing-column": {
        "da": "kolonnen '{column}' mangler i overskriftslinjen (x og y skal være der)",
        "en": "the column '{column}' is missing from the header line (x and y are required)",
    },
    "problem.csv-no-rows": {
        "da": "filen har ingen datalinjer under overskriften",
        "en": "the file has no data lines below the header",
    },
    "problem.csv-not-a-number": {
        "da": "'{value}' er ikke et tal (lad feltet stå tomt, hvis værdien mangler)",
        "en": "'{value}' is not a number (leave the field empty when the value is missing)",
    },
    "problem.csv-negative-n": {
        "da": "nævneren {value} er negativ",
        "en": "the denominator {value} is negative",
    },
    # `pdsa analyze` output
    "analyze.col.point": {"da": "Nr.", "en": "No."},
    "analyze.short.improvement": {"da": "forbedring", "en": "improvement"},
    "analyze.short.concern": {"da": "bekymring", "en": "concern"},
    "analyze.short.neutral": {"da": "særlig", "en": "special"},
    "analyze.col.x": {"da": "x", "en": "x"},
    "analyze.col.y": {"da": "y", "en": "y"},
    "analyze.col.phase": {"da": "Fase", "en": "Phase"},
    "analyze.col.signals": {"da": "Signaler", "en": "Signals"},
    "analyze.col.variation": {"da": "Variation", "en": "Variation"},
    "analyze.title": {
        "da": "{source}: {chart}, {rules}",
        "en": "{source}: {chart}, {rules}",
    },
    "analyze.excluded": {"da": "udeladt", "en": "excluded"},
    "analyze.phase": {
        "da": "Fase {phase} (punkt {first}-{last})",
        "en": "Phase {phase} (points {first}-{last})",
    },
    "analyze.run_stats": {
        "da": "længste serie {longest_run} (grænse {longest_run_max}), "
        "{n_crossings} krydsninger (mindst {n_crossings_min})",
        "en": "longest run {longest_run} (limit {longest_run_max}), "
        "{n_crossings} crossings (at least {n_crossings_min})",
    },
    "analyze.too_few_points": {
        "da": "for få brugbare punkter til en serieanalyse",
        "en": "too few useful points for a runs analysis",
    },
    "analyze.signal": {"da": "signal: {text}", "en": "signal: {text}"},
    "analyze.hint": {"da": "bemærk: {text}", "en": "note: {text}"},
    "analyze.verdict": {
        "da": "Seneste punkt: {variation}",
        "en": "Latest point: {variation}",
    },
    "analyze.assurance": {
        "da": "mål {target}: {assurance}",
        "en": "target {target}: {assurance}",
    },
    "analyze.variation.common_cause": {
        "da": "almindelig variation",
        "en": "common-cause variation",
    },
    "analyze.variation.improvement": {
        "da": "særlig variation, forbedring",
        "en": "special-cause variation, improvement",
    },
    "analyze.variation.concern": {
        "da": "særlig variation, bekymring",
        "en": "special-cause variation, concern",
    },
    "analyze.variation.neutral": {
        "da": "særlig variation (ingen retning angivet)",
        "en": "special-cause variation (no direction given)",
    },
    "analyze.assurance.pass": {
        "da": "processen når målet hver gang",
        "en": "the process will meet the target every time",
    },
    "analyze.assurance.fail": {
        "da": "processen når ikke målet uden en ændring",
        "en": "the process will not meet the target without a change",
    },
    "analyze.assurance.inconsistent": {
        "da": "processen når målet nogle gange (ustabilt)",
        "en": "the process will meet the target only some of the time",
    },
}
