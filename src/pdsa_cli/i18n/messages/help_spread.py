"""Danish help for `pdsa package`, `pdsa adopt` and `pdsa summary --final` (see help.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "help.package": {
        "da": "En forandringspakke: en side, der kan printes (den endelige version, rampen, mål, "
        "resultater, forudsigelser, faldgruber og en kontaktrolle), og change.yaml til `pdsa "
        "adopt`, samlet i én zip-fil.",
    },
    "help.package.initiative": {"da": "Indsatsen, hvis forandring pakkes."},
    "help.package.out": {"da": "Zip-filen, der skrives (standard: <indsats>.zip)."},
    "help.package.format": {"da": "Siden i pakken: html eller md."},
    "help.package.charts": {"da": "Tegn diagrammerne."},
    "help.adopt": {
        "da": "Tag en anden kommunes forandring op: en ny indsats, der nævner kilden "
        "(adapted_from), de samme mål uden data og cyklus 1, der afprøver den endelige version.",
    },
    "help.adopt.source": {"da": "Et indsats-id i arbejdsmappen eller en pakkefil (.zip)."},
    "help.adopt.municipality": {"da": "Kommunen, der tager forandringen op."},
    "help.adopt.initiative_id": {
        "da": "Den nye indsats' id (standard: <kommune>-<navn>).",
    },
    "help.adopt.name": {"da": "Den nye indsats' navn (standard: kildens)."},
    "help.adopt.municipality_name": {"da": "Navnet på en ny kommune."},
    "help.adopt.contact_role": {"da": "En ny kommunes kontakt (en rolle, ikke et navn)."},
    "help.adopt.target_date": {"da": "Målets måldato (standard: kildens, som forslag)."},
    "help.adopt.driver": {
        "da": "Den sekundære driver (standard: kildens, hvis jeres drivermodel har den)."
    },
    "help.adopt.date": {
        "da": "Plandato for cyklus 1 (standard: den dag kilden indførte ændringen, ellers i dag)."
    },
    "help.adopt.no_input": {"da": "Spørg ikke om noget; en manglende påkrævet værdi er en fejl."},
}
MESSAGES["help.summary.final"] = {
    "da": "Den afsluttende rapport over hele programmet (html eller md).",
}
