"""What keeps one person's local web app theirs: the start token, the session cookie, the
Host check (DNS rebinding), CSRF tokens, body size bounds and the Content-Security-Policy.

Every request passes :class:`Guard` before any page is built; a refusal is a short page in
both languages and nothing is read from or written to the workspace.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlencode

from starlette.datastructures import URL
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from pdsa_cli.i18n import translate

SESSION_COOKIE = "pdsa_session"
# No page of ours loads anything from elsewhere, runs script, or may be framed.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# The reports are the CLI's own HTML files, which carry their style inside; they are served in a
# sandbox (no script, no form, no plugin can run in them) and still load nothing from outside.
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'; sandbox"
)
# A form with a spreadsheet is the largest thing anyone sends; a bigger body is refused unread.
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_FIELD_BYTES = 64 * 1024


@dataclass
class Secrets:
    """The token printed at start, and the sessions it was exchanged for."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    sessions: set[str] = field(default_factory=set)

    def open_session(self) -> str:
        session = secrets.token_urlsafe(32)
        self.sessions.add(session)
        return session

    def known(self, session: str | None) -> bool:
        return session is not None and any(
            hmac.compare_digest(session, known) for known in self.sessions
        )

    def csrf_for(self, session: str) -> str:
        """The CSRF token of one session (a MAC of it: nothing to store, nothing to guess)."""
        return hmac.new(self.key, session.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, session: str | None, sent: str | None) -> bool:
        if session is None or not sent or not self.known(session):
            return False
        return hmac.compare_digest(self.csrf_for(session), sent)


def refusal(key: str, status: int, lang: str | None = None, **fields: object) -> Response:
    """A refusal in both languages (the page's language is not known before it is trusted)."""
    if lang is not None:
        text = translate(key, lang, **fields)
    else:
        text = f"{translate(key, 'da', **fields)}\n\n{translate(key, 'en', **fields)}"
    response = PlainTextResponse(text + "\n", status_code=status)
    secure_headers(response, PAGE_CSP)
    return response


def secure_headers(response: Response, csp: str) -> None:
    response.headers["Content-Security-Policy"] = csp
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"  # the start link holds the token
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"


class Guard(BaseHTTPMiddleware):
    """Host, token or session, body size; then the page, with the security headers."""

    def __init__(self, app: object, keys: Secrets, port: int) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self.keys = keys
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        host = request.headers.get("host", "")
        if host not in self.hosts:
            return refusal("web.refused.host", 421, host=host or "-")
        session = request.cookies.get(SESSION_COOKIE)
        token = request.query_params.get("token")
        if token is not None:
            return self._exchange(request, token)
        if not self.keys.known(session):
            return refusal("web.refused.token", 403)
        if request.method not in ("GET", "HEAD", "POST"):
            return refusal("web.refused.method", 405)
        if request.method == "POST":
            size = request.headers.get("content-length")
            if size is None or not size.isdigit():
                return refusal("web.refused.length", 411)
            if int(size) > MAX_BODY_BYTES:
                return refusal("web.refused.too_large", 413, limit=MAX_BODY_BYTES // 1024)
        response = await call_next(request)
        if "Content-Security-Policy" not in response.headers:
            secure_headers(response, PAGE_CSP)
        return response

    def _exchange(self, request: Request, token: str) -> Response:
        """The start link: the token for a session cookie, and the token gone from the URL
        (so it is not left in the history, a bookmark or a screenshot)."""
        if not hmac.compare_digest(token.encode(), self.keys.token.encode()):
            return refusal("web.refused.token", 403)
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
        target = URL(path=request.url.path, query=urlencode(rest))
        response = RedirectResponse(str(target), status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            self.keys.open_session(),
            httponly=True,
            samesite="strict",
            path="/",
        )
        secure_headers(response, PAGE_CSP)
        return response
