"""Titles of the rules (analysis/rules/catalogue.py), one per unit: `rules.<unit name>`."""

MESSAGES: dict[str, dict[str, str]] = {
    "rules.outside_limits": {
        "da": "Punkt uden for kontrolgrænserne",
        "en": "Point outside the control limits",
    },
    "rules.anhoej.longest_run": {
        "da": "Usædvanligt langt serieforløb på samme side af midtlinjen",
        "en": "Unusually long run on one side of the centre line",
    },
    "rules.anhoej.crossings": {
        "da": "Usædvanligt få krydsninger af midtlinjen",
        "en": "Unusually few crossings of the centre line",
    },
    "rules.ihi.shift_run": {
        "da": "Skift: 6 eller flere punkter i træk på samme side af medianen",
        "en": "Shift: 6 or more points in a row on one side of the median",
    },
    "rules.ihi.trend_run": {
        "da": "Trend: 5 eller flere punkter i træk, der stiger eller falder",
        "en": "Trend: 5 or more points in a row going up or going down",
    },
    "rules.ihi.runs": {
        "da": "For få eller for mange serieforløb",
        "en": "Too few or too many runs",
    },
    "rules.ihi.astronomical": {
        "da": "Mulige astronomiske punkter (skal vurderes af en person)",
        "en": "Possible astronomical points (for a person to confirm)",
    },
    "rules.ihi.shift_spc": {
        "da": "Skift: 8 eller flere punkter i træk på samme side af midtlinjen",
        "en": "Shift: 8 or more points in a row on one side of the centre line",
    },
    "rules.ihi.trend_spc": {
        "da": "Trend: 6 eller flere punkter i træk, der stiger eller falder",
        "en": "Trend: 6 or more points in a row going up or going down",
    },
    "rules.two_of_three": {
        "da": "2 ud af 3 punkter i træk mere end 2 sigma fra midtlinjen, på samme side",
        "en": "2 of 3 points in a row beyond 2 sigma, on the same side",
    },
    "rules.ihi.hugging": {
        "da": "15 eller flere punkter i træk inden for 1 sigma af midtlinjen",
        "en": "15 or more points in a row within 1 sigma of the centre line",
    },
    "rules.mdc.trend": {
        "da": "Trend: 7 punkter i træk, der stiger eller falder",
        "en": "Trend: 7 points in a row going up or going down",
    },
    "rules.mdc.two_of_three": {
        "da": "2 ud af 3 punkter mere end 2 sigma fra gennemsnittet, alle tre på samme side",
        "en": "2 of 3 points beyond 2 sigma, all three on one side of the mean",
    },
    "rules.mdc.shift": {
        "da": "Skift: 7 punkter i træk på samme side af gennemsnittet",
        "en": "Shift: 7 points in a row on one side of the mean",
    },
    "rules.weco.four_of_five": {
        "da": "4 ud af 5 punkter i træk mere end 1 sigma fra midtlinjen, på samme side",
        "en": "4 of 5 points in a row beyond 1 sigma, on the same side",
    },
    "rules.weco.shift": {
        "da": "8 punkter i træk på samme side af midtlinjen",
        "en": "8 points in a row on one side of the centre line",
    },
}
