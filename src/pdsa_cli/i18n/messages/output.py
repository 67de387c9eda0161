"""Messages of the files users ask for: exports, charts, reports (`pdsa_cli.writing.output`)."""

MESSAGES: dict[str, dict[str, str]] = {
    "output.write_failed": {
        "da": "Kunne ikke skrive {path}: {reason}. Der er ikke efterladt nogen halv fil; "
        "en fil, der fandtes i forvejen, er uændret.",
        "en": "Could not write {path}: {reason}. No partial file was left; "
        "a file that was there before is unchanged.",
    },
    "output.exists": {
        "da": "{path} findes allerede; vælg et andet navn, eller brug --force for at overskrive.",
        "en": "{path} exists already; choose another name, or use --force to overwrite it.",
    },
    "output.reason.no_space": {
        "da": "disken er fuld (frigør plads, eller skriv et andet sted)",
        "en": "the disk is full (free some space, or write somewhere else)",
    },
    "output.reason.too_large": {
        "da": "filen er større, end systemet tillader",
        "en": "the file is larger than the system allows",
    },
    "output.reason.no_permission": {
        "da": "du har ikke lov til at skrive der (vælg en anden mappe)",
        "en": "you may not write there (choose another folder)",
    },
    "output.reason.read_only": {
        "da": "drevet er skrivebeskyttet (vælg en anden mappe)",
        "en": "the drive is read-only (choose another folder)",
    },
    "output.reason.is_folder": {
        "da": "det er en mappe, ikke en fil",
        "en": "it is a folder, not a file",
    },
    "output.reason.not_folder": {
        "da": "mappen findes ikke og kan ikke oprettes",
        "en": "the folder does not exist and cannot be made",
    },
}
