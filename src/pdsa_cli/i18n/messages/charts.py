"""Text drawn on charts and printed by `pdsa chart`."""

MESSAGES: dict[str, dict[str, str]] = {
    # Chart types, as a caption names them.
    "charts.type.run": {"da": "Seriediagram", "en": "Run chart"},
    "charts.type.i": {"da": "I-kontroldiagram", "en": "I chart"},
    "charts.type.mr": {"da": "MR-kontroldiagram", "en": "MR chart"},
    "charts.type.p": {"da": "P-kontroldiagram", "en": "P chart"},
    "charts.type.pp": {"da": "P′-kontroldiagram (Laney)", "en": "P′ chart (Laney)"},
    "charts.type.u": {"da": "U-kontroldiagram", "en": "U chart"},
    "charts.type.up": {"da": "U′-kontroldiagram (Laney)", "en": "U′ chart (Laney)"},
    "charts.type.c": {"da": "C-kontroldiagram", "en": "C chart"},
    "charts.type.xbar": {"da": "X̄-kontroldiagram", "en": "X̄ chart"},
    "charts.type.s": {"da": "S-kontroldiagram", "en": "S chart"},
    "charts.type.g": {"da": "G-kontroldiagram", "en": "G chart"},
    "charts.type.t": {"da": "T-kontroldiagram", "en": "T chart"},
    # Rule sets.
    "charts.rules.anhoej": {"da": "Anhøj-reglerne", "en": "Anhøj rules"},
    "charts.rules.ihi": {"da": "IHI-reglerne", "en": "IHI rules"},
    "charts.rules.mdc": {"da": "Making Data Count-reglerne", "en": "Making Data Count rules"},
    "charts.rules.weco": {"da": "Western Electric-reglerne", "en": "Western Electric rules"},
    # Rules, as the legend names the points they flagged ({n}: the rule's length, when fixed).
    "charts.rule.outside_limits": {
        "da": "Uden for kontrolgrænserne",
        "en": "Outside the control limits",
    },
    "charts.rule.longest_run": {
        "da": "Usædvanligt langt forløb på én side",
        "en": "Unusually long run on one side",
    },
    "charts.rule.crossings": {
        "da": "For få krydsninger af centerlinjen",
        "en": "Too few crossings of the centre line",
    },
    "charts.rule.shift": {"da": "Skift: {n}+ punkter på én side", "en": "Shift: {n}+ on one side"},
    "charts.rule.shift_plain": {"da": "Skift på én side", "en": "Shift on one side"},
    "charts.rule.trend": {"da": "Trend: {n}+ op eller ned", "en": "Trend: {n}+ up or down"},
    "charts.rule.trend_plain": {"da": "Trend op eller ned", "en": "Trend up or down"},
    "charts.rule.runs": {"da": "For få eller for mange forløb", "en": "Too few or too many runs"},
    "charts.rule.astronomical": {
        "da": "Muligt astronomisk punkt (vurdér selv)",
        "en": "Possible astronomical point (your judgement)",
    },
    "charts.rule.two_of_three": {
        "da": "2 af 3 uden for 2 sigma",
        "en": "2 of 3 beyond 2 sigma",
    },
    "charts.rule.four_of_five": {
        "da": "4 af 5 uden for 1 sigma",
        "en": "4 of 5 beyond 1 sigma",
    },
    "charts.rule.hugging": {
        "da": "15 i træk inden for 1 sigma",
        "en": "15 in a row within 1 sigma",
    },
    "charts.rule.other": {"da": "Signal ({rule})", "en": "Signal ({rule})"},
    # Legend and edge labels.
    "charts.legend.data": {"da": "Måling", "en": "Measurement"},
    "charts.legend.median": {"da": "Median", "en": "Median"},
    "charts.legend.mean": {"da": "Centerlinje", "en": "Centre line"},
    "charts.legend.cl_signal": {
        "da": "Centerlinje med signal",
        "en": "Centre line with a signal",
    },
    "charts.legend.limits": {"da": "Kontrolgrænser", "en": "Control limits"},
    "charts.legend.target": {"da": "Målværdi", "en": "Target"},
    "charts.legend.excluded": {"da": "Udeladt af beregningen", "en": "Left out of calculations"},
    "charts.legend.baseline": {"da": "Baseline", "en": "Baseline"},
    "charts.legend.improvement": {"da": "Forbedring", "en": "Improvement"},
    "charts.legend.concern": {"da": "Bekymring", "en": "Concern"},
    "charts.legend.neutral": {
        "da": "Særlig årsag uden retning",
        "en": "Special cause, no direction",
    },
    "charts.legend.tested": {"da": "PDSA: afprøvning begynder", "en": "PDSA: test begins"},
    "charts.legend.adopted": {"da": "Forandring indført", "en": "Change adopted"},
    "charts.legend.decided": {"da": "Beslutning", "en": "Decision"},
    "charts.phase": {"da": "Fase {n}", "en": "Phase {n}"},
    # A point's story (its SVG <title>) and the chart in words (the SVG's <desc>).
    "charts.point.value": {"da": "{x}: {value}", "en": "{x}: {value}"},
    "charts.point.missing": {"da": "ingen værdi", "en": "no value"},
    "charts.point.note": {"da": "Note: {note}", "en": "Note: {note}"},
    "charts.point.testing": {"da": "Under afprøvning: {cycles}", "en": "Being tested: {cycles}"},
    "charts.point.signal": {"da": "Signal: {meaning} ({rule})", "en": "Signal: {meaning} ({rule})"},
    "charts.desc.chart": {
        "da": "{chart} over {measure}{unit}, {period}, {n} punkter.",
        "en": "{chart} of {measure}{unit}, {period}, {n} points.",
    },
    "charts.desc.chart.one": {
        "da": "{chart} over {measure}{unit}, {period}, {n} punkt.",
        "en": "{chart} of {measure}{unit}, {period}, {n} point.",
    },
    "charts.desc.where": {"da": "{measure} i {municipality}", "en": "{measure} in {municipality}"},
    "charts.title.municipality": {"da": "{municipality}: {title}", "en": "{municipality}: {title}"},
    "charts.desc.panel": {
        "da": "{measure} i {municipality}: {n} punkter fra {first} til {last}, seneste {latest}.",
        "en": "{measure} in {municipality}: {n} points from {first} to {last}, latest {latest}.",
    },
    "charts.desc.panel_empty": {
        "da": "{municipality}: ingen målinger.",
        "en": "{municipality}: no measurements.",
    },
    "charts.desc.period": {"da": "{first} til {last}", "en": "{first} to {last}"},
    "charts.desc.cycles": {"da": "Cyklusser: {cycles}.", "en": "Cycles: {cycles}."},
    "charts.desc.cycle": {
        "da": "{cycle} afprøvet fra {start}",
        "en": "{cycle} tested from {start}",
    },
    "charts.desc.cycle_decided": {
        "da": "{cycle} afprøvet fra {start}, besluttet {decided}: {decision}",
        "en": "{cycle} tested from {start}, decided {decided}: {decision}",
    },
    # MDC icons.
    "charts.icon.variation": {"da": "Variation", "en": "Variation"},
    "charts.icon.assurance": {"da": "Målopfyldelse", "en": "Assurance"},
    # Cycle labels.
    "charts.cycle": {"da": "PDSA {n}", "en": "PDSA {n}"},
    "charts.cycle.decided": {"da": "PDSA {n}: {decision}", "en": "PDSA {n}: {decision}"},
    # Axes.
    "charts.x.day": {"da": "Dag", "en": "Day"},
    "charts.x.week": {"da": "Uge (startdato)", "en": "Week (starting)"},
    "charts.x.month": {"da": "Måned", "en": "Month"},
    "charts.x.date": {"da": "Dato", "en": "Date"},
    "charts.x.point": {"da": "Punkt", "en": "Point"},
    # Caption.
    "charts.note.illustrative": {
        "da": "illustrative data (opdigtede eksempler)",
        "en": "illustrative data (made-up examples)",
    },
    "charts.caption.points": {"da": "{n} punkter", "en": "{n} points"},
    "charts.caption.phases": {"da": "{n} faser", "en": "{n} phases"},
    "charts.caption.excluded": {"da": "{n} udeladt", "en": "{n} left out"},
    "charts.caption.no_signal": {
        "da": "Ingen signaler: kun almindelig variation.",
        "en": "No signals: common-cause variation only.",
    },
    "charts.caption.signals": {"da": "Signaler: {signals}.", "en": "Signals: {signals}."},
    "charts.caption.more": {"da": "og {n} flere", "en": "and {n} more"},
    "charts.verdict.common_cause": {
        "da": "Seneste punkt: almindelig variation, ingen særlig årsag.",
        "en": "Latest point: common-cause variation, no special cause.",
    },
    "charts.verdict.improvement": {
        "da": "Seneste punkt: særlig årsag i retning af forbedring.",
        "en": "Latest point: special cause in the direction of improvement.",
    },
    "charts.verdict.concern": {
        "da": "Seneste punkt: særlig årsag i en bekymrende retning.",
        "en": "Latest point: special cause in a direction of concern.",
    },
    "charts.verdict.neutral": {
        "da": "Seneste punkt: særlig årsag (uden ønsket retning).",
        "en": "Latest point: special cause (no preferred direction).",
    },
    "charts.assurance.pass": {
        "da": "Målet nås stabilt med den nuværende proces.",
        "en": "The process will reliably meet the target.",
    },
    "charts.assurance.fail": {
        "da": "Målet nås ikke med den nuværende proces.",
        "en": "The process will not meet the target without change.",
    },
    "charts.assurance.inconsistent": {
        "da": "Målet nås kun nogle gange (det ligger inden for grænserne).",
        "en": "The target will be met only some of the time (it lies within the limits).",
    },
    # The command.
    "charts.cli.written": {"da": "Skrev {path}", "en": "Wrote {path}"},
    "charts.cli.progress": {"da": "Tegner diagrammer", "en": "Drawing charts"},
    "charts.cli.failed": {
        "da": "{measure}: intet diagram ({error})",
        "en": "{measure}: no chart ({error})",
    },
    "charts.cli.summary": {
        "da": "{written} diagrammer skrevet til {folder} på {seconds:.1f} s.",
        "en": "{written} charts written to {folder} in {seconds:.1f} s.",
    },
    "charts.cli.bad_format": {
        "da": "Ukendt filtype '{suffix}' for {path}. Brug .png, .svg eller .pdf.",
        "en": "Unknown file type '{suffix}' for {path}. Use .png, .svg or .pdf.",
    },
    "charts.cli.bad_size": {
        "da": "Ugyldig --size '{value}'. Skriv bredde x højde i tommer, fx 10x6.",
        "en": "Invalid --size '{value}'. Give width x height in inches, e.g. 10x6.",
    },
    "charts.cli.need_target": {
        "da": "Angiv en måling eller en CSV-fil, eller brug --all.",
        "en": "Name a measure or a CSV file, or use --all.",
    },
    "charts.cli.all_with_target": {
        "da": "--all tegner alle målinger; angiv ikke også {target}.",
        "en": "--all draws every measure; do not also name {target}.",
    },
    "charts.cli.no_measures": {
        "da": "Ingen målinger at tegne i {path}.",
        "en": "No measures to draw in {path}.",
    },
    "charts.cli.unknown_municipality": {
        "da": "Ukendt kommune '{municipality}'. Kendte: {known}.",
        "en": "Unknown municipality '{municipality}'. Known: {known}.",
    },
    "charts.cli.some_failed": {
        "da": "{failed} af {total} diagrammer kunne ikke tegnes.",
        "en": "{failed} of {total} charts could not be drawn.",
    },
    # Danish help for `pdsa chart` (English is written beside the command).
    "help.chart": {
        "da": "Tegn et seriediagram eller kontroldiagram med de PDSA-cyklusser, der hører til "
        "målingen.",
        "en": "Draw a run chart or SPC chart, with the PDSA cycles linked to the measure.",
    },
    "help.chart.source": {
        "da": "Et målings-id eller en CSV-fil (x, y[, n, part, note]).",
        "en": "A measure id, or a CSV file (x, y[, n, part, note]).",
    },
    "help.chart.out": {
        "da": "Filen: .png, .svg eller .pdf.",
        "en": "The file: .png, .svg or .pdf.",
    },
    "help.chart.all_measures": {
        "da": "Ét diagram for hver måling i arbejdsmappen.",
        "en": "One chart per measure of the workspace.",
    },
    "help.chart.municipality": {
        "da": "Med --all: kun denne kommunes målinger.",
        "en": "With --all: only this municipality's measures.",
    },
    "help.chart.out_dir": {
        "da": "Med --all: mappen til diagrammerne.",
        "en": "With --all: the folder for the charts.",
    },
    "help.chart.fmt": {
        "da": "Med --all: png, svg eller pdf.",
        "en": "With --all: png, svg or pdf.",
    },
    "help.chart.jobs": {
        "da": "Med --all: antal processer (standard: antal kerner).",
        "en": "With --all: processes (default: cores).",
    },
    "help.chart.dpi": {"da": "Opløsning af PNG-filer.", "en": "Resolution of PNG files."},
    "help.chart.size": {"da": "Bredde x højde i tommer.", "en": "Width x height in inches."},
    "help.chart.title": {
        "da": "Titlen (standard: målingens navn).",
        "en": "The title (default: the measure name).",
    },
    "help.chart.subtitle": {"da": "Linjen under titlen.", "en": "The line under the title."},
    "help.chart.chart_type": {
        "da": "run, i, mr, p, pp, u, up, c, xbar, s, g eller t.",
        "en": "run, i, mr, p, pp, u, up, c, xbar, s, g or t.",
    },
    "help.chart.rules": {"da": "anhoej, ihi, mdc eller weco.", "en": "anhoej, ihi, mdc or weco."},
    "help.chart.freeze": {
        "da": "De første K punkter (i hver fase) fastlægger grænserne.",
        "en": "The first K points (of each phase) set the limits.",
    },
    "help.chart.part": {
        "da": "Faser: K1,K2,... (fase 1 er punkt 1..K1).",
        "en": "Phases: K1,K2,... (phase 1 is points 1..K1).",
    },
    "help.chart.exclude": {
        "da": "Punkter der udelades af beregningerne: i,j,...",
        "en": "Points left out of the calculations: i,j,...",
    },
    "help.chart.cl": {"da": "En kendt centerlinje.", "en": "A known centre line."},
    "help.chart.multiply": {"da": "Fx 100 for procent.", "en": "E.g. 100 for percent."},
    "help.chart.screen_mr": {
        "da": "Frasortér store glidende variationsbredder.",
        "en": "Screen large moving ranges.",
    },
    "help.chart.direction": {
        "da": "Hvilken vej er bedre: up, down eller neutral.",
        "en": "Which way is better: up, down or neutral.",
    },
    "help.chart.target": {"da": "Målværdien.", "en": "The target value."},
    "help.chart.agg": {
        "da": "Værdier i en undergruppe: mean, median eller sum.",
        "en": "Subgroup values: mean, median or sum.",
    },
    "help.chart.phase_at_adopt": {
        "da": "En ny fase ved hver fastholdt cyklus.",
        "en": "A new phase at each adopted cycle.",
    },
}
