"""TMX 1.4b: the reviewed pairs out for CAT tools (OmegaT, memoQ, Trados, Weblate), and
external memories in, stored under locales/memory/ and consulted after the catalogs."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from i18n import __version__
from i18n.config import Config
from i18n.errors import SourceError, UsageError
from i18n.runtime.filesafe import write_if_changed
from i18n.memory.exact import embargoed_catalogs, memory_catalogs, reviewed_entries
from i18n.catalogs.pofile import read_catalog
from i18n.sources.releases import CONTROL_CHARACTERS, load_all

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def memory_dir(config: Config) -> Path:
    return config.locales_path / "memory"


def reviewed_pairs(config: Config, language: str) -> list[tuple[str, str]]:
    """(English, translation) of every reviewed singular entry of the language, once each;
    none from a release still under embargo."""
    releases, _abouts = load_all(config.releases_path)
    embargoed = embargoed_catalogs(releases, dt.datetime.now(dt.timezone.utc))
    pairs: dict[tuple[str, str], None] = {}
    for path in memory_catalogs(config, language, embargoed):
        for _msgctxt, msgid, msgstr in reviewed_entries(read_catalog(path)):
            pairs.setdefault((msgid, msgstr), None)
    return list(pairs)


def export_tmx(config: Config, language: str) -> bytes:
    """The language's reviewed pairs as a TMX 1.4b document."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "i18n-releases", "creationtoolversion": __version__, "datatype": "PlainText",
        "segtype": "paragraph", "adminlang": config.source_language, "srclang": config.source_language,
        "o-tmf": "PO",
    })
    body = ET.SubElement(root, "body")
    for english, translation in reviewed_pairs(config, language):
        # Control characters are not XML (nor published): removed, as the build removes them.
        english, translation = CONTROL_CHARACTERS.sub("", english), CONTROL_CHARACTERS.sub("", translation)
        unit = ET.SubElement(body, "tu")
        for lang, text in ((config.source_language, english), (language, translation)):
            variant = ET.SubElement(unit, "tuv", {XML_LANG: lang})
            ET.SubElement(variant, "seg").text = text
    ET.indent(root)
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n")


def read_tmx(path: Path, source_language: str, language: str) -> list[tuple[str, str]]:
    """(English, translation) pairs of a TMX file for one language; bad XML is path:line."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise SourceError(path, error.position[0], f"not a TMX file: {error}") from None
    except OSError as error:
        raise SourceError(path, 1, f"cannot read: {error.strerror}") from None
    if root.tag != "tmx" or root.find("body") is None:
        raise SourceError(path, 1, "not a TMX file: no <tmx> root with a <body>")
    pairs = []
    for unit in root.iter("tu"):
        texts = {}
        for variant in unit.iter("tuv"):
            lang = (variant.get(XML_LANG) or variant.get("lang") or "").lower().replace("_", "-")
            seg = variant.find("seg")
            if seg is not None:
                texts[lang.split("-")[0]] = "".join(seg.itertext())
        if texts.get(source_language) and texts.get(language):
            pairs.append((texts[source_language], texts[language]))
    return pairs


def import_tmx(config: Config, path: Path, replace: bool = False) -> tuple[Path, int]:
    """Store a TMX file as an external memory (checked first); returns where and its units.
    Another memory of the same name is replaced only when `replace` says so."""
    units = sum(len(read_tmx(path, config.source_language, language)) for language in config.languages)
    target = memory_dir(config) / Path(path).name
    if target.suffix.lower() != ".tmx":
        target = target.with_suffix(".tmx")
    data = Path(path).read_bytes()
    if not replace and target.exists() and target.read_bytes() != data:
        raise UsageError(f"{config.relative(target)} already exists, with other units: rename {Path(path).name} "
                         "to keep both, or pass --replace to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    write_if_changed(target, data)
    return target, units
