"""Command modules; importing this package registers every command on the app.

Each module keeps its heavy imports inside its functions (start-up stays fast).
"""

from pdsa_cli.cli.commands import (
    adopt,  # noqa: F401
    analyze,  # noqa: F401
    chart,  # noqa: F401
    drivers,  # noqa: F401
    export,  # noqa: F401
    importing,  # noqa: F401
    init,  # noqa: F401
    listing,  # noqa: F401
    log,  # noqa: F401
    measure,  # noqa: F401
    new,  # noqa: F401
    package,  # noqa: F401
    phases,  # noqa: F401
    predictions,  # noqa: F401
    schema,  # noqa: F401
    serve,  # noqa: F401
    settings,  # noqa: F401
    show,  # noqa: F401
    summary,  # noqa: F401
    validate,  # noqa: F401
)
