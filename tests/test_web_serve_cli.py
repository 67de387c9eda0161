"""The `pdsa serve` command itself: it prints a link with its token, answers on 127.0.0.1 only
through that link, and says plainly when the port is taken."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.web_support import example_copy

pytestmark = pytest.mark.timeout(120)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[str]:
    """`pdsa serve --no-browser` running in a process of its own; the link it printed."""
    root = example_copy(tmp_path)
    port = _free_port()
    env = {**os.environ, "PDSA_LANG": "da"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pdsa_cli",
            "--cycles",
            str(root),
            "serve",
            "--port",
            str(port),
            "--no-browser",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        printed = ""
        while "Ctrl+C" not in printed:
            line = process.stdout.readline()
            assert line, printed
            printed += line
        found = re.search(rf"http://127\.0\.0\.1:{port}/\?token=[\w-]+", printed)
        assert found, printed
        yield found[0]
    finally:
        process.terminate()  # the process this fixture started, by its own handle
        process.communicate(timeout=10)  # and its pipe closed


def test_serve_prints_a_link_that_opens_the_programme(serving: str) -> None:
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    with opener.open(serving, timeout=60) as page:
        text = page.read().decode("utf-8")
        assert page.url.endswith("/")  # redirected: the token is gone from the address
    assert "Kommuner og indsatser" in text
    without = serving.split("?")[0]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(without, timeout=60)
    assert refused.value.code == 403
    refused.value.close()


def test_a_port_in_use_is_refused_with_advice(tmp_path: Path) -> None:
    root = example_copy(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = str(taken.getsockname()[1])
        done = CliRunner().invoke(
            app, ["--lang", "da", "--cycles", str(root), "serve", "--port", port, "--no-browser"]
        )
    assert done.exit_code == 1
    assert f"Porten {port} er optaget" in done.output and "--port" in done.output
    assert "Traceback" not in done.output


def test_serve_without_a_workspace_says_so(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["--cycles", str(tmp_path / "nothing"), "serve"])
    assert done.exit_code == 2
    assert "Traceback" not in done.output
