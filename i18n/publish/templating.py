"""The jinja2 side of the build: the templates and their loader, template errors as
`file:line`, site strings escaped for each output format, and the values templates show
(Open Graph locales, language names, tel: targets, JSON for a <script>).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import jinja2
from babel import Locale, UnknownLocaleError
from markupsafe import Markup, escape

from i18n.config import Config
from i18n.errors import SourceError
from i18n.layout import TEMPLATES_DIR
from i18n.publish.render import escape_markdown_text

# Every template a build renders (base.html through the others): compiled once, before the workers start.
TEMPLATES = ("base.html", "release.html", "release.txt", "release.md", "review.html", "index.html", "feed.xml",
             "email.html")

# Open Graph locales Facebook accepts; it has no es_US, so US Spanish maps to es_LA.
OG_LOCALES = {"en": "en_US", "es": "es_LA", "es_US": "es_LA", "fr": "fr_FR", "pt": "pt_BR", "de": "de_DE",
              "it": "it_IT", "ca": "ca_ES", "zh": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "vi": "vi_VN"}


def og_locale(language: str) -> str:
    normalized = language.replace("-", "_")
    if normalized in OG_LOCALES:
        return OG_LOCALES[normalized]
    return normalized if "_" in normalized else f"{normalized}_{normalized.upper()}"


@functools.lru_cache(maxsize=None)
def language_display_name(language: str) -> str:
    """The language's own name, capitalized for a switcher ("Español")."""
    name = language_name(language)
    return name[:1].upper() + name[1:]


@functools.lru_cache(maxsize=None)
def language_name(language: str, in_language: str = "") -> str:
    """The language's name in `in_language` (default: itself), as in a sentence ("español", "inglés")."""
    code = language.replace("-", "_")
    try:
        return Locale.parse(code).get_display_name(in_language.replace("-", "_") or code) or language
    except (ValueError, UnknownLocaleError):
        return language


def other_versions(language: str, source_language: str, alternates: list[dict]) -> list[dict]:
    """What a version links to: a translation its original, the original its translations;
    each {"lang", "url", "name" (in `language`), "original"}."""
    return [{"lang": a["lang"], "url": a["url"], "name": language_name(a["lang"], language),
             "original": a["lang"] == source_language}
            for a in alternates if a["lang"] != language and source_language in (language, a["lang"])]


# A North American number as US newsrooms write it: (214) 402-0186, 214-402-0186, 1-800-555-0100.
_US_FORM = re.compile(r"(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}")


def tel_target(phone: str) -> str:
    """The tel: target of a phone number as written. A number with its country code (+34 ...,
    0034 ...) keeps it; only a number written in the US form gets +1, since releases are
    read abroad (a reporter in Madrid cannot dial a bare US number); any other number is
    dialled as written, digits only (+1 would misdial a 10-digit Mexican or Indian number)."""
    written = re.split(r"\s*(?:ext\.?|x)\s*\d+\s*$", phone.strip(), flags=re.IGNORECASE)[0]
    digits = re.sub(r"\D", "", written)
    if written.startswith("+"):
        return "+" + digits
    if written.startswith("00"):
        return "+" + digits[2:]
    if _US_FORM.fullmatch(written):
        return "+1" + digits[-10:]
    return digits


def install_site_strings(env: jinja2.Environment, gettext, ngettext) -> None:
    """The templates' gettext and ngettext (jinja2's newstyle: `_("%(name)s", name=...)`) from
    the site strings' lookups, each answer escaped for the template's format: HTML and XML
    (autoescaped), Markdown text (.md), or left plain (.txt); site strings are untrusted.
    They do what jinja2's newstyle wrappers do, keeping each string's escaped form: every
    page asks for the same few strings."""
    answers: dict[tuple, str] = {}

    def answer(context, key: tuple, lookup, *args) -> str:
        key += (context.eval_ctx.autoescape, context.name)
        if key not in answers:
            text = lookup(*args)
            if context.eval_ctx.autoescape:
                text = escape(text)
            elif (context.name or "").endswith(".md"):
                text = escape_markdown_text(text)
            answers[key] = text
        return answers[key]

    # A format string, as in jinja2 ("%%" is "%" with or without variables), when its msgid
    # has a "%" (a reviewed translation of it has the same placeholders: catalogs refuse one
    # that has not); the translation of a msgid without one is text as written ("100%").
    @jinja2.pass_context
    def newstyle_gettext(context, message: str, **variables) -> str:
        text = answer(context, (message,), gettext, message)
        return text % variables if "%" in message else text

    @jinja2.pass_context
    def newstyle_ngettext(context, singular: str, plural: str, number: int, **variables) -> str:
        variables.setdefault("num", number)
        text = answer(context, (singular, plural, number), ngettext, singular, plural, number)
        return text % variables if "%" in singular + plural else text

    env.newstyle_gettext = True  # as install_gettext_callables(..., newstyle=True) sets it
    env.globals.update(gettext=newstyle_gettext, ngettext=newstyle_ngettext)


def json_for_script(data) -> Markup:
    """JSON that cannot close its <script> element, whatever the translations hold."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def template_loader(config: Config) -> jinja2.BaseLoader:
    """The project's templates (`templates_dir`) first, then the package's: one by one."""
    own = config.page_templates_path
    return jinja2.FileSystemLoader([own, TEMPLATES_DIR] if own is not None else [TEMPLATES_DIR])


def template_error(error: jinja2.TemplateError) -> SourceError:
    """`file:line: template error: ...` for a template that does not compile or fails to render."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return SourceError(error.filename or error.name or "template", error.lineno or 1,
                           f"template error: {error.message}")
    # jinja2 rewrites the traceback so that template frames carry the template's file and line.
    where: tuple = ("template", 1)
    traceback = error.__traceback__
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if Path(filename).suffix in (".html", ".txt", ".xml", ".md"):
            where = (filename, traceback.tb_lineno)
        traceback = traceback.tb_next
    return SourceError(*where, f"template error: {error.message or error}")
