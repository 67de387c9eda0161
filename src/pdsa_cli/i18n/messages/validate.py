"""Messages of the loader, the checks and `pdsa validate` / `pdsa list` / `pdsa schema`.

`problem.<code>` is the message of each stable problem code; `type.*`, `reason.*`, `rule.*` and
`hint.*` are phrases placed inside them.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading a file ---
    "problem.yaml-syntax": {
        "da": "YAML-syntaksen er brudt her ({problem}). Tjek indrykning, kolon og anførselstegn.",
        "en": "the YAML syntax is broken here ({problem}). Check indentation, colons and quotes.",
    },
    "yaml.problem.colon": {
        "da": "et kolon for meget eller en forkert indrykket linje: en værdi med ': ' skal i "
        "anførselstegn",
        "en": "a colon too many, or a line indented wrongly: a value containing ': ' needs quotes",
    },
    "yaml.problem.indent": {
        "da": "indrykningen passer ikke med linjerne over",
        "en": "the indentation does not match the lines above",
    },
    "yaml.problem.list": {
        "da": "en liste ('- ...') og 'nøgle: værdi'-linjer er blandet på samme niveau",
        "en": "a list ('- ...') and 'key: value' lines are mixed at one level",
    },
    "yaml.problem.quote": {
        "da": "et anførselstegn er åbnet men ikke lukket",
        "en": "a quote is opened but never closed",
    },
    "yaml.problem.bracket": {
        "da": "en '[' mangler sin ']'",
        "en": "a '[' is missing its ']'",
    },
    "yaml.problem.brace": {
        "da": "en '{{' mangler sin '}}'",
        "en": "a '{{' is missing its '}}'",
    },
    "yaml.problem.documents": {
        "da": "filen rummer mere end ét dokument ('---' midt i filen); hver fil er ét dokument",
        "en": "the file holds more than one document ('---' in the middle); a file is one document",
    },
    "yaml.problem.alias": {
        "da": "et '*navn' peger på et '&navn', der ikke findes",
        "en": "a '*name' refers to an '&name' that does not exist",
    },
    "yaml.problem.character": {
        "da": "en værdi begynder med et tegn som @, % eller ` og skal i anførselstegn",
        "en": "a value starts with a character such as @, % or ` and needs quotes",
    },
    "problem.empty-file": {
        "da": "filen er tom. Udfyld den, eller slet den.",
        "en": "the file is empty. Fill it in, or delete it.",
    },
    "problem.not-a-mapping": {
        "da": "filen skal bestå af 'nøgle: værdi'-linjer, men er {found}.",
        "en": "the file must consist of 'key: value' lines, but it is {found}.",
    },
    "kind.initiative": {"da": "indsats", "en": "initiative"},
    "kind.measure": {"da": "mål", "en": "measure"},
    "found.list": {"da": "en liste", "en": "a list"},
    "found.text": {"da": "en enkelt tekst", "en": "a single text"},
    "problem.duplicate-key": {
        "da": "nøglen '{key}' står to gange (første gang på linje {first}). "
        "Kun den sidste ville blive læst; slet eller omdøb den ene.",
        "en": "the key '{key}' appears twice (first on line {first}). "
        "Only the last would be read; delete or rename one.",
    },
    "problem.tab-indent": {
        "da": "linjen er rykket ind med tabulator. YAML kræver mellemrum.",
        "en": "the line is indented with a tab. YAML needs spaces.",
    },
    "problem.encoding": {
        "da": "filen er ikke gemt som UTF-8 (fejl på denne linje). Gem den som UTF-8 i editoren.",
        "en": "the file is not saved as UTF-8 (error on this line). "
        "Save it as UTF-8 in the editor.",
    },
    "problem.unsafe-tag": {
        "da": "mærket '{tag}' er ikke tilladt (det udføres aldrig). Skriv værdien uden mærke.",
        "en": "the tag '{tag}' is not allowed (it is never executed). Write the value without it.",
    },
    "problem.alias-bomb": {
        "da": "filen udvider sig via aliaser (*navn) til mere end {limit} dele, eller et alias "
        "peger på sig selv. Den læses ikke.",
        "en": "the file expands through aliases (*name) to more than {limit} parts, or an alias "
        "refers to itself. It is not read.",
    },
    "problem.alias-too-large": {
        "da": "filen gentager via aliaser (*navn) mere end {limit} tegn tekst. Den læses ikke; "
        "skriv teksten ud, hvor den skal stå.",
        "en": "the file repeats more than {limit} characters of text through aliases (*name). "
        "It is not read; write the text out where it belongs.",
    },
    "problem.text-too-long": {
        "da": "teksten har {length} tegn, mere end de {limit}, et felt må rumme. Den læses ikke; "
        "forkort den, eller læg den lange tekst i et dokument ved siden af og henvis til det.",
        "en": "the text has {length} characters, more than the {limit} a field may hold. It is "
        "not read; shorten it, or keep the long text in a document beside it and refer to that.",
    },
    "problem.file-too-large": {
        "da": "filen er større end {limit} MB, så pdsa læser den ikke. Del den op, eller fjern "
        "det, der ikke hører hjemme i en PDSA-fil.",
        "en": "the file is larger than {limit} MB, so pdsa does not read it. Split it, or remove "
        "what does not belong in a PDSA file.",
    },
    "problem.too-many-measurements": {
        "da": "målet har {count} målinger, flere end de {limit}, ét mål kan rumme. Del det op i "
        "flere mål (fx ét pr. år: kopiér filen, og behold hvert års målinger i sin egen), eller "
        "registrér uge- eller månedstal i stedet for enkeltmålinger.",
        "en": "the measure has {count} measurements, more than the {limit} one measure can hold. "
        "Split it into several measures (one per year, say: copy the file and keep each year's "
        "measurements in its own), or log weekly or monthly figures instead of single values.",
    },
    "problem.complex-key": {
        "da": "en nøgle skal være almindelig tekst, ikke en liste eller et opslag.",
        "en": "a key must be plain text, not a list or a mapping.",
    },
    "problem.unreadable": {
        "da": "filen kan ikke læses ({error}).",
        "en": "the file cannot be read ({error}).",
    },
    # --- one file's fields ---
    "problem.missing-field": {
        "da": "feltet '{field}' mangler og skal udfyldes.",
        "en": "the field '{field}' is missing and must be filled in.",
    },
    "problem.unknown-key": {
        "da": "ukendt nøgle '{key}'{hint}.",
        "en": "unknown key '{key}'{hint}.",
    },
    "problem.wrong-type": {
        "da": "'{value}' passer ikke her: feltet skal være {expected}.",
        "en": "'{value}' does not fit here: the field must be {expected}.",
    },
    "problem.empty-value": {
        "da": "feltet '{field}' er tomt og skal udfyldes.",
        "en": "the field '{field}' is empty and must be filled in.",
    },
    "problem.invalid-value": {
        "da": "'{value}' er ikke tilladt: {reason}.",
        "en": "'{value}' is not allowed: {reason}.",
    },
    "problem.invalid-combination": {"da": "{reason}.", "en": "{reason}."},
    # --- across files ---
    "problem.unknown-measure": {
        "da": "målet '{measure}' findes ikke (ingen fil measures/{measure}.yaml).",
        "en": "the measure '{measure}' does not exist (no file measures/{measure}.yaml).",
    },
    "problem.unknown-initiative": {
        "da": "indsatsmappen '{initiative}' har ingen initiative.yaml.",
        "en": "the initiative folder '{initiative}' has no initiative.yaml.",
    },
    "problem.unknown-municipality": {
        "da": "kommunemappen '{municipality}' har ingen municipality.yaml.",
        "en": "the municipality folder '{municipality}' has no municipality.yaml.",
    },
    "problem.unknown-track": {
        "da": "spor {track} findes ikke i programmets 'tracks'.",
        "en": "track {track} is not one of the programme's 'tracks'.",
    },
    "problem.duplicate-id": {
        "da": "id'et '{id}' ({kind}) bruges også af {first}. "
        "Id'er skal være entydige; omdøb den ene.",
        "en": "the id '{id}' ({kind}) is also used by {first}. Ids must be unique; rename one.",
    },
    "problem.duplicate-cycle-number": {
        "da": "cyklus nummer {number} findes allerede i rampen ({other}).",
        "en": "cycle number {number} already exists in the ramp ({other}).",
    },
    "problem.previous-cycle-missing": {
        "da": "den forrige cyklus {previous} findes ikke tidligere i rampen.",
        "en": "the previous cycle {previous} is not an earlier cycle of the ramp.",
    },
    "problem.cycle-number-mismatch": {
        "da": "cyklussen har nummer {number}, men filnavnet siger {named}.",
        "en": "the cycle has number {number} but its file name says {named}.",
    },
    "problem.date-order": {
        "da": "datoen {date} ligger før {before} ({earlier}).",
        "en": "the date {date} is before {before} ({earlier}).",
    },
    "problem.duplicate-period": {
        "da": "der er allerede en måling for perioden med {date} (måling nr. {other}).",
        "en": "there is already a measurement for the period of {date} (measurement no. {other}).",
    },
    "problem.numerator-exceeds-denominator": {
        "da": "tælleren {numerator:g} er større end nævneren {denominator:g}.",
        "en": "the numerator {numerator:g} is larger than the denominator {denominator:g}.",
    },
    "problem.count-not-whole": {
        "da": "en optælling skal være et helt tal på 0 eller mere (her {number}).",
        "en": "a count must be a whole number of 0 or more (here {number}).",
    },
    "problem.numerator-not-whole": {
        "da": "tælleren er et antal og skal være et helt tal (her {number}).",
        "en": "the numerator is a count and must be a whole number (here {number}).",
    },
    "problem.denominator-not-whole": {
        "da": "nævneren i en andel er et antal og skal være et helt tal (her {number}).",
        "en": "the denominator of a proportion is a count and must be a whole number "
        "(here {number}).",
    },
    "problem.negative-duration": {
        "da": "en varighed ({unit}) kan ikke være under 0 (her {number}); skriv "
        "allow_negative: true i målingens fil, hvis værdien kan være negativ.",
        "en": "a duration ({unit}) cannot be below 0 (here {number}); write "
        "allow_negative: true in the measure's file if the value can be negative.",
    },
    "problem.value-kind": {
        "da": "målet har datatypen '{data_type}': brug numerator og denominator ved andele og "
        "rater, ellers value.",
        "en": "the measure has data type '{data_type}': use numerator and denominator for "
        "proportions and rates, value otherwise.",
    },
    "problem.cpr-number": {
        "da": "teksten ligner et CPR-nummer. Personhenførbare oplysninger hører ikke hjemme her; "
        "fjern det.",
        "en": "the text looks like a Danish CPR number. Personal data does not belong here; "
        "remove it.",
    },
    "problem.not-a-file": {
        "da": "navnet ender på .yaml eller .yml, men det er ikke en almindelig fil (fx et rør "
        "eller en enhed), så pdsa læser det ikke. Fjern det, eller giv det et andet navn.",
        "en": "the name ends in .yaml or .yml but it is not an ordinary file (a pipe or a "
        "device, say), so pdsa does not read it. Remove it, or rename it.",
    },
    "problem.link-outside": {
        "da": "filen eller mappen er et link, der peger ud af arbejdsmappen; pdsa læser og "
        "skriver aldrig gennem det. Læg filen ind i arbejdsmappen, eller fjern linket.",
        "en": "the file or folder is a link that leads out of the workspace; pdsa never reads "
        "or writes through it. Put the file in the workspace, or remove the link.",
    },
    "problem.reserved-name": {
        "da": "navnet kan ikke bruges på Windows (con, prn, aux, nul, com1-9, lpt1-9, et navn "
        'der ender på punktum eller mellemrum, eller et med tegnene < > : " \\ | ? * eller et '
        "linjeskift); omdøb det.",
        "en": "Windows cannot hold this name (con, prn, aux, nul, com1-9, lpt1-9, a name ending "
        'in a dot or a space, or one holding < > : " \\ | ? * or a line break); rename it.',
    },
    "problem.unknown-file": {
        "da": "filen hører ikke til nogen filtype i arbejdsmappen og bliver ikke læst.",
        "en": "the file is not any kind of workspace file and is not read.",
    },
    "problem.missing-programme": {
        "da": "arbejdsmappen har ingen programme.yaml.",
        "en": "the workspace has no programme.yaml.",
    },
    "problem.balancing-measure-missing": {
        "da": "indsatsen har et resultatmål men intet balancemål.",
        "en": "the initiative has an outcome measure but no balancing measure.",
    },
    "problem.adapted-from-unknown": {
        "da": "indsatsen er overtaget fra '{initiative}', som ikke findes i arbejdsmappen "
        "(skriv package: med pakkens filnavn, hvis den kom udefra).",
        "en": "the initiative is adopted from '{initiative}', which is not in the workspace "
        "(add package: with the package's file name if it came from outside).",
    },
    # --- phrases inside messages ---
    "type.text": {"da": "tekst", "en": "text"},
    "type.int": {"da": "et helt tal", "en": "a whole number"},
    "type.number": {"da": "et tal (med punktum som decimaltegn)", "en": "a number"},
    "type.bool": {"da": "true eller false", "en": "true or false"},
    "type.date": {"da": "en dato som ÅÅÅÅ-MM-DD", "en": "a date as YYYY-MM-DD"},
    "type.mapping": {"da": "'nøgle: værdi'-linjer", "en": "'key: value' lines"},
    "type.list": {
        "da": "en liste ('- ' foran hvert punkt)",
        "en": "a list ('- ' before each item)",
    },
    "reason.enum": {"da": "vælg en af {allowed}", "en": "choose one of {allowed}"},
    "reason.greater_than_equal": {
        "da": "skal være mindst {limit}",
        "en": "must be at least {limit}",
    },
    "reason.greater_than": {"da": "skal være over {limit}", "en": "must be above {limit}"},
    "reason.less_than_equal": {"da": "må højst være {limit}", "en": "must be at most {limit}"},
    "reason.less_than": {"da": "skal være under {limit}", "en": "must be below {limit}"},
    "reason.string_too_short": {"da": "må ikke være tom", "en": "must not be empty"},
    "reason.string_too_long": {
        "da": "må højst have {limit} tegn",
        "en": "must have at most {limit} characters",
    },
    "reason.too_short": {
        "da": "skal have mindst {limit} punkt(er)",
        "en": "must have at least {limit} item(s)",
    },
    "reason.too_long": {
        "da": "må højst have {limit} punkter",
        "en": "must have at most {limit} items",
    },
    "reason.string_pattern_mismatch": {
        "da": "skal have formen {limit}",
        "en": "must have the form {limit}",
    },
    "reason.finite_number": {"da": "skal være et endeligt tal", "en": "must be a finite number"},
    "reason.other": {"da": "{text}", "en": "{text}"},
    "hint.did_you_mean": {"da": " (mente du '{key}'?)", "en": " (did you mean '{key}'?)"},
    "hint.decimal_comma": {
        "da": " – et decimalkomma? I en {{…}}-linje afslutter kommaet tallet, så ',{decimals}' "
        'bliver til en nøgle. Skriv tallet med punktum (7.5) eller i anførselstegn ("7,5")',
        "en": " – a decimal comma? In a {{…}} line the comma ends the number, so ',{decimals}' "
        'becomes a key. Write the number with a point (7.5) or in quotes ("7,5")',
    },
    "rule.window_needs_points": {
        "da": "vinduet 'after_do' kræver 'points'",
        "en": "the window 'after_do' needs 'points'",
    },
    "rule.window_points_only_after_do": {
        "da": "'points' hører kun til vinduet 'after_do'",
        "en": "'points' only goes with the window 'after_do'",
    },
    "rule.between_needs_low_high": {
        "da": "'between' kræver 'low' og 'high' (og ingen 'value')",
        "en": "'between' needs 'low' and 'high' (and no 'value')",
    },
    "rule.low_above_high": {
        "da": "'low' må ikke være over 'high'",
        "en": "'low' must not be above 'high'",
    },
    "rule.comparator_needs_value": {
        "da": "'{comparator}' kræver 'value' (og ingen 'low'/'high')",
        "en": "'{comparator}' needs 'value' (and no 'low'/'high')",
    },
    "rule.about_needs_tolerance": {
        "da": "'about' kræver en 'tolerance'",
        "en": "'about' needs a 'tolerance'",
    },
    "rule.study_without_do": {
        "da": "'study' er udfyldt, men 'do' er ikke",
        "en": "'study' is filled in but 'do' is not",
    },
    "rule.act_without_study": {
        "da": "'act' er udfyldt, men 'study' er ikke",
        "en": "'act' is filled in but 'study' is not",
    },
    "rule.other_method_undescribed": {
        "da": "metoden 'other' kræver en 'method_description'",
        "en": "the method 'other' needs a 'method_description'",
    },
    "rule.value_and_ratio": {
        "da": "angiv enten 'value' eller 'numerator' og 'denominator', ikke begge",
        "en": "give either 'value', or 'numerator' and 'denominator', not both",
    },
    "rule.ratio_incomplete": {
        "da": "'numerator' og 'denominator' hører sammen",
        "en": "'numerator' and 'denominator' go together",
    },
    "rule.exclude_without_reason": {
        "da": "en udeladt måling ('exclude: true') kræver en 'reason'",
        "en": "an excluded measurement ('exclude: true') needs a 'reason'",
    },
    "rule.baseline_points_or_until": {
        "da": "angiv enten 'points' eller 'until' for baseline",
        "en": "give either 'points' or 'until' for the baseline",
    },
    "rule.unknown": {"da": "ugyldig kombination af felter", "en": "invalid combination of fields"},
    # --- pdsa validate ---
    "validate.no_such_path": {
        "da": "Stien findes ikke: {path}",
        "en": "The path does not exist: {path}",
    },
    "validate.summary": {
        "da": "{errors} fejl, {warnings} advarsel(er) i {files} fil(er).",
        "en": "{errors} error(s), {warnings} warning(s) in {files} file(s).",
    },
    "validate.clean": {
        "da": "Alt i orden: {files} fil(er) kontrolleret.",
        "en": "All good: {files} file(s) checked.",
    },
    "validate.progress": {"da": "Kontrollerer filer", "en": "Checking files"},
    # --- pdsa list ---
    "list.initiatives": {"da": "Indsatser", "en": "Initiatives"},
    "list.cycles": {"da": "PDSA-cyklusser", "en": "PDSA cycles"},
    "list.col.municipality": {"da": "Kommune", "en": "Municipality"},
    "list.col.initiative": {"da": "Indsats", "en": "Initiative"},
    "list.col.name": {"da": "Navn", "en": "Name"},
    "list.col.track": {"da": "Spor", "en": "Track"},
    "list.col.status": {"da": "Status", "en": "Status"},
    "list.col.cycles": {"da": "Cyklusser", "en": "Cycles"},
    "list.col.number": {"da": "Nr.", "en": "No."},
    "list.col.title": {"da": "Titel", "en": "Title"},
    "list.col.started": {"da": "Start", "en": "Started"},
    "list.col.decision": {"da": "Beslutning", "en": "Decision"},
    "list.bad_status": {
        "da": "Ukendt status '{value}'. Vælg en af: {allowed}.",
        "en": "Unknown status '{value}'. Choose one of: {allowed}.",
    },
    "list.bad_decision": {
        "da": "Ukendt beslutning '{value}'. Vælg en af: {allowed}.",
        "en": "Unknown decision '{value}'. Choose one of: {allowed}.",
    },
    "list.none": {"da": "Ingen indsatser eller cyklusser matcher.", "en": "Nothing matches."},
    "list.has_problems": {
        "da": "Arbejdsmappen har {errors} fejl; kør 'pdsa validate' for detaljer.",
        "en": "The workspace has {errors} error(s); run 'pdsa validate' for details.",
    },
    # --- pdsa schema ---
    "schema.written": {
        "da": "Skrev {count} skemaer til {path}",
        "en": "Wrote {count} schemas to {path}",
    },
    # --- Danish help (see pdsa_cli.cli.localise; English is beside each command) ---
    "help.validate": {
        "da": "Kontrollér alle arbejdsmappens filer og vis alle problemer på én gang.",
        "en": "Check every file of the workspace and report every problem at once.",
    },
    "help.validate.path": {
        "da": "Arbejdsmappen, en undermappe eller én fil (standard: --cycles).",
        "en": "Workspace folder, a subfolder or one file (default: --cycles).",
    },
    "help.validate.as_json": {
        "da": "Skriv problemerne som en JSON-liste.",
        "en": "Print the problems as a JSON list.",
    },
    "help.validate.output_format": {
        "da": "text (fil:linje: sti: besked), json (som --json) eller github "
        "(GitHub Actions-annoteringer på de ændrede linjer).",
        "en": "text (file:line: path: message), json (as --json) or github "
        "(GitHub Actions annotations on the changed lines).",
    },
    "help.validate.strict": {
        "da": "Advarsler fejler også (exit 1).",
        "en": "Warnings fail too (exit 1).",
    },
    "help.list": {
        "da": "Vis indsatser og PDSA-cyklusser, filtreret på kommune, status eller beslutning.",
        "en": "List initiatives and PDSA cycles, filtered by municipality, status or decision.",
    },
    "help.list.municipality": {
        "da": "Kommunens id, fx hoersholm.",
        "en": "Municipality id, e.g. hoersholm.",
    },
    "help.schema": {
        "da": "Skriv et JSON-skema for hver filtype (programme, municipality, initiative, measure, "
        "cycle), genereret fra modellerne, så editorer kontrollerer YAML-filer mens man skriver.",
        "en": "Write a JSON Schema for each file kind, generated from the models.",
    },
    "help.schema.out": {
        "da": "Mappe som <filtype>.schema.json skrives i.",
        "en": "Folder to write <kind>.schema.json into.",
    },
}
