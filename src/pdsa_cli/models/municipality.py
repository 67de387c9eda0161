"""A municipality (`<municipality>/municipality.yaml`); its id is the folder name."""

from __future__ import annotations

from pdsa_cli.models.common import Strict, Text


class Municipality(Strict):
    name: Text  # display name, e.g. "Hørsholm Kommune"
    contact_role: Text  # a role ("læringsagent"), never a citizen's name
    project: str | None = None  # when it tests under another project than the programme
    description: str | None = None
