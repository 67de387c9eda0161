"""Messages of the writing commands: `pdsa init`, `new`, `do`, `study`, `act`, `log`, `show`."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- safety of writes --------------------------------------------------------------------
    "writing.lock_timeout": {
        "da": "En anden pdsa-kommando skriver i arbejdsmappen og blev ikke færdig "
        "({path}). Prøv igen om lidt.",
        "en": "Another pdsa command is writing to the workspace and did not finish "
        "({path}). Try again in a moment.",
    },
    "writing.file_exists": {
        "da": "{path} findes allerede; pdsa overskriver aldrig en fil. Intet er ændret.",
        "en": "{path} already exists; pdsa never overwrites a file. Nothing was changed.",
    },
    "writing.would_be_unreadable": {
        "da": "Ændringen ville gøre {path} ulæselig ({error}). Intet er ændret.",
        "en": "The change would make {path} unreadable ({error}). Nothing was changed.",
    },
    "writing.would_be_invalid": {
        "da": "Ændringen ville gøre {path} ugyldig i feltet '{field}'. Intet er ændret.",
        "en": "The change would make {path} invalid in field '{field}'. Nothing was changed.",
    },
    "writing.unreadable_before": {
        "da": "{path} kan ikke læses ({error}). Ret filen først (se 'pdsa validate'); "
        "intet er ændret.",
        "en": "{path} cannot be read ({error}). Fix the file first (see 'pdsa validate'); "
        "nothing was changed.",
    },
    "writing.invalid_before": {
        "da": "{path} har allerede fejl (se ovenfor). Ret filen først; intet er ændret.",
        "en": "{path} already has errors (see above). Fix the file first; nothing was changed.",
    },
    "writing.would_lose_comment": {
        "da": "Ændringen ville fjerne kommentaren '{comment}' i {path}; "
        "ret filen i hånden. Intet er ændret.",
        "en": "The change would drop the comment '{comment}' in {path}; "
        "edit the file by hand. Nothing was changed.",
    },
    "writing.write_failed": {
        "da": "Kunne ikke skrive {path} ({error}). Intet er ændret.",
        "en": "Could not write {path} ({error}). Nothing was changed.",
    },
    "writing.edit_mismatch": {
        "da": "Kunne ikke indsætte målingerne sikkert i {path}; ret filen i hånden. "
        "Intet er ændret.",
        "en": "Could not insert the measurements safely into {path}; edit the file by hand. "
        "Nothing was changed.",
    },
    # -- what users type ---------------------------------------------------------------------
    "writing.bad_id": {
        "da": "'{value}' kan ikke bruges som id for {what}: brug små bogstaver, tal og "
        "bindestreger (fx '{suggestion}').",
        "en": "'{value}' cannot be used as the id of {what}: use lower-case letters, digits and "
        "hyphens (e.g. '{suggestion}').",
    },
    "writing.noun.municipality": {"da": "kommune", "en": "municipality"},
    "writing.noun.initiative": {"da": "indsats", "en": "initiative"},
    "writing.kind.municipality": {"da": "en kommune", "en": "a municipality"},
    "writing.kind.initiative": {"da": "en indsats", "en": "an initiative"},
    "writing.kind.measure": {"da": "en måling", "en": "a measure"},
    "writing.title_is_path": {
        "da": "Titlen '{title}' ligner en filsti; skriv den som almindelig tekst.",
        "en": "The title '{title}' looks like a file path; write it as plain text.",
    },
    "writing.title_no_letters": {
        "da": "Titlen '{title}' har ingen bogstaver eller tal at navngive filen efter.",
        "en": "The title '{title}' has no letters or digits to name the file after.",
    },
    "writing.bad_date": {
        "da": "{field}: '{value}' er ikke en dato; skriv 2021-03-15, 15.03.2021, 15.03.21, "
        "'uge 11 2021' eller 2021-W11.",
        "en": "{field}: '{value}' is not a date; write 2021-03-15, 15.03.2021, 15.03.21, "
        "'week 11 2021' or 2021-W11.",
    },
    "writing.bad_date_value": {
        "da": "{field}: '{value}' er ikke en rigtig dato (findes dagen i den måned?).",
        "en": "{field}: '{value}' is not a real date (does that month have that day?).",
    },
    "writing.bad_number": {
        "da": "{field}: '{value}' er ikke et tal (skriv fx 14 eller 14,5).",
        "en": "{field}: '{value}' is not a number (write e.g. 14 or 14.5).",
    },
    "writing.fraction_number": {
        "da": "{field}: '{value}' er en brøk, ikke et tal. En andel logges med tæller og nævner: "
        "--numerator {numerator} --denominator {denominator}.",
        "en": "{field}: '{value}' is a fraction, not a number. A proportion is logged with its "
        "numerator and denominator: --numerator {numerator} --denominator {denominator}.",
    },
    "writing.bad_language": {
        "da": "Ukendt sprog '{value}'; vælg da eller en.",
        "en": "Unknown language '{value}'; choose da or en.",
    },
    "writing.too_many_tracks": {
        "da": "Programmet kan have højst {most} spor (fik {count}).",
        "en": "The programme can have at most {most} tracks (got {count}).",
    },
    "writing.missing_values": {
        "da": "Mangler {names} (med --no-input skal de gives som tilvalg).",
        "en": "Missing {names} (with --no-input they must be given as options).",
    },
    "writing.bad_option_value": {
        "da": "{flag} kan ikke være '{value}'; vælg en af: {choices}.",
        "en": "{flag} cannot be '{value}'; choose one of: {choices}.",
    },
    "writing.measure_exists": {
        "da": "Målingen '{measure}' findes allerede ({path}); id'er er unikke i hele "
        "arbejdsmappen. Vælg et andet id.",
        "en": "Measure '{measure}' exists already ({path}); ids are unique across the "
        "workspace. Choose another id.",
    },
    "writing.done.measure": {
        "da": "Målingen '{measure}' er oprettet: {path}. Log data med: pdsa log {measure} "
        "DATO VÆRDI",
        "en": "Measure '{measure}' created: {path}. Log data with: pdsa log {measure} DATE VALUE",
    },
    # The arguments of `pdsa log` as its usage hint names them (DATE VALUE).
    "writing.arg.date": {"da": "DATO", "en": "DATE"},
    "writing.arg.value": {"da": "VÆRDI", "en": "VALUE"},
    "writing.done.measure_fraction": {
        "da": "Målingen '{measure}' er oprettet: {path}. Log data med: pdsa log {measure} "
        "DATO --numerator TÆLLER --denominator NÆVNER",
        "en": "Measure '{measure}' created: {path}. Log data with: pdsa log {measure} DATE "
        "--numerator NUMERATOR --denominator DENOMINATOR",
    },
    "writing.ask.initiative_of_measure": {
        "da": "Indsats, målingen hører til (nummer eller id)",
        "en": "Initiative the measure belongs to (number or id)",
    },
    "writing.ask.measure_name": {"da": "Målingens navn", "en": "Name of the measure"},
    "writing.ask.measure_id": {
        "da": "Id (filnavn; små bogstaver, tal og bindestreger)",
        "en": "Id (file name; lower-case letters, digits and hyphens)",
    },
    "writing.ask.measure_family": {
        "da": "Slags mål ({choices})",
        "en": "Family ({choices})",
    },
    "writing.ask.measure_data_type": {
        "da": "Datatype ({choices}; andel og rate logges med tæller/nævner)",
        "en": "Data type ({choices})",
    },
    "writing.ask.measure_definition": {
        "da": "Operationel definition: hvad tælles, og hvordan",
        "en": "Operational definition: what is counted, and how",
    },
    "writing.ask.measure_unit": {"da": "Enhed (fx minutter, andel)", "en": "Unit (e.g. minutes)"},
    "writing.bad_measure_definition": {
        "da": "'{value}' er ikke en definition, men ligner svaret på et andet spørgsmål; skriv "
        "hvad der tælles, og hvordan (fx 'Fald registreret i omsorgssystemet').",
        "en": "'{value}' is not a definition but looks like the answer to another question; "
        "write what is counted, and how (e.g. 'Falls recorded in the care system').",
    },
    "writing.bad_measure_unit": {
        "da": "'{value}' er ikke en enhed, men ligner svaret på et andet spørgsmål; skriv hvad "
        "der tælles i, fx minutter, fald eller andel borgere.",
        "en": "'{value}' is not a unit but looks like the answer to another question; write "
        "what is counted in, e.g. minutes, falls or share of citizens.",
    },
    "writing.ask.measure_chart": {"da": "Diagramtype ({choices})", "en": "Chart ({choices})"},
    "writing.ask.measure_direction": {
        "da": "Hvilken vej er bedre ({choices})",
        "en": "Which way is better ({choices})",
    },
    "writing.ask.measure_frequency": {
        "da": "Hvor ofte måles der ({choices})",
        "en": "How often is it measured ({choices})",
    },
    "writing.bad_choice": {
        "da": "'{value}' er ikke et af valgene.",
        "en": "'{value}' is not one of the choices.",
    },
    "writing.bad_decision": {
        "da": "Beslutningen skal være en af: {choices} (fik '{value}').",
        "en": "The decision must be one of: {choices} (got '{value}').",
    },
    "writing.bad_method": {
        "da": "Ukendt metode '{value}'; vælg en af: {choices}.",
        "en": "Unknown method '{value}'; choose one of: {choices}.",
    },
    "writing.bad_track": {
        "da": "Programmet har intet spor {value}; vælg et af: {known}.",
        "en": "The programme has no track {value}; choose one of: {known}.",
    },
    "writing.predictions_without_questions": {
        "da": "Der er flere forudsigelser (--prediction) end spørgsmål (--question).",
        "en": "There are more predictions (--prediction) than questions (--question).",
    },
    # -- finding things ----------------------------------------------------------------------
    "writing.unknown_measure": {
        "da": "Ukendt måling '{measure}'. Kendte: {known}.",
        "en": "Unknown measure '{measure}'. Known: {known}.",
    },
    "writing.unknown_initiative": {
        "da": "Ukendt indsats '{initiative}'. Kendte: {known}.",
        "en": "Unknown initiative '{initiative}'. Known: {known}.",
    },
    "writing.unknown_municipality": {
        "da": "Ukendt kommune '{municipality}'. Kendte: {known}. Opret den med --new-municipality.",
        "en": "Unknown municipality '{municipality}'. Known: {known}. Create it with "
        "--new-municipality.",
    },
    "writing.unknown_measure_close": {
        "da": "Ukendt måling '{measure}'; mente du '{close}'? Kendte: {known}.",
        "en": "Unknown measure '{measure}'; did you mean '{close}'? Known: {known}.",
    },
    "writing.unknown_initiative_close": {
        "da": "Ukendt indsats '{initiative}'; mente du '{close}'? Kendte: {known}.",
        "en": "Unknown initiative '{initiative}'; did you mean '{close}'? Known: {known}.",
    },
    "writing.unknown_municipality_close": {
        "da": "Ukendt kommune '{municipality}'; mente du '{close}'? Kendte: {known}. En ny "
        "kommune oprettes med --new-municipality.",
        "en": "Unknown municipality '{municipality}'; did you mean '{close}'? Known: {known}. "
        "A new municipality is created with --new-municipality.",
    },
    "writing.ask.did_you_mean": {
        "da": "'{value}' findes ikke; mente du '{close}'?",
        "en": "'{value}' does not exist; did you mean '{close}'?",
    },
    "writing.ask.create_anyway": {
        "da": "Opret '{value}' som ny {what}?",
        "en": "Create '{value}' as a new {what}?",
    },
    "writing.unknown_cycle": {
        "da": "Indsatsen '{initiative}' har ingen cyklus nummer {number} (den har: {known}).",
        "en": "Initiative '{initiative}' has no cycle number {number} (it has: {known}).",
    },
    "writing.unknown_reference": {
        "da": "'{value}' er hverken en cyklus eller en indsats. Skriv en cyklusfil, "
        "<indsats>#<nr> eller et indsats-id. Kendte indsatser: {known}.",
        "en": "'{value}' is neither a cycle nor an initiative. Give a cycle file, "
        "<initiative>#<number> or an initiative id. Known initiatives: {known}.",
    },
    "writing.bad_cycle_ref": {
        "da": "'{value}' er ikke en cyklus: skriv en cyklusfil, <indsats>#<nr> eller "
        "<indsats>/<nr>.",
        "en": "'{value}' is not a cycle: give a cycle file, <initiative>#<number> or "
        "<initiative>/<number>.",
    },
    "writing.outside_workspace": {
        "da": "{path} ligger uden for arbejdsmappen {root}; det er ikke tilladt.",
        "en": "{path} lies outside the workspace {root}; that is not allowed.",
    },
    "writing.not_a_cycle": {
        "da": "{path} er ikke en cyklusfil (cycle-NN-<titel>.yaml i en indsatsmappe).",
        "en": "{path} is not a cycle file (cycle-NN-<title>.yaml in an initiative folder).",
    },
    "writing.not_loaded": {
        "da": "{path} har fejl og kan ikke vises; kør 'pdsa validate'.",
        "en": "{path} has errors and cannot be shown; run 'pdsa validate'.",
    },
    # -- creating ------------------------------------------------------------------------------
    "writing.workspace_exists": {
        "da": "Der er allerede en arbejdsmappe her ({path}); intet er ændret.",
        "en": "There is a workspace here already ({path}); nothing was changed.",
    },
    "writing.municipality_exists": {
        "da": "Kommunen '{municipality}' findes allerede.",
        "en": "Municipality '{municipality}' exists already.",
    },
    "writing.initiative_exists": {
        "da": "Indsatsen '{initiative}' findes allerede (id'er er unikke i hele arbejdsmappen).",
        "en": "Initiative '{initiative}' exists already (ids are unique across the workspace).",
    },
    "writing.options_for_new_initiative": {
        "da": "{options} beskriver en ny indsats, men indsatsen '{initiative}' findes allerede. "
        "Ret den i {path}, eller udelad tilvalget. Intet er skrevet.",
        "en": "{options} describe a new initiative, but initiative '{initiative}' exists "
        "already. Change it in {path}, or leave the option out. Nothing was written.",
    },
    "writing.previous_not_earlier": {
        "da": "Cyklus {previous} kan ikke bygge videre på en senere cyklus (ny: {number}).",
        "en": "Cycle {number} cannot build on cycle {previous}, which is not earlier.",
    },
    "writing.phase_before": {
        "da": "{path}: udfyld '{before}' før '{phase}' (pdsa {before}).",
        "en": "{path}: fill in '{before}' before '{phase}' (pdsa {before}).",
    },
    "settings.nothing_given": {
        "da": "Intet at ændre: angiv mindst ét af {options}.",
        "en": "Nothing to change: give at least one of {options}.",
    },
    "settings.seminar_order": {
        "da": "Seminar {number} ({date}) ville ligge før seminar {before} ({earlier}); "
        "seminarerne nummereres i datoorden. Intet er ændret.",
        "en": "Seminar {number} ({date}) would come before seminar {before} ({earlier}); "
        "seminars are numbered in date order. Nothing was changed.",
    },
    "settings.done.aim": {
        "da": "Målet for '{initiative}' er opdateret ({path}).",
        "en": "The aim of '{initiative}' is updated ({path}).",
    },
    "settings.done.seminar": {
        "da": "Læringsseminar {number} ({date}) står nu i programme.yaml.",
        "en": "Learning seminar {number} ({date}) is now in programme.yaml.",
    },
    "settings.done.end": {
        "da": "Programmets slutdato er nu {date}.",
        "en": "The programme's end date is now {date}.",
    },
    "writing.done.plan_date": {
        "da": "Planens dato er nu {date} ({path}).",
        "en": "The plan's date is now {date} ({path}).",
    },
    "writing.ask.plan_date": {
        "da": "Planens dato (fx 2022-09-05, 05.09.22 eller 'uge 36 2022')",
        "en": "Date of the plan (e.g. 2022-09-05, 05.09.22 or 'week 36 2022')",
    },
    "writing.date_order": {
        "da": "{path}: {second} ({late}) ligger før {first} ({early}). Intet er ændret. "
        "Ret {first} med '{mend_first} DATO' eller {second} med '{mend_second} DATO'.",
        "en": "{path}: {second} ({late}) is before {first} ({early}). Nothing was changed. "
        "Change {first} with '{mend_first} DATE' or {second} with '{mend_second} DATE'.",
    },
    # -- measurements ------------------------------------------------------------------------
    "writing.future_date": {
        "da": "{where}{date} ligger i fremtiden; en måling er noget, der er sket.",
        "en": "{where}{date} is in the future; a measurement is something that happened.",
    },
    "writing.exclude_needs_reason": {
        "da": "{where}{date}: en udeladt måling skal have en begrundelse (--reason).",
        "en": "{where}{date}: an excluded measurement needs a reason (--reason).",
    },
    "writing.needs_value": {
        "da": "{where}{date}: målingen har datatypen '{data_type}' og skal have én værdi "
        "(ikke tæller/nævner).",
        "en": "{where}{date}: the measure's data type is '{data_type}'; give one value "
        "(not numerator/denominator).",
    },
    "writing.needs_ratio": {
        "da": "{where}{date}: målingen har datatypen '{data_type}' ({unit}); giv "
        "--numerator og --denominator i stedet for én værdi.",
        "en": "{where}{date}: the measure's data type is '{data_type}' ({unit}); give "
        "--numerator and --denominator instead of one value.",
    },
    "writing.count_whole": {
        "da": "{where}{date}: en optælling skal være et helt tal på 0 eller mere (fik {value}).",
        "en": "{where}{date}: a count must be a whole number of 0 or more (got {value}).",
    },
    "writing.percent_range": {
        "da": "{where}{date}: {value} {unit} ligger ikke mellem 0 og 100.",
        "en": "{where}{date}: {value} {unit} is not between 0 and 100.",
    },
    "writing.ratio_sign": {
        "da": "{where}{date}: tælleren skal være 0 eller mere og nævneren over 0 "
        "(fik {numerator}/{denominator}).",
        "en": "{where}{date}: the numerator must be 0 or more and the denominator above 0 "
        "(got {numerator}/{denominator}).",
    },
    "writing.numerator_exceeds": {
        "da": "{where}{date}: tælleren {numerator} er større end nævneren {denominator}; "
        "en andel kan ikke være over 100 %.",
        "en": "{where}{date}: the numerator {numerator} is larger than the denominator "
        "{denominator}; a proportion cannot exceed 100%.",
    },
    "writing.same_period_twice": {
        "da": "{where}{date} og {other} er samme periode; giv én måling pr. periode.",
        "en": "{where}{date} and {other} are the same period; give one measurement per period.",
    },
    "writing.period_taken": {
        "da": "{where}der er allerede en måling for den periode ({existing}, frekvens "
        "'{frequency}'). Brug --replace for at erstatte den.",
        "en": "{where}there is a measurement for that period already ({existing}, frequency "
        "'{frequency}'). Use --replace to replace it.",
    },
    "writing.nothing_to_log": {
        "da": "Ingen målinger at tilføje til '{measure}'.",
        "en": "No measurements to add to '{measure}'.",
    },
    "writing.rows_refused": {
        "da": "{count} række(r) har fejl (se ovenfor); intet er skrevet.",
        "en": "{count} row(s) have errors (see above); nothing was written.",
    },
    "problem.log-input": {"da": "{error}", "en": "{error}"},
    "writing.csv_empty": {
        "da": "{path} har ingen målinger.",
        "en": "{path} has no measurements.",
    },
    "writing.csv_with_arguments": {
        "da": "Giv enten DATE og VALUE eller --from-csv, ikke begge.",
        "en": "Give either DATE and VALUE or --from-csv, not both.",
    },
    "writing.log_needs_date": {
        "da": "Mangler DATE (og VALUE eller --numerator/--denominator), eller --from-csv FILE.",
        "en": "Missing DATE (and VALUE or --numerator/--denominator), or --from-csv FILE.",
    },
    # -- what the commands say -------------------------------------------------------------------
    "writing.done.init": {
        "da": "Ny arbejdsmappe: {path}. Start en cyklus med: pdsa --cycles {root} new",
        "en": "New workspace: {path}. Start a cycle with: pdsa --cycles {root} new",
    },
    "writing.done.new": {
        "da": "Cyklus {number} er oprettet: {path}",
        "en": "Cycle {number} created: {path}",
    },
    "writing.done.also": {"da": "Oprettet: {path}", "en": "Created: {path}"},
    "writing.done.phase": {
        "da": "'{phase}' er skrevet i {path} (status: {status}).",
        "en": "'{phase}' written to {path} (status: {status}).",
    },
    "writing.done.added": {
        "da": "Tilføjet {date}: {value} til '{measure}' ({path}).",
        "en": "Added {date}: {value} to '{measure}' ({path}).",
    },
    "writing.done.replaced": {
        "da": "Erstattet {date}: {value} i '{measure}' ({path}).",
        "en": "Replaced {date}: {value} in '{measure}' ({path}).",
    },
    "writing.done.many": {
        "da": "{added} måling(er) tilføjet og {replaced} erstattet i '{measure}' ({path}).",
        "en": "{added} measurement(s) added and {replaced} replaced in '{measure}' ({path}).",
    },
    # -- questions -------------------------------------------------------------------------------
    "writing.ask.programme_name": {"da": "Programmets navn", "en": "Programme name"},
    # Asked before the language is known: in both languages.
    "writing.ask.language": {
        "da": "Sprog / Language (da = dansk, en = English)",
        "en": "Language / Sprog (da = dansk, en = English)",
    },
    "writing.ask.track": {"da": "Navn på spor {number}", "en": "Name of track {number}"},
    "writing.show.direction.up": {"da": "op er bedre", "en": "up is better"},
    "writing.show.direction.down": {"da": "ned er bedre", "en": "down is better"},
    "writing.show.direction.neutral": {"da": "neutral", "en": "neutral"},
    "writing.ask.yes_no": {"da": "[J/n]", "en": "[Y/n]"},
    "writing.ask.no_yes": {"da": "[j/N]", "en": "[y/N]"},
    "writing.ask.answer_yes_no": {
        "da": "Svar j (ja) eller n (nej).",
        "en": "Answer y (yes) or n (no).",
    },
    "writing.ask.municipality": {
        "da": "Kommune (nummer eller id; et nyt id opretter en ny kommune)",
        "en": "Municipality (number or id; a new id creates a new municipality)",
    },
    "writing.ask.initiative": {
        "da": "Indsats (nummer eller id; et nyt id opretter en ny indsats)",
        "en": "Initiative (number or id; a new id creates a new initiative)",
    },
    "writing.ask.create_municipality": {
        "da": "Kommunen '{id}' findes ikke. Opret den?",
        "en": "Municipality '{id}' does not exist. Create it?",
    },
    "writing.ask.create_initiative": {
        "da": "Indsatsen '{id}' findes ikke. Opret den?",
        "en": "Initiative '{id}' does not exist. Create it?",
    },
    "writing.ask.municipality_name": {
        "da": "Kommunens navn (fx Hørsholm Kommune)",
        "en": "Municipality's name (e.g. Hørsholm Kommune)",
    },
    "writing.ask.contact_role": {
        "da": "Kontaktperson (en rolle, ikke et navn)",
        "en": "Contact (a role, not a name)",
    },
    "writing.ask.initiative_name": {"da": "Indsatsens navn", "en": "Initiative's name"},
    "writing.ask.initiative_track": {"da": "Spor ({known})", "en": "Track ({known})"},
    "writing.ask.aim": {
        "da": "Mål (hvad, hvor meget, hvornår)",
        "en": "Aim (what, how much, by when)",
    },
    "writing.ask.method": {"da": "Metode ({choices})", "en": "Method ({choices})"},
    "writing.ask.driver": {
        "da": "Sekundær driver i driverdiagrammet (nummer eller id; Enter: ingen endnu)",
        "en": "Secondary driver in the driver diagram (number or id; Enter: none yet)",
    },
    "writing.no_drivers": {
        "da": "Programmet har intet driverdiagram endnu, så '{driver}' kan ikke vælges: skriv "
        "programmets mål ('aim:') og drivere ('drivers:') i programme.yaml, eller udelad --driver.",
        "en": "The programme has no driver diagram yet, so '{driver}' cannot be chosen: write the "
        "programme's aim ('aim:') and drivers ('drivers:') in programme.yaml, or leave out "
        "--driver.",
    },
    "writing.unknown_driver": {
        "da": "Programmet har ingen sekundær driver '{driver}'; vælg en af: {known}.",
        "en": "The programme has no secondary driver '{driver}'; choose one of: {known}.",
    },
    "writing.ask.method_description": {
        "da": "Beskriv metoden",
        "en": "Describe the method",
    },
    "writing.ask.continue_ramp": {
        "da": "Fortsæt rampen fra cyklus {number} (næste skridt: {next_step})?",
        "en": "Continue the ramp from cycle {number} (next step: {next_step})?",
    },
    "writing.ask.title": {"da": "Titel på cyklussen", "en": "Title of the cycle"},
    "writing.ask.objective": {"da": "Formål", "en": "Objective"},
    "writing.ask.question": {
        "da": "Spørgsmål {number} (tom linje: ikke flere)",
        "en": "Question {number} (empty line: no more)",
    },
    "writing.ask.prediction": {
        "da": "Forudsigelse: hvad tror I der sker?",
        "en": "Prediction: what do you expect to happen?",
    },
    "writing.ask.who": {"da": "Hvem (Enter: spring over)", "en": "Who (Enter: skip)"},
    "writing.ask.what": {"da": "Hvad (Enter: spring over)", "en": "What (Enter: skip)"},
    "writing.ask.where": {"da": "Hvor (Enter: spring over)", "en": "Where (Enter: skip)"},
    "writing.ask.when": {"da": "Hvornår (Enter: spring over)", "en": "When (Enter: skip)"},
    "writing.ask.data_collection": {
        "da": "Data der skal indsamles (Enter: spring over)",
        "en": "Data to collect (Enter: skip)",
    },
    "writing.ask.measures": {
        "da": "Tilknyttede målinger (numre eller id'er adskilt af komma; Enter: ingen)",
        "en": "Linked measures (numbers or ids, comma-separated; Enter: none)",
    },
    "writing.ask.do_start": {"da": "Afprøvningen startede", "en": "The test started on"},
    "writing.ask.do_end": {
        "da": "Afprøvningen sluttede (Enter: spring over)",
        "en": "The test ended on (Enter: skip)",
    },
    "writing.ask.what_happened": {
        "da": "Hvad skete der? (Enter: spring over)",
        "en": "What happened? (Enter: skip)",
    },
    "writing.ask.problems": {
        "da": "Problemer (Enter: spring over)",
        "en": "Problems (Enter: skip)",
    },
    "writing.ask.surprises": {
        "da": "Overraskelser (Enter: spring over)",
        "en": "Surprises (Enter: skip)",
    },
    "writing.ask.study_date": {"da": "Dato for studiet", "en": "Date of the study"},
    "writing.ask.results": {"da": "Resultater", "en": "Results"},
    "writing.ask.compared": {
        "da": "Sammenlignet med forudsigelserne (Enter: spring over)",
        "en": "Compared with the predictions (Enter: skip)",
    },
    "writing.ask.learning": {
        "da": "Hvad lærte I? (Enter: spring over)",
        "en": "What did you learn? (Enter: skip)",
    },
    "writing.ask.act_date": {"da": "Dato for beslutningen", "en": "Date of the decision"},
    "writing.ask.decision": {
        "da": "Beslutning ({choices})",
        "en": "Decision ({choices})",
    },
    "writing.ask.next_step": {
        "da": "Næste skridt (Enter: spring over)",
        "en": "Next step (Enter: skip)",
    },
    "writing.done.no_next_cycle": {
        "da": "\nAct er gemt i {path}. Input sluttede, så ingen ny cyklus er startet; "
        "start den senere med 'pdsa new --from'.",
        "en": "\nThe Act is saved in {path}. Input ended, so no new cycle was started; "
        "start it later with 'pdsa new --from'.",
    },
    "writing.ask.start_next": {
        "da": "Start næste cyklus ({number}) i rampen nu?",
        "en": "Start the next cycle ({number}) of the ramp now?",
    },
    "writing.ask.predictions_were": {
        "da": "Jeres forudsigelser var:",
        "en": "Your predictions were:",
    },
    # -- show --------------------------------------------------------------------------------------
    "writing.show.cycle": {"da": "Cyklus {number}", "en": "Cycle {number}"},
    "writing.show.initiative": {"da": "Indsats", "en": "Initiative"},
    "writing.show.municipality": {"da": "Kommune", "en": "Municipality"},
    "writing.show.status": {"da": "Status", "en": "Status"},
    "writing.show.change_idea": {"da": "Forandringsidé", "en": "Change idea"},
    "writing.show.previous": {"da": "Bygger på", "en": "Builds on"},
    "writing.show.measures": {"da": "Målinger", "en": "Measures"},
    "writing.show.plan": {"da": "Plan", "en": "Plan"},
    "writing.show.do": {"da": "Udfør (Do)", "en": "Do"},
    "writing.show.study": {"da": "Studér (Study)", "en": "Study"},
    "writing.show.act": {"da": "Handl (Act)", "en": "Act"},
    "writing.show.objective": {"da": "Formål", "en": "Objective"},
    "writing.show.question": {"da": "Spørgsmål", "en": "Question"},
    "writing.show.prediction": {"da": "Forudsigelse", "en": "Prediction"},
    "writing.show.quantitative": {
        "da": "Forudsigelser på målingerne",
        "en": "Predictions on the measures",
    },
    "writing.show.measure": {"da": "Måling", "en": "Measure"},
    "writing.show.expected": {"da": "Forventet", "en": "Expected"},
    "writing.show.window": {"da": "Periode", "en": "Window"},
    "writing.show.who": {"da": "Hvem", "en": "Who"},
    "writing.show.what": {"da": "Hvad", "en": "What"},
    "writing.show.where": {"da": "Hvor", "en": "Where"},
    "writing.show.when": {"da": "Hvornår", "en": "When"},
    "writing.show.data_collection": {"da": "Dataindsamling", "en": "Data collection"},
    "writing.show.date": {"da": "Dato", "en": "Date"},
    "writing.show.period": {"da": "Periode", "en": "Period"},
    "writing.show.what_happened": {"da": "Hvad skete der", "en": "What happened"},
    "writing.show.problems": {"da": "Problemer", "en": "Problems"},
    "writing.show.surprises": {"da": "Overraskelser", "en": "Surprises"},
    "writing.show.results": {"da": "Resultater", "en": "Results"},
    "writing.show.compared": {
        "da": "Sammenlignet med forudsigelserne",
        "en": "Compared with the predictions",
    },
    "writing.show.learning": {"da": "Læring", "en": "Learning"},
    "writing.show.decision": {"da": "Beslutning", "en": "Decision"},
    "writing.show.next_step": {"da": "Næste skridt", "en": "Next step"},
    "writing.show.not_yet": {"da": "(ikke udfyldt endnu)", "en": "(not filled in yet)"},
    "writing.show.track": {"da": "Spor", "en": "Track"},
    "writing.show.method": {"da": "Metode", "en": "Method"},
    "writing.show.aim": {"da": "Mål", "en": "Aim"},
    "writing.show.target": {"da": "Målværdi", "en": "Target"},
    "writing.show.ramp": {"da": "Rampe (PDSA-cyklusser)", "en": "Ramp (PDSA cycles)"},
    "writing.show.number": {"da": "Nr.", "en": "No."},
    "writing.show.title": {"da": "Titel", "en": "Title"},
    "writing.show.family": {"da": "Type", "en": "Family"},
    "writing.show.unit": {"da": "Enhed", "en": "Unit"},
    "writing.show.points": {"da": "Punkter", "en": "Points"},
    "writing.show.latest": {"da": "Seneste", "en": "Latest"},
    "writing.show.direction": {"da": "Bedre er", "en": "Better is"},
    "writing.show.no_cycles": {"da": "Ingen cyklusser endnu.", "en": "No cycles yet."},
    "writing.show.no_measures": {"da": "Ingen målinger endnu.", "en": "No measures yet."},
}
