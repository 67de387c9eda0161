"""Message catalogues, one module per area; see :mod:`pdsa_cli.i18n`."""
