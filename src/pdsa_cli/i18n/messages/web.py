"""Words of `pdsa serve`: its pages, forms and refusals (issue 26)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "web.title": {"da": "PDSA-cyklusser", "en": "PDSA cycles"},
    "web.nav": {"da": "Hovedmenu", "en": "Main menu"},
    "web.programme": {"da": "Programmet", "en": "The programme"},
    "web.problems": {"da": "Fejl i filerne", "en": "Problems in the files"},
    "web.problems.count": {
        "da": "pdsa validate finder {count} fejl eller advarsler i filerne: se dem her.",
        "en": "pdsa validate finds {count} problems or warnings in the files: see them here.",
    },
    "web.problems.none": {
        "da": "pdsa validate finder ingen fejl i filerne.",
        "en": "pdsa validate finds no problems in the files.",
    },
    "web.problems.mend": {"da": "Ret det her", "en": "Mend it here"},
    "web.report.summary": {"da": "Seminaroversigt", "en": "Seminar summary"},
    "web.report.final": {"da": "Slutrapport", "en": "Closing report"},
    "web.switch_language": {"da": "In English", "en": "På dansk"},
    "web.seminars": {"da": "Læringsseminarer", "en": "Learning seminars"},
    "web.seminar.number": {"da": "Nr.", "en": "No."},
    "web.seminar.title": {"da": "Emne", "en": "Topic"},
    "web.municipalities": {"da": "Kommuner og indsatser", "en": "Municipalities and initiatives"},
    "web.cycles": {"da": "cyklusser", "en": "cycles"},
    "web.no_initiatives": {"da": "Ingen indsatser endnu.", "en": "No initiatives yet."},
    "web.aim": {"da": "Mål", "en": "Aim"},
    "web.aim.target": {
        "da": "Målværdi: {target} senest {date}",
        "en": "Target: {target} by {date}",
    },
    "web.measures": {"da": "Målinger og diagrammer", "en": "Measures and charts"},
    "web.measurements": {"da": "Målinger", "en": "Measurements"},
    "web.chart.alt": {
        "da": "Diagram over {name} med {count} målinger; tabellen på målets side har tallene.",
        "en": "Chart of {name} with {count} measurements; the measure's page has the numbers.",
    },
    "web.no_measurements": {"da": "Ingen målinger endnu.", "en": "No measurements yet."},
    "web.no_measures": {"da": "Indsatsen har ingen mål endnu.", "en": "No measures yet."},
    "web.ramp": {"da": "Rampen af cyklusser", "en": "The ramp of cycles"},
    "web.new_cycle": {"da": "Ny cyklus", "en": "New cycle"},
    "web.next_cycle": {"da": "Start den næste cyklus", "en": "Start the next cycle"},
    "web.create_cycle": {"da": "Opret cyklussen", "en": "Create the cycle"},
    "web.back_to_initiative": {"da": "Tilbage til indsatsen", "en": "Back to the initiative"},
    "web.log.title": {"da": "Tilføj en måling", "en": "Add a measurement"},
    "web.log.submit": {"da": "Gem målingen", "en": "Save the measurement"},
    "web.cycle.heading": {"da": "Cyklus {number}: {title}", "en": "Cycle {number}: {title}"},
    "web.cycle.status": {"da": "Fase", "en": "Phase"},
    "web.phase.plan": {"da": "Plan", "en": "Plan"},
    "web.phase.do": {"da": "Afprøv (Do)", "en": "Do"},
    "web.phase.study": {"da": "Undersøg (Study)", "en": "Study"},
    "web.phase.act": {"da": "Handl (Act)", "en": "Act"},
    "web.save_phase": {"da": "Gem {phase}", "en": "Save {phase}"},
    "web.required": {"da": "Skal udfyldes.", "en": "Required."},
    "web.hint.date": {
        "da": "F.eks. 01.06.2021 eller 2021-06-01.",
        "en": "E.g. 01.06.2021 or 2021-06-01.",
    },
    "web.hint.number": {"da": "F.eks. 14 eller 14,5.", "en": "E.g. 14 or 14.5."},
    "web.hint.measures": {
        "da": "Målenes id adskilt af komma (tom: alle indsatsens mål). Kendte: {known}.",
        "en": "The measures' ids, separated by commas (empty: all of the initiative's). "
        "Known: {known}.",
    },
    "web.hint.replace": {
        "da": "Her: sæt kryds i 'Erstat målingen for samme periode' og gem igen.",
        "en": "Here: tick 'Replace the measurement of the same period' and save again.",
    },
    "web.field.date": {"da": "Dato", "en": "Date"},
    "web.field.value": {"da": "Værdi", "en": "Value"},
    "web.field.numerator": {"da": "Tæller", "en": "Numerator"},
    "web.field.denominator": {"da": "Nævner", "en": "Denominator"},
    "web.field.note": {"da": "Bemærkning", "en": "Note"},
    "web.field.replace": {
        "da": "Erstat målingen for samme periode",
        "en": "Replace the measurement of the same period",
    },
    "web.field.start": {"da": "Afprøvningen begyndte", "en": "The test began"},
    "web.field.end": {"da": "Afprøvningen sluttede", "en": "The test ended"},
    "web.field.what_happened": {"da": "Hvad skete der?", "en": "What happened?"},
    "web.field.problems": {"da": "Problemer undervejs", "en": "Problems on the way"},
    "web.field.surprises": {"da": "Hvad overraskede jer?", "en": "What surprised you?"},
    "web.field.results": {"da": "Resultater", "en": "Results"},
    "web.field.compared_with_predictions": {
        "da": "Sammenlignet med forudsigelserne",
        "en": "Compared with the predictions",
    },
    "web.field.learning": {"da": "Hvad lærte I?", "en": "What did you learn?"},
    "web.field.decision": {"da": "Beslutning", "en": "Decision"},
    "web.field.next_step": {"da": "Næste skridt", "en": "Next step"},
    "web.field.title": {"da": "Titel", "en": "Title"},
    "web.field.objective": {"da": "Formål med cyklussen", "en": "Objective of the cycle"},
    "web.field.change_idea": {"da": "Forandringsidé", "en": "Change idea"},
    "web.field.plan_date": {"da": "Plandato (tom: i dag)", "en": "Plan date (empty: today)"},
    "web.field.question": {"da": "Spørgsmål {n}", "en": "Question {n}"},
    "web.field.prediction": {"da": "Forudsigelse til spørgsmål {n}", "en": "Prediction {n}"},
    "web.predictions_against_data": {
        "da": "Forudsigelserne holdt op mod data",
        "en": "The predictions against the data",
    },
    "web.prediction": {"da": "Forudsigelse", "en": "Prediction"},
    "web.field.who": {"da": "Hvem", "en": "Who"},
    "web.field.what": {"da": "Hvad", "en": "What"},
    "web.field.where": {"da": "Hvor", "en": "Where"},
    "web.field.when": {"da": "Hvornår", "en": "When"},
    "web.field.measures": {"da": "Mål", "en": "Measures"},
    "web.done.logged": {"da": "Målingen er gemt.", "en": "The measurement was saved."},
    "web.done.do": {"da": "Afprøvningen er gemt.", "en": "The Do phase was saved."},
    "web.done.study": {"da": "Undersøgelsen er gemt.", "en": "The Study phase was saved."},
    "web.done.act": {"da": "Beslutningen er gemt.", "en": "The Act phase was saved."},
    "web.done.created": {"da": "Cyklussen er oprettet.", "en": "The cycle was created."},
    "web.conflict.title": {
        "da": "Filen er ændret, siden du åbnede siden",
        "en": "The file changed since you opened this page",
    },
    "web.conflict.text": {
        "da": "Nogen (en kollega, pdsa på kommandolinjen eller git pull) har ændret filen i "
        "mellemtiden. Intet er overskrevet, og det du skrev står stadig i formularen nedenfor: "
        "se ændringen, og send formularen igen, hvis den stadig skal gemmes.",
        "en": "Someone (a colleague, pdsa on the command line or git pull) changed the file "
        "meanwhile. Nothing was overwritten, and what you typed is still in the form below: "
        "look at the change, and send the form again if it should still be saved.",
    },
    "web.conflict.unknown": {
        "da": "Den tidligere udgave kendes ikke længere, så ændringen kan ikke vises.",
        "en": "The earlier version is no longer known, so the change cannot be shown.",
    },
    "web.not_found": {
        "da": "Der er ingen {what} med id '{id}' i arbejdsmappen.",
        "en": "There is no {what} with the id '{id}' in the workspace.",
    },
    "web.kind.initiative": {"da": "indsats", "en": "initiative"},
    "web.kind.measure": {"da": "mål", "en": "measure"},
    "web.kind.cycle": {"da": "cyklus", "en": "cycle"},
    "web.kind.phase": {"da": "fase", "en": "phase"},
    "web.refused.host": {
        "da": "Afvist: siden blev hentet som '{host}', men pdsa serve svarer kun på "
        "127.0.0.1 og localhost (så andre sider ikke kan nå den). Brug linket, pdsa serve viste.",
        "en": "Refused: the page was asked for as '{host}', but pdsa serve answers only on "
        "127.0.0.1 and localhost (so other sites cannot reach it). Use the link pdsa serve showed.",
    },
    "web.refused.token": {
        "da": "Afvist: åbn siden med linket, som pdsa serve viste, da den startede (det holder "
        "en nøgle, så kun du kan åbne den).",
        "en": "Refused: open the page with the link pdsa serve showed when it started (it holds "
        "a key, so only you can open it).",
    },
    "web.refused.csrf": {
        "da": "Afvist: formularen kom ikke fra pdsa serves egen side (eller siden er for gammel). "
        "Åbn siden igen og send formularen derfra. Intet er skrevet.",
        "en": "Refused: the form did not come from pdsa serve's own page (or the page is too "
        "old). Open the page again and send the form from there. Nothing was written.",
    },
    "web.refused.method": {
        "da": "Afvist: ukendt slags forespørgsel.",
        "en": "Refused: unknown kind of request.",
    },
    "web.refused.length": {
        "da": "Afvist: forespørgslen siger ikke, hvor stor den er. Intet er skrevet.",
        "en": "Refused: the request does not say how large it is. Nothing was written.",
    },
    "web.refused.too_large": {
        "da": "Afvist: det sendte er større end {limit} KB. Intet er skrevet.",
        "en": "Refused: what was sent is larger than {limit} KB. Nothing was written.",
    },
    "web.refused.bad_form": {
        "da": "Afvist: formularen kunne ikke læses (for mange eller for store felter). Intet er "
        "skrevet.",
        "en": "Refused: the form could not be read (too many or too large fields). Nothing was "
        "written.",
    },
    "web.serve.started": {
        "da": "pdsa serve kører på din egen computer. Åbn dette link i din browser (det holder "
        "en nøgle; del det ikke):\n\n    {url}\n\nStop med Ctrl+C.",
        "en": "pdsa serve is running on your own computer. Open this link in your browser (it "
        "holds a key; do not share it):\n\n    {url}\n\nStop it with Ctrl+C.",
    },
    "web.serve.port_busy": {
        "da": "Porten {port} er optaget. Vælg en anden med --port, f.eks. --port 8766.",
        "en": "Port {port} is in use. Choose another with --port, e.g. --port 8766.",
    },
}
