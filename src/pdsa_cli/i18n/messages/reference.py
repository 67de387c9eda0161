"""Words of the generated CLI reference (docs/cli.md, docs/cli.da.md)."""

MESSAGES: dict[str, dict[str, str]] = {
    "reference.title": {"da": "Kommandoreference", "en": "Command reference"},
    "reference.intro": {
        "da": "Genereret fra `pdsa --help` med `python -m pdsa_cli.cli.reference da`; "
        "ret ikke i hånden.",
        "en": "Generated from `pdsa --help` by `python -m pdsa_cli.cli.reference en`; "
        "do not edit by hand.",
    },
    "reference.global": {"da": "globale tilvalg", "en": "global options"},
    "reference.name": {"da": "Navn", "en": "Name"},
    "reference.meaning": {"da": "Betydning", "en": "Meaning"},
    "reference.default": {"da": "standard", "en": "default"},
}
