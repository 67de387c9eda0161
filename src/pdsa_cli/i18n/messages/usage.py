"""The command-line library's own sentences (typer/click), as `pdsa_cli.cli.usage_words`
recognises them: a command called wrongly."""

MESSAGES: dict[str, dict[str, str]] = {
    "usage.error_title": {"da": "Fejl", "en": "Error"},
    "usage.try_help": {
        "da": "Skriv [blue]'{command_path} {help_option}'[/] for at få hjælp.",
        "en": "Try [blue]'{command_path} {help_option}'[/] for help.",
    },
    "usage.usage": {"da": "Brug:", "en": "Usage:"},
    "usage.options": {"da": "[TILVALG]", "en": "[OPTIONS]"},
    "usage.command_args": {"da": "KOMMANDO [ARGUMENTER]...", "en": "COMMAND [ARGS]..."},
    "usage.no_such_option": {
        "da": "Ukendt tilvalg: {name}",
        "en": "No such option: {name}",
    },
    "usage.no_such_option_hint": {
        "da": "Ukendt tilvalg: {name}. Mente du {options}?",
        "en": "No such option: {name} (Possible options: {options})",
    },
    "usage.no_such_command": {
        "da": "Ukendt kommando '{name}'.",
        "en": "No such command '{name}'.",
    },
    "usage.no_such_command_hint": {
        "da": "Ukendt kommando '{name}'. Mente du {options}?",
        "en": "No such command '{name}'. Did you mean {options}?",
    },
    "usage.missing_command": {"da": "Der mangler en kommando.", "en": "Missing command."},
    "usage.missing_argument": {
        "da": "Argumentet {name} mangler. {more}",
        "en": "Missing argument {name}. {more}",
    },
    "usage.missing_option": {
        "da": "Tilvalget {name} mangler. {more}",
        "en": "Missing option {name}. {more}",
    },
    "usage.extra_arguments": {
        "da": "For mange argumenter: {args} (sæt tekst med mellemrum i anførselstegn).",
        "en": "Got unexpected extra arguments: {args} (put text with spaces in quotes).",
    },
    "usage.needs_value": {
        "da": "Tilvalget '{name}' skal have en værdi efter sig.",
        "en": "Option '{name}' requires an argument.",
    },
    "usage.needs_values": {
        "da": "Tilvalget '{name}' skal have {n} værdier efter sig.",
        "en": "Option '{name}' requires {n} arguments.",
    },
    "usage.takes_no_value": {
        "da": "Tilvalget '{name}' tager ingen værdi.",
        "en": "Option '{name}' does not take a value.",
    },
    "usage.invalid_value": {
        "da": "Ugyldig værdi for {name}: {reason}",
        "en": "Invalid value for {name}: {reason}",
    },
    "usage.invalid": {"da": "Ugyldig værdi: {reason}", "en": "Invalid value: {reason}"},
    "usage.inner": {"da": "{reason}", "en": "{reason}"},
    "usage.not_whole": {"da": "skal være et helt tal.", "en": "must be a whole number."},
    "usage.not_number": {
        "da": "skal være et tal (fx 14 eller 14.5).",
        "en": "must be a number (e.g. 14 or 14.5).",
    },
    "usage.not_yes_no": {"da": "skal være ja eller nej.", "en": "must be yes or no."},
    "usage.at_least": {"da": "skal være mindst {n}.", "en": "must be at least {n}."},
    "usage.at_most": {"da": "må højst være {n}.", "en": "must be at most {n}."},
    "usage.not_one_of": {
        "da": "{value} er ikke en af {choices}.",
        "en": "{value} is not one of {choices}.",
    },
    "usage.bad_date": {
        "da": "{value} er ikke en dato (skriv fx 2021-06-01, 01-06-2021 eller 01.06.2021).",
        "en": "{value} is not a date (write e.g. 2021-06-01, 01-06-2021 or 01.06.2021).",
    },
    "usage.not_valid": {
        "da": "{value} er ikke gyldig her.",
        "en": "{value} is not valid here.",
    },
    "usage.no_path": {"da": "{path} findes ikke.", "en": "{path} does not exist."},
}
