"""The web app of `pdsa serve`: routes from URLs to the same core the CLI calls.

Each request loads the workspace afresh (the files are the truth; someone may have run the CLI
or `git pull` meanwhile). Ids in URLs are looked up in the loaded index before any file is
touched; the file written is the one the index names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pdsa_cli.errors import PdsaError
from pdsa_cli.i18n import Lang, parse_lang, translate
from pdsa_cli.i18n.glossary import accepted, parse, term
from pdsa_cli.loader import load_workspace
from pdsa_cli.models import Cycle
from pdsa_cli.web.forms import Form
from pdsa_cli.web.guard import (
    MAX_FIELD_BYTES,
    REPORT_CSP,
    SESSION_COOKIE,
    Guard,
    Secrets,
    refusal,
    secure_headers,
)
from pdsa_cli.web.pages import chart_image, find_cycle, find_measure, mends, observed
from pdsa_cli.web.reports import ReportKind, report_html
from pdsa_cli.web.versions import Versions
from pdsa_cli.workspace.cpr import mask_cpr
from pdsa_cli.workspace.index import Entry, LoadResult

_STATIC = Path(__file__).parent / "static"


@dataclass
class Site:
    """One running app: its workspace, secrets, templates and the versions forms were made from."""

    root: Path
    keys: Secrets
    lang: Lang | None
    versions: Versions
    templates: Environment

    def load(self) -> LoadResult:
        return load_workspace(self.root)


def _lang(site: Site, request: Request, loaded: LoadResult) -> Lang:
    """`?lang=`, else the language `pdsa serve` was started in, else the programme's."""
    asked = request.query_params.get("lang")
    if asked:
        try:
            return parse_lang(asked)
        except ValueError:
            pass
    if site.lang is not None:
        return site.lang
    programme = loaded.workspace.programme
    return parse_lang(programme.model.language) if programme else "da"


def _page(site: Site, request: Request, name: str, lang: Lang, **context: Any) -> HTMLResponse:
    session = request.cookies.get(SESSION_COOKIE, "")
    asked = request.query_params.get("lang")
    suffix = f"?lang={lang}" if asked else ""

    def t(key: str, **fields: Any) -> str:
        return mask_cpr(translate(key, lang, **fields))

    html = site.templates.get_template(name).render(
        t=t,
        lang=lang,
        link=lambda path: f"{path}{suffix}",
        other_lang="da" if lang == "en" else "en",
        path=request.url.path,
        csrf=site.keys.csrf_for(session),
        term=lambda kind, value: term(kind, value, lang),
        mask=mask_cpr,
        number=lambda value: _number(value, lang),
        done=request.query_params.get("done") if request.method == "GET" else None,
        blank=Form({}, lang=lang),
        **context,
    )
    status = 409 if context.get("conflict") is not None else 200
    status = 400 if status == 200 and context.get("form") and context["form"].errors else status
    return HTMLResponse(html, status_code=status)


def _number(value: float | None, lang: Lang) -> str:
    """A number as people write it: 6,2 in Danish, 6.2 in English, 10 not 10.0, never 1e+06."""
    if value is None:
        return ""
    from decimal import Decimal

    text = format(Decimal(str(value)).normalize(), "f")
    return text.replace(".", ",") if lang == "da" else text


def _not_found(lang: Lang, what: str, value: str) -> Response:
    return refusal("web.not_found", 404, lang, what=translate(f"web.kind.{what}", lang), id=value)


async def _form(site: Site, request: Request, lang: Lang) -> Form | Response:
    """The posted fields, after the CSRF token and the size of each part are checked."""
    try:
        data = await request.form(max_files=1, max_fields=60, max_part_size=MAX_FIELD_BYTES)
    except Exception:  # a malformed or oversized body: refused, nothing read further
        return refusal("web.refused.bad_form", 400, lang)
    values = {k: v for k, v in data.items() if isinstance(v, str)}
    if not site.keys.csrf_ok(request.cookies.get(SESSION_COOKIE), values.pop("csrf", None)):
        return refusal("web.refused.csrf", 403, lang)
    return Form(values, lang=lang)


# -- pages ------------------------------------------------------------------------------------


def programme(site: Site) -> Callable[[Request], Any]:
    async def page(request: Request) -> Response:
        loaded = site.load()
        lang = _lang(site, request, loaded)
        ws = loaded.workspace
        return _page(site, request, "programme.html", lang, ws=ws, problems=len(loaded.problems))

    return page


def initiative(site: Site) -> Callable[[Request], Any]:
    async def page(request: Request) -> Response:
        loaded = site.load()
        lang = _lang(site, request, loaded)
        ident = request.path_params["initiative"]
        ws = loaded.workspace
        entry = ws.initiatives.get(ident)
        if entry is None:
            return _not_found(lang, "initiative", ident)
        charts = {m.id: chart_image(ws, m.id, lang) for m in ws.measures_of(ident)}
        return _page(
            site,
            request,
            "initiative.html",
            lang,
            ws=ws,
            entry=entry,
            charts=charts,
            cycles=ws.cycles_of(ident),
        )

    return page


def measure(site: Site) -> Callable[[Request], Any]:
    async def page(request: Request) -> Response:
        loaded = site.load()
        lang = _lang(site, request, loaded)
        ident = request.path_params["measure"]
        if find_measure(loaded.workspace, ident) is None:
            return _not_found(lang, "measure", ident)
        if request.method == "GET":
            return _measure_page(site, request, loaded, lang, ident)
        form = await _form(site, request, lang)
        if isinstance(form, Response):
            return form
        return _log(site, request, loaded, lang, ident, form)

    return page


def _measure_page(
    site: Site, request: Request, loaded: LoadResult, lang: Lang, ident: str, **extra: Any
) -> Response:
    ws = loaded.workspace
    entry = ws.measures[ident]
    return _page(
        site,
        request,
        "measure.html",
        lang,
        ws=ws,
        entry=entry,
        chart=chart_image(ws, ident, lang),
        version=site.versions.stamp(entry.file),
        form=extra.pop("form", None) or Form({}, lang=lang),
        **extra,
    )


def _log(
    site: Site, request: Request, loaded: LoadResult, lang: Lang, ident: str, form: Form
) -> Response:
    from pdsa_cli.writing.logbook import Reading, log_measurements

    entry = loaded.workspace.measures[ident]
    changed = site.versions.changes(entry.file, form.values.get("version", ""))
    if changed is not None:
        return _measure_page(site, request, loaded, lang, ident, form=form, conflict=changed)
    day = form.date("date", translate("web.field.date", lang))
    if form.text("date") is None:
        form.errors["date"] = translate("web.required", lang)
    value = form.number("value", translate("web.field.value", lang))
    numerator = form.number("numerator", translate("web.field.numerator", lang))
    denominator = form.number("denominator", translate("web.field.denominator", lang))
    if form.ok and day is not None:
        reading = Reading(
            date=day,
            value=value,
            numerator=numerator,
            denominator=denominator,
            note=form.text("note"),
            exclude=bool(form.text("exclude")),
            reason=form.text("reason"),
        )
        try:
            log_measurements(site.root, ident, [reading], bool(form.text("replace")))
        except PdsaError as error:
            form.refuse(error, ("date", "value", "numerator", "denominator", "note", "reason"))
            if error.key == "writing.period_taken":  # the CLI's --replace is a box here
                form.errors["_form"] += " " + translate("web.hint.replace", lang)
    if not form.ok:
        return _measure_page(site, request, loaded, lang, ident, form=form)
    return _done(request, f"/measure/{ident}", "logged")


def _done(request: Request, path: str, what: str) -> Response:
    """After a write, the page anew (POST-redirect-GET: a reload sends nothing twice)."""
    asked = request.query_params.get("lang")
    lang = f"&lang={quote(asked)}" if asked else ""
    return RedirectResponse(f"{path}?done={what}{lang}", status_code=303)


_PHASE_FIELDS = {
    "do": ("start", "end", "what_happened", "problems", "surprises"),
    "study": ("date", "results", "compared_with_predictions", "learning"),
    "act": ("date", "decision", "next_step"),
}
_DATES = {"start", "end", "date"}


def cycle(site: Site) -> Callable[[Request], Any]:
    async def page(request: Request) -> Response:
        loaded = site.load()
        lang = _lang(site, request, loaded)
        ident, number = request.path_params["initiative"], request.path_params["number"]
        entry = find_cycle(loaded.workspace, ident, number)
        if entry is None:
            return _not_found(lang, "cycle", f"{ident}#{number}")
        if request.method == "GET":
            return _cycle_page(site, request, loaded, lang, entry)
        phase = request.path_params.get("phase", "")
        if phase not in _PHASE_FIELDS:
            return _not_found(lang, "phase", phase)
        form = await _form(site, request, lang)
        if isinstance(form, Response):
            return form
        return _phase(site, request, loaded, lang, entry, phase, form)

    return page


def _cycle_page(
    site: Site, request: Request, loaded: LoadResult, lang: Lang, entry: Entry[Cycle], **extra: Any
) -> Response:
    """The cycle; its predictions against the data are offered for Study, as `pdsa study`
    offers them (shown in the field, written only when the user sends the form)."""
    lines = observed(loaded.workspace, entry, lang)
    offer = Form({"compared_with_predictions": " ".join(lines)}, lang=lang)
    return _page(
        site,
        request,
        "cycle.html",
        lang,
        ws=loaded.workspace,
        entry=entry,
        c=entry.model,
        version=site.versions.stamp(entry.file),
        decisions=accepted("decision", lang),
        phase=extra.pop("phase", None),
        form=extra.pop("form", None) or Form({}, lang=lang),
        observed=lines,
        study_offer=offer,
        **extra,
    )


def _phase(
    site: Site,
    request: Request,
    loaded: LoadResult,
    lang: Lang,
    entry: Entry[Cycle],
    phase: str,
    form: Form,
) -> Response:
    from pdsa_cli.models import Decision
    from pdsa_cli.writing.phases import ActInput, DoInput, StudyInput, record_phase

    changed = site.versions.changes(entry.file, form.values.get("version", ""))
    if changed is not None:
        return _cycle_page(
            site, request, loaded, lang, entry, phase=phase, form=form, conflict=changed
        )
    names = _PHASE_FIELDS[phase]
    values: dict[str, Any] = {}
    for name in names:
        label = translate(f"web.field.{name}", lang)
        values[name] = form.date(name, label) if name in _DATES else form.text(name)
    if phase == "act":
        word = form.required("decision", translate("web.required", lang))
        chosen = parse("decision", word) if word else None
        if word and chosen is None:
            form.errors["decision"] = translate(
                "writing.bad_decision", lang, value=word, choices=accepted("decision", lang)
            )
        values["decision"] = Decision(chosen) if chosen else None
    if phase == "study":
        form.required("results", translate("web.required", lang))
    if form.ok:
        kind = {"do": DoInput, "study": StudyInput, "act": ActInput}[phase]
        try:
            record_phase(site.root, entry.file, kind(**values))
        except PdsaError as error:
            form.refuse(error, names)
    if not form.ok:
        return _cycle_page(site, request, loaded, lang, entry, phase=phase, form=form)
    return _done(request, f"/cycle/{entry.initiative}/{entry.model.number}", phase)


def new_cycle(site: Site) -> Callable[[Request], Any]:
    async def page(request: Request) -> Response:
        loaded = site.load()
        lang = _lang(site, request, loaded)
        ident = request.path_params["initiative"]
        ws = loaded.workspace
        if ident not in ws.initiatives:
            return _not_found(lang, "initiative", ident)
        form = Form({}, lang=lang)
        if request.method == "POST":
            posted = await _form(site, request, lang)
            if isinstance(posted, Response):
                return posted
            form = posted
            created = _create_cycle(site, ident, form)
            if created is not None:
                return _done(request, f"/cycle/{ident}/{created}", "created")
        measures = [m.id for m in ws.measures_of(ident)]
        return _page(
            site,
            request,
            "new_cycle.html",
            lang,
            ws=ws,
            entry=ws.initiatives[ident],
            form=form,
            measures=measures,
        )

    return page


def _create_cycle(site: Site, initiative: str, form: Form) -> int | None:
    from pdsa_cli.writing.authoring import CycleDraft, create_cycle

    lang = form.lang
    title = form.required("title", translate("web.required", lang))
    objective = form.required("objective", translate("web.required", lang))
    plan_date = form.date("plan_date", translate("web.field.plan_date", lang))
    questions = [
        (q, form.text(f"prediction{n}"))
        for n in (1, 2, 3)
        if (q := form.text(f"question{n}")) is not None
    ]
    chosen = [m for m in form.values.get("measures", "").split(",") if m.strip()]
    if not form.ok:
        return None
    draft = CycleDraft(
        initiative=initiative,
        title=title,
        objective=objective,
        questions=questions,
        who=form.text("who"),
        what=form.text("what"),
        where=form.text("where"),
        when=form.text("when"),
        change_idea=form.text("change_idea"),
        plan_date=plan_date,
        measures=[m.strip() for m in chosen],
    )
    try:
        return create_cycle(site.root, draft).number
    except PdsaError as error:
        form.refuse(error, ("title", "objective", "who", "what", "where", "when", "change_idea"))
        return None


def problems(site: Site) -> Callable[[Request], Any]:
    async def page(request: Request) -> Response:
        loaded = site.load()
        lang = _lang(site, request, loaded)
        found = mends(loaded.workspace, loaded.problems)
        return _page(site, request, "problems.html", lang, ws=loaded.workspace, mends=found)

    return page


def report(site: Site, kind: ReportKind) -> Callable[[Request], Any]:
    async def page(request: Request) -> Response:
        loaded = site.load()
        lang = _lang(site, request, loaded)
        html = report_html(kind, loaded.workspace, loaded.problems, lang)
        response = HTMLResponse(html)
        secure_headers(response, REPORT_CSP)
        return response

    return page


def create_app(
    root: Path, port: int, keys: Secrets | None = None, lang: Lang | None = None
) -> Starlette:
    """The app over the workspace at `root`, answering only on 127.0.0.1:`port`; its pages in
    `lang`, else the programme's language (`?lang=en` or `?lang=da` switches)."""
    site = Site(
        root=root,
        keys=keys or Secrets(),
        lang=lang,
        versions=Versions(),
        templates=Environment(
            loader=PackageLoader("pdsa_cli.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,  # a name a page forgot is a fault, not an empty string
        ),
    )
    site.templates.filters["mask"] = mask_cpr  # what users typed, shown again, masked too
    routes = [
        Route("/", programme(site)),
        Route("/initiative/{initiative}", initiative(site)),
        Route("/initiative/{initiative}/new-cycle", new_cycle(site), methods=["GET", "POST"]),
        Route("/measure/{measure}", measure(site), methods=["GET", "POST"]),
        Route("/cycle/{initiative}/{number:int}", cycle(site)),
        Route("/cycle/{initiative}/{number:int}/{phase}", cycle(site), methods=["POST"]),
        Route("/problems", problems(site)),
        Route("/report/summary", report(site, "summary")),
        Route("/report/final", report(site, "final")),
        Mount("/static", StaticFiles(directory=_STATIC), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(Guard, keys=site.keys, port=port)])
