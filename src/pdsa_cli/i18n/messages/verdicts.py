"""What may be claimed about a series (design.md section 9): too few points to judge, and a
process that has changed since its limits were set. Read by analyze, charts, the summary and
the predictions, so every place says it in the same words."""

MESSAGES = {
    "verdict.too_few": {
        "da": "for få punkter til at vurdere ({n} af {min})",
        "en": "too few points to judge ({n} of {min})",
    },
    "verdict.too_few_sentence": {
        "da": "For få punkter til at vurdere ({n} af {min}).",
        "en": "Too few points to judge ({n} of {min}).",
    },
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
}
