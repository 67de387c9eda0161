"""What may be claimed about a series (design.md section 9): too few points to judge, and a
process that has changed since its limits were set. Read by analyze, charts, the summary and
the predictions, so every place says it in the same words."""

MESSAGES = {
    "verdict.changed": {
        "da": (
            "processen har ændret sig, siden grænserne blev sat, så mål {target} vurderes ikke "
            "mod dem; beregn grænserne på ny fra det nye niveau (en ny fase ved ændringen: "
            "--phase-at-adopt eller --part)"
        ),
        "en": (
            "the process has changed since its limits were set, so target {target} is not "
            "judged against them; recalculate the limits from the new level (a new phase at "
            "the change: --phase-at-adopt or --part)"
        ),
    },
    "verdict.changed_sentence": {
        "da": (
            "Processen har ændret sig, siden grænserne blev sat: målet vurderes ikke mod dem. "
            "Beregn grænserne på ny fra det nye niveau (en ny fase ved ændringen)."
        ),
        "en": (
            "The process has changed since its limits were set: the target is not judged "
            "against them. Recalculate the limits from the new level (a new phase at the "
            "change)."
        ),
    },
    "analysis.duplicate_period": {
        "da": (
            "Målingen '{measure}' har to værdier for samme periode (se ovenfor). Den analyseres "
            "ikke, for et gennemsnit af dem er en værdi, ingen har målt. Ret filen (slet eller ret "
            "den ene), og prøv igen; pdsa validate viser det samme."
        ),
        "en": (
            "The measure '{measure}' has two values for one period (see above). It is not "
            "analysed, because their mean is a value nobody measured. Fix the file (delete or "
            "correct one of them) and try again; pdsa validate shows the same."
        ),
    },
    "summary.duplicate_period": {
        "da": "ikke analyseret: to værdier for samme periode ({places})",
        "en": "not analysed: two values for one period ({places})",
    },
    "summary.duplicate_refused": {
        "da": "{count} måling(er) blev ikke analyseret, fordi de har to værdier for samme periode.",
        "en": "{count} measure(s) were not analysed because they have two values for one period.",
    },
    "summary.learning_more": {
        "da": "hele teksten: pdsa show {ref}",
        "en": "full text: pdsa show {ref}",
    },
    "writing.numerator-not-whole": {
        "da": "{where}{date}: tælleren er et antal og skal være et helt tal (fik {value}).",
        "en": "{where}{date}: the numerator is a count and must be a whole number (got {value}).",
    },
    "writing.denominator-not-whole": {
        "da": "{where}{date}: nævneren i en andel er et antal og skal være et helt tal "
        "(fik {value}).",
        "en": "{where}{date}: the denominator of a proportion is a count and must be a whole "
        "number (got {value}).",
    },
    "writing.negative-duration": {
        "da": "{where}{date}: en varighed ({unit}) kan ikke være under 0 (fik {value}). Kan "
        "målingen være negativ, så skriv allow_negative: true i dens fil.",
        "en": "{where}{date}: a duration ({unit}) cannot be below 0 (got {value}). If the "
        "measure can be negative, write allow_negative: true in its file.",
    },
    "verdict.changed_summary": {
        "da": (
            "Processen har ændret sig, siden grænserne blev sat: målet vurderes ikke mod dem. "
            "Beregn grænserne på ny fra det nye niveau med en ny fase ved ændringen: "
            "pdsa analyze {measure} --phase-at-adopt (eller --part)."
        ),
        "en": (
            "The process has changed since its limits were set: the target is not judged "
            "against them. Recalculate the limits from the new level with a new phase at the "
            "change: pdsa analyze {measure} --phase-at-adopt (or --part)."
        ),
    },
}
