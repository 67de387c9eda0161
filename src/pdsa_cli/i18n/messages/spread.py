"""Change packages (`pdsa package`), adoption (`pdsa adopt`), spread in the summary and the
closing report (`pdsa summary --final`)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the package page ---
    "package.title": {"da": "Forandringspakke", "en": "Change package"},
    "package.from": {"da": "Fra", "en": "From"},
    "package.track": {"da": "Spor", "en": "Track"},
    "package.method": {"da": "Metode", "en": "Method"},
    "package.status": {"da": "Status", "en": "Status"},
    "package.section.final": {
        "da": "Den endelige version af forandringen",
        "en": "The final version of the change",
    },
    "package.section.aim": {"da": "Målsætning og hvorfor", "en": "Aim and why"},
    "package.section.ramp": {
        "da": "Rampen: cyklusserne der førte hertil",
        "en": "The ramp: the cycles that led here",
    },
    "package.section.measures": {
        "da": "Målinger og deres operationelle definitioner",
        "en": "Measures and their operational definitions",
    },
    "package.section.results": {"da": "Resultater", "en": "Results"},
    "package.section.predictions": {
        "da": "Forudsigelserne mod resultaterne",
        "en": "The predictions against the results",
    },
    "package.section.pitfalls": {"da": "Faldgruber", "en": "Pitfalls"},
    "package.section.contact": {"da": "Kontakt", "en": "Contact"},
    "package.no_final": {
        "da": "Ingen cyklus er endnu besluttet indført; pakken viser rampen indtil nu.",
        "en": "No cycle has been adopted yet; the package shows the ramp so far.",
    },
    "package.adopted_in": {
        "da": "indført i cyklus {cycle}, {date}",
        "en": "adopted in cycle {cycle}, {date}",
    },
    "package.final.change": {"da": "Forandringen", "en": "The change"},
    "package.final.objective": {"da": "Hvad der blev afprøvet", "en": "What was tested"},
    "package.who": {"da": "Hvem", "en": "Who"},
    "package.what": {"da": "Hvad", "en": "What"},
    "package.where": {"da": "Hvor", "en": "Where"},
    "package.when": {"da": "Hvornår", "en": "When"},
    "package.learning": {"da": "Læring", "en": "Learning"},
    "package.next_step": {"da": "Næste skridt", "en": "Next step"},
    "package.why": {"da": "Hvorfor", "en": "Why"},
    "package.change_ideas": {"da": "Forandringsidéer", "en": "Change ideas"},
    "package.no_cycles": {"da": "Ingen cyklusser endnu.", "en": "No cycles yet."},
    "package.change_idea": {"da": "Forandringsidé", "en": "Change idea"},
    "package.plan": {"da": "Plan", "en": "Plan"},
    "package.questions": {"da": "Spørgsmål og forudsigelser", "en": "Questions and predictions"},
    "package.prediction": {"da": "forudsigelse", "en": "prediction"},
    "package.no_prediction": {"da": "ingen", "en": "none"},
    "package.predictions_quant": {
        "da": "Forudsigelser på målene (forudsagt · observeret · vurdering)",
        "en": "Predictions on the measures (predicted · observed · verdict)",
    },
    "package.prediction_notes": {"da": "Forudsigelsen i ord", "en": "The prediction in words"},
    "package.done": {"da": "Udført", "en": "Carried out"},
    "package.what_happened": {"da": "Hvad skete der", "en": "What happened"},
    "package.problems": {"da": "Problemer", "en": "Problems"},
    "package.surprises": {"da": "Overraskelser", "en": "Surprises"},
    "package.results": {"da": "Resultater", "en": "Results"},
    "package.compared": {"da": "Sammenlignet med forudsigelserne", "en": "Against the predictions"},
    "package.decision": {"da": "Beslutning", "en": "Decision"},
    "package.measures_intro": {
        "da": "Gør målingerne på samme måde, så jeres tal kan stilles ved siden af vores: "
        "samme definition, samme enhed og samme hyppighed.",
        "en": "Measure the same way, so your figures can stand beside ours: the same definition, "
        "unit and frequency.",
    },
    "package.family": {"da": "Slags måling", "en": "Kind of measure"},
    "package.definition": {"da": "Operationel definition", "en": "Operational definition"},
    "package.unit": {"da": "Enhed", "en": "Unit"},
    "package.data_type": {"da": "Datatype", "en": "Data type"},
    "package.chart": {"da": "Diagram", "en": "Chart"},
    "package.direction": {"da": "Bedre er", "en": "Better is"},
    "package.direction.up": {"da": "højere", "en": "higher"},
    "package.direction.down": {"da": "lavere", "en": "lower"},
    "package.direction.neutral": {"da": "ingen retning", "en": "no direction"},
    "package.frequency": {"da": "Hyppighed", "en": "Frequency"},
    "package.frequency.day": {"da": "dagligt", "en": "daily"},
    "package.frequency.week": {"da": "ugentligt", "en": "weekly"},
    "package.frequency.month": {"da": "månedligt", "en": "monthly"},
    "package.target": {"da": "Målværdi", "en": "Target"},
    "package.predictions_share": {
        "da": "{met} af {judged} vurderede forudsigelser holdt ({share} %).",
        "en": "{met} of {judged} judged predictions were met ({share} %).",
    },
    "package.no_predictions": {
        "da": "Ingen forudsigelser på målene er vurderet endnu.",
        "en": "No predictions on the measures have been judged yet.",
    },
    "package.col.cycle": {"da": "Cyklus", "en": "Cycle"},
    "package.col.measure": {"da": "Måling", "en": "Measure"},
    "package.col.prediction": {"da": "Forudsagt", "en": "Predicted"},
    "package.col.observed": {"da": "Observeret", "en": "Observed"},
    "package.col.status": {"da": "Vurdering", "en": "Verdict"},
    "package.pitfall_cycle": {"da": "cyklus {cycle}", "en": "cycle {cycle}"},
    "package.no_pitfalls": {
        "da": "Teamet har ikke skrevet faldgruber ned.",
        "en": "The team wrote down no pitfalls.",
    },
    "package.no_contact": {"da": "kommunens kontaktperson", "en": "the municipality's contact"},
    "package.contact_text": {
        "da": "Spørg {role} i {municipality}.",
        "en": "Ask the {role} at {municipality}.",
    },
    "package.adopt_hint": {
        "da": "Tag forandringen op med: pdsa adopt PAKKE.zip --municipality DIN-KOMMUNE "
        "(eller pdsa adopt {initiative} i samme arbejdsmappe).",
        "en": "Take the change up with: pdsa adopt PACKAGE.zip --municipality YOUR-MUNICIPALITY "
        "(or pdsa adopt {initiative} in the same workspace).",
    },
    "package.made": {"da": "Lavet med pdsa-cli {date}.", "en": "Made with pdsa-cli on {date}."},
    # --- pdsa package ---
    "package.unknown_initiative": {
        "da": "Indsatsen '{initiative}' findes ikke. Kendte indsatser: {known}.",
        "en": "There is no initiative '{initiative}'. Known initiatives: {known}.",
    },
    "package.out_suffix": {
        "da": "Pakken skrives som en zip-fil: giv --out et navn, der ender på .zip (ikke "
        "'{path}').",
        "en": "The package is written as a zip file: give --out a name ending in .zip (not "
        "'{path}').",
    },
    "package.out_exists": {
        "da": "{path} findes allerede; vælg et andet navn (en pakke overskriver aldrig en fil).",
        "en": "{path} exists already; choose another name (a package never overwrites a file).",
    },
    "package.written": {
        "da": "Forandringspakken er skrevet: {path}",
        "en": "The change package is written: {path}",
    },
    "package.load_errors": {
        "da": "Indsatsens filer har {count} fejl; ret dem (pdsa validate), før pakken laves.",
        "en": "The initiative's files have {count} errors; fix them (pdsa validate) before "
        "making the package.",
    },
    # --- reading a package ---
    "package.not_a_zip": {
        "da": "{path} er ikke en forandringspakke (ikke en gyldig zip-fil).",
        "en": "{path} is not a change package (not a valid zip file).",
    },
    "package.unsafe_member": {
        "da": "{path} indeholder filnavnet '{member}', der peger uden for pakken; den læses ikke.",
        "en": "{path} holds the file name '{member}', which points outside the package; it is "
        "not read.",
    },
    "package.unexpected_member": {
        "da": "{path} indeholder '{member}', som en forandringspakke ikke har; den læses ikke.",
        "en": "{path} holds '{member}', which a change package does not have; it is not read.",
    },
    "package.too_big": {
        "da": "{path} er for stor til at være en forandringspakke (over {limit} MB udpakket); "
        "den læses ikke.",
        "en": "{path} is too big to be a change package (over {limit} MB unpacked); it is not "
        "read.",
    },
    "package.too_many": {
        "da": "{path} indeholder {count} filer; en forandringspakke har højst {limit}.",
        "en": "{path} holds {count} files; a change package has at most {limit}.",
    },
    "package.duplicate_member": {
        "da": "{path} indeholder {member} mere end én gang; en forandringspakke har én. Lav "
        "pakken igen med pdsa package.",
        "en": "{path} holds {member} more than once; a change package has one. Make it again "
        "with pdsa package.",
    },
    "package.encrypted": {
        "da": "{path} indeholder en krypteret fil ({member}); en forandringspakke er aldrig "
        "krypteret. Bed om pakken igen, lavet med pdsa package.",
        "en": "{path} holds an encrypted file ({member}); a change package is never encrypted. "
        "Ask for the package again, made with pdsa package.",
    },
    "package.no_description": {
        "da": "{path} mangler change.yaml, pakkens beskrivelse; lav pakken igen med pdsa package.",
        "en": "{path} has no change.yaml, the package's description; make it again with pdsa "
        "package.",
    },
    "package.bad_description": {
        "da": "Beskrivelsen i {path} kan ikke læses: {detail}",
        "en": "The description in {path} cannot be read: {detail}",
    },
    # --- pdsa adopt ---
    "adopt.unknown_source": {
        "da": "'{source}' er hverken en indsats i arbejdsmappen eller en pakkefil. Kendte "
        "indsatser: {known}.",
        "en": "'{source}' is neither an initiative in the workspace nor a package file. Known "
        "initiatives: {known}.",
    },
    "adopt.twice": {
        "da": "{municipality} har allerede taget forandringen fra '{source}' op i indsatsen "
        "'{initiative}'; fortsæt dér med pdsa new.",
        "en": "{municipality} has already taken up the change from '{source}' in the initiative "
        "'{initiative}'; continue there with pdsa new.",
    },
    "adopt.own": {
        "da": "Indsatsen '{source}' hører allerede til {municipality}; en kommune kan ikke "
        "overtage sin egen forandring.",
        "en": "The initiative '{source}' already belongs to {municipality}; a municipality "
        "cannot adopt its own change.",
    },
    "adopt.missing": {
        "da": "Mangler: {names} (eller lad være med --no-input for at blive spurgt).",
        "en": "Missing: {names} (or leave out --no-input to be asked).",
    },
    "adopt.ask.municipality": {
        "da": "Hvilken kommune tager forandringen op (id)",
        "en": "Which municipality takes the change up (id)",
    },
    "adopt.ask.municipality_name": {
        "da": "Kommunens navn (den er ny i arbejdsmappen)",
        "en": "The municipality's name (it is new in the workspace)",
    },
    "adopt.ask.contact_role": {
        "da": "Kommunens kontakt (en rolle, ikke et navn)",
        "en": "The municipality's contact (a role, not a name)",
    },
    "adopt.ask.id": {"da": "Den nye indsats' id", "en": "The new initiative's id"},
    "adopt.ask.name": {"da": "Den nye indsats' navn", "en": "The new initiative's name"},
    "adopt.ask.plan_date": {
        "da": "Plandato for cyklus 1 (fx 2022-09-05, 05.09.22 eller 'uge 36 2022')",
        "en": "Plan date of cycle 1 (e.g. 2022-09-05, 05.09.22 or 'week 36 2022')",
    },
    "adopt.ask.target_date": {
        "da": "Måldato for jeres mål (Enter: kildens, hvis den står her)",
        "en": "Target date of your aim (Enter: the source's, when shown)",
    },
    "adopt.target_date_suggested": {
        "da": "Måldatoen {date} er kildens, overført som forslag; ret den med "
        "'pdsa aim {initiative} --target-date DATO'.",
        "en": "The target date {date} is the source's, carried as a suggestion; change it with "
        "'pdsa aim {initiative} --target-date DATE'.",
    },
    "adopt.driver_not_here": {
        "da": "Kildens sekundære driver '{driver}' findes ikke i jeres drivermodel.",
        "en": "The source's secondary driver '{driver}' is not in your driver diagram.",
    },
    "adopt.cycle_title": {
        "da": "Afprøvning af {municipality}s version",
        "en": "Test of {municipality}'s version",
    },
    "adopt.objective": {
        "da": "At afprøve den version af '{change}', som {municipality} indførte (cyklus {cycle}), "
        "i vores egen praksis, og se om den virker lige så godt her.",
        "en": "To test the version of '{change}' that {municipality} adopted (cycle {cycle}) in "
        "our own practice, and see whether it works as well here.",
    },
    "adopt.objective_no_final": {
        "da": "At afprøve '{change}' fra {municipality} i vores egen praksis.",
        "en": "To test '{change}' from {municipality} in our own practice.",
    },
    "adopt.question": {
        "da": "Virker forandringen lige så godt hos os som hos {municipality}?",
        "en": "Does the change work as well here as at {municipality}?",
    },
    "adopt.written": {
        "da": "Forandringen er taget op i {municipality}: {path}",
        "en": "The change is taken up in {municipality}: {path}",
    },
    "adopt.also": {"da": "  også oprettet: {path}", "en": "  also created: {path}"},
    "adopt.next": {
        "da": "Skriv jeres forudsigelse i cyklus 1's plan, før I går i gang.",
        "en": "Write your prediction into cycle 1's plan before you start.",
    },
    "adopt.measure_taken": {
        "da": "Målet '{measure}' findes allerede i arbejdsmappen; giv den nye indsats et andet "
        "id (--id), så målene får andre navne.",
        "en": "The measure '{measure}' exists already in the workspace; give the new initiative "
        "another id (--id) so its measures get other names.",
    },
    # --- spread in the summary ---
    "spread.heading": {"da": "Spredning mellem kommunerne", "en": "Spread across municipalities"},
    "spread.intro": {
        "da": "Forandringer, som en kommune har taget op fra en anden (adapted_from), og hvor "
        "langt hver har nået.",
        "en": "Changes one municipality has taken up from another (adapted_from), and how far "
        "each adopter has come.",
    },
    "spread.none": {
        "da": "Ingen kommune har endnu taget en forandring op fra en anden.",
        "en": "No municipality has taken up a change from another yet.",
    },
    "spread.edge": {
        "da": "{source} → {adopter}: {change}",
        "en": "{source} → {adopter}: {change}",
    },
    "spread.progress": {
        "da": "{status}; {cycles} cyklusser ({done} afsluttet); seneste beslutning: {decision}",
        "en": "{status}; {cycles} cycles ({done} completed); latest decision: {decision}",
    },
    "spread.outside": {"da": "uden for programmet", "en": "outside the programme"},
    "spread.goal_heading": {
        "da": "Har hver kommune beskrevet en forandring, som andre har taget op?",
        "en": "Has each municipality described a change others took up?",
    },
    "spread.goal_yes": {
        "da": "ja, taget op af {adopters}",
        "en": "yes, taken up by {adopters}",
    },
    "spread.goal_ready": {
        "da": "ikke endnu; {n} indførte forandringer klar til at blive taget op",
        "en": "not yet; {n} adopted changes ready to be taken up",
    },
    "spread.goal_ready.one": {
        "da": "ikke endnu; {n} indført forandring klar til at blive taget op",
        "en": "not yet; {n} adopted change ready to be taken up",
    },
    "spread.goal_no": {"da": "ikke endnu", "en": "not yet"},
    "spread.goal_count": {
        "da": "{met} af {total} kommuner har beskrevet en forandring, som andre har taget op.",
        "en": "{met} of {total} municipalities have described a change others took up.",
    },
    "spread.shared_heading": {
        "da": "Samme måling på tværs af kommunerne",
        "en": "The same measure across municipalities",
    },
    "spread.shared_intro": {
        "da": "Målinger med samme operationelle definition i flere kommuner, side om side på én "
        "skala.",
        "en": "Measures with the same operational definition in several municipalities, side by "
        "side on one scale.",
    },
    "spread.shared_none": {
        "da": "Ingen målinger deler definition på tværs af kommunerne endnu.",
        "en": "No measures share a definition across municipalities yet.",
    },
    "spread.shared_chart_alt": {
        "da": "{name}: seneste værdier i hver kommune på samme skala",
        "en": "{name}: the latest values in each municipality on one scale",
    },
    # --- the closing report ---
    "final.title": {"da": "Afsluttende rapport", "en": "Closing report"},
    "final.lead": {
        "da": "Til bevillingsgiver: data indsamlet på tværs af de lokale projekter, "
        "{start} – {end}.",
        "en": "For the grant giver: data collected across the local projects, {start} – {end}.",
    },
    "final.section.overview": {"da": "Overblik", "en": "Overview"},
    "final.section.municipalities": {
        "da": "Kommunerne: målsætning mod resultat",
        "en": "The municipalities: aim against result",
    },
    "final.section.documentation": {
        "da": "Dokumentationstid på tværs af kommunerne",
        "en": "Documentation time across municipalities",
    },
    "final.section.spread": {"da": "Spredning", "en": "Spread"},
    "final.section.predictions": {
        "da": "Hvad forudsigelserne lærte os",
        "en": "What the predictions taught",
    },
    "final.section.completeness": {"da": "Datakomplethed", "en": "Data completeness"},
    "final.section.packages": {"da": "Forandringspakker", "en": "Change packages"},
    "final.overview": {
        "da": "{municipalities} kommuner, {initiatives} indsatser, {cycles} PDSA-cyklusser "
        "({adopted} indført, {adapted} tilpasset, {abandoned} opgivet), {measurements} målinger.",
        "en": "{municipalities} municipalities, {initiatives} initiatives, {cycles} PDSA cycles "
        "({adopted} adopted, {adapted} adapted, {abandoned} abandoned), {measurements} "
        "measurements.",
    },
    "final.aims_met": {
        "da": "{met} af {judged} målsætninger med målværdi og data er nået.",
        "en": "{met} of {judged} aims with a target and data are met.",
    },
    "final.col.initiative": {"da": "Indsats", "en": "Initiative"},
    "final.col.aim": {"da": "SMART-målsætning", "en": "SMART aim"},
    "final.col.result": {"da": "Resultat", "en": "Result"},
    "final.col.evidence": {"da": "Evidens", "en": "Evidence"},
    "final.col.measure": {"da": "Måling", "en": "Measure"},
    "final.col.points": {"da": "Perioder med data", "en": "Periods with data"},
    "final.col.expected": {"da": "Forventet", "en": "Expected"},
    "final.col.complete": {"da": "Komplet", "en": "Complete"},
    "final.col.package": {"da": "Pakke", "en": "Package"},
    "final.col.command": {"da": "Kommando", "en": "Command"},
    "final.no_result": {"da": "ingen målværdi eller data", "en": "no target or data"},
    "final.no_aim_measure": {
        "da": "målsætningen har ingen måling knyttet til sig",
        "en": "the aim has no measure linked to it",
    },
    "final.completeness_intro": {
        "da": "Perioder med en måling mod det antal, målets hyppighed giver, fra målets første "
        "måling til kommunens seneste måling.",
        "en": "Periods with a measurement against the number the measure's frequency gives, from "
        "the measure's first measurement to its municipality's latest one.",
    },
    "final.completeness_total": {
        "da": "Samlet {share} % af de forventede målinger er til stede.",
        "en": "Overall {share} % of the expected measurements are present.",
    },
    "final.packages_intro": {
        "da": "Indførte forandringer, som kan pakkes til andre kommuner:",
        "en": "Adopted changes that can be packaged for other municipalities:",
    },
    "final.packages_none": {
        "da": "Ingen forandring er indført endnu.",
        "en": "No change has been adopted yet.",
    },
    "final.predictions_ramps": {
        "da": "Sådan ændrede forudsigelserne sig langs rampen:",
        "en": "How the predictions changed along the ramps:",
    },
    "final.written": {
        "da": "Den afsluttende rapport er skrevet: {path}",
        "en": "The closing report is written: {path}",
    },
    "final.format": {
        "da": "Den afsluttende rapport findes som html eller md (ikke {format}).",
        "en": "The closing report comes as html or md (not {format}).",
    },
}
