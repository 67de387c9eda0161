"""pdsa-cli: log PDSA cycles and analyse improvement data with run and SPC charts.

The package is a pure, importable core (models, workspace loading, analysis, charts, reports)
with a thin command-line layer in :mod:`pdsa_cli.cli`.
"""

__version__ = "0.1.0"
