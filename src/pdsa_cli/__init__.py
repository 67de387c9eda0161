"""pdsa-cli: log PDSA cycles and analyse improvement data with run and SPC charts.

A pure, importable core with a thin command-line layer on top. The packages are layers; each
imports only those below it (tests/test_layers.py keeps it so), and data flows one way:
files -> validated models -> analysis results -> renderers.

    cli/          commands: parse options, call the core, render, exit code
    loader.py     the face: load a workspace with every layer's checks
    report/       the seminar summary and its renderers (terminal, Markdown, HTML, JSON)
    charts/       an analysis -> a matplotlib figure (the only user of matplotlib)
    predictions/  quantitative predictions scored against the data
    analysis/     series, centre lines, limits, the rule registry, results
    writing/      atomic, locked, comment-keeping writes; what users type
    tables/       spreadsheets in and out; dates, weeks and months as people write them
    workspace/    find, read and check a workspace; YAML with line maps; problem codes
    models/       pydantic models of each file kind
    errors.py     Problem and exit codes;  i18n/  the Danish and English words
"""

__version__ = "0.1.0"
