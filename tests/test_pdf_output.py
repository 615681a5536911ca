"""dist/<lang>/<slug>.pdf (setting `pdf = true`): the press-kit PDF, read back by pdftotext."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib

import pytest

SLUG = "2021-04-14-people-seeking-safe-haven"


def poppler(tool: str) -> str:
    if shutil.which(tool):
        return shutil.which(tool)
    if os.environ.get("CI") == "true":
        pytest.fail(f"{tool} missing in CI: `make test` installs it (Debian package poppler-utils)")
    pytest.skip(f"{tool} not installed (Debian: apt-get install poppler-utils)")


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def with_pdf(project):
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace("[tool.i18n]\n", "[tool.i18n]\npdf = true\n"))
    return project


def test_each_pdf_holds_the_wire_text_on_letter_pages_tagged_with_language_and_title(with_pdf, run_cli):
    result = run_cli(with_pdf, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    for language, title in (("en", "People Seeking Safehaven Should be Given Protection and Support"),
                            ("es", "Las personas que buscan refugio deben recibir protección y apoyo")):
        pdf = with_pdf / "dist" / language / f"{SLUG}.pdf"
        text = subprocess.run([poppler("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        wire = (with_pdf / "dist" / language / f"{SLUG}.txt").read_text(encoding="utf-8")
        # Every paragraph of the wire text from the headline on (the contacts are a list on the
        # page) is in the PDF, word for word.
        headline_on = wire[wire.index(title.split()[0]):]
        for paragraph in headline_on.split("\n\n"):
            assert words(paragraph) in words(text), paragraph
        assert "Alianza Americas and Presente.org" in text
        info = subprocess.run([poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(rf"^Title: +{re.escape(title)}$", info, re.MULTILINE)
        assert re.search(r"^Tagged: +yes$", info, re.MULTILINE)
        assert "612 x 792 pts (letter)" in info
        streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf.read_bytes(), re.DOTALL)
        inflated = b"".join(_inflate(stream) for stream in streams) + pdf.read_bytes()
        assert f"/Lang ({language})".encode() in inflated


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return b""


def test_the_page_size_is_a_setting_and_the_bytes_do_not_change(with_pdf, run_cli):
    settings = with_pdf / "pyproject.toml"
    settings.write_text(settings.read_text().replace("pdf = true\n", 'pdf = true\npdf_page_size = "A4"\n'))
    assert run_cli(with_pdf, "build").exit_code == 0
    pdf = with_pdf / "dist" / "es" / f"{SLUG}.pdf"
    info = subprocess.run([poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    before = pdf.read_bytes()
    shutil.rmtree(with_pdf / "dist")
    assert run_cli(with_pdf, "build").exit_code == 0
    assert pdf.read_bytes() == before
    settings.write_text(settings.read_text().replace('"A4"', '"A3 landscape"'))
    result = run_cli(with_pdf, "build")
    assert result.exit_code != 0 and "pdf_page_size must be one of" in result.output


def test_without_the_setting_no_pdf_and_a_draft_pdf_is_marked(project, run_cli, with_pdf):
    import polib

    from conftest import by_role

    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace("pdf = true\n", ""))
    assert run_cli(project, "build").exit_code == 0
    assert not list((project / "dist").glob("*/*.pdf"))
    settings.write_text(settings.read_text().replace("[tool.i18n]\n", "[tool.i18n]\npdf = true\n"))
    path = project / f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
    catalog = polib.pofile(str(path))
    by_role(catalog, "paragraph")[0].flags.append("fuzzy")
    catalog.save()
    assert run_cli(project, "build").exit_code == 0
    assert not (project / "dist" / "es" / f"{SLUG}.pdf").exists()
    assert run_cli(project, "build", "--drafts").exit_code == 0
    text = subprocess.run([poppler("pdftotext"), str(project / "dist" / "es" / f"{SLUG}.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Traducción automática: sin revisar." in text


def test_a_pdf_setting_that_is_not_true_or_false_is_a_settings_error(project, run_cli):
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace("[tool.i18n]\n", '[tool.i18n]\npdf = "yes"\n'))
    result = run_cli(project, "build")
    assert result.exit_code != 0 and "pdf must be true or false" in result.output
    assert "Traceback" not in result.output


def test_making_a_pdf_or_an_email_fetches_nothing(with_pdf, run_cli):
    import http.server
    import threading

    requests = []

    class Counting(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        image = f"http://127.0.0.1:{server.server_address[1]}/chart.png"
        source = with_pdf / "releases" / f"{SLUG}.md"
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace("\n---\n", f"\n---\n![A chart]({image})\n\n", 1), encoding="utf-8")
        assert run_cli(with_pdf, "build").exit_code == 0
        assert f'src="{image}"' in (with_pdf / "dist" / "en" / SLUG / "index.html").read_text(encoding="utf-8")
        assert (with_pdf / "dist" / "en" / f"{SLUG}.pdf").exists()
        assert "chart.png" not in (with_pdf / "dist" / "en" / f"{SLUG}.eml").read_text(encoding="ascii")
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []
