"""`pdsa serve`: how long a page takes to come back, over real HTTP from uvicorn on 127.0.0.1.

The example workspace copied to a temporary folder and served as `pdsa serve` serves it; then:
  - the initiative page of hoersholm-feedbackmoeder with its two charts (drawn on each request,
    the workspace loaded afresh, as every page does): the first request (matplotlib imported
    then) and the median and best of REPEAT more;
  - a value logged through the measure's form: the POST (checks, lock, atomic write) and the
    page it redirects to (load, chart, table), REPEAT times, one new month each.
Wall time is what the person waits; the machine is shared, so the best run is the fairest.
"""

from __future__ import annotations

import http.cookiejar
import re
import shutil
import statistics
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import uvicorn

from pdsa_cli.web.app import create_app
from pdsa_cli.web.guard import Secrets
from pdsa_cli.web.server import bind, start_url

EXAMPLE = Path(__file__).resolve().parent.parent / "cycles"
INITIATIVE = "hoersholm-feedbackmoeder"
MEASURE = "hoersholm-dokumentation-min"  # monthly; the example's last value is 2021-11-01
REPEAT = 10


def _timed(
    opener: urllib.request.OpenerDirector, url: str, data: bytes | None = None
) -> tuple[float, str]:
    started = time.perf_counter()
    with opener.open(url, data=data, timeout=120) as answer:
        body = answer.read().decode("utf-8")
    return time.perf_counter() - started, body


def _field(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, name
    return found[1]


def _report(label: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    median, best = statistics.median(ms), min(ms)
    print(f"{label:<44} median {median:7.1f} ms   best {best:7.1f} ms   (n={len(ms)})")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "cycles"
        shutil.copytree(EXAMPLE, root)
        keys = Secrets()
        sock = bind(0)
        port = sock.getsockname()[1]
        config = uvicorn.Config(create_app(root, port, keys), log_level="warning", access_log=False)
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            _measure(root, port, keys)
        finally:
            server.should_exit = True
            thread.join(10)
            sock.close()
    return 0


def _measure(root: Path, port: int, keys: Secrets) -> None:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(start_url(port, keys), timeout=60).read()
    base = f"http://127.0.0.1:{port}"
    first, _ = _timed(opener, f"{base}/initiative/{INITIATIVE}")
    print(f"{'initiative page, first request':<44} {first * 1000:7.1f} ms (imports matplotlib)")
    _report(
        "initiative page with its 2 charts",
        [_timed(opener, f"{base}/initiative/{INITIATIVE}")[0] for _ in range(REPEAT)],
    )
    logged: list[float] = []
    for month in range(REPEAT):
        _, page = _timed(opener, f"{base}/measure/{MEASURE}")
        form = {
            "csrf": _field(page, "csrf"),
            "version": _field(page, "version"),
            "date": f"01.{month + 1:02d}.2022",
            "value": "6,2",
        }
        seconds, answer = _timed(
            opener, f"{base}/measure/{MEASURE}", urllib.parse.urlencode(form).encode()
        )
        assert "Målingen er gemt." in answer, answer[:500]
        logged.append(seconds)
    _report("value logged through the form (POST + page)", logged)
