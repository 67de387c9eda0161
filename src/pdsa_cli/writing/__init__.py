"""Layer 5, writing: atomic, locked, comment-keeping writes to workspace files; new workspaces,
cycles, measures; the later phases; what users type, read strictly.

May import: tables, workspace, models, errors, i18n.
"""
