"""Shared by the `pdsa serve` tests: the example copied to a temporary folder, a client that has
opened the start link, and what the workspace's files hold (to show nothing was written)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from starlette.testclient import TestClient

from pdsa_cli.web.app import create_app
from pdsa_cli.web.guard import Secrets
from tests.conftest import EXAMPLE

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
MEASURE = "hoersholm-dokumentation-min"  # monthly minutes, last value 2021-11-01
INITIATIVE = "hoersholm-feedbackmoeder"


def example_copy(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    return root


def client(root: Path, base: str = BASE, keys: Secrets | None = None) -> TestClient:
    """A browser that has not opened the start link yet."""
    return TestClient(create_app(root, PORT, keys or Secrets()), base_url=base)


def opened(root: Path) -> TestClient:
    """A browser that opened the start link (and so holds the session cookie)."""
    keys = Secrets()
    browser = client(root, keys=keys)
    answer = browser.get(f"/?token={keys.token}")
    assert answer.status_code == 200, answer.text
    return browser


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the workspace and its bytes (the lock file aside)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no hidden field {name}"
    return found[1]


def form_fields(browser: TestClient, path: str) -> dict[str, str]:
    """The hidden fields (csrf, version) of the form on the page at `path`."""
    page = browser.get(path).text
    fields = {"csrf": hidden(page, "csrf")}
    if 'name="version"' in page:
        fields["version"] = hidden(page, "version")
    return fields
