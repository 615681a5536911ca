"""The site's own strings: those of the jinja2 page templates, extracted with Babel.

Extract writes them to locales/templates/site.pot; build reads which strings the templates
ask for, to localize them.
"""

from __future__ import annotations

import re

import polib

from i18n.catalogs import headers as catalogs
from i18n.config import Config
from i18n.errors import SourceError
from i18n.layout import page_templates

_PYTHON_FORMAT = re.compile(r"%\(\w+\)[sd]")


def site_template(config: Config) -> polib.POFile:
    """Strings of the jinja2 templates, extracted with Babel; a template error fails loudly."""
    # Imported here: commands that only need the catalogs' paths start faster.
    from babel.messages.extract import DEFAULT_KEYWORDS, extract as babel_extract
    from jinja2 import TemplateSyntaxError
    from jinja2.ext import babel_extract as jinja2_extractor

    template = catalogs.new_template(config.site_name, "Translation template for the site's own strings.")
    entries: dict[tuple, polib.POEntry] = {}
    for reference, path in page_templates(config):
        options = {"silent": "false", "trimmed": "true", "extensions": "jinja2.ext.i18n"}
        try:
            with path.open("rb") as stream:
                found = list(babel_extract(jinja2_extractor, stream, DEFAULT_KEYWORDS, ("NOTE:",), options))
        except TemplateSyntaxError as error:
            raise SourceError(path, error.lineno or 1, f"template error: {error.message}") from None
        for _line, message, comments, context in found:
            msgid, msgid_plural = (message[0], message[1]) if isinstance(message, tuple) else (message, "")
            key = (context, msgid)
            entry = entries.get(key)
            if entry is None:
                flags = ["python-format"] if _PYTHON_FORMAT.search(msgid + msgid_plural) else []
                entry = polib.POEntry(msgid=msgid, msgid_plural=msgid_plural, msgctxt=context,
                                      comment="\n".join(comments), flags=flags, occurrences=[])
                if msgid_plural:
                    entry.msgstr_plural = {0: "", 1: ""}
                entries[key] = entry
                template.append(entry)
            if (reference, "") not in entry.occurrences:
                entry.occurrences.append((reference, ""))
    return template
