"""`pdsa new`: start the next PDSA cycle of an initiative's ramp.

Interactive by default: it asks for whatever the flags did not give, offering the existing
municipalities, initiatives and measures. With `--no-input` it asks nothing, and a missing
required value is a usage error (exit 2).
"""

from __future__ import annotations

from typing import Annotated

import typer

from pdsa_cli.cli.commands.init import NoInput
from pdsa_cli.cli.output import guarded
from pdsa_cli.cli.root import app

Opt = typer.Option


@app.command()
@guarded
def new(
    initiative: Annotated[str | None, Opt("--initiative", "-i", help="Initiative id.")] = None,
    municipality: Annotated[
        str | None, Opt("--municipality", "-m", help="Municipality id.")
    ] = None,
    title: Annotated[str | None, Opt("--title", "-t", help="Title of the cycle.")] = None,
    objective: Annotated[str | None, Opt("--objective", help="What the cycle tests.")] = None,
    question: Annotated[
        list[str] | None, Opt("--question", "-q", help="A question (repeat).")
    ] = None,
    prediction: Annotated[
        list[str] | None,
        Opt("--prediction", "-p", help="The prediction for each --question, in order."),
    ] = None,
    who: Annotated[str | None, Opt("--who", help="Who carries out the test.")] = None,
    what: Annotated[str | None, Opt("--what", help="What is done in the test.")] = None,
    where: Annotated[str | None, Opt("--where", help="Where the test takes place.")] = None,
    when: Annotated[str | None, Opt("--when", help="When the test takes place.")] = None,
    data_collection: Annotated[
        str | None, Opt("--data-collection", help="The data to collect.")
    ] = None,
    measure: Annotated[
        list[str] | None, Opt("--measure", help="A linked measure id (repeat).")
    ] = None,
    change_idea: Annotated[str | None, Opt("--change-idea", help="The change idea tested.")] = None,
    date: Annotated[
        str | None, Opt("--date", help="Plan date (default: the ramp's last date, else today).")
    ] = None,
    from_cycle: Annotated[
        int | None, Opt("--from", help="Continue the ramp from cycle N: its Act's next step.")
    ] = None,
    new_initiative: Annotated[bool, Opt("--new-initiative", help="Create the initiative.")] = False,
    initiative_name: Annotated[
        str | None, Opt("--initiative-name", help="The new initiative's name.")
    ] = None,
    track: Annotated[
        int | None, Opt("--track", help="The new initiative's track: its number in programme.yaml.")
    ] = None,
    aim: Annotated[str | None, Opt("--aim", help="The new initiative's aim.")] = None,
    method: Annotated[str | None, Opt("--method", help="The new initiative's method.")] = None,
    method_description: Annotated[
        str | None, Opt("--method-description", help="With --method other: what the method is.")
    ] = None,
    driver: Annotated[
        str | None,
        Opt("--driver", help="The new initiative's secondary driver (its id in programme.yaml)."),
    ] = None,
    new_municipality: Annotated[
        bool, Opt("--new-municipality", help="Create the municipality.")
    ] = False,
    municipality_name: Annotated[
        str | None, Opt("--municipality-name", help="The new municipality's name.")
    ] = None,
    contact_role: Annotated[
        str | None,
        Opt("--contact-role", help="The new municipality's contact (a role, not a name)."),
    ] = None,
    no_input: NoInput = False,
) -> None:
    """Start the next PDSA cycle of an initiative's ramp (asks for what is missing).

    Picks the next cycle number, writes a cycle file that validates and prints its path.
    --from N continues the ramp from cycle N's Act (its next step). Never overwrites a file.
    """
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.cli.new_flow import NewOptions, pair_questions, report_created, start_cycle
    from pdsa_cli.writing.authoring import CycleDraft
    from pdsa_cli.writing.inputs import parse_date

    root = workspace_root()
    draft = CycleDraft(
        initiative=initiative,
        title=title,
        objective=objective,
        questions=pair_questions(question or [], prediction or []),
        who=who,
        what=what,
        where=where,
        when=when,
        data_collection=data_collection,
        measures=list(measure or []),
        change_idea=change_idea,
        plan_date=parse_date(date, "plan.date") if date else None,
    )
    opts = NewOptions(
        draft=draft,
        municipality=municipality,
        from_cycle=from_cycle,
        new_initiative=new_initiative,
        initiative_name=initiative_name,
        track=track,
        aim=aim,
        method=method,
        method_description=method_description,
        driver=driver,
        new_municipality=new_municipality,
        municipality_name=municipality_name,
        contact_role=contact_role,
        measures_given=bool(measure),
        objective_given=bool(objective),
        no_input=no_input,
    )
    report_created(start_cycle(root, opts))
