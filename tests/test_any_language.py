"""Beyond Spanish: Arabic (right to left, six plural forms), Chinese (wide characters, one
plural form) and French catalogs the team wrote, through the CLI and in Chromium."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import struct
import threading
import zlib

import polib
import pytest
from babel.dates import format_date

from i18n.publish.columns import columns
from test_browser import QuietHandler, run_chromium

SLUG = "2026-03-03-tool-shelf"
SETTINGS = """[tool.i18n]
source_language = "en"
languages = ["ar", "zh", "fr"]
site_name = "Riverside news"
publisher = "Riverside Library"
base_url = "https://news.example.org"
# Debian has no Chinese Hunspell dictionary: the press room says so, or CI (CI=true) fails the
# dictionary checks that cannot run.
checks_disabled = ["spelling", "initial-case", "name-case"]
"""
RELEASE = """---
title: Riverside Library Opens a Free Tool-Lending Shelf
date: 2026-03-03
dateline: RIVERSIDE
contacts:
  - name: Dana Whitfield
    role: Director
    phone: "+1 555 201 4477"
    email: press@riverside-library.example
  - name: Sam Ortiz
    phone: "+1 555 201 4478"
---
The Riverside Public Library will lend hand tools, drills and sewing machines to any card \
holder starting Monday, March 9, for one week at a time and free of charge.

Loans are free.
"""
ENGLISH = [
    "Riverside Library Opens a Free Tool-Lending Shelf", "RIVERSIDE", "Director",
    "The Riverside Public Library will lend hand tools, drills and sewing machines to any card holder "
    "starting Monday, March 9, for one week at a time and free of charge.",
    "Loans are free.",
    "Skip to content", "Press releases", "Languages", "Machine translation — not reviewed.",
    "This draft is for review only: do not publish or quote it.", "draft",
    "No releases are published in this language yet.", "Atom feed", "FOR IMMEDIATE RELEASE",
    "Contact", "%(dateline)s, %(date)s —", "About %(name)s",
    "Issued by %(publisher)s", "speaks %(language)s", "No contact is listed as speaking %(language)s.",
    "Original in %(language)s:", "Also in %(language)s:",
]
# The team's own translations; "Contact" lists every plural form of the language.
TRANSLATIONS = {
    "ar": [
        "مكتبة ريفرسايد تفتتح رفًا مجانيًا لإعارة الأدوات", "ريفرسايد", "المديرة",
        "ستعير مكتبة ريفرسايد العامة الأدوات اليدوية والمثاقب وآلات الخياطة لأي حامل بطاقة ابتداءً من "
        "يوم الاثنين 9 مارس، لمدة أسبوع في كل مرة ومجانًا.",
        "الإعارة مجانية.",
        "انتقل إلى المحتوى", "البيانات الصحفية", "اللغات", "ترجمة آلية — لم تُراجع.",
        "هذه المسودة للمراجعة فقط: لا تنشرها ولا تقتبس منها.", "مسودة", "لم تُنشر بيانات بهذه اللغة بعد.",
        "موجز Atom", "للنشر الفوري",
        ["لا جهات اتصال", "جهة الاتصال", "جهتا الاتصال", "جهات الاتصال", "جهة اتصال", "جهات اتصال أخرى"],
        "%(dateline)s، %(date)s —", "نبذة عن %(name)s",
        "صادر عن %(publisher)s", "يتحدث %(language)s", "لا توجد جهة اتصال مدرجة تتحدث %(language)s.",
        "الأصل باللغة %(language)s:", "متوفر أيضًا باللغة %(language)s:",
    ],
    "zh": [
        "河滨图书馆开设免费工具借用架", "河滨", "馆长",
        "河滨公共图书馆将从3月9日星期一起，向所有持卡读者出借手工工具、电钻和缝纫机，每次借期一周，完全免费。",
        "借用免费。",
        "跳到正文", "新闻稿", "语言", "机器翻译——未经审校。", "本草稿仅供审校：请勿发布或引用。", "草稿",
        "此语言尚未发布任何新闻稿。", "Atom 订阅", "即时发布", ["联系人"], "%(dateline)s，%(date)s——", "关于%(name)s",
        "发布单位：%(publisher)s", "会说%(language)s", "没有列出会说%(language)s的联系人。", "%(language)s原文：",
        "其他语言版本：%(language)s",
    ],
    "fr": [
        "La bibliothèque de Riverside ouvre une étagère de prêt d’outils gratuite", "RIVERSIDE", "Directrice",
        "La bibliothèque publique de Riverside prêtera des outils à main, des perceuses et des machines à "
        "coudre à tout titulaire d’une carte à partir du lundi 9 mars, pour une semaine à la fois et gratuitement.",
        "Les prêts sont gratuits.",
        "Aller au contenu", "Communiqués de presse", "Langues", "Traduction automatique — non relue.",
        "Ce brouillon est destiné à la relecture : ne pas le publier ni le citer.", "brouillon",
        "Aucun communiqué n’est encore publié dans cette langue.", "Flux Atom", "POUR DIFFUSION IMMÉDIATE",
        ["Contact presse", "Contacts presse"], "%(dateline)s, le %(date)s —", "À propos de %(name)s",
        "Publié par %(publisher)s", "parle %(language)s", "Aucun contact n’est indiqué comme parlant %(language)s.",
        "Original en %(language)s :", "Aussi en %(language)s :",
    ],
}


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    from click.testing import CliRunner

    from i18n.cli import main

    def run(*args):
        return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)

    root = tmp_path_factory.mktemp("any-language") / "room"
    assert run("init").exit_code == 0
    (root / "pyproject.toml").write_text(SETTINGS, encoding="utf-8")
    (root / f"releases/{SLUG}.md").write_text(RELEASE, encoding="utf-8")
    assert run("extract").exit_code == 0
    for language, texts in TRANSLATIONS.items():
        translation = dict(zip(ENGLISH, texts))
        for path in (root / "locales" / language).rglob("*.po"):
            catalog = polib.pofile(str(path))
            for entry in catalog:
                text = translation[entry.msgid]
                if entry.msgid_plural:
                    assert len(entry.msgstr_plural) == len(text), (language, entry.msgstr_plural)
                    entry.msgstr_plural = dict(enumerate(text))
                else:
                    entry.msgstr = text
            catalog.save()
    result = run("build", "--require", "ar", "--require", "zh", "--require", "fr")
    assert result.exit_code == 0, result.output
    assert run("check").exit_code == 0, run("check").output
    return root


def read(room, path: str) -> str:
    return (room / "dist" / path).read_text(encoding="utf-8")


def test_plural_forms_from_one_to_six(room):
    forms = {language: polib.pofile(str(room / f"locales/{language}/LC_MESSAGES/site.po")).metadata["Plural-Forms"]
             for language in TRANSLATIONS}
    assert forms["ar"].startswith("nplurals=6;") and forms["zh"].startswith("nplurals=1;")
    assert forms["fr"].startswith("nplurals=2;")
    # Two contacts: Arabic's dual (form 2), Chinese's only form, French's plural.
    assert "جهتا الاتصال:" in read(room, f"ar/{SLUG}.txt")
    assert "联系人:" in read(room, f"zh/{SLUG}.txt")
    assert "Contacts presse:" in read(room, f"fr/{SLUG}.txt")


def test_dates_in_each_language_through_babel(room):
    day = dt.date(2026, 3, 3)
    assert format_date(day, "long", locale="zh") == "2026年3月3日"
    for language in TRANSLATIONS:
        text = read(room, f"{language}/{SLUG}.txt")
        assert format_date(day, "long", locale=language) in text
        assert "March 3, 2026" not in text


def test_right_to_left_pages_and_proofs(room):
    page = read(room, f"ar/{SLUG}/index.html")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<a class="phone" href="tel:+15552014477" dir="ltr">+1 555 201 4477</a>' in page  # a number reads left to right
    assert '<html lang="ar" dir="rtl">' in read(room, "ar/index.html")
    for language in ("zh", "fr", "en"):
        assert f'<html lang="{language}">' in read(room, f"{language}/{SLUG}/index.html")
    proof = read(room, f"review/{SLUG}.ar.html")
    assert '<td class="translation" lang="ar" dir="rtl">' in proof and 'td[dir="rtl"] { text-align: right; }' in proof
    assert 'dir="rtl"' not in read(room, f"review/{SLUG}.zh.html").split("</style>", 1)[1]


def test_wide_characters_take_two_columns_in_wire_text(room):
    text = read(room, f"zh/{SLUG}.txt")
    lines = text.splitlines()
    assert all(columns(line) <= 72 for line in lines), [line for line in lines if columns(line) > 72]
    lead = [line for line in lines if "河滨公共图书馆" in line]
    assert lead and len(lead[0]) < 72 // 2 + 10  # wrapped by columns, not by characters
    body = "".join(lines)
    assert "每次借期一周，完全免费。" in body  # broken between characters only, nothing lost
    assert not any(line.startswith(("，", "。", "、")) for line in lines)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows (one byte per channel) of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks += body
        position += 12 + length
    width, height, depth, colour, _c, _f, interlace = header
    assert depth == 8 and interlace == 0 and colour in (2, 6)
    channels = 4 if colour == 6 else 3
    raw, stride, rows, previous = zlib.decompress(chunks), width * channels, [], bytes(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, channels, rows


def ragged_side(path) -> int:
    """Median over the rows with ink of (gap on the left - gap on the right), in pixels: above 0
    when lines end flush right and start ragged (right to left), below 0 the other way."""
    width, channels, rows = png_pixels(path.read_bytes())
    gaps = []
    for row in rows:
        ink = [x for x in range(width) if sum(row[x * channels:x * channels + 3]) < 300]
        if ink:
            gaps.append(ink[0] - (width - 1 - ink[-1]))
    gaps.sort()
    return gaps[len(gaps) // 2]


def test_arabic_page_reads_right_to_left_in_chromium(room, tmp_path):
    handler = functools.partial(QuietHandler, directory=str(room / "dist"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    shots = {}
    try:
        for language in ("ar", "fr"):
            shots[language] = tmp_path / f"{language}.png"
            page = f"http://127.0.0.1:{server.server_address[1]}/{language}/{SLUG}/"
            result = run_chromium(tmp_path, "--virtual-time-budget=10000", "--window-size=900,1100",
                                  "--hide-scrollbars", f"--screenshot={shots[language]}", page)
            assert shots[language].exists(), result.stderr[-2000:]
    finally:
        server.shutdown()
        server.server_close()
    assert ragged_side(shots["ar"]) > 50  # Arabic: flush right, ragged left
    assert ragged_side(shots["fr"]) < -50  # French: flush left, ragged right
