"""Layer 3, workspace: find, read and check a workspace (YAML with line maps, validated models,
the index by id, cross-file checks, problem codes, CPR spotting, schemas).

May import: models, errors, i18n. Loading with the higher layers' checks: :mod:`pdsa_cli.loader`.
"""
