"""`pdsa serve` in a real headless Chromium (Selenium and Debian's chromium-driver): the
example copied to a temporary folder, served by uvicorn on 127.0.0.1; a cycle created and
carried through Do, Study and Act; values logged the Danish way, some with the keyboard alone;
the new point in the chart's table; a CLI `pdsa log` meanwhile gives a clear conflict with
nothing lost; the seminar report opens. Skipped when Chromium or its driver is absent."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.web.guard import Secrets
from pdsa_cli.web.server import bind, start_url
from tests.browser import find_chromium
from tests.web_support import INITIATIVE, MEASURE, example_copy

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

CHROMIUM = find_chromium()
DRIVER = shutil.which("chromedriver")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no Chromium or chromedriver: apt-get install chromium chromium-driver",
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The example served on a free port of 127.0.0.1, and its start link."""
    import uvicorn

    from pdsa_cli.web.app import create_app

    root = example_copy(tmp_path_factory.mktemp("serve"))
    keys = Secrets()
    sock = bind(0)
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(root, port, keys), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield root, start_url(port, keys)
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    browser = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    browser.set_page_load_timeout(60)
    yield browser
    browser.quit()


def _type(driver: Any, fields: dict[str, str]) -> None:
    from selenium.webdriver.common.by import By

    for name, text in fields.items():
        box = driver.find_element(By.ID, f"f-{name}")
        box.clear()
        box.send_keys(text)


def _submit(driver: Any, form_action_end: str) -> None:
    from selenium.webdriver.common.by import By

    form = driver.find_element(By.CSS_SELECTOR, f'form[action$="{form_action_end}"]')
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    _wait_until_gone(driver, form)


def _wait_until_gone(driver: Any, element: Any) -> None:
    """The form was sent and the answer's page has replaced it."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait

    WebDriverWait(driver, 60).until(expected_conditions.staleness_of(element))


def _text(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.TAG_NAME, "body").text)


@needs_browser
def test_the_whole_workflow_in_a_browser(served: tuple[Path, str], driver: Any) -> None:
    root, start = served
    base = start.split("/?")[0]
    driver.get(start)
    assert "token" not in driver.current_url  # the key leaves the address bar
    assert "Kommuner og indsatser" in _text(driver)

    # A new cycle, then Do, Study and Act, all through the forms.
    driver.get(f"{base}/initiative/{INITIATIVE}/new-cycle")
    _type(
        driver,
        {
            "title": "Aftenmøder",
            "objective": "Prøve møderne om aftenen",
            "plan_date": "01.06.2021",
            "question1": "Kommer flere?",
            "prediction1": "Ja, 8 af 10",
        },
    )
    _submit(driver, "/new-cycle")
    assert "Cyklussen er oprettet." in _text(driver)
    cycle = driver.current_url.split("?")[0]
    for phase, values, said in (
        ("do", {"start": "02.06.2021", "what_happened": "Otte kom"}, "Afprøvningen er gemt."),
        ("study", {"date": "09.06.2021", "results": "8 af 10"}, "Undersøgelsen er gemt."),
        ("act", {"date": "10.06.2021", "decision": "tilpas"}, "Beslutningen er gemt."),
    ):
        driver.get(cycle)
        _type(driver, values)
        _submit(driver, f"/{phase}")
        assert said in _text(driver), _text(driver)
    assert "Start den næste cyklus" in _text(driver)

    # Values logged the Danish way; the chart and its table show the new points.
    before = len(load_workspace(root).workspace.measures[MEASURE].model.measurements)
    for day, value in (("01.12.2021", "6,2"), ("01.01.2022", "5,9")):
        driver.get(f"{base}/measure/{MEASURE}")
        _type(driver, {"date": day, "value": value})
        _submit(driver, f"/measure/{MEASURE}")
        assert "Målingen er gemt." in _text(driver)
        assert f"{day} {value}" in _text(driver)
    alt = driver.find_element("css selector", "img.chart").get_attribute("alt")
    assert f"med {before + 2} målinger" in alt

    # A wrong value: shown by its field, the input kept.
    driver.get(f"{base}/measure/{MEASURE}")
    _type(driver, {"date": "31.02.2022", "value": "5,5"})
    _submit(driver, f"/measure/{MEASURE}")
    assert "ikke en rigtig dato" in _text(driver)
    assert driver.find_element("id", "f-value").get_attribute("value") == "5,5"

    # The CLI writes the same file meanwhile: a clear conflict, nothing lost.
    driver.get(f"{base}/measure/{MEASURE}")
    done = CliRunner().invoke(app, ["--cycles", str(root), "log", MEASURE, "01.02.2022", "6"])
    assert done.exit_code == 0, done.output
    _type(driver, {"date": "01.03.2022", "value": "6,1"})
    _submit(driver, f"/measure/{MEASURE}")
    assert "Filen er ændret, siden du åbnede siden" in _text(driver)
    assert driver.find_element("id", "f-value").get_attribute("value") == "6,1"
    dates = {
        m.date.isoformat()
        for m in load_workspace(root).workspace.measures[MEASURE].model.measurements
    }
    assert "2022-02-01" in dates and "2022-03-01" not in dates

    # The seminar report opens, with its charts.
    driver.get(f"{base}/report/summary")
    assert driver.find_elements("css selector", "svg")


@needs_browser
def test_logging_with_the_keyboard_alone(served: tuple[Path, str], driver: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    root, start = served
    base = start.split("/?")[0]
    driver.get(start)
    driver.get(f"{base}/measure/hoersholm-tilfredshed-feedback")
    keys = ActionChains(driver)
    for _ in range(40):  # Tab until the date field has the focus
        if driver.switch_to.active_element.get_attribute("id") == "f-date":
            break
        keys.send_keys(Keys.TAB).perform()
    assert driver.switch_to.active_element.get_attribute("id") == "f-date"
    date = driver.switch_to.active_element
    ActionChains(driver).send_keys(
        "29.11.2021", Keys.TAB, "9", Keys.TAB, "12", Keys.ENTER
    ).perform()
    _wait_until_gone(driver, date)
    assert "Målingen er gemt." in _text(driver)
    measure = load_workspace(root).workspace.measures["hoersholm-tilfredshed-feedback"].model
    last = max(measure.measurements, key=lambda m: m.date)
    assert (last.date.isoformat(), last.numerator, last.denominator) == ("2021-11-29", 9, 12)
