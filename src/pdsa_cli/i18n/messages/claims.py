"""The words for claims about a series and a change (design.md section 9), built from signal
occurrences by :mod:`pdsa_cli.analysis.describe`: one wording per kind of claim, everywhere."""

MESSAGES = {
    "claim.points.one": {"da": "1 punkt", "en": "1 point"},
    "claim.points.other": {"da": "{n} punkter", "en": "{n} points"},
    "claim.centre": {"da": "centerlinjen", "en": "the centre line"},
    "claim.above": {"da": "over", "en": "above"},
    "claim.below": {"da": "under", "en": "below"},
    "claim.up": {"da": "op", "en": "up"},
    "claim.down": {"da": "ned", "en": "down"},
    "claim.occurrence.longest_run": {
        "da": "{count} i træk {side} centerlinjen",
        "en": "{count} in a row {side} the centre line",
    },
    "claim.occurrence.shift": {
        "da": "skift: {count} i træk {side} centerlinjen",
        "en": "shift: {count} in a row {side} the centre line",
    },
    "claim.occurrence.trend": {
        "da": "trend: {count} i træk går {going}",
        "en": "trend: {count} in a row going {going}",
    },
    "claim.occurrence.outside_limits.above": {
        "da": "{count} over den øvre kontrolgrænse",
        "en": "{count} above the upper control limit",
    },
    "claim.occurrence.outside_limits.below": {
        "da": "{count} under den nedre kontrolgrænse",
        "en": "{count} below the lower control limit",
    },
    "claim.occurrence.two_of_three": {
        "da": "{count} mere end 2 sigma {side} centerlinjen (mindst 2 af 3 i træk)",
        "en": "{count} beyond 2 sigma {side} the centre line (at least 2 of 3 in a row)",
    },
    "claim.occurrence.four_of_five": {
        "da": "{count} mere end 1 sigma {side} centerlinjen (mindst 4 af 5 i træk)",
        "en": "{count} beyond 1 sigma {side} the centre line (at least 4 of 5 in a row)",
    },
    "claim.occurrence.hugging": {
        "da": "{count} i træk tæt om centerlinjen (inden for 1 sigma)",
        "en": "{count} in a row hugging the centre line (within 1 sigma)",
    },
    "claim.occurrence.crossings": {
        "da": "kurven krydser centerlinjen for få gange i hele fasen",
        "en": "the line crosses the centre line too few times in the whole phase",
    },
    "claim.occurrence.runs": {
        "da": "for få eller for mange serier omkring centerlinjen i hele fasen",
        "en": "too few or too many runs around the centre line in the whole phase",
    },
    "claim.occurrence.astronomical": {
        "da": "{count} langt fra de andre (muligt astronomisk punkt, som I selv må vurdere)",
        "en": "{count} far from the others (a possible astronomical point for you to judge)",
    },
    "claim.occurrence.other": {"da": "reglen {rule} slog ud", "en": "rule {rule} fired"},
    "claim.class.improvement": {"da": "forbedring", "en": "improvement"},
    "claim.class.concern": {"da": "bekymring", "en": "concern"},
    "claim.class.neutral": {"da": "særlig variation", "en": "special cause"},
    "claim.class.special_cause": {
        "da": "særlig variation (uden retning)",
        "en": "special cause (no direction)",
    },
    "claim.class.hint": {"da": "bemærk", "en": "note"},
    "claim.with_class": {"da": "{klass}: {text} ({where})", "en": "{klass}: {text} ({where})"},
    "claim.where.points": {"da": "punkt {points}", "en": "points {points}"},
    "claim.where.point": {"da": "punkt {points}", "en": "point {points}"},
    "claim.too_few": {
        "da": "for få punkter til at vurdere: {n} brugbare af mindst {min} (punkter på "
        "centerlinjen tæller ikke)",
        "en": "too few points to judge: {n} useful of at least {min} (points on the centre "
        "line do not count)",
    },
    "claim.common_cause": {
        "da": "ingen signaler (almindelig variation)",
        "en": "no signals (common-cause variation)",
    },
    # evidence for a change: {measure} is the measure's name, {signal} one occurrence in words
    "claim.evidence.improvement": {
        "da": "{measure}: forbedring, efter at afprøvningen begyndte – {signal}",
        "en": "{measure}: improvement after testing began – {signal}",
    },
    "claim.evidence.concern": {
        "da": "{measure}: bekymring, efter at afprøvningen begyndte – {signal}",
        "en": "{measure}: concern after testing began – {signal}",
    },
    "claim.evidence.changed": {
        "da": "{measure}: processen har ændret sig, efter at afprøvningen begyndte, men data "
        "viser ikke, om det er en forbedring – {signal}",
        "en": "{measure}: the process changed after testing began, but the data do not show "
        "whether it is an improvement – {signal}",
    },
    "claim.evidence.before_test": {
        "da": "{measure}: signal, men det begyndte, før afprøvningen begyndte – {signal}",
        "en": "{measure}: a signal, but it began before testing began – {signal}",
    },
    "claim.evidence.too_few": {"da": "{measure}: {too_few}", "en": "{measure}: {too_few}"},
    "claim.evidence.none": {
        "da": "{measure}: intet signal endnu (almindelig variation)",
        "en": "{measure}: no signal yet (common-cause variation)",
    },
    "claim.evidence.not_analysed": {
        "da": "{measure}: for få data til en analyse",
        "en": "{measure}: too little data for an analysis",
    },
    "claim.suggest_phase": {
        "da": "Niveauet har flyttet sig og er blevet der efter forandringen. Vis det nye niveau "
        "med sin egen centerlinje: pdsa chart {measure} --phase-at-adopt (en ny fase fra "
        "forandringen).",
        "en": "The level has moved and stayed there after the change. Show the new level with a "
        "centre line of its own: pdsa chart {measure} --phase-at-adopt (a new phase from the "
        "change).",
    },
    # the verdict on an adopted change, from the evidence of all its measures
    "claim.change.supported": {"da": "understøttet af data", "en": "supported by data"},
    "claim.change.concern": {
        "da": "data viser en bekymring efter afprøvningen",
        "en": "the data show a concern after the test",
    },
    "claim.change.changed": {
        "da": "data viser en ændring, men ikke en forbedring",
        "en": "the data show a change, but not an improvement",
    },
    "claim.change.before_test": {
        "da": "ikke vist i data: signalet begyndte før afprøvningen",
        "en": "not shown in the data: the signal began before the test",
    },
    "claim.change.too_few": {
        "da": "for få punkter til at vurdere endnu",
        "en": "too few points to judge yet",
    },
    "claim.change.none": {"da": "endnu ikke vist i data", "en": "not yet shown in the data"},
}
