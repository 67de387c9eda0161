"""A municipality (`<municipality>/municipality.yaml`); its id is the folder name."""

from __future__ import annotations

from pdsa_cli.models.common import Strict, Text


class Municipality(Strict):
    name: Text
    """The display name, e.g. "Hørsholm Kommune"."""
    contact_role: Text
    """The contact's role ("læringsagent"), never a citizen's name."""
    project: str | None = None
    """The project it tests under, when not the programme."""
    description: str | None = None
    """A longer description."""
