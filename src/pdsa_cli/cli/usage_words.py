"""The command-line library's own words (typer and its click) in the user's language.

typer writes its parse errors in English ("No such option: --x", "Missing argument 'measure'",
"Invalid value for '--since': ...", "Usage:", "Try 'pdsa -h' for help."). Nothing is forked:
:class:`PdsaGroup` (the app's command class) catches the library's exceptions as they pass
through, gives each a message in the language (the sentence is recognised by its pattern, its
parts kept), and words typer's panel title, usage line and help hint the same way. A sentence
not recognised is shown as typer wrote it.

It also lets a negative number be an argument (`pdsa log M 2024-01-01 -3`): a token that is a
number and no option is moved behind `--`, where the parser takes every token as an argument.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import typer.core
from typer._click.exceptions import ClickException

from pdsa_cli.i18n import Lang, chosen_language, get_language, parse_lang, set_language, translate

_NUMBER = re.compile(r"^-\d+(?:[.,]\d+)?$")

# English sentence -> catalogue key; the named groups are the message's fields (themselves
# translated when they are sentences too: see _INNER).
_SENTENCES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^No such option: (?P<name>\S+) \(Possible options: (?P<options>.+)\)$"),
        "usage.no_such_option_hint",
    ),
    (re.compile(r"^No such option: (?P<name>.+)$"), "usage.no_such_option"),
    (
        re.compile(r"^No such command '(?P<name>.*)'\. Did you mean (?P<options>.+)\?$"),
        "usage.no_such_command_hint",
    ),
    (re.compile(r"^No such command '(?P<name>.*)'\.$"), "usage.no_such_command"),
    (re.compile(r"^Missing command\.$"), "usage.missing_command"),
    (re.compile(r"^Missing argument (?P<name>.+?)\.(?: (?P<more>.*))?$"), "usage.missing_argument"),
    (re.compile(r"^Missing option (?P<name>.+?)\.(?: (?P<more>.*))?$"), "usage.missing_option"),
    (re.compile(r"^Missing parameter: (?P<name>.+)$"), "usage.missing_argument"),
    (
        re.compile(r"^Got unexpected extra argument(?:\(s\)|s?) \((?P<args>.*)\)$"),
        "usage.extra_arguments",
    ),
    (re.compile(r"^Option '(?P<name>[^']+)' requires an argument\.$"), "usage.needs_value"),
    (
        re.compile(r"^Option '(?P<name>[^']+)' requires (?P<n>\d+) arguments\.$"),
        "usage.needs_values",
    ),
    (re.compile(r"^Option '(?P<name>[^']+)' does not take a value\.$"), "usage.takes_no_value"),
    (re.compile(r"^Invalid value for (?P<name>.+?): (?P<reason>.*)$", re.S), "usage.invalid_value"),
    (re.compile(r"^Invalid value: (?P<reason>.*)$", re.S), "usage.invalid"),
]
# The reasons inside "Invalid value for ...: <reason>" (pydantic's and typer's words).
_INNER: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^Value error, (?P<reason>.*)$", re.S), "usage.inner"),
    (re.compile(r"^Input should be a valid integer.*$"), "usage.not_whole"),
    (re.compile(r"^Input should be a valid number.*$"), "usage.not_number"),
    (re.compile(r"^Input should be a valid boolean.*$"), "usage.not_yes_no"),
    (re.compile(r"^Input should be (?:greater than or equal to|>=) (?P<n>\S+)$"), "usage.at_least"),
    (re.compile(r"^Input should be (?:less than or equal to|<=) (?P<n>\S+)$"), "usage.at_most"),
    (re.compile(r"^(?P<value>'.*') is not one of (?P<choices>.+)\.$"), "usage.not_one_of"),
    (
        re.compile(r"^(?P<value>'.*') does not match the formats? (?P<formats>.+)\.$"),
        "usage.bad_date",
    ),
    (re.compile(r"^Value (?P<value>'.*') is not a valid (?P<kind>\w+)\.$"), "usage.not_valid"),
    (re.compile(r"^(?:Path|File|Directory) (?P<path>'.*') does not exist\.$"), "usage.no_path"),
]


def words(text: str, lang: Lang) -> str:
    """One of the library's English sentences in `lang` (as it was when not recognised)."""
    if lang == "en":
        return text
    return _match(text, lang, _SENTENCES) or text


def _inner(text: str, lang: Lang) -> str:
    return _match(text, lang, _INNER) or text


def _match(text: str, lang: Lang, table: list[tuple[re.Pattern[str], str]]) -> str | None:
    for pattern, key in table:
        found = pattern.match(text.strip())
        if found is None:
            continue
        fields = {name: value or "" for name, value in found.groupdict().items()}
        for name in ("reason", "more"):
            if fields.get(name):
                fields[name] = _inner(fields[name], lang)
        text = translate(key, lang, **fields)
        return text.replace(" .", ".").strip()
    return None


def speak(error: ClickException, lang: Lang) -> None:
    """The error's message, and typer's words around it, in `lang` (in place)."""
    import typer.rich_utils as rich

    english: Callable[[], str] = error.format_message
    message = english()
    setattr(error, "format_message", lambda: words(message, lang))  # noqa: B010
    rich.ERRORS_PANEL_TITLE = translate("usage.error_title", lang)
    rich.RICH_HELP = translate("usage.try_help", lang)
    ctx: Any = getattr(error, "ctx", None)
    if ctx is not None:
        usage: Callable[[], str] = ctx.get_usage
        ctx.get_usage = lambda: usage_line(usage(), lang)


def usage_line(text: str, lang: Lang) -> str:
    if lang == "en":
        return text
    text = re.sub(r"^Usage:", translate("usage.usage", lang), text)
    return text.replace("[OPTIONS]", translate("usage.options", lang)).replace(
        "COMMAND [ARGS]...", translate("usage.command_args", lang)
    )


def arguments_first(command: Any, args: Sequence[str]) -> list[str]:
    """`args` with negative numbers that are arguments moved behind `--` (so `-3` is a value,
    not an unknown option); unchanged when there is none."""
    if "--" in args or not any(_NUMBER.match(arg) for arg in args):
        return list(args)
    takes_value = {
        name
        for param in getattr(command, "params", [])
        if isinstance(param, typer.core.TyperOption) and not param.is_flag and not param.count
        for name in (*param.opts, *param.secondary_opts)
    }
    options: list[str] = []
    arguments: list[str] = []
    waiting = False  # the previous token is an option whose value comes next
    for arg in args:
        if waiting:
            options.append(arg)
            waiting = False
        elif arg.startswith("-") and not _NUMBER.match(arg):
            options.append(arg)
            waiting = arg in takes_value
        else:
            arguments.append(arg)
    return [*options, "--", *arguments]


# The root's options (`app.root`), also taken after the command word: `pdsa init --help --lang da`.
_GLOBAL_VALUED = ("--lang", "--cycles")
_GLOBAL_FLAGS = ("--debug",)


def globals_first(commands: Mapping[str, Any], args: Sequence[str]) -> list[str]:
    """`args` with the global options written after the command moved before it, where the
    root reads them; an option the command has itself (summary's --lang) stays its own."""
    args = list(args)
    index = _command_index(args)
    if index is None or args[index] not in commands:
        return args
    own = {name for param in commands[args[index]].params for name in param.opts}
    moved: list[str] = []
    rest: list[str] = []
    tokens = iter(args[index + 1 :])
    for token in tokens:
        name = token.split("=", 1)[0]
        if token == "--":
            rest += [token, *tokens]
        elif name in own or name not in (*_GLOBAL_VALUED, *_GLOBAL_FLAGS):
            rest.append(token)
        elif name in _GLOBAL_VALUED and "=" not in token:
            moved += [token, *[value for value in [next(tokens, None)] if value is not None]]
        else:
            moved.append(token)
    return [*args[:index], *moved, args[index], *rest]


def _command_index(args: Sequence[str]) -> int | None:
    """Where the command word is: the first word that is no global option or its value."""
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg in _GLOBAL_VALUED:
            skip = True
        elif not arg.startswith("-"):
            return index
    return None


class PdsaGroup(typer.core.TyperGroup):
    """The `pdsa` group: the library's errors in the user's language, negative numbers as
    arguments."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        if parent is None:  # a new run: only its own --lang counts until the callback runs
            from pdsa_cli.cli.argv_language import language_from_argv

            args = globals_first(self.commands, args)
            self._argv = list(args)
            set_language(language_from_argv(args))
        try:
            return super().make_context(info_name, args, parent, **extra)
        except ClickException as error:
            speak(error, self._language())
            raise

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        return name, command, arguments_first(command, rest)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ClickException as error:
            speak(error, self._language())
            raise

    def _language(self) -> Lang:
        from pdsa_cli.cli.argv_language import language_for_help

        chosen = chosen_language()
        return chosen if chosen is not None else language_for_help(getattr(self, "_argv", []))


def command_line_language() -> Lang:
    """The language of this run's messages: --lang, else $PDSA_LANG, else the programme's, else
    English. For words said before a command chose one (a refused option, say)."""
    from typer._click.globals import get_current_context

    context = get_current_context(silent=True)
    root = context.find_root().command if context is not None else None
    return root._language() if isinstance(root, PdsaGroup) else get_language()


def parsed_lang(value: str) -> Lang:
    """A --lang value; one that names no language we speak is refused in the language the rest
    of the command line gets."""
    try:
        return parse_lang(value)
    except ValueError:
        text = translate("cli.bad_lang", command_line_language(), value=value)
        raise typer.BadParameter(text) from None
