"""A release as a PDF for the press kit (dist/<lang>/<slug>.pdf), made with WeasyPrint.

The PDF is the release's own page as printed (its print stylesheet: no site navigation),
on the page size of the `pdf_page_size` setting, tagged (PDF/UA structure) with the page's
language and title. Nothing is fetched while it is made: an image of a release is left out
rather than downloaded. The bytes are the same on every build (the PDF identifier is made
of the page). WeasyPrint needs Pango (Debian: libpango-1.0-0, libpangoft2-1.0-0) and fonts
with every glyph the languages use (fonts-dejavu-core); importing this module loads it,
which a build does only when the `pdf` setting is on.
"""

from __future__ import annotations

import hashlib
import logging

import weasyprint
from weasyprint.urls import URLFetcher

# WeasyPrint reports CSS it skips (the page's screen-only media queries) and what it did not
# fetch through logging: neither is the build's to print.
logging.getLogger("weasyprint").addHandler(logging.NullHandler())

def release_pdf(html: str, page_size: str) -> bytes:
    page = weasyprint.HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=()))  # no scheme at all
    size = weasyprint.CSS(string=f"@page {{ size: {page_size} !important; }}")  # over the page's `size: auto`
    identifier = hashlib.md5(html.encode("utf-8")).hexdigest().encode("ascii")
    return page.write_pdf(stylesheets=[size], pdf_tags=True, pdf_identifier=identifier)
