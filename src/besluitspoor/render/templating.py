"""One Jinja environment: the user's template folder first, the built-in templates second.

Templates are named by what they produce (`timeline.html`, `report.md`); HTML templates are
autoescaped by that extension, markdown ones use the `md` filter on every text from a dossier.
`StrictUndefined` turns a misspelt variable into an error instead of an empty string.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from besluitspoor.i18n import t
from besluitspoor.paths import templates_dir


def safe_url(url: str) -> str:
    """Links only to the web or mail (never `javascript:`), with the characters that would end
    a markdown link or table cell percent-encoded; "" for anything else."""
    text = url.strip()
    if not text.lower().startswith(("http://", "https://", "mailto:")):
        return ""
    for char, code in (
        (" ", "%20"),
        ("<", "%3C"),
        (">", "%3E"),
        ("(", "%28"),
        (")", "%29"),
        ("|", "%7C"),
        ('"', "%22"),
        ("`", "%60"),
    ):
        text = text.replace(char, code)
    return text


def _autoescape(name: str | None) -> bool:
    return name is not None and name.endswith((".html", ".svg"))


@cache
def _printable(value: Any) -> Any:
    """Every value a template prints, without control characters (a dossier may hold them;
    no page or feed should)."""
    from markupsafe import Markup

    from besluitspoor.vocab import CONTROL

    if isinstance(value, Markup):
        return Markup(CONTROL.sub(" ", value))
    if isinstance(value, str):
        return CONTROL.sub(" ", value)
    return value


# What a user template may spend: Jinja's sandbox caps one `range` at 100,000, not a loop in a
# loop, nor `"x" * 10**9`.
RANGE_BUDGET = 2_000_000  # items of all ranges of one rendering together
TEXT_BUDGET = 20_000_000  # characters (or items) one `*` may make


def _budgeted_sandbox() -> Any:
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import SandboxedEnvironment

    class Budgeted(SandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**"])

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            spent = [0]

            def budgeted_range(*bounds: int) -> range:
                numbers = range(*bounds)
                spent[0] += len(numbers)
                if spent[0] > RANGE_BUDGET:
                    raise SecurityError(
                        t(
                            "de lussen van het sjabloon samen zijn langer dan {n}",
                            "the template's loops together run longer than {n}",
                            n=RANGE_BUDGET,
                        )
                    )
                return numbers

            self.globals["range"] = budgeted_range

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(right, int) and abs(right) > 64:
                raise SecurityError(t("een te grote macht", "a power too large"))
            if operator == "*":
                size, times = (left, right) if isinstance(right, int) else (right, left)
                if (
                    isinstance(times, int)
                    and hasattr(size, "__len__")
                    and len(size) * times > TEXT_BUDGET
                ):
                    raise SecurityError(
                        t(
                            "een herhaling van meer dan {n} tekens",
                            "a repetition of more than {n} characters",
                            n=TEXT_BUDGET,
                        )
                    )
            return super().call_binop(context, operator, left, right)

    return Budgeted


def _confined(kind: Any, folder: Path) -> Any:
    """A loader of the templates in `folder` and nothing outside it: a template (or a symbolic
    link in the folder) may not `include` ~/.pgpass or any other file it can name."""
    from jinja2 import TemplateNotFound

    root = folder.resolve()

    class Confined(kind):  # type: ignore[misc]
        def get_source(self, environment: Any, template: str) -> Any:
            found = super().get_source(environment, template)
            if not Path(found[1]).resolve().is_relative_to(root):
                raise TemplateNotFound(template)
            return found

    return Confined(str(folder))


def environment(user_dir: str | None = None) -> Any:
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

    from besluitspoor.render.context import mermaid_text
    from besluitspoor.render.finding_text import md_escape
    from besluitspoor.render.labels import ICON, SEVERITY

    if user_dir and not Path(user_dir).expanduser().is_dir():
        from besluitspoor.problems import InputError

        raise InputError(
            t("--templates: map {f} bestaat niet", "--templates: no such folder {f}", f=user_dir)
        )
    loaders = [_confined(FileSystemLoader, Path(user_dir).expanduser())] if user_dir else []
    loaders.append(FileSystemLoader(str(templates_dir())))
    # A folder of templates may come from anyone (a shared repository, a download): Jinja's
    # sandbox keeps them to rendering, with no way into Python (`__class__`, `__subclasses__`).
    # The built-in templates are ours and render without its per-access checks.
    kind: type[Environment] = Environment
    if user_dir:
        kind = _budgeted_sandbox()
    env = kind(
        loader=ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_printable,
    )
    env.globals["ICON"] = ICON  # one table of severity marks for every output
    env.globals["SEVERITY"] = SEVERITY
    env.filters["md"] = md_escape
    env.filters["mermaid"] = mermaid_text
    env.filters["safe_url"] = safe_url
    return env


def render(name: str, user_dir: str | None = None, **context: Any) -> str:
    from jinja2 import TemplateError

    from besluitspoor.problems import InputError

    try:
        return str(environment(user_dir).get_template(name).render(**context))
    except TemplateError as exc:
        where, line = _template_frame(exc, name)
        place = f"{where}:{line}" if line else where
        raise InputError(
            t("{p}: fout in sjabloon: {e}", "{p}: template error: {e}", p=place, e=exc)
        ) from None


def _template_frame(exc: Exception, name: str) -> tuple[str, int | None]:
    """The template file and line an error came from: Jinja puts syntax errors on the
    exception and rewrites the traceback of runtime errors to point into the template."""
    import traceback

    if getattr(exc, "lineno", None):
        return getattr(exc, "filename", None) or name, exc.lineno  # type: ignore[attr-defined]
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if not frame.filename.endswith(".py"):
            return frame.filename, frame.lineno
    return name, None
