"""Messages of `pdsa summary`, the learning-seminar overview."""

MESSAGES: dict[str, dict[str, str]] = {
    # usage
    "summary.since_and_seminar": {
        "da": "Angiv enten --since eller --seminar, ikke begge.",
        "en": "Give either --since or --seminar, not both.",
    },
    "summary.unknown_seminar": {
        "da": "Programmet har intet læringsseminar nr. {number} (kendte: {known}).",
        "en": "The programme has no learning seminar number {number} (known: {known}).",
    },
    "summary.unknown_municipality": {
        "da": "Ukendt kommune '{name}' (kendte: {known}).",
        "en": "Unknown municipality '{name}' (known: {known}).",
    },
    "summary.bad_format": {
        "da": "Ukendt format '{value}'. Vælg terminal, md, html eller json.",
        "en": "Unknown format '{value}'. Choose terminal, md, html or json.",
    },
    "summary.load_errors": {
        "da": "Fejl i arbejdsmappen: {count}. Filerne med fejl er udeladt af overblikket "
        "(se 'Dataproblemer' eller kør 'pdsa validate').",
        "en": "Errors in the workspace: {count}. The files with errors are left out of the "
        "overview (see 'Data problems' or run 'pdsa validate').",
    },
    "summary.written": {"da": "Skrev {path}", "en": "Wrote {path}"},
    "summary.out_suffix": {
        "da": "{path}: en rapport i formatet {format} skal have endelsen {endings}. Vælg et "
        "andet filnavn (eller et andet --format); intet er skrevet.",
        "en": "{path}: a report in the {format} format needs the ending {endings}. Choose "
        "another file name (or another --format); nothing was written.",
    },
    "summary.rendering_charts": {"da": "Tegner diagrammer", "en": "Drawing charts"},
    "summary.charts_unavailable": {
        "da": "Diagrammerne kunne ikke tegnes ({error}); rapporten er lavet uden dem.",
        "en": "The charts could not be drawn ({error}); the report is made without them.",
    },
    # headings
    "summary.title": {"da": "Overblik til læringsseminar", "en": "Learning seminar overview"},
    "summary.contents": {"da": "Indhold", "en": "Contents"},
    "summary.overview": {"da": "Overblik", "en": "Overview"},
    "summary.cycles": {"da": "PDSA-cyklusser", "en": "PDSA cycles"},
    "summary.measures": {"da": "Målinger", "en": "Measures"},
    "summary.documentation": {
        "da": "Dokumentationstid side om side",
        "en": "Documentation time side by side",
    },
    "summary.documentation_intro": {
        "da": "Målinger af dokumentationstid (temaet documentation-time) fra kommunerne.",
        "en": "Documentation-time measures (the theme documentation-time) from the municipalities.",
    },
    "summary.documentation_aim": {
        "da": "Programmets målsætning: »{aim}«",
        "en": "The programme's aim: “{aim}”",
    },
    "summary.spread": {"da": "Klar til spredning", "en": "Ready to spread"},
    "summary.spread_intro": {
        "da": "Forandringer, der er besluttet indført, med det data viser. "
        "Andre kommuner kan tage dem op.",
        "en": "Changes decided to adopt, with what the data show. Other municipalities can "
        "pick them up.",
    },
    "summary.data_problems": {
        "da": "Dataproblemer at rette før seminaret",
        "en": "Data problems to fix before the seminar",
    },
    "summary.no_data_problems": {
        "da": "Ingen dataproblemer fundet.",
        "en": "No data problems found.",
    },
    "summary.no_spread": {
        "da": "Ingen forandringer er besluttet indført endnu.",
        "en": "No change has been adopted yet.",
    },
    "summary.no_cycles": {
        "da": "Ingen cyklusser i perioden.",
        "en": "No cycles in this period.",
    },
    "summary.no_measures": {"da": "Ingen målinger.", "en": "No measures."},
    "summary.illustrative": {
        "da": "Tallene i denne arbejdsmappe er illustrative eksempler, ikke rigtige data.",
        "en": "The numbers in this workspace are illustrative examples, not real data.",
    },
    # period
    "summary.period": {"da": "Periode: {start} – {end}", "en": "Period: {start} – {end}"},
    "summary.period_start": {"da": "start", "en": "the start"},
    "summary.for_seminar": {
        "da": "Til læringsseminar {number} ({date})",
        "en": "For learning seminar {number} ({date})",
    },
    "summary.since_seminar": {
        "da": "siden seminar {number} ({date})",
        "en": "since seminar {number} ({date})",
    },
    "summary.generated": {"da": "Lavet {date} med pdsa", "en": "Made {date} with pdsa"},
    # counts
    "summary.counts": {
        "da": "{started} startet · {completed} afsluttet · {in_progress} i gang",
        "en": "{started} started · {completed} completed · {in_progress} in progress",
    },
    "summary.decisions": {
        "da": "Beslutninger: {adopt} indfør · {adapt} tilpas · {abandon} forkast",
        "en": "Decisions: {adopt} adopt · {adapt} adapt · {abandon} abandon",
    },
    "summary.fig.started": {"da": "cyklusser startet", "en": "cycles started"},
    "summary.fig.completed": {"da": "cyklusser afsluttet", "en": "cycles completed"},
    "summary.fig.in_progress": {"da": "cyklusser i gang", "en": "cycles in progress"},
    # table columns
    "summary.col.cycle": {"da": "Cyklus", "en": "Cycle"},
    "summary.col.status": {"da": "Status", "en": "Status"},
    "summary.col.decision": {"da": "Beslutning", "en": "Decision"},
    "summary.col.learning": {"da": "Læring", "en": "Learning"},
    "summary.col.measure": {"da": "Måling", "en": "Measure"},
    "summary.col.latest": {"da": "Seneste", "en": "Latest"},
    "summary.col.centre": {"da": "Centerlinje", "en": "Centre line"},
    "summary.col.baseline": {"da": "Baseline", "en": "Baseline"},
    "summary.col.signals": {"da": "Signaler", "en": "Signals"},
    "summary.col.municipality": {"da": "Kommune", "en": "Municipality"},
    "summary.col.initiative": {"da": "Indsats", "en": "Initiative"},
    "summary.col.change": {"da": "Forandring", "en": "Change"},
    "summary.col.evidence": {"da": "Evidens", "en": "Evidence"},
    "summary.col.adopted": {"da": "Indført", "en": "Adopted"},
    "summary.col.file": {"da": "Fil", "en": "File"},
    "summary.col.problem": {"da": "Problem", "en": "Problem"},
    "summary.col.trend": {"da": "Forløb", "en": "Course"},
    "summary.col.when": {"da": "Dato", "en": "Date"},
    "summary.col.value": {"da": "Værdi", "en": "Value"},
    "summary.col.note": {"da": "Note", "en": "Note"},
    "summary.col.testing": {"da": "Under afprøvning", "en": "Being tested"},
    "summary.chart_data": {"da": "Tallene bag diagrammet", "en": "The numbers behind the chart"},
    # aim
    # One word per concept: "målsætning" the aim, "målværdi" its target, "måling" a measure.
    "summary.aim": {"da": "Målsætning", "en": "Aim"},
    "summary.aim_target": {
        "da": "Målværdi for {measure}: {target}{by}; nu {level} (medianen af de seneste {n} "
        "målinger; {latest})",
        "en": "Target for {measure}: {target}{by}; now {level} (the median of the latest {n} "
        "measurements; {latest})",
    },
    "summary.aim_latest": {
        "da": "seneste {value} den {date}",
        "en": "latest {value} on {date}",
    },
    "summary.aim_by": {"da": " senest {date}", "en": " by {date}"},
    "summary.aim_met": {"da": "målværdien er nået", "en": "target met"},
    "summary.aim_gap": {"da": "{gap} fra målværdien", "en": "{gap} from the target"},
    "summary.aim_no_target": {
        "da": "Målsætningen har ingen målværdi at måle afstanden til.",
        "en": "The aim has no target value to measure the distance to.",
    },
    "summary.aim_no_data": {
        "da": "Målværdi for {measure}: {target}{by}; endnu ingen data.",
        "en": "Target for {measure}: {target}{by}; no data yet.",
    },
    "summary.track": {"da": "Spor {track}", "en": "Track {track}"},
    "summary.method": {"da": "Metode: {method}", "en": "Method: {method}"},
    "summary.new_in_period": {"da": "ny i perioden", "en": "new in this period"},
    # measures
    "summary.not_analysed": {
        "da": "ikke analyseret (for få punkter)",
        "en": "not analysed (too few points)",
    },
    "summary.points": {"da": "{n} punkter", "en": "{n} points"},
    "summary.points.one": {"da": "{n} punkt", "en": "{n} point"},
    "summary.after_adoption": {
        "da": "begyndte, efter at forandringen i cyklus {cycle} blev afprøvet (fra {tested}, "
        "indført {date})",
        "en": "began after the change of cycle {cycle} was being tested (from {tested}, "
        "adopted {date})",
    },
    "summary.before_adoption": {
        "da": "begyndte, før nogen indført forandring blev afprøvet",
        "en": "began before any adopted change was being tested",
    },
    # signals in plain words; {span} is the dates, {n} the number of points
    "summary.rule_set.anhoej": {"da": "Anhøj", "en": "Anhøj"},
    "summary.rule_set.ihi": {"da": "IHI", "en": "IHI"},
    "summary.rule_set.mdc": {"da": "Making Data Count", "en": "Making Data Count"},
    "summary.rule_set.weco": {"da": "Western Electric", "en": "Western Electric"},
    "summary.rule_label": {"da": "regel: {rule_set}, {rule}", "en": "rule: {rule_set}, {rule}"},
    "summary.percentage_points": {"da": "procentpoint", "en": "percentage points"},
    # evidence
    "summary.evidence.none": {
        "da": "ingen målinger knyttet til cyklussen",
        "en": "no measures linked to the cycle",
    },
    # data problems
    "summary.stale": {
        "da": "{name}: ingen data i {periods} {unit} (seneste {date})",
        "en": "{name}: no data for {periods} {unit} (latest {date})",
    },
    "summary.stale_never": {
        "da": "{name}: ingen målinger endnu",
        "en": "{name}: no measurements yet",
    },
    "summary.unit.day": {"da": "dage", "en": "days"},
    "summary.unit.week": {"da": "uger", "en": "weeks"},
    "summary.unit.month": {"da": "måneder", "en": "months"},
    "summary.stuck": {
        "da": "Cyklus {number} \u201c{title}\u201d har været i Do i {days} dage (siden {date}) "
        "uden Study",
        "en": "Cycle {number} \u201c{title}\u201d has been in Do for {days} days (since {date}) "
        "with no Study",
    },
    "summary.stale_heading": {
        "da": "Målinger uden nye data",
        "en": "Measures with no recent data",
    },
    "summary.stuck_heading": {"da": "Cyklusser der står stille i Do", "en": "Cycles stuck in Do"},
    "summary.problems_heading": {
        "da": "Fejl og advarsler fra valideringen",
        "en": "Errors and warnings from validation",
    },
    "summary.chart_alt": {
        "da": "Diagram over {name}",
        "en": "Chart of {name}",
    },
    "summary.no_municipalities": {
        "da": "Arbejdsmappen har ingen kommuner endnu.",
        "en": "The workspace has no municipalities yet.",
    },
}
