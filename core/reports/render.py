"""Render a report view as HTML (for the preview and the PDF) or as plain text.

Both use Jinja2 templates in ``resources/templates``. The HTML environment escapes every value
(autoescape on); the text environment escapes nothing but interprets nothing either: values are
data, never template source, so ``{{7*7}}`` typed by a person stays ``{{7*7}}``.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from core.paths import resource_path
from core.reports.view import ReportView

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


def isolated(value: str) -> Markup:
    """Escaped user text, each line isolated for bidi: ``<bdi>`` plus FSI/PDI (Qt ignores
    ``<bdi>`` but honours the isolate characters); line breaks become ``<br>``."""
    # Markup is built from constants only; .format() escapes each line of user text.
    line = Markup("<bdi>" + FSI + "{}" + PDI + "</bdi>")  # noqa: S704
    return Markup("<br>").join(line.format(part) for part in value.split("\n"))


@lru_cache(maxsize=2)
def _environment(html: bool) -> Environment:
    env = Environment(
        loader=FileSystemLoader(resource_path("templates")),
        autoescape=html,  # noqa: S701 - the text template makes plain text, never HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["user"] = isolated
    return env


def render_html(view: ReportView) -> str:
    """The report as an HTML document (no scripts, no links, no remote resources)."""
    return _environment(True).get_template("report.html.j2").render(view=view)


def render_text(view: ReportView) -> str:
    """The report as plain text, every value exactly as typed."""
    text = _environment(False).get_template("report.txt.j2").render(view=view)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n"
