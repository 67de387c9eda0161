"""Quantitative predictions: problems, statuses, the `pdsa predictions` command and the Study
draft.

Convention shown to users: proportions are stored as 0-1; a predicted value above 1 on a
proportion measure is read as a percent (up to 100).
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Problems found by `pdsa validate`.
    "problem.prediction-measure-not-linked": {
        "da": "forudsigelsen gælder målet '{measure}', men cyklussen nævner det ikke under "
        "'measures'. Tilføj det der.",
        "en": "the prediction is about measure '{measure}', but the cycle does not list it under "
        "'measures'. Add it there.",
    },
    "problem.prediction-out-of-range": {
        "da": "tallet passer ikke til målet '{measure}' ({data_type}): en andel skrives 0-1 "
        "eller som procent 0-100, et antal eller en rate er mindst 0.",
        "en": "the number does not fit measure '{measure}' ({data_type}): a proportion is "
        "written 0-1 or as a percent 0-100, a count or a rate is at least 0.",
    },
    "problem.prediction-window": {
        "da": "forudsigelsen gælder Do-perioden, men do.end mangler, så perioden slutter ved "
        "Study-datoen {date}. Skriv do.end, hvis afprøvningen sluttede før.",
        "en": "the prediction covers the Do period, but do.end is missing, so the window closes "
        "at the Study date {date}. Fill in do.end if the test ended earlier.",
    },
    "problem.prediction-no-data": {
        "da": "cyklussen er nået til Study, men målet '{measure}' har {n} måling(er) i "
        "forudsigelsens periode (der skal {wanted}), så forudsigelsen kan ikke tjekkes endnu.",
        "en": "the cycle has reached Study, but measure '{measure}' has {n} measurement(s) in "
        "the prediction's window ({wanted} needed), so the prediction cannot be checked yet.",
    },
    "problem.cycle-without-prediction": {
        "da": "cyklussen er i gang (Do), men har ingen forudsigelse. Skriv, hvad I forventer, "
        "ved hvert spørgsmål eller som en talforudsigelse: uden forudsigelse lærer testen "
        "jer ikke meget.",
        "en": "the cycle has reached Do without any prediction. Write what you expect for each "
        "question or as a quantitative prediction: a test without a prediction teaches little.",
    },
    "problem.study-ignores-predictions": {
        "da": "Study nævner ikke, hvordan det gik med forudsigelserne. Udfyld "
        "'compared_with_predictions' (pdsa study foreslår en tekst ud fra data).",
        "en": "the Study does not say how the predictions turned out. Fill in "
        "'compared_with_predictions' (pdsa study offers a text from the data).",
    },
    # Statuses and why there is no data.
    "predictions.status.met": {"da": "holdt", "en": "met"},
    "predictions.status.not_met": {"da": "holdt ikke", "en": "not met"},
    "predictions.status.no_data": {"da": "ingen data endnu", "en": "no data yet"},
    "predictions.provisional": {"da": "foreløbig", "en": "so far"},
    "predictions.reason.not_started": {"da": "ikke afprøvet endnu", "en": "not carried out yet"},
    "predictions.reason.unknown_measure": {"da": "ukendt mål", "en": "unknown measure"},
    "predictions.reason.out_of_range": {
        "da": "tallet passer ikke til målets enhed",
        "en": "the number does not fit the measure's unit",
    },
    "predictions.reason.no_points": {
        "da": "ingen målinger i perioden",
        "en": "no measurements in the window",
    },
    "predictions.reason.too_few_points": {
        "da": "{n} af {wanted} målinger",
        "en": "{n} of {wanted} measurements",
    },
    # How a prediction reads.
    "predictions.comparator.at_least": {"da": "mindst {value}", "en": "at least {value}"},
    "predictions.comparator.at_most": {"da": "højst {value}", "en": "at most {value}"},
    "predictions.comparator.between": {
        "da": "mellem {low} og {high}",
        "en": "between {low} and {high}",
    },
    "predictions.comparator.about": {
        "da": "omkring {value} (± {tolerance})",
        "en": "about {value} (± {tolerance})",
    },
    "predictions.window.do_period": {"da": "i Do-perioden", "en": "during the Do period"},
    "predictions.window.after_do": {
        "da": "de første {points} målinger efter Do-start",
        "en": "the first {points} measurements after the Do start",
    },
    # Trends over a ramp.
    "predictions.trend.improving": {
        "da": "forudsigelserne kom tættere på",
        "en": "predictions got closer",
    },
    "predictions.trend.not_improving": {
        "da": "forudsigelserne kom ikke tættere på",
        "en": "predictions did not get closer",
    },
    "predictions.trend.on_target": {
        "da": "alle forudsigelser holdt",
        "en": "every prediction was met",
    },
    "predictions.trend.too_few": {
        "da": "for få cyklusser med data",
        "en": "too few cycles with data",
    },
    # The `pdsa predictions` command.
    "predictions.help": {
        "da": "Tjek cyklussernes talforudsigelser mod data: holdt, holdt ikke eller ingen data.",
        "en": "Check the cycles' quantitative predictions against the data: met, not met or "
        "no data yet.",
    },
    "predictions.title": {"da": "Forudsigelser mod data", "en": "Predictions against the data"},
    "predictions.col.cycle": {"da": "Cyklus", "en": "Cycle"},
    "predictions.col.measure": {"da": "Måling", "en": "Measure"},
    "predictions.col.prediction": {"da": "Forudsigelse", "en": "Prediction"},
    "predictions.col.window": {"da": "Periode", "en": "Window"},
    "predictions.col.observed": {"da": "Observeret", "en": "Observed"},
    "predictions.col.n": {"da": "n", "en": "n"},
    "predictions.col.status": {"da": "Status", "en": "Status"},
    "predictions.col.distance": {"da": "Afstand", "en": "Distance"},
    "predictions.col.municipality": {"da": "Kommune", "en": "Municipality"},
    "predictions.col.share": {"da": "Andel holdt", "en": "Share met"},
    "predictions.col.met": {"da": "Holdt", "en": "Met"},
    "predictions.col.judged": {"da": "Afgjort", "en": "Judged"},
    "predictions.col.pending": {"da": "Venter", "en": "Pending"},
    "predictions.col.initiative": {"da": "Indsats", "en": "Initiative"},
    "predictions.col.trend": {"da": "Udvikling", "en": "Trend"},
    "predictions.col.misses": {
        "da": "Relativ afvigelse pr. cyklus",
        "en": "Relative miss per cycle",
    },
    "predictions.col.miss": {"da": "Relativ afvigelse", "en": "Relative miss"},
    "predictions.share_line": {
        "da": "{met} af {judged} forudsigelser holdt ({share}); {pending} venter på data.",
        "en": "{met} of {judged} predictions met ({share}); {pending} waiting for data.",
    },
    "predictions.programme": {"da": "Hele programmet", "en": "The whole programme"},
    "predictions.misses_title": {
        "da": "Cyklusser hvor forudsigelserne ramte længst ved siden af",
        "en": "Cycles whose predictions missed by the most",
    },
    "predictions.ramps_title": {
        "da": "Kom forudsigelserne tættere på hen over rampen?",
        "en": "Did predictions get closer over the ramp?",
    },
    "predictions.none": {
        "da": "Ingen talforudsigelser i arbejdsmappen endnu.",
        "en": "No quantitative predictions in the workspace yet.",
    },
    "predictions.load_problems": {
        "da": "{count} problem(er) i arbejdsmappen; filer med fejl er sprunget over. "
        "Kør 'pdsa validate' for detaljer.",
        "en": "{count} problem(s) in the workspace; files with errors were skipped. "
        "Run 'pdsa validate' for details.",
    },
    "predictions.unknown_municipality": {
        "da": "Ukendt kommune '{municipality}'. Kendte: {known}.",
        "en": "Unknown municipality '{municipality}'. Known: {known}.",
    },
    # The Study draft offered by `pdsa study`.
    "predictions.draft.met": {
        "da": "Forudsigelse: {measure} {prediction} {window}. Observeret: {observed} "
        "(n = {n}). Forudsigelsen holdt.",
        "en": "Prediction: {measure} {prediction} {window}. Observed: {observed} (n = {n}). "
        "The prediction was met.",
    },
    "predictions.draft.not_met": {
        "da": "Forudsigelse: {measure} {prediction} {window}. Observeret: {observed} "
        "(n = {n}). Forudsigelsen holdt ikke; afstand {distance}.",
        "en": "Prediction: {measure} {prediction} {window}. Observed: {observed} (n = {n}). "
        "The prediction was not met; distance {distance}.",
    },
    "predictions.draft.no_data": {
        "da": "Forudsigelse: {measure} {prediction} {window}. Ingen data endnu ({reason}).",
        "en": "Prediction: {measure} {prediction} {window}. No data yet ({reason}).",
    },
    "predictions.percent_points": {"da": "procentpoint", "en": "percentage points"},
    "predictions.percent_points_short": {"da": "%-point", "en": "pp"},
    "predictions.window.after_do_short": {"da": "første {points}", "en": "first {points}"},
    # The seminar summary's section.
    "predictions.summary.heading": {
        "da": "Forudsigelser mod data",
        "en": "Predictions against the data",
    },
    "predictions.summary.intro": {
        "da": "Talforudsigelser fra cyklussernes Plan, tjekket mod målingerne frem til "
        "periodens slutning. Læringen ligger i forskellen mellem forudsigelse og resultat.",
        "en": "Quantitative predictions from the cycles' Plans, checked against the "
        "measurements up to the end of the period. The learning is in the gap between "
        "prediction and result.",
    },
    "predictions.summary.none": {
        "da": "Ingen talforudsigelser at tjekke endnu.",
        "en": "No quantitative predictions to check yet.",
    },
    "predictions.summary.miss": {
        "da": "{where}: cyklus {cycle} {title} – {measure}: forudsagt {predicted}, "
        "observeret {observed} (ved siden af med {miss})",
        "en": "{where}: cycle {cycle} {title} – {measure}: predicted {predicted}, "
        "observed {observed} (missed by {miss})",
    },
    "predictions.summary.ramp": {
        "da": "{where}: {misses} – {trend}",
        "en": "{where}: {misses} – {trend}",
    },
    "predictions.summary.miss_note": {
        "da": "Afvigelsen er målt i forhold til den forudsagte grænse, så mål i forskellige "
        "enheder kan sammenlignes.",
        "en": "A miss is measured against the predicted bound, so measures in different units "
        "compare.",
    },
    "predictions.ask.compared_offer": {
        "da": "Sammenlignet med forudsigelserne (Enter: brug teksten ud fra data; skriv jeres "
        "egen, eller '-' for at springe over)",
        "en": "Compared with the predictions (Enter: use the text from the data; type your own, "
        "or '-' to skip)",
    },
}
