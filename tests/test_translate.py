"""`i18n translate`: machine drafts for review, with real Apertium."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import textwrap

import polib
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import by_role, gnu, require_apertium
from i18n.catalogs.glossary import load_glossary
from i18n.mt.masking import MaskError, mask, unmask
from i18n.mt.postedit import post_edit
from i18n.mt.preedit import sentence_case_english

SLUG = "2021-04-14-people-seeking-safe-haven"
ES = "locales/es/LC_MESSAGES"
CATALOGS = [f"{ES}/releases/{SLUG}.po", f"{ES}/about.po", f"{ES}/site.po"]


@pytest.fixture(scope="module", autouse=True)
def _apertium():
    require_apertium()


def clear_translations(root, names=CATALOGS):
    for name in names:
        catalog = polib.pofile(str(root / name))
        for entry in catalog:
            entry.msgstr = ""
            entry.msgstr_plural = {k: "" for k in entry.msgstr_plural}
        catalog.save()


def test_translate_drafts_every_entry_for_review(project, run_cli):
    clear_translations(project)
    total = sum(len(polib.pofile(str(project / name))) for name in CATALOGS)
    result = run_cli(project, "translate")
    assert result.exit_code == 0, result.output
    assert f"es · apertium eng-spa: drafting {total} entries" in result.stdout
    for name in CATALOGS:
        path = project / name
        catalog = polib.pofile(str(path))
        assert gnu("msgcat", str(path)).stdout == path.read_bytes()
        assert gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0
        for entry in catalog:
            assert "fuzzy" in entry.flags, entry.msgid
            assert entry.tcomment == "machine translation: apertium eng-spa"
            assert entry.msgstr or all(entry.msgstr_plural.values())

    release = {e.msgid: e.msgstr for e in polib.pofile(str(project / CATALOGS[0]))}
    drafts = " ".join(release.values())
    # Every name and figure of the English survives.
    for name in ("Presente.org", "Alianza Americas", "Oscar Chacón", "Matt Nelson", "Biden-Harris", "Trump"):
        assert name in drafts, name
    for english, spanish in release.items():
        assert re.findall(r"\d+", english) == re.findall(r"\d+", spanish)
        # RAE: the comma goes after the closing quotation mark.
        assert ",”" not in spanish and ".”" not in spanish
        assert "  " not in spanish
    # The glossary is applied: "migrants" is "migrantes", "root causes" "causas fundamentales".
    assert "migrantes" in drafts and "causas fundamentales" in drafts
    site = {e.msgid: e.msgstr for e in polib.pofile(str(project / CATALOGS[2]))}
    assert "%(name)s" in site["About %(name)s"]
    assert "%(dateline)s" in site["%(dateline)s, %(date)s —"] and "%(date)s" in site["%(dateline)s, %(date)s —"]

    # Drafts never ship: the Spanish page is withheld, and shown with a banner in --drafts.
    build = run_cli(project, "build")
    assert f"warning: es: {SLUG}: withheld: 0 untranslated, {total} machine drafts, 0 stale, 0 other fuzzy" \
        in build.stderr
    assert not (project / "dist" / "es" / SLUG).exists()
    drafts_build = run_cli(project, "build", "--drafts")
    assert drafts_build.exit_code == 0
    page = (project / "dist" / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    assert 'content="noindex"' in page and 'class="draft-banner"' in page

    # A second run has nothing left to do and changes no byte.
    before = {name: (project / name).read_bytes() for name in CATALOGS}
    again = run_cli(project, "translate")
    assert "es: nothing to draft" in again.stdout
    assert {name: (project / name).read_bytes() for name in CATALOGS} == before


def test_reviewed_and_fuzzy_entries_are_never_touched(project, run_cli):
    path = project / CATALOGS[0]
    catalog = polib.pofile(str(path))
    by_role(catalog, "paragraph")[0].msgstr = ""  # one untranslated entry among reviewed ones
    by_role(catalog, "paragraph")[1].flags.append("fuzzy")  # a fuzzy entry keeps its msgstr too
    catalog.save()
    path.write_bytes(gnu("msgcat", str(path)).stdout)  # as a PO editor would save it
    before = path.read_text(encoding="utf-8")
    result = run_cli(project, "translate")
    assert result.exit_code == 0
    assert "drafting 1 entry" in result.stdout
    # Byte for byte, only the drafted entry's block changed.
    before_blocks = before.split("\n\n")
    after_blocks = path.read_text(encoding="utf-8").split("\n\n")
    changed = [(old, new) for old, new in zip(before_blocks, after_blocks) if old != new]
    assert len(before_blocks) == len(after_blocks) and len(changed) == 1
    drafted = polib.pofile(changed[0][1] + "\n")[0]
    assert drafted.msgid == polib.pofile(before)[3].msgid
    assert drafted.msgstr and drafted.flags == ["fuzzy"]
    assert changed[0][1].startswith("# machine translation: apertium eng-spa\n")


def test_dry_run_writes_nothing(project, run_cli):
    clear_translations(project, CATALOGS[:1])
    before = (project / CATALOGS[0]).read_bytes()
    result = run_cli(project, "translate", "--dry-run")
    assert result.exit_code == 0
    assert f"{CATALOGS[0]}: 8 entries to draft" in result.stdout.replace(str(project) + "/", "")
    assert (project / CATALOGS[0]).read_bytes() == before


def test_release_option_limits_the_run(project, run_cli):
    clear_translations(project)
    result = run_cli(project, "translate", "--release", SLUG)
    assert result.exit_code == 0
    assert "drafting 8 entries" in result.stdout
    assert all(not e.msgstr for e in polib.pofile(str(project / CATALOGS[1])))
    unknown = run_cli(project, "translate", "--release", "no-such-release")
    assert unknown.exit_code == 1
    assert "no release with slug 'no-such-release'" in unknown.stderr


def test_embargoed_release_is_never_sent_to_a_cloud_engine(project, run_cli, monkeypatch):
    source = project / "releases" / f"{SLUG}.md"
    future = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)).replace(microsecond=0)
    source.write_text(source.read_text().replace("date: 2021-04-14\n", f"date: 2021-04-14\nembargo: {future.isoformat()}\n"))
    clear_translations(project, CATALOGS[:1])
    # Nothing listens on this port: had the text been sent, the run would have failed.
    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://127.0.0.1:9/")
    result = run_cli(project, "translate", "--engine", "libre", "--release", SLUG)
    assert result.exit_code == 0, result.output
    assert "skipped: embargoed until" in result.stderr
    assert all(not e.msgstr for e in polib.pofile(str(project / CATALOGS[0])))
    # Offline engines may draft it.
    assert run_cli(project, "translate", "--engine", "apertium", "--release", SLUG).exit_code == 0
    assert all(e.msgstr for e in polib.pofile(str(project / CATALOGS[0])))


def test_missing_catalog_says_to_extract_first(project, run_cli):
    (project / CATALOGS[1]).unlink()
    result = run_cli(project, "translate")
    assert result.exit_code == 1
    assert "about.po does not exist: run `i18n extract` first" in result.stderr


# ---------------------------------------------------------------- masking


GLOSSARY_CSV = "en,es,note\nAlianza Americas,,org\nmigrants,migrantes,\nroot causes,causas fundamentales,\n"


@pytest.fixture
def glossary(tmp_path):
    path = tmp_path / "glossary.csv"
    path.write_text(GLOSSARY_CSV)
    return load_glossary(path, "es")


def test_mask_protects_spans_and_translates_link_and_emphasis_text(glossary):
    text = ("Call (214) 402-0186 or write to press@example.org, read **the root causes** at "
            "[our report](https://example.org/r?a=1 \"Report\") or https://x.org/a_b, run `make` "
            "for %(name)s — Alianza Americas and migrants – always")
    masked = mask(text, glossary)
    main = masked.text
    for protected in ("(214) 402-0186", "press@example.org", "https://", "`make`", "%(name)s",
                      "Alianza Americas", "–"):
        assert protected not in main
    # Translated glossary terms are left to the engine (its rendering is replaced afterwards),
    # so the grammar around them is the engine's own.
    assert "migrants" in main
    inner = [segment.text for segment in masked.segments()[1:]]
    assert "our report" in inner
    assert "the root causes" in inner
    identity = unmask(masked, {id(s): s.text for s in masked.segments()})
    assert identity == text


def test_unmask_refuses_lost_or_repeated_tokens(glossary):
    masked = mask("See https://example.org and https://example.com now", glossary)
    with pytest.raises(MaskError, match="lost XPH1X"):
        unmask(masked, {id(masked): "Ver XPH0X ahora"})
    with pytest.raises(MaskError, match="repeated XPH0X"):
        unmask(masked, {id(masked): "Ver XPH0X y XPH0X XPH1X"})


words = st.sampled_from(["the", "press", "release", "Chacón", "said", "human", "rights", "2021", "1,299"])
phrases = st.lists(words, min_size=1, max_size=4).map(" ".join)
spans = st.one_of(
    phrases,
    phrases.map(lambda p: f"**{p}**"),
    phrases.map(lambda p: f"*{p}*"),
    phrases.map(lambda p: f"`{p}`"),
    st.tuples(phrases, st.sampled_from(["https://example.org/a?b=c", "mailto:a@b.org", "/es/x/"]))
    .map(lambda t: f"[{t[0]}]({t[1]})"),
    st.sampled_from(["https://example.org/x_y", "press@example.org", "(214) 402-0186", "Alianza Americas",
                     "Presente.org", "%(name)s"]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(spans, min_size=1, max_size=6).map(" ".join))
def test_masking_round_trip_is_lossless(glossary, text):
    masked = mask(text, glossary)
    assert unmask(masked, {id(s): s.text for s in masked.segments()}) == text.replace("migrants", "migrantes")
    # What the engine sees holds no URL, e-mail, phone, code or link target.
    for segment in masked.segments():
        assert "://" not in segment.text and "@" not in segment.text and "`" not in segment.text
        assert "](" not in segment.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(spans, min_size=1, max_size=5).map(" ".join))
def test_placeholders_survive_real_apertium(glossary, text):
    from i18n.mt.apertium import ApertiumEngine

    masked = mask(text, glossary)
    segments = masked.segments()
    translated = dict(zip(map(id, segments), ApertiumEngine("en", "es").translate([s.text for s in segments])))
    result = unmask(masked, translated)
    for literal in masked.literals.values():
        assert literal in result


# ---------------------------------------------------------------- post-editing and glossary


@pytest.mark.parametrize("draft, expected", [
    ("“Es urgente,” dijo Chacón.", "“Es urgente”, dijo Chacón."),
    ("“Es urgente.”", "“Es urgente”."),
    ("“¿Es urgente?” preguntó.", "“¿Es urgente?” preguntó."),
    ("Dos  espacios   aquí", "Dos espacios aquí"),
    ("“Basta”, dicho Matt Nelson.", "“Basta”, dijo Matt Nelson."),
])
def test_spanish_post_editing(draft, expected):
    # The English starts with a capital, as these drafts do (a draft follows its English's initial case).
    assert post_edit(draft, "es", "Any") == expected


def test_a_draft_starts_lowercase_where_its_english_does():
    assert post_edit("Su permiso de trabajo;", "es", "their work permit;") == "su permiso de trabajo;"
    assert post_edit("FEMA cubre los gastos;", "es", "costs FEMA covers;") == "FEMA cubre los gastos;"


def test_title_case_headlines_are_put_in_sentence_case_before_translation_keeping_names():
    english = "People Seeking Safe Haven in Chicago Should Be Given Protection by the UN and XPH0X"
    assert sentence_case_english(english, {"Chicago"}) == \
        "People seeking safe haven in Chicago should be given protection by the UN and XPH0X"


def test_glossary_errors_name_the_line(project, run_cli):
    (project / "locales" / "glossary.csv").write_text("en,es,note\nmigrants,migrantes,\nMigrants,migrantes,\n")
    clear_translations(project, CATALOGS[:1])
    result = run_cli(project, "translate")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("glossary.csv:3: 'Migrants' is already defined on line 2")


def test_repository_glossary_loads():
    from conftest import REPO

    glossary = load_glossary(REPO / "locales" / "glossary.csv", "es")
    assert glossary.lookup("asylum seekers").translation == "solicitantes de asilo"
    assert glossary.lookup("Alianza Americas").keep


# ---------------------------------------------------------------- interrupted and failing runs


class HoldingLibreTranslate:
    """A LibreTranslate-speaking server on 127.0.0.1 that answers until hold() is true, then
    holds every request (setting `holding`) until release(): a run caught mid-way, by design
    rather than by a race with a timer. Once released it answers everything."""

    def __init__(self, hold):
        import http.server
        import json as json_module
        import threading
        from urllib.parse import parse_qs, urlsplit

        self.holding, self.released = threading.Event(), threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                if not server.released.is_set() and hold():
                    server.holding.set()
                    server.released.wait()
                    return
                query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                text = query.get("q") or form.get("q", "")
                body = json_module.dumps({"translatedText": f"ES {text}"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def release(self):
        self.released.set()

    def close(self):
        self.release()
        self.server.shutdown()
        self.server.server_close()


def test_kill_9_mid_run_keeps_every_finished_catalog(project):
    import signal
    import subprocess
    import sys

    clear_translations(project)
    pristine = {name: (project / name).read_bytes() for name in CATALOGS}
    release = project / CATALOGS[0]
    # The server answers until the first catalog is written, then holds the next request:
    # the run is killed while it waits, with one catalog done and the others not.
    server = HoldingLibreTranslate(hold=lambda: release.read_bytes() != pristine[CATALOGS[0]])
    try:
        env = {**os.environ, "LIBRETRANSLATE_URL": server.url}
        process = subprocess.Popen([sys.executable, "-m", "i18n", "--root", str(project), "translate",
                                    "--engine", "libre"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert server.holding.wait(timeout=120), "the run never reached its second catalog"
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.returncode == -signal.SIGKILL
        server.release()

        finished = polib.pofile(str(release))
        assert all(e.msgstr.startswith("ES ") and "fuzzy" in e.flags for e in finished)
        for name in CATALOGS:
            path = project / name
            assert gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0
            polib.pofile(str(path))  # parseable
            # Each catalog is either untouched or fully drafted, never half written.
            entries = polib.pofile(str(path))
            drafted = [bool(e.msgstr or any(e.msgstr_plural.values())) for e in entries]
            assert all(drafted) or (path.read_bytes() == pristine[name])

        # The next run does only what is left.
        result = subprocess.run([sys.executable, "-m", "i18n", "--root", str(project), "translate",
                                 "--engine", "libre"], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert f"{CATALOGS[0]}" not in result.stdout.replace(str(project) + "/", "")
        assert polib.pofile(str(release)).__unicode__() == finished.__unicode__()
        for name in CATALOGS:
            assert all(e.msgstr or any(e.msgstr_plural.values()) for e in polib.pofile(str(project / name)))
    finally:
        server.close()


def test_unreachable_cloud_engine_fails_in_one_line_and_loses_nothing(project, run_cli, monkeypatch):
    clear_translations(project, CATALOGS[:1])
    before = {name: (project / name).read_bytes() for name in CATALOGS}
    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://127.0.0.1:9/")  # nothing listens on the discard port
    result = run_cli(project, "translate", "--engine", "libre")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: libre: ")
    assert "use --engine apertium" in lines[0] or "LIBRETRANSLATE_URL" in lines[0]
    assert "Traceback" not in result.output
    assert {name: (project / name).read_bytes() for name in CATALOGS} == before


def test_an_engine_that_stops_early_is_reported_in_one_line(project, run_cli, tmp_path, monkeypatch):
    """Apertium ending before its answers (here it exits at once) is a one-line error naming
    what to check, not a silent exit (the texts it left unread made closing its input fail)."""
    clear_translations(project)
    fake = tmp_path / "bin" / "apertium"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    result = run_cli(project, "translate")
    assert result.exit_code == 1
    assert re.search(r"error: apertium eng-spa: stopped after 0 of \d+ segments", result.output), result.output


def test_translate_leaves_no_temporary_file_behind(project, tmp_path):
    """Real runs of `i18n translate` with Apertium, one drafting and one with nothing left to
    draft (Apertium started, then ended at once), leave the temporary folder as they found it:
    the `apertium` script's temporary file stayed there whenever its process was killed."""
    import subprocess

    clear_translations(project)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "TMPDIR": str(temporary)}
    for drafted in ("machine drafts", "nothing to draft"):
        result = subprocess.run([sys.executable, "-m", "i18n", "--root", str(project), "translate"],
                                env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert drafted in result.stdout, result.stdout
        assert list(temporary.iterdir()) == []


def test_the_stream_feeds_more_than_its_pipe_holds_and_answers_in_order(tmp_path, monkeypatch):
    """Texts beyond what the input pipe takes at once (1 MB) wait, and go out while the answers
    are read: every answer comes back, in order. The stand-in Apertium echoes its input."""
    from i18n.mt.apertium import ApertiumEngine

    fake = tmp_path / "bin" / "apertium"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexec cat\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    batches = [[f"Batch {b}, text {t}: [a link](https://example.org/{t}) {'x' * 900}" for t in range(300)]
               for b in range(10)]  # about 2.8 MB in all
    engine = ApertiumEngine("en", "es")
    stream = engine.open_stream()
    for batch in batches:
        stream.send(batch)
    stream.end()
    assert list(stream.answers()) == [text for batch in batches for text in batch]
    assert engine.process is None  # closed once the answers are read


def test_a_batch_that_does_not_come_back_whole_is_translated_again_text_by_text(tmp_path, monkeypatch):
    """Each batch goes to Apertium as one NUL block per text, every text ending with a sentence
    end of ours; a batch in which one text came back without it is translated again, each
    text on its own. The stand-in Apertium echoes a block, dropping the sentence end of the
    text marked MANGLE, and answers texts sent on their own (no sentence end) in capitals."""
    from i18n.mt.apertium import ApertiumEngine

    fake = tmp_path / "bin" / "apertium"
    fake.parent.mkdir()
    fake.write_text(f"#!{sys.executable}\n" + textwrap.dedent(r'''
        import re, sys
        blocks = sys.stdin.buffer.read().decode().split("\0")[:-1]
        answers = [re.sub(r"(MANGLE[^\[]*)\[\] \.", r"\1[]", block) if "[i18n]" in block else block.upper()
                   for block in blocks]
        sys.stdout.buffer.write(("\0".join(answers) + "\0").encode())
    '''), encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    engine = ApertiumEngine("en", "es")
    stream = engine.open_stream()
    stream.send(["First text.", "MANGLE second text", "Third text"])
    stream.send(["Fourth text"])
    stream.end()
    assert list(stream.answers()) == ["FIRST TEXT.", "MANGLE SECOND TEXT", "THIRD TEXT", "Fourth text"]
