"""The driver diagram: its checks in `pdsa validate`, `pdsa drivers` and its words in the summary.

Danish words as improvement teams use them: driverdiagram, primær/sekundær driver,
forandringsidé (the methods), indsats.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the model (programme.yaml) ---
    "rule.duplicate_driver_id": {
        "da": "driver-id'et '{id}' bruges to gange; hver driver skal have sit eget id",
        "en": "the driver id '{id}' is used twice; each driver needs its own id",
    },
    "rule.driver_id_form": {
        "da": "id'et '{id}' skal skrives med små bogstaver, tal og bindestreger (æ -> ae, "
        "ø -> oe, å -> aa), fx 'borgerens-stemme'",
        "en": "the id '{id}' must be written in lower-case letters, digits and hyphens "
        "(æ -> ae, ø -> oe, å -> aa), e.g. 'citizens-voice'",
    },
    # --- checks in pdsa validate (all warnings) ---
    "problem.driver-missing": {
        "da": "indsatsen nævner ingen driver. Tilføj 'driver:' med id'et på den sekundære "
        "driver, den arbejder på: {known}.",
        "en": "the initiative names no driver. Add 'driver:' with the id of the secondary "
        "driver it works on: {known}.",
    },
    "problem.unknown-driver": {
        "da": "'{driver}' er ikke en sekundær driver i programme.yaml{note}. {choose}",
        "en": "'{driver}' is not a secondary driver in programme.yaml{note}. {choose}",
    },
    "drivers.note.primary": {
        "da": " (det er en primær driver; nævn en af dens sekundære)",
        "en": " (it is a primary driver; name one of its secondary drivers)",
    },
    "drivers.choose": {"da": "Vælg en af: {known}.", "en": "Choose one of: {known}."},
    "drivers.choose.none": {
        "da": "Programmet har ingen drivere endnu: tilføj 'drivers:' i programme.yaml.",
        "en": "The programme has no drivers yet: add 'drivers:' to programme.yaml.",
    },
    "problem.driver-without-initiative": {
        "da": "ingen indsats arbejder på driveren '{name}' endnu. Knyt en indsats til den med "
        "'driver: {id}' i dens initiative.yaml, eller fjern driveren.",
        "en": "no initiative works on the driver '{name}' yet. Link one with 'driver: {id}' in "
        "its initiative.yaml, or remove the driver.",
    },
    "problem.driver-without-secondary": {
        "da": "den primære driver '{name}' har ingen sekundære drivere. Tilføj 'secondary:' under "
        "den med det, der skal til for at flytte den.",
        "en": "the primary driver '{name}' has no secondary drivers. Add 'secondary:' under it "
        "with what it takes to move it.",
    },
    "problem.aim-not-smart": {
        "da": "målet er ikke SMART endnu: {missing}. Tilføj det, der mangler, under 'aim:'.",
        "en": "the aim is not SMART yet: {missing}. Add what is missing under 'aim:'.",
    },
    "drivers.missing.1": {"da": "{a}", "en": "{a}"},
    "drivers.missing.2": {"da": "{a} og {b}", "en": "{a} and {b}"},
    "drivers.missing.3": {"da": "{a}, {b} og {c}", "en": "{a}, {b} and {c}"},
    "drivers.part.measure": {
        "da": "ingen måling at følge det på ('measure')",
        "en": "it names no measure ('measure')",
    },
    "drivers.part.target": {"da": "ingen målværdi ('target')", "en": "no target value ('target')"},
    "drivers.part.target_date": {
        "da": "ingen dato for målet ('target_date')",
        "en": "no target date ('target_date')",
    },
    "problem.aim-target-before-start": {
        "da": "målets dato {date} ligger før indsatsens start ({started}).",
        "en": "the aim's target date {date} is before the initiative started ({started}).",
    },
    # --- pdsa drivers ---
    "drivers.title": {"da": "Driverdiagram", "en": "Driver diagram"},
    "drivers.aim": {"da": "Målsætning", "en": "Aim"},
    "drivers.no_aim": {
        "da": "(programmet har intet mål: skriv 'aim:' i programme.yaml)",
        "en": "(the programme has no aim: write 'aim:' in programme.yaml)",
    },
    "drivers.primary": {"da": "Primære drivere", "en": "Primary drivers"},
    "drivers.secondary": {"da": "Sekundære drivere", "en": "Secondary drivers"},
    "drivers.change_ideas": {"da": "Forandringsidéer", "en": "Change ideas"},
    "drivers.initiatives": {"da": "Indsatser", "en": "Initiatives"},
    "drivers.other_method": {
        "da": "anden metode (se indsatsen)",
        "en": "other method (see the initiative)",
    },
    "drivers.no_initiative": {"da": "ingen indsats endnu", "en": "no initiative yet"},
    "drivers.unlinked": {
        "da": "Indsatser uden driver (tilføj 'driver:' i initiative.yaml)",
        "en": "Initiatives without a driver (add 'driver:' to initiative.yaml)",
    },
    "drivers.evidence.improvement": {
        "da": "data viser forbedring ({measures})",
        "en": "data show improvement ({measures})",
    },
    "drivers.evidence.no_improvement": {
        "da": "ingen forbedring i data endnu",
        "en": "no improvement in the data yet",
    },
    "drivers.evidence.not_analysed": {
        "da": "for få data til at vurdere",
        "en": "too few data to judge",
    },
    "drivers.legend.improvement": {
        "da": "★ data viser forbedring",
        "en": "★ data show improvement",
    },
    "drivers.no_diagram": {
        "da": "Programmet har intet driverdiagram endnu. Skriv programmets mål ('aim:') og dets "
        "drivere ('drivers:') i {path}; se docs/file-format.md.",
        "en": "The programme has no driver diagram yet. Write the programme's aim ('aim:') and "
        "its drivers ('drivers:') in {path}; see docs/file-format.md.",
    },
    "drivers.programme_unreadable": {
        "da": "{path} kunne ikke læses, så diagrammet kan ikke tegnes. Kør 'pdsa validate' og "
        "ret det, den peger på.",
        "en": "{path} could not be read, so the diagram cannot be drawn. Run 'pdsa validate' "
        "and fix what it points to.",
    },
    "drivers.unknown_municipality": {
        "da": "Kommunen '{name}' findes ikke. Kendte kommuner: {known}.",
        "en": "The municipality '{name}' does not exist. Known municipalities: {known}.",
    },
    "drivers.out_suffix": {
        "da": "--out skal ende på .svg, .png, .pdf eller .html, ikke '{path}'.",
        "en": "--out must end in .svg, .png, .pdf or .html, not '{path}'.",
    },
    "drivers.written": {
        "da": "Driverdiagrammet er skrevet til {path}.",
        "en": "The driver diagram is written to {path}.",
    },
    "drivers.load_problems": {
        "da": "Arbejdsmappen har fejl ({count}); diagrammet viser det, der kunne læses. "
        "Kør 'pdsa validate'.",
        "en": "The workspace has errors ({count}); the diagram shows what could be read. "
        "Run 'pdsa validate'.",
    },
    "drivers.evidence_note": {
        "da": "★ Forbedring: et signal i retning af forbedring på et af indsatsens mål "
        "(programmets regelsæt), med alle målinger til i dag.",
        "en": "★ Improvement: a signal in the direction of improvement on one of the initiative's "
        "measures (the programme's rule set), using every measurement up to today.",
    },
    "drivers.evidence_note.summary": {
        "da": "★ Forbedring: et signal i retning af forbedring på et af indsatsens mål (de samme "
        "signaler som nedenfor), med målingerne til periodens slutning.",
        "en": "★ Improvement: a signal in the direction of improvement on one of the initiative's "
        "measures (the same signals as below), using the measurements up to the period's end.",
    },
    # --- help (English beside the command) ---
    "help.drivers": {
        "da": "Driverdiagrammet: programmets mål, drivere, forandringsidéer og de indsatser, "
        "der afprøver dem i hver kommune.\n\nPå skærmen som et træ; --out tegner det som "
        "SVG, PNG, PDF eller en HTML-side.",
    },
    "help.drivers.municipality": {"da": "Kun denne kommunes indsatser (dens id)."},
    "help.drivers.out": {"da": "Tegn diagrammet i denne fil: .svg, .png, .pdf eller .html."},
}
