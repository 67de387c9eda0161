"""The reference of the loader's problem codes (docs/problems.md), generated from the catalogue.

`python -m pdsa_cli.workspace.problem_codes > docs/problems.md`; a test fails when it is stale.
Scripts match on these codes, so they are listed with their severity and both messages.
"""

from __future__ import annotations

from pdsa_cli.i18n.messages.drivers import MESSAGES as DRIVER_MESSAGES
from pdsa_cli.i18n.messages.predictions import MESSAGES as PREDICTION_MESSAGES
from pdsa_cli.i18n.messages.validate import MESSAGES as LOADER_MESSAGES

# Every code `pdsa validate` can report: the loader's own, then the prediction checks it runs.
MESSAGES = {**LOADER_MESSAGES, **DRIVER_MESSAGES, **PREDICTION_MESSAGES}

# Codes that are warnings by nature (the rest are errors); cpr-number can be downgraded.
WARNING_CODES = frozenset(
    {
        "unknown-file",
        "balancing-measure-missing",
        "adapted-from-unknown",
        "cycle-number-mismatch",
        "prediction-measure-not-linked",
        "prediction-window",
        "prediction-no-data",
        "cycle-without-prediction",
        "study-ignores-predictions",
        "driver-missing",
        "unknown-driver",
        "driver-without-initiative",
        "driver-without-secondary",
        "aim-not-smart",
        "aim-target-before-start",
    }
)


def render_markdown() -> str:
    lines = [
        "# Problem codes of `pdsa validate`",
        "",
        "Generated from the message catalogue (`make docs`). Each problem",
        "is printed as `file:line: key.path: message`; `pdsa validate --json` gives the code.",
        "`{...}` marks what is filled in. Errors make `pdsa validate` exit 1; warnings only",
        "with `--strict`.",
        "",
        "| code | severity | message (English) | besked (dansk) |",
        "|---|---|---|---|",
    ]
    for key, text in MESSAGES.items():
        if not key.startswith("problem."):
            continue
        code = key.removeprefix("problem.")
        lines.append(
            f"| `{code}` | {_severity(code)} | {_cell(text['en'])} | {_cell(text['da'])} |"
        )
    return "\n".join(lines) + "\n"


def _severity(code: str) -> str:
    if code == "cpr-number":
        return "error (warning with `personal_data: {cpr_numbers: warning}`)"
    return "warning" if code in WARNING_CODES else "error"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


if __name__ == "__main__":
    print(render_markdown(), end="")
