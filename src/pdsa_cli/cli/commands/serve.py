"""`pdsa serve`: the workflow in the browser, on this computer only (the web stack loads here)."""

from __future__ import annotations

from typing import Annotated

import typer

from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import state
from pdsa_cli.i18n import get_language, translate


@app.command()
@guarded
def serve(
    port: Annotated[
        int, typer.Option("--port", min=1024, max=65535, help="The port on 127.0.0.1.")
    ] = 8765,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Only print the link; open no browser.")
    ] = False,
) -> None:
    """Open the workspace in your browser: pages and forms over the same files, with the same
    checks. Only this computer can reach it, and only with the link it prints."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.web.guard import Secrets
    from pdsa_cli.web.server import bind, run, start_url

    root = workspace_root()
    keys = Secrets()
    sock = bind(port)
    url = start_url(port, keys, state.lang)
    echo(translate("web.serve.started", get_language(), url=url))
    if not no_browser:
        import webbrowser

        webbrowser.open(url)
    run(root, sock, keys, state.lang)
