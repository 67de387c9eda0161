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
        "da": "fandt ingen kolonne til {field}; angiv den med {flag} (fundet: {found})",
        "en": "found no column for {field}; name it with {flag} (found: {found})",
    },
    "problem.import-no-date": {
        "da": "rækken har ingen dato (en tom celle); udfyld den eller slet rækken",
        "en": "the row has no date (an empty cell); fill it in or delete the row",
    },
    "problem.import-duplicate-period": {
        "da": "perioden {date} står mere end én gang i filen",
        "en": "the period {date} appears more than once in the file",
    },
    "problem.import-duplicate-column": {
        "da": "overskriften '{column}' står over to kolonner ({first} og {second}); giv dem "
        "hver sit navn, så det er klart, hvilken der skal læses",
        "en": "the header '{column}' is over two columns ({first} and {second}); give each "
        "its own name, so it is clear which one to read",
    },
    "tables.columns_refused": {
        "da": "Intet er skrevet: ret kolonnernes overskrifter (se ovenfor).",
        "en": "Nothing was written: fix the column headers (see above).",
    },
    "problem.import-percent-for-proportion": {
        "da": "kolonnen '{column}' har procenter (fx '{value}'), men målet er en andel: en "
        "andel skal have tæller og nævner (hvor mange ud af hvor mange), for 40 % af 5 og "
        "40 % af 500 giver forskellige kontrolgrænser. Tilføj kolonner med tæller og nævner, "
        "eller log procenterne i et mål af typen værdi med enheden %",
        "en": "the column '{column}' holds percentages (e.g. '{value}'), but the measure is a "
        "proportion: a proportion needs a numerator and a denominator (how many out of how "
        "many), since 40% of 5 and 40% of 500 give different control limits. Add numerator "
        "and denominator columns, or log the percentages in a value measure with unit %",
    },
    "problem.import-percent-not-here": {
        "da": "'{value}' er en procent, men målet måles i '{unit}'; skriv tallet uden %",
        "en": "'{value}' is a percentage, but the measure is in '{unit}'; write the number "
        "without %",
    },
    "problem.import-which-measure": {
        "da": "filen har målinger af flere mål ({found}); vælg hvilket med --from-measure",
        "en": "the file holds measurements of several measures ({found}); choose one with "
        "--from-measure",
    },
    "problem.import-no-such-measure-rows": {
        "da": "filen har ingen rækker for målet '{measure}' (fundet: {found})",
        "en": "the file has no rows for the measure '{measure}' (found: {found})",
    },
    "problem.import-several-numbers": {
        "da": "fandt ingen kolonne til værdien, og flere kolonner har tal ({found}); angiv "
        "den rigtige med --value-col",
        "en": "found no column for the value, and several columns hold numbers ({found}); name "
        "the right one with --value-col",
    },
    "tables.file_too_large": {
        "da": "{path} er for stor til at blive læst (højst {limit} MB).",
        "en": "{path} is too large to be read (at most {limit} MB).",
    },
    "tables.too_many_columns": {
        "da": "{path} har indhold {where}; der læses højst {limit} kolonner. Slet "
        "indholdet der, eller kopiér tabellen til et nyt ark. Intet er skrevet.",
        "en": "{path} has content {where}; at most {limit} columns are read. Delete "
        "what is there, or copy the table to a new sheet. Nothing was written.",
    },
    "tables.too_many_rows": {
        "da": "{path} har indhold {where}; der læses højst {limit} rækker. Slet "
        "indholdet der, eller del filen op. Intet er skrevet.",
        "en": "{path} has content {where}; at most {limit} rows are read. Delete "
        "what is there, or split the file. Nothing was written.",
    },
    "tables.where_cell": {"da": "i cellen {cell}", "en": "in cell {cell}"},
    "tables.where_line": {
        "da": "i linje {line}, felt {field}",
        "en": "on line {line}, field {field}",
    },
    "tables.csv_unreadable": {
        "da": "{path} kan ikke læses som CSV fra linje {line} ({error}). Et felt kan være "
        "enormt eller et anførselstegn mangle sin partner: ret filen i dit regneark, gem igen "
        "som CSV, og prøv igen. Intet er ændret.",
        "en": "{path} cannot be read as CSV from line {line} ({error}). A field may be huge or a "
        "quote may lack its partner: fix the file in your spreadsheet, save it as CSV again "
        "and try again. Nothing was changed.",
    },
    "tables.csv_field_too_long": {
        "da": "{path} kan ikke læses som CSV fra linje {line}: et felt er længere end {limit} "
        "tegn (mangler et anførselstegn?). Ret filen; intet er skrevet.",
        "en": "{path} cannot be read as CSV from line {line}: a field is longer than {limit} "
        "characters (a quote missing?). Fix the file; nothing was written.",
    },
    "tables.xlsx_unreadable": {
        "da": "{path} kan ikke læses som et Excel-regneark (.xlsx) ({error}). Gem den igen "
        "fra Excel, eller gem den som CSV. Intet er skrevet.",
        "en": "{path} cannot be read as an Excel workbook (.xlsx) ({error}). Save it again "
        "from Excel, or save it as CSV. Nothing was written.",
    },
    "tables.no_sheet": {
        "da": "{path} har intet ark, der hedder '{sheet}' (arkene er: {sheets}).",
        "en": "{path} has no sheet called '{sheet}' (the sheets are: {sheets}).",
    },
    "tables.value_from": {
        "da": "Værdierne er læst fra kolonnen '{column}' (den eneste kolonne med tal ud over "
        "dato og note).",
        "en": "The values were read from the column '{column}' (the only column of numbers "
        "beside the date and the note).",
    },
    "tables.rows_of_measure": {
        "da": "Rækkerne er dem for målet '{measure}' i filen.",
        "en": "The rows are those of the measure '{measure}' in the file.",
    },
    "tables.more_problems": {
        "da": "… og {count} problem(er) mere (de første {shown} er vist).",
        "en": "… and {count} more problem(s) (the first {shown} are shown).",
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
        "da": "Intet er skrevet: filen har {count} problem(er) (se ovenfor).",
        "en": "Nothing was written: the file has {count} problem(s) (see above).",
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
    "tables.field.date": {"da": "datoen", "en": "the date"},
    "tables.field.value": {"da": "værdien", "en": "the value"},
    "tables.field.numerator": {"da": "tælleren", "en": "the numerator"},
    "tables.field.denominator": {"da": "nævneren", "en": "the denominator"},
    "tables.no_header_row": {
        "da": "{path}: række {row} er tom eller findes ikke; --header-row skal pege på rækken "
        "med kolonnernes overskrifter.",
        "en": "{path}: row {row} is empty or does not exist; --header-row must point to the row "
        "holding the columns' headers.",
    },
    "tables.titles_skipped": {
        "da": "Overskrifterne står i række {row}; {count} række(r) over den (titler) er sprunget "
        "over. Angiv en anden med --header-row.",
        "en": "The headers are in row {row}; {count} row(s) above it (titles) were skipped. "
        "Name another with --header-row.",
    },
    "tables.totals_left_out": {
        "da": "Række {rows} er en total (I alt, Total, Sum) og er udeladt.",
        "en": "Row {rows} is a total (I alt, Total, Sum) and was left out.",
    },
    "tables.col.date": {"da": "Dato", "en": "Date"},
    "tables.col.value": {"da": "Værdi", "en": "Value"},
    "tables.col.numerator": {"da": "Tæller", "en": "Numerator"},
    "tables.col.denominator": {"da": "Nævner", "en": "Denominator"},
    "tables.col.note": {"da": "Note", "en": "Note"},
    "tables.col.exclude": {"da": "Udelad", "en": "Exclude"},
    "tables.col.reason": {"da": "Begrundelse", "en": "Reason"},
    "tables.col.measure": {"da": "Måling", "en": "Measure"},
    # column headers of `pdsa export --excel` (English: the tidy ids, which tools know)
    "tables.head.municipality": {"da": "kommune", "en": "municipality"},
    "tables.head.initiative": {"da": "indsats", "en": "initiative"},
    "tables.head.measure": {"da": "måling", "en": "measure"},
    "tables.head.measure_name": {"da": "målingens navn", "en": "measure_name"},
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
    "tables.head.plan_date": {"da": "plandato", "en": "plan_date"},
    "tables.head.do_start": {"da": "afprøvningens start", "en": "do_start"},
    "tables.head.do_end": {"da": "afprøvningens slutning", "en": "do_end"},
    "tables.head.study_date": {"da": "studiedato", "en": "study_date"},
    "tables.head.act_date": {"da": "beslutningsdato", "en": "act_date"},
    "tables.head.measures": {"da": "målinger i cyklussen", "en": "measures"},
    "tables.head.file": {"da": "fil", "en": "file"},
    "tables.sheet.measurements": {"da": "målinger", "en": "measurements"},
    "tables.sheet.cycles": {"da": "cyklusser", "en": "cycles"},
    "tables.yes": {"da": "ja", "en": "yes"},
    "tables.no": {"da": "nej", "en": "no"},
}
