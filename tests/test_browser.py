"""The Spanish page in a real browser: headless Chromium against dist/ served on 127.0.0.1."""

from __future__ import annotations

import functools
import html
import http.server
import json
import os
import re
import shutil
import subprocess
import threading

import pytest

SLUG = "2021-04-14-people-seeking-safe-haven"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-quic"]

# Loads the page in a same-origin frame and reports what the browser made of it.
HARNESS = """<!DOCTYPE html><html><body>
<iframe id="page" src="/es/%s/" width="1000" height="800"></iframe>
<script>
document.getElementById("page").addEventListener("load", function () {
  var d = this.contentDocument, result = {lang: d.documentElement.lang, hreflang: {}, jsonld: null, error: null};
  d.querySelectorAll('link[rel="alternate"][hreflang]').forEach(function (l) { result.hreflang[l.hreflang] = l.href; });
  try { result.jsonld = JSON.parse(d.querySelector('script[type="application/ld+json"]').textContent); }
  catch (e) { result.error = String(e); }
  result.title = d.querySelector("h1").textContent;
  var out = document.createElement("pre"); out.id = "result"; out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script></body></html>""" % SLUG


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium missing in CI: `make test` installs it (Debian package chromium)")
    pytest.skip("Chromium not installed (Debian: apt-get install chromium)")


@pytest.fixture
def served(project, run_cli):
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    dist = project / "dist"
    (dist / "harness.html").write_text(HARNESS, encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(dist))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run_chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def page_report(tmp_path, folder, page: str) -> dict:
    """Serve folder on 127.0.0.1, load page in headless Chromium, and return the JSON its
    script writes into <pre id="result">."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = run_chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom",
                              f"http://127.0.0.1:{server.server_address[1]}/{page}")
    finally:
        server.shutdown()
        server.server_close()
    match = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.DOTALL)
    assert match, result.stderr[-2000:]
    return json.loads(html.unescape(match.group(1)))


def test_spanish_page_in_headless_chromium(served, tmp_path):
    result = run_chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", f"{served}/harness.html")
    match = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.DOTALL)
    assert match, result.stderr[-2000:]
    report = json.loads(html.unescape(match.group(1)))
    assert report["lang"] == "es"
    base = "https://press.example.org"
    assert report["hreflang"] == {"en": f"{base}/en/{SLUG}/", "es": f"{base}/es/{SLUG}/",
                                  "x-default": f"{base}/en/{SLUG}/"}
    assert report["error"] is None
    assert report["jsonld"]["inLanguage"] == "es"
    assert report["jsonld"]["translationOfWork"]["@id"] == f"{base}/en/{SLUG}/"
    assert report["title"] == "Las personas que buscan refugio deben recibir protección y apoyo"

    screenshot = tmp_path / "es.png"
    shot = run_chromium(tmp_path, "--window-size=1000,1300", "--hide-scrollbars", f"--screenshot={screenshot}",
                        f"{served}/es/{SLUG}/")
    assert screenshot.exists(), shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("I18N_SAVE_SCREENSHOT"):
        shutil.copy(screenshot, os.environ["I18N_SAVE_SCREENSHOT"])


# Loads a draft page and asks the browser whether any print rule hides its banner.
PRINT_HARNESS = """<!DOCTYPE html><html><body>
<iframe id="page" src="/es/%s/" width="1000" height="800"></iframe>
<script>
document.getElementById("page").addEventListener("load", function () {
  var d = this.contentDocument, banner = d.querySelector(".draft-banner"), hiding = [];
  Array.from(d.styleSheets).forEach(function (sheet) {
    Array.from(sheet.cssRules).forEach(function (rule) {
      if (!rule.media || rule.media.mediaText.indexOf("print") < 0) return;
      Array.from(rule.cssRules).forEach(function (inner) {
        if (banner && inner.selectorText && banner.matches(inner.selectorText) &&
            (inner.style.display === "none" || inner.style.visibility === "hidden")) hiding.push(inner.selectorText);
      });
    });
  });
  var out = document.createElement("pre"); out.id = "result";
  out.textContent = JSON.stringify({banner: banner ? banner.textContent : null, hiding: hiding});
  document.body.appendChild(out);
});
</script></body></html>""" % SLUG


def test_a_draft_page_keeps_its_banner_on_paper(project, run_cli, tmp_path):
    import polib

    path = project / f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
    catalog = polib.pofile(str(path))
    draft = [entry for entry in catalog if entry.comment == "paragraph"][1]
    draft.flags.append("fuzzy")
    draft.tcomment = "machine translation: apertium eng-spa"
    catalog.save()
    assert run_cli(project, "build", "--drafts").exit_code == 0
    dist = project / "dist"
    (dist / "print.html").write_text(PRINT_HARNESS, encoding="utf-8")
    report = page_report(tmp_path, dist, "print.html")
    assert report["banner"].startswith("Traducción automática: sin revisar.")
    assert report["hiding"] == []
