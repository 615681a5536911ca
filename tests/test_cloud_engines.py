"""Cloud engines against fake services on 127.0.0.1.

Each fake service is a real HTTP server (http.server in a thread, ephemeral port) speaking the
service's protocol (keys in headers or bodies, never in URLs); `I18N_<NAME>_URL` /
`LIBRETRANSLATE_URL` point the engine at it. Nothing is mocked, and nothing goes beyond
127.0.0.1.
"""

from __future__ import annotations

import html
import json
import logging
import socket
import struct
import threading
import traceback
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, quote, urlsplit

import pytest
import requests
from i18n.mt import EngineError, create_engine
from i18n.mt.cloud import CloudEngine

ENGINES = ("google", "deepl", "microsoft", "mymemory", "libre")
DEEPL_KEY = "d3ep1-s3cret-k3y:fx"
MICROSOFT_KEY = "m1crosoft-s3cret-k3y"
LIBRE_KEY = "l1bre-s3cret-k3y"
EMAIL = "press-office@example.org"
FAST = {"timeout": 2.0, "retries": 3, "backoff": 0.01}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


@dataclass
class Call:
    """What a request asked the service: the text, the languages and the credential sent."""

    text: str
    source: str
    target: str
    key: str | None = None
    extra: dict = field(default_factory=dict)


# -- the five protocols ----------------------------------------------------------------------


def google_parse(request: Request) -> Call:
    assert (request.method, request.path) == ("GET", "/m")
    return Call(request.query["q"], request.query["sl"], request.query["tl"])


def google_answer(translation: str):
    page = f'<html><body><div class="result-container">{html.escape(translation)}</div></body></html>'
    return 200, "text/html; charset=utf-8", page


def mymemory_parse(request: Request) -> Call:
    assert (request.method, request.path) == ("GET", "/get")
    source, target = request.query["langpair"].split("|")
    return Call(request.query["q"], source, target, request.query.get("de"))


def mymemory_answer(translation: str):
    return 200, "application/json", {"responseData": {"translatedText": translation, "match": 1},
                                     "responseStatus": 200, "responseDetails": "", "matches": []}


def form(request: Request) -> dict[str, str]:
    return {name: values[-1] for name, values in parse_qs(request.body.decode(), keep_blank_values=True).items()}


def deepl_parse(request: Request) -> Call:
    assert (request.method, request.path) == ("POST", "/v2/translate")
    fields = form(request)
    key = request.headers.get("Authorization", "").removeprefix("DeepL-Auth-Key ")
    return Call(fields["text"], fields["source_lang"], fields["target_lang"], key or None)


def deepl_answer(translation: str):
    return 200, "application/json", {"translations": [{"detected_source_language": "EN", "text": translation}]}


def microsoft_parse(request: Request) -> Call:
    assert (request.method, request.path) == ("POST", "/translate")
    assert request.query["api-version"] == "3.0"
    [item] = json.loads(request.body)
    return Call(item["text"], request.query["from"], request.query["to"],
                request.headers.get("Ocp-Apim-Subscription-Key"),
                {"region": request.headers.get("Ocp-Apim-Subscription-Region")})


def microsoft_answer(translation: str):
    return 200, "application/json", [{"translations": [{"text": translation, "to": "xx"}]}]


def libre_parse(request: Request) -> Call:
    assert (request.method, request.path) == ("POST", "/translate")
    fields = form(request)
    return Call(fields["q"], fields["source"], fields["target"], fields.get("api_key"),
                {"format": fields.get("format")})


def libre_answer(translation: str):
    return 200, "application/json", {"translatedText": translation}


PARSE = {"google": google_parse, "mymemory": mymemory_parse, "deepl": deepl_parse,
         "microsoft": microsoft_parse, "libre": libre_parse}
ANSWER = {"google": google_answer, "mymemory": mymemory_answer, "deepl": deepl_answer,
          "microsoft": microsoft_answer, "libre": libre_answer}


def environ_for(engine: str, base: str) -> dict[str, str]:
    return {
        "google": {"I18N_GOOGLE_URL": f"{base}/m"},
        "mymemory": {"I18N_MYMEMORY_URL": f"{base}/get", "MYMEMORY_EMAIL": EMAIL},
        "deepl": {"I18N_DEEPL_URL": f"{base}/v2", "DEEPL_API_KEY": DEEPL_KEY},
        "microsoft": {"I18N_MICROSOFT_URL": f"{base}/translate", "MICROSOFT_TRANSLATOR_KEY": MICROSOFT_KEY,
                      "MICROSOFT_TRANSLATOR_REGION": "westeurope"},
        "libre": {"LIBRETRANSLATE_URL": base, "LIBRETRANSLATE_API_KEY": LIBRE_KEY},
    }[engine]


def fake_translation(call: Call) -> str:
    return f"[{call.target}] {call.text}"


# -- the server ------------------------------------------------------------------------------


class FakeService(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, engine: str, script: list | None = None,
                 respond: Callable[[Request], tuple] | None = None):
        super().__init__(("127.0.0.1", 0), Handler)
        self.engine = engine
        self.script = list(script or [])  # actions for the first requests, then normal answers
        self.respond_override = respond
        self.requests: list[Request] = []
        self.release = threading.Event()
        self.base = f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def calls(self) -> list[Call]:
        return [PARSE[self.engine](request) for request in self.requests]

    def respond(self, request: Request):
        if self.script:
            return self.script.pop(0)
        if self.respond_override:
            return self.respond_override(request)
        return ANSWER[self.engine](fake_translation(PARSE[self.engine](request)))

    def handle_error(self, request, client_address):
        pass  # resets and hangs are on purpose


class Handler(BaseHTTPRequestHandler):
    server: FakeService

    def do_GET(self):
        self.serve()

    def do_POST(self):
        self.serve()

    def serve(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        query = {name: values[-1] for name, values in parse_qs(parts.query, keep_blank_values=True).items()}
        request = Request(self.command, parts.path, query, dict(self.headers), body)
        self.server.requests.append(request)
        action = self.server.respond(request)
        if action == "reset":  # RST instead of an answer
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if action == "drip-headers":  # a status line and headers that never end, a byte at a time
            try:
                for byte in b"HTTP/1.1 200 OK\r\n" + b"X-Filler: " + b"x" * 100_000:
                    if self.server.release.wait(0.02):
                        break
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
            except OSError:
                pass
            self.close_connection = True
            return
        if action == "drip":  # an answer of 10,000 bytes, one byte at a time
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "10000")
            self.end_headers()
            try:
                for _ in range(10000):
                    if self.server.release.wait(0.02):
                        break
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except OSError:
                pass  # the client hung up: what it should do
            self.close_connection = True
            return
        if action == "hang":
            self.server.release.wait(10)
            self.close_connection = True
            return
        if isinstance(action, int):
            action = (action, "application/json", {"message": "scripted failure"})
        status, content_type, payload = action
        if not isinstance(payload, (str, bytes)):
            payload = json.dumps(payload)
        data = payload.encode("utf-8") if isinstance(payload, str) else payload
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")


@pytest.fixture
def serve():
    servers = []

    def start(engine: str, **options) -> FakeService:
        server = FakeService(engine, **options)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.release.set()
        server.shutdown()
        server.server_close()


def engine_for(server: FakeService, target: str = "es", source: str = "en", **options) -> CloudEngine:
    return CloudEngine(server.engine, source, target, environ=environ_for(server.engine, server.base),
                       **{**FAST, **options})


def failure(engine: CloudEngine, texts=("Hello.",)) -> str:
    with pytest.raises(EngineError) as caught:
        list(engine.translate(list(texts)))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{engine.name}: ")
    return message


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- translating -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ENGINES)
def test_each_engine_translates_a_batch_in_order(serve, name):
    server = serve(name)
    engine = engine_for(server)
    texts = ["The Council met today.", "", "   ", "  Aid will reach 3,000 families.\n", "Thank you."]

    translations = list(engine.translate(texts))

    target = {"deepl": "ES"}.get(name, "es")
    assert translations == [f"[{target}] The Council met today.", "", "   ",
                            f"  [{target}] Aid will reach 3,000 families.\n", f"[{target}] Thank you."]
    calls = server.calls  # empty and blank texts are not sent
    assert [call.text for call in calls] == ["The Council met today.", "Aid will reach 3,000 families.",
                                            "Thank you."]
    assert {(call.source, call.target) for call in calls} == {("EN", "ES") if name == "deepl" else ("en", "es")}
    expected_key = {"deepl": DEEPL_KEY, "microsoft": MICROSOFT_KEY, "libre": LIBRE_KEY,
                    "mymemory": EMAIL}.get(name)
    assert {call.key for call in calls} == {expected_key}
    if name == "microsoft":
        assert {call.extra["region"] for call in calls} == {"westeurope"}
    if name == "libre":
        assert {call.extra["format"] for call in calls} == {"text"}
    assert engine.name == name and engine.offline is False
    assert engine.detail == "en-es"


def test_translations_are_yielded_as_each_text_is_done(serve):
    server = serve("deepl")
    translations = engine_for(server).translate(["One.", "Two.", "Three."])

    assert next(translations) == "[ES] One."
    assert len(server.requests) == 1
    assert list(translations) == ["[ES] Two.", "[ES] Three."]
    assert len(server.requests) == 3


def test_libre_without_api_key_sends_none(serve):
    server = serve("libre")
    engine = CloudEngine("libre", "en", "es", environ={"LIBRETRANSLATE_URL": server.base + "/"}, **FAST)

    assert list(engine.translate(["Hello."])) == ["[es] Hello."]
    assert "api_key" not in form(server.requests[0])


@pytest.mark.parametrize("name, source, target, wire", [
    ("google", "en", "pt_BR", ("en", "pt")),
    ("google", "en_US", "zh-TW", ("en", "zh-TW")),
    ("deepl", "en-US", "pt_BR", ("EN", "PT-BR")),
    ("deepl", "en", "es-US", ("EN", "ES")),
    ("deepl", "es", "en_GB", ("ES", "EN-GB")),
    ("mymemory", "en", "es-US", ("en", "es-US")),
    ("mymemory", "en", "pt_BR", ("en", "pt-BR")),
    ("microsoft", "en", "pt_PT", ("en", "pt-pt")),
    ("microsoft", "en", "zh_CN", ("en", "zh-Hans")),
    ("libre", "en", "es-US", ("en", "es")),
])
def test_language_codes_are_mapped_to_each_service(serve, name, source, target, wire):
    server = serve(name)
    list(engine_for(server, target=target, source=source).translate(["Hello."]))

    [call] = server.calls
    assert (call.source, call.target) == wire


def test_google_answer_identical_to_a_text_without_letters_is_kept(serve):
    # Google echoes "—" (deep-translator's GoogleTranslator returns None for it).
    server = serve("google", respond=lambda request: google_answer(request.query["q"]))
    assert list(engine_for(server).translate(["—", "Hello."])) == ["—", "Hello."]


# -- length limits ---------------------------------------------------------------------------


def test_long_text_is_split_at_sentence_boundaries_under_the_limit(serve):
    server = serve("mymemory")
    sentences = [f"Sentence {n} says {'very ' * (n % 7 * 4)}much about the relief effort." for n in range(40)]
    text = " ".join(sentences)
    assert len(text) > 3 * 500

    [translation] = engine_for(server).translate([text])

    pieces = [call.text for call in server.calls]
    assert len(pieces) >= 4
    assert all(len(piece.encode("utf-8")) < 500 for piece in pieces)
    assert all(piece.endswith("effort.") for piece in pieces)  # whole sentences only
    assert " ".join(pieces) == text
    assert translation == " ".join(f"[es] {piece}" for piece in pieces)


def test_sentence_longer_than_the_limit_is_split_at_the_last_space(serve):
    server = serve("mymemory")
    words = [f"word{n}" for n in range(300)]
    text = "Short opening. " + " ".join(words) + ". Short closing."

    [translation] = engine_for(server).translate([text])

    pieces = [call.text for call in server.calls]
    assert all(len(piece) < 500 for piece in pieces)
    assert " ".join(pieces) == text
    assert all(piece.split()[-1] in {"opening.", "closing."} or piece.split()[-1].startswith("word")
               for piece in pieces)
    # Cut at the last space before the limit: each piece would overflow with the next word.
    for piece, following in zip(pieces, pieces[1:]):
        if not piece.endswith("."):
            assert len(piece + " " + following.split()[0]) >= 500
    assert translation == " ".join(f"[es] {piece}" for piece in pieces)


# -- retries, timeouts, unreachable servers ---------------------------------------------------


@pytest.mark.parametrize("name", ENGINES)
def test_rate_limit_twice_then_success(serve, name):
    server = serve(name, script=[429, 429])

    translations = list(engine_for(server).translate(["Hello."]))

    assert translations == [f"[{'ES' if name == 'deepl' else 'es'}] Hello."]
    assert len(server.requests) == 3


@pytest.mark.parametrize("name", ENGINES)
def test_server_error_forever_fails_after_the_retries(serve, name):
    server = serve(name, script=[500] * 10)

    message = failure(engine_for(server, retries=3))

    assert len(server.requests) == 3
    assert "server error (HTTP 500" in message and "after 3 attempts" in message
    assert "try again later or use --engine apertium" in message


def test_rate_limited_forever_says_so(serve):
    server = serve("mymemory", script=[(429, "text/plain", "Too Many Requests")] * 10)

    message = failure(engine_for(server, retries=4))

    assert message == "mymemory: rate limited (HTTP 429) after 4 attempts: try again later or use --engine apertium"
    assert len(server.requests) == 4


def test_mymemory_quota_warning_is_not_a_translation(serve):
    # MyMemory reports a used-up quota in the JSON of an HTTP 200 answer; deep-translator would
    # return the warning as the translation.
    warning = (200, "application/json", {
        "responseData": {"translatedText": "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY"},
        "responseStatus": 429, "responseDetails": "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS",
        "matches": []})
    server = serve("mymemory", script=[warning] * 2)

    message = failure(engine_for(server, retries=2))

    assert message.startswith("mymemory: rate limited (HTTP 429")
    assert len(server.requests) == 2


@pytest.mark.parametrize("name", ["google", "microsoft"])
def test_connection_reset_is_retried(serve, name):
    server = serve(name, script=["reset"])

    assert list(engine_for(server).translate(["Hello."])) == ["[es] Hello."]
    assert len(server.requests) == 2


@pytest.mark.parametrize("name", ["google", "deepl"])
def test_server_that_never_answers_times_out(serve, name):
    server = serve(name, script=["hang"] * 5)
    engine = engine_for(server, timeout=0.5)

    message = failure(engine)

    assert message == (f"{name}: no complete answer from {server.base}{'/m' if name == 'google' else '/v2/translate'} "
                       "within 0.5 s (timeout): try again later or use --engine apertium")
    assert len(server.requests) == 1  # a silent server is not asked again


@pytest.mark.parametrize("name", ENGINES)
def test_closed_port_fails_with_one_line_naming_the_engine(name):
    base = f"http://127.0.0.1:{closed_port()}"
    engine = CloudEngine(name, "en", "es", environ=environ_for(name, base), **FAST)

    message = failure(engine)

    assert f"cannot reach {base}/" in message
    assert "connection refused" in message
    for secret in (DEEPL_KEY, quote(DEEPL_KEY, safe=""), MICROSOFT_KEY, LIBRE_KEY, EMAIL, quote(EMAIL, safe="")):
        assert secret not in message


def test_page_without_translation_is_an_unexpected_answer(serve):
    # e.g. a consent or captcha page instead of the translation
    server = serve("google", script=[(200, "text/html", "<html><body>Before you continue</body></html>")])

    message = failure(engine_for(server))

    assert message.startswith(f"google: unexpected answer from {server.base}/m (HTTP 200")
    assert len(server.requests) == 1


def test_service_error_message_is_passed_on_without_retry(serve):
    rejected = (400, "application/json", {"error": {"code": 400036, "message": "The target language is not valid."}})
    server = serve("microsoft", script=[rejected])

    message = failure(engine_for(server))

    assert message == ("microsoft: rejected the request for en-es (HTTP 400: The target language is not valid.): "
                       "check the languages or use --engine apertium")
    assert len(server.requests) == 1


# -- secrets ---------------------------------------------------------------------------------


def echo_key_403(request: Request):
    echoed = form(request).get("api_key") or request.headers.get("Authorization") \
        or request.headers.get("Ocp-Apim-Subscription-Key")
    return 403, "application/json", {"message": f"Forbidden: key {echoed} is not valid",
                                      "error": f"key {echoed} is not valid"}


@pytest.mark.parametrize("name, key, variable", [
    ("deepl", DEEPL_KEY, "DEEPL_API_KEY"),
    ("microsoft", MICROSOFT_KEY, "MICROSOFT_TRANSLATOR_KEY"),
    ("libre", LIBRE_KEY, "LIBRETRANSLATE_API_KEY"),
])
def test_rejected_key_never_appears_in_the_error(serve, name, key, variable):
    server = serve(name, respond=echo_key_403)

    with pytest.raises(EngineError) as caught:
        list(engine_for(server).translate(["Hello."]))

    message = str(caught.value)
    assert message.startswith(f"{name}: rejected the API key (HTTP 403")
    assert f"check {variable}" in message
    assert "***" in message  # the echoed key, redacted
    printed = "".join(traceback.format_exception(caught.value))  # what a log would show
    for text in (message, printed):
        assert key not in text and quote(key, safe="") not in text
    assert len(server.requests) == 1  # a bad key is not retried


def test_key_in_request_urls_is_kept_out_of_debug_logs(serve, caplog):
    server = serve("deepl")
    with caplog.at_level(logging.DEBUG):
        assert list(engine_for(server).translate(["Hello."])) == ["[ES] Hello."]

    assert "/v2/translate" in caplog.text  # urllib3 logged the request URL...
    assert DEEPL_KEY not in caplog.text and quote(DEEPL_KEY, safe="") not in caplog.text  # ...without the key


# -- configuration ---------------------------------------------------------------------------


@pytest.mark.parametrize("name, variable", [
    ("deepl", "DEEPL_API_KEY"),
    ("microsoft", "MICROSOFT_TRANSLATOR_KEY"),
    ("libre", "LIBRETRANSLATE_URL"),
])
def test_missing_required_variable_is_named(name, variable):
    with pytest.raises(EngineError) as caught:
        create_engine(name, "en", "es", environ={"I18N_DEEPL_URL": "http://127.0.0.1:9/v2/"})

    assert str(caught.value).startswith(f"{name}: ")
    assert variable in str(caught.value)


@pytest.mark.parametrize("name", ["google", "mymemory"])
def test_keyless_engines_need_no_variable(name):
    engine = create_engine(name, "en", "es", environ={})
    assert (engine.name, engine.detail) == (name, "en-es")


def test_unsupported_language_is_refused_before_any_request():
    with pytest.raises(EngineError, match=r"^google: no support for language 'xx'"):
        CloudEngine("google", "en", "xx", environ={})


# -- embargoed text stays on the machine -------------------------------------------------------


def test_about_block_used_only_by_an_embargoed_release_is_never_sent(project, run_cli, serve, monkeypatch):
    import datetime as dt

    import polib

    secret = "The Quiet Fund backs new shelters in three border cities."
    (project / "releases" / "about" / "quiet-fund.md").write_text(f"---\nname: Quiet Fund\n---\n{secret}\n")
    future = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)).replace(microsecond=0)
    (project / "releases" / "2031-01-01-coming-soon.md").write_text(
        f"---\ntitle: Coming soon\ndate: 2031-01-01\nembargo: {future.isoformat()}\n"
        "about: [quiet-fund, alianza-americas]\n---\nA body under embargo.\n")
    assert run_cli(project, "extract").exit_code == 0
    server = serve("libre")
    monkeypatch.setenv("LIBRETRANSLATE_URL", server.base)
    about_po = "locales/es/LC_MESSAGES/about.po"

    dry = run_cli(project, "translate", "--engine", "libre", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert f"{about_po}: skipped: 1 entries used only by embargoed releases" in dry.stderr
    assert f"{about_po}: 0 entries to draft\n" in dry.stdout
    assert "skipped: embargoed until" in dry.stderr  # the release's own catalog
    assert server.requests == []

    result = run_cli(project, "translate", "--engine", "libre")
    assert result.exit_code == 0, result.output
    assert not any("Quiet Fund" in call.text for call in server.calls)
    assert not polib.pofile(str(project / about_po)).find(secret).msgstr
    # An offline engine may draft it.
    assert run_cli(project, "translate", "--engine", "apertium").exit_code == 0
    assert polib.pofile(str(project / about_po)).find(secret).msgstr


# -- bounded answers -------------------------------------------------------------------------


def libre_project(project, server, monkeypatch, timeout: float | None = None):
    """The repository with its About entries untranslated, pointed at a fake LibreTranslate."""
    import polib

    monkeypatch.setenv("LIBRETRANSLATE_URL", server.base)
    if timeout is not None:
        pyproject = project / "pyproject.toml"
        pyproject.write_text(pyproject.read_text().replace("[tool.i18n]\n", f"[tool.i18n]\ncloud_timeout = {timeout}\n"))
    path = project / "locales/es/LC_MESSAGES/about.po"
    catalog = polib.pofile(str(path))
    for entry in catalog:
        entry.msgstr = ""
    catalog.save()
    return path


def test_a_dripping_server_is_cut_off_at_the_deadline_and_nothing_is_written(project, run_cli, serve, monkeypatch):
    server = serve("libre", script=["drip"] * 5)
    about_po = libre_project(project, server, monkeypatch, timeout=0.3)
    before = about_po.read_bytes()

    result = run_cli(project, "translate", "--engine", "libre")

    assert result.exit_code != 0
    assert result.stderr.strip().endswith(f"libre: no complete answer from {server.base}/translate within 0.3 s "
                                          "(timeout): try again later or use --engine apertium")
    assert len(server.requests) == 1  # a deadline is not retried
    assert about_po.read_bytes() == before


def test_a_server_dripping_its_headers_is_cut_off_at_the_deadline(serve):
    server = serve("deepl", script=["drip-headers"] * 5)
    message = failure(engine_for(server, timeout=0.3))
    assert message == (f"deepl: no complete answer from {server.base}/v2/translate within 0.3 s (timeout): "
                       "try again later or use --engine apertium")
    assert len(server.requests) == 1


def test_an_answer_far_longer_than_the_text_is_refused(serve):
    server = serve("libre", respond=lambda request: libre_answer("más " * 50_000))
    message = failure(engine_for(server), texts=["More aid arrives today."])
    assert message == (f"libre: refused an answer from {server.base}/translate of 199,999 characters for a text "
                       "of 23: use --engine apertium")


def test_an_answer_of_megabytes_is_not_read_to_the_end(serve):
    page = "<html><body>" + "<p>filler</p>" * 200_000 + '<div class="result-container">Hola.</div></body></html>'
    server = serve("google", respond=lambda request: (200, "text/html; charset=utf-8", page))
    message = failure(engine_for(server))
    assert message == f"google: refused an answer from {server.base}/m of more than 1,000,120 bytes: use --engine apertium"


def test_an_empty_answer_is_not_a_draft(project, run_cli, serve, monkeypatch):
    import polib

    server = serve("libre", respond=lambda request: libre_answer("  "))
    about_po = libre_project(project, server, monkeypatch)
    before = about_po.read_bytes()

    result = run_cli(project, "translate", "--engine", "libre")

    assert result.exit_code != 0
    assert f"libre: empty answer from {server.base}/translate for a text of " in result.stderr
    assert about_po.read_bytes() == before
    assert all(not entry.msgstr and "fuzzy" not in entry.flags for entry in polib.pofile(str(about_po)))


def test_no_process_wide_patch_while_a_request_is_in_flight(serve):
    original = requests.Session.request
    seen = []

    def observe(request):
        seen.append((requests.Session.request is original, list(logging.getLogger().filters)))
        return libre_answer("Hola.")

    server = serve("libre", respond=observe)
    engine = engine_for(server)
    assert list(engine.translate(["Hello."])) == ["Hola."]
    engine.close()
    assert seen == [(True, [])]
