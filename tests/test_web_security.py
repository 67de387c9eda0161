"""`pdsa serve` is safe by default: loopback only, a start token, the Host checked, a CSRF token
on every form, ids looked up before any path, bodies bounded, CPR numbers refused, a strict
Content-Security-Policy. Each refusal is clear and leaves every file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdsa_cli.web.guard import MAX_BODY_BYTES, SESSION_COOKIE, Secrets
from pdsa_cli.web.server import HOST, bind
from tests.web_support import (
    INITIATIVE,
    MEASURE,
    PORT,
    client,
    example_copy,
    form_fields,
    opened,
    snapshot,
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return example_copy(tmp_path)


def test_without_the_token_nothing_is_shown(root: Path) -> None:
    browser = client(root)
    for path in ("/", f"/measure/{MEASURE}", "/report/summary", "/problems"):
        answer = browser.get(path)
        assert answer.status_code == 403
        assert "åbn siden med linket" in answer.text
        assert "open the page with the link" in answer.text
        assert "Dokumentationstid" not in answer.text


def test_a_wrong_token_is_refused_and_opens_no_session(root: Path) -> None:
    browser = client(root)
    answer = browser.get("/?token=guessed", follow_redirects=False)
    assert answer.status_code == 403
    assert SESSION_COOKIE not in answer.cookies
    assert browser.get("/").status_code == 403


def test_the_token_is_exchanged_for_a_strict_httponly_cookie(root: Path) -> None:
    keys = Secrets()
    browser = client(root, keys=keys)
    answer = browser.get(f"/initiative/{INITIATIVE}?token={keys.token}", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/initiative/{INITIATIVE}"  # the token leaves the URL
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert keys.token not in cookie
    assert browser.get("/").status_code == 200


@pytest.mark.parametrize(
    "base", ["http://evil.example:8765", f"http://127.0.0.1:{PORT + 1}", "http://127.0.0.1"]
)
def test_a_foreign_host_header_is_refused_even_with_the_token(root: Path, base: str) -> None:
    """DNS rebinding: a page of another site that resolves its name to 127.0.0.1."""
    keys = Secrets()
    browser = client(root, base=base, keys=keys)
    answer = browser.get(f"/?token={keys.token}", follow_redirects=False)
    assert answer.status_code == 421
    assert "127.0.0.1 og localhost" in answer.text
    assert SESSION_COOKIE not in answer.cookies


def test_localhost_is_as_good_as_127_0_0_1(root: Path) -> None:
    keys = Secrets()
    browser = client(root, base=f"http://localhost:{PORT}", keys=keys)
    assert browser.get(f"/?token={keys.token}").status_code == 200


def _log_form(browser_fields: dict[str, str], **extra: str) -> dict[str, str]:
    return {**browser_fields, "date": "01.12.2021", "value": "6,2", **extra}


@pytest.mark.parametrize("csrf", [None, "", "not-the-token"])
def test_a_form_without_its_csrf_token_writes_nothing(root: Path, csrf: str | None) -> None:
    browser = opened(root)
    fields = _log_form(form_fields(browser, f"/measure/{MEASURE}"))
    fields.pop("csrf")
    if csrf is not None:
        fields["csrf"] = csrf
    before = snapshot(root)
    answer = browser.post(f"/measure/{MEASURE}", data=fields)
    assert answer.status_code == 403
    assert "Intet er skrevet" in answer.text
    assert snapshot(root) == before


def test_a_csrf_token_of_another_session_is_refused(root: Path) -> None:
    keys = Secrets()
    mine = client(root, keys=keys)
    mine.get(f"/?token={keys.token}")
    theirs = client(root, keys=keys)
    theirs.get(f"/?token={keys.token}")
    fields = _log_form(form_fields(theirs, f"/measure/{MEASURE}"))
    before = snapshot(root)
    assert mine.post(f"/measure/{MEASURE}", data=fields).status_code == 403
    assert snapshot(root) == before


@pytest.mark.parametrize(
    "path",
    [
        "/measure/..%2F..%2Fprogramme",
        "/measure/%2e%2e",
        "/measure/%2Fetc%2Fpasswd",
        "/initiative/..%2F..",
        "/initiative/%2e%2e%2fhoersholm",
        "/cycle/..%2f..%2fhoersholm/1",
        f"/cycle/{INITIATIVE}/99",
        "/initiative/C:%5CWindows",
    ],
)
def test_an_id_that_is_a_path_finds_nothing(root: Path, path: str) -> None:
    browser = opened(root)
    fields = _log_form(form_fields(browser, f"/measure/{MEASURE}"))
    before = snapshot(root)
    for answer in (browser.get(path), browser.post(path, data=fields)):
        assert answer.status_code in (404, 405), answer.text
    assert browser.get(path).status_code == 404
    assert snapshot(root) == before


def test_an_unknown_id_is_named_in_the_refusal(root: Path) -> None:
    answer = opened(root).get("/measure/ventetid")
    assert answer.status_code == 404
    assert "Der er intet mål med id 'ventetid' i arbejdsmappen." in answer.text or (
        "ingen mål med id 'ventetid'" in answer.text
    )


def test_an_oversized_body_is_refused_unread(root: Path) -> None:
    browser = opened(root)
    fields = _log_form(form_fields(browser, f"/measure/{MEASURE}"))
    before = snapshot(root)
    big = {"file": ("data.csv", b"date,value\n" + b"2021-12-01,6\n" * (MAX_BODY_BYTES // 10))}
    answer = browser.post(f"/measure/{MEASURE}", data=fields, files=big)
    assert answer.status_code == 413
    assert "større end 2048 KB" in answer.text
    assert snapshot(root) == before


def test_an_oversized_field_is_refused(root: Path) -> None:
    browser = opened(root)
    fields = _log_form(form_fields(browser, f"/measure/{MEASURE}"), note="x" * 100_000)
    before = snapshot(root)
    answer = browser.post(f"/measure/{MEASURE}", data=fields)
    assert answer.status_code == 400
    assert "for store felter" in answer.text
    assert snapshot(root) == before


def test_a_cpr_number_in_a_note_is_refused(root: Path) -> None:
    browser = opened(root)
    fields = _log_form(form_fields(browser, f"/measure/{MEASURE}"), note="Borger 010190-1234")
    before = snapshot(root)
    answer = browser.post(f"/measure/{MEASURE}", data=fields)
    assert answer.status_code == 400
    assert "CPR-nummer" in answer.text and "Intet er skrevet" in answer.text
    assert "010190-1234" not in answer.text  # not even echoed back unmasked
    assert snapshot(root) == before


def test_a_cpr_number_in_a_phase_is_refused(root: Path) -> None:
    browser = opened(root)
    new = f"/initiative/{INITIATIVE}/new-cycle"
    made = browser.post(
        new, data={**form_fields(browser, new), "title": "Prøve", "objective": "At prøve"}
    )
    assert made.status_code == 200
    cycle = str(made.url.path)
    fields = {**form_fields(browser, cycle), "start": "01.06.2021", "what_happened": "0101901234"}
    before = snapshot(root)
    answer = browser.post(f"{cycle}/do", data=fields)
    assert answer.status_code == 400
    assert "CPR-nummer" in answer.text
    assert snapshot(root) == before


@pytest.mark.parametrize(
    "path", ["/", f"/initiative/{INITIATIVE}", f"/measure/{MEASURE}", "/problems"]
)
def test_pages_have_a_strict_csp_and_load_nothing_from_outside(root: Path, path: str) -> None:
    answer = opened(root).get(path)
    csp = answer.headers["content-security-policy"]
    for part in (
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ):
        assert part in csp
    assert "<script" not in answer.text
    assert "http://" not in answer.text and "https://" not in answer.text
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"


def test_reports_are_sandboxed(root: Path) -> None:
    answer = opened(root).get("/report/final")
    assert answer.status_code == 200
    csp = answer.headers["content-security-policy"]
    assert "sandbox" in csp and "default-src 'none'" in csp and "script" not in csp
    assert "<script" not in answer.text


def test_the_server_listens_on_the_loopback_address_only() -> None:
    sock = bind(0)
    try:
        assert sock.getsockname()[0] == HOST == "127.0.0.1"
    finally:
        sock.close()


def test_a_port_in_use_is_said_plainly() -> None:
    from pdsa_cli.errors import PdsaError

    first = bind(0)
    try:
        with pytest.raises(PdsaError) as refused:
            bind(first.getsockname()[1])
        assert "--port" in refused.value.message("en")
    finally:
        first.close()
