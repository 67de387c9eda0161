"""Messages shared by every command."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.error_prefix": {"da": "Fejl", "en": "Error"},
    "cli.warning_prefix": {"da": "Advarsel", "en": "Warning"},
    "cli.unexpected": {
        "da": "Uventet fejl i pdsa ({error}). Kør igen med --debug for detaljer, "
        "og meld fejlen til udviklerne.",
        "en": "Unexpected error in pdsa ({error}). Run again with --debug for details, "
        "and report it to the developers.",
    },
    "cli.not_a_number": {
        "da": "'{value}' er ikke et tal (skriv fx 14, 0,9 eller 0.9)",
        "en": "'{value}' is not a number (write e.g. 14, 0.9 or 0,9)",
    },
    "cli.bad_lang": {
        "da": "Ukendt sprog '{value}'. Vælg da eller en.",
        "en": "Unknown language '{value}'. Choose da or en.",
    },
    "cli.no_workspace": {
        "da": "Fandt ingen arbejdsmappe (en mappe med programme.yaml) i {path} eller i mapperne "
        "over den. Angiv den med --cycles, gå ind i den med cd, eller opret en med 'pdsa init'.",
        "en": "No workspace found (a folder holding programme.yaml) at {path} or in the folders "
        "above it. Point to it with --cycles, cd into it, or create one with 'pdsa init'.",
    },
    "cli.file_not_found": {
        "da": "Filen findes ikke: {path}",
        "en": "File not found: {path}",
    },
}
