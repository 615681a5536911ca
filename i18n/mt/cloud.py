"""Cloud engines: Google, DeepL, Microsoft, MyMemory, LibreTranslate.

deep-translator (1.11) knows these services, but sends its requests through module-level
`requests.get/post`: no timeout, no session, no retries, and exceptions that carry the API key.
So each service here is a thin adapter of a few lines (the request deep-translator would
make, and how to read the answer), sent through one `requests.Session` per engine; deep-
translator's language tables check Google's and MyMemory's codes. Every engine:

- reads its settings from the environment only (never from files, never logged):

  =========  ==============================================  =============================
  engine     required                                        optional
  =========  ==============================================  =============================
  google     -                                               I18N_GOOGLE_URL
  deepl      DEEPL_API_KEY (a key ending ":fx" -> free API)  I18N_DEEPL_URL
  microsoft  MICROSOFT_TRANSLATOR_KEY                        MICROSOFT_TRANSLATOR_REGION,
                                                             I18N_MICROSOFT_URL
  mymemory   -                                               MYMEMORY_EMAIL, I18N_MYMEMORY_URL
  libre      LIBRETRANSLATE_URL (the self-hosted server)     LIBRETRANSLATE_API_KEY
  =========  ==============================================  =============================

  `I18N_<NAME>_URL` replaces the service's URL (for proxies and gateways): Google
  `https://translate.google.com/m`, DeepL `https://api.deepl.com/v2/` ("translate" is
  appended), Microsoft `https://api.cognitive.microsofttranslator.com/translate?api-version=3.0`,
  MyMemory `https://api.mymemory.translated.net/get`;
- sends keys in headers or request bodies, never in a URL (URLs reach debug logs), except
  MyMemory's e-mail address, which that service takes in the query only;
- maps our language codes ("es", "es-US", "pt_BR") to the service's;
- splits texts over the service's length limit at sentence boundaries;
- gives every request a total deadline (`timeout`, connection and whole answer together: a
  server that drips its answer is cut off), refuses answers far longer than the text sent and
  empty ones, retries 429, 5xx and connection resets with exponential backoff, and turns every
  failure into one single-line `EngineError` naming the engine and what to do, with every
  configured secret replaced by "***".
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterator, Mapping
from urllib.parse import quote, quote_plus, urlsplit

import requests
from bs4 import BeautifulSoup

from . import EngineError
from .cloud_codes import service_codes
from .cloud_split import split_text, utf8_length

FALLBACK = "use --engine apertium"

# Characters per request: Google's mobile page takes under 5,000, MyMemory under 500 bytes of
# UTF-8 (so its pieces are measured in bytes); the others accept 5,000 and more.
LIMITS = {"google": 4999, "mymemory": 499, "deepl": 5000, "microsoft": 5000, "libre": 5000}
DEFAULT_URLS = {
    "google": "https://translate.google.com/m",
    "deepl": "https://api.deepl.com/v2/",
    "deepl-free": "https://api-free.deepl.com/v2/",
    "microsoft": "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0",
    "mymemory": "https://api.mymemory.translated.net/get",  # https: MYMEMORY_EMAIL is sent
}
KEY_VARIABLES = {
    "deepl": "DEEPL_API_KEY",
    "microsoft": "MICROSOFT_TRANSLATOR_KEY and MICROSOFT_TRANSLATOR_REGION",
    "libre": "LIBRETRANSLATE_API_KEY",
}
# An answer is refused when it is this much longer than the text sent (raw bytes: a page or
# JSON around the translation; characters: the translation itself).
ANSWER_BYTES = (1_000_000, 20)  # fixed allowance, then per byte of the text
TRANSLATION_CHARACTERS = (200, 4)


@dataclass(frozen=True)
class Request:
    """One HTTP request of an adapter."""

    method: str
    url: str
    params: dict | None = None
    data: dict | None = None
    json: object = None
    headers: dict | None = None


@dataclass(frozen=True)
class Answer:
    """A whole HTTP answer, read within the deadline."""

    url: str
    status: int
    body: bytes
    encoding: str

    @property
    def text(self) -> str:
        return self.body.decode(self.encoding or "utf-8", "replace")

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None


class _Failure(Exception):
    """An attempt failed: (retryable, describe(attempts) -> message)."""

    def __init__(self, retryable: bool, describe: Callable[[int], str]):
        super().__init__()
        self.retryable, self.describe = retryable, describe


class CloudEngine:
    """One cloud service behind the engine interface (see i18n/mt/__init__.py)."""

    offline = False

    def __init__(self, name: str, source: str, target: str, *, timeout: float = 10.0,
                 retries: int = 3, backoff: float = 0.5, environ: Mapping[str, str] | None = None):
        if name not in LIMITS:
            raise EngineError(f"unknown cloud engine {name!r}: choose one of {', '.join(LIMITS)}")
        self.name = name
        self.timeout = float(timeout)  # seconds for a whole request: connection and answer
        self.attempts = max(1, int(retries))  # attempts per request, the first one included
        self.backoff = float(backoff)
        env = os.environ if environ is None else environ
        self._secrets: list[str] = []
        self._url_variable: str | None = None  # the variable that set the URL, if any

        def setting(variable: str, required: bool = False, secret: bool = False) -> str | None:
            value = (env.get(variable) or "").strip() or None
            if value is None and required:
                raise EngineError(f"{name}: set the environment variable {variable} (or {FALLBACK})")
            if value is not None and secret:
                self._secrets.append(value)
            return value

        def url_setting(variable: str, default: str | None = None) -> str:
            url = setting(variable, required=default is None)
            if url:
                self._url_variable = variable
                self._secrets.extend(value for value in (urlsplit(url).password,) if value)
            return url or default

        self.source, self.target = service_codes(name, source, target)
        self.detail = f"{self.source}-{self.target}".lower()
        # The service judges DeepL, Microsoft and LibreTranslate codes (deep-translator's tables
        # for them are out of date, and a self-hosted LibreTranslate has its own).
        if name == "google":
            self._url = url_setting("I18N_GOOGLE_URL", DEFAULT_URLS["google"])
            self._key = None
        elif name == "mymemory":
            self._key = setting("MYMEMORY_EMAIL", secret=True)
            self._url = url_setting("I18N_MYMEMORY_URL", DEFAULT_URLS["mymemory"])
        elif name == "deepl":
            self._key = setting("DEEPL_API_KEY", required=True, secret=True)
            free = self._key.endswith(":fx")
            self._url = _directory(url_setting("I18N_DEEPL_URL", DEFAULT_URLS["deepl-free" if free else "deepl"]))
        elif name == "microsoft":
            self._key = setting("MICROSOFT_TRANSLATOR_KEY", required=True, secret=True)
            self._region = setting("MICROSOFT_TRANSLATOR_REGION")  # needed by regional resources only
            url = url_setting("I18N_MICROSOFT_URL", DEFAULT_URLS["microsoft"])
            self._url = url if "api-version=" in url else url + ("&" if "?" in url else "?") + "api-version=3.0"
        else:  # libre
            url = url_setting("LIBRETRANSLATE_URL")
            self._key = setting("LIBRETRANSLATE_API_KEY", secret=True)
            self._url = _directory(re.sub(r"/translate/?$", "", url))
        self._limit = LIMITS[name]
        self._measure: Callable[[str], int] = utf8_length if name == "mymemory" else len
        self._has_key = bool(self._key)
        self._secrets.sort(key=len, reverse=True)
        self._session: requests.Session | None = None

    def __repr__(self) -> str:
        return f"CloudEngine({self.name!r}, {self.detail!r})"

    def prepare(self) -> None:
        pass  # the session opens with the first request

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def translate(self, texts: list[str]) -> Iterator[str]:
        """Translations in order, one request per piece, yielded as each text is done."""
        for text in texts:
            if not text.strip():
                yield text
                continue
            body = text.strip()
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            pieces = split_text(body, self._limit, self._measure)
            yield lead + " ".join(self._translate_piece(piece) for piece in pieces) + trail

    # -- the adapters: deep-translator's requests, and how each answer is read -----------------

    def _request(self, piece: str) -> Request:
        if self.name == "google":
            return Request("GET", self._url, params={"sl": self.source, "tl": self.target, "q": piece})
        if self.name == "mymemory":
            params = {"langpair": f"{self.source}|{self.target}", "q": piece}
            return Request("GET", self._url, params={**params, "de": self._key} if self._key else params)
        if self.name == "deepl":
            return Request("POST", self._url + "translate", headers={"Authorization": f"DeepL-Auth-Key {self._key}"},
                           data={"text": piece, "source_lang": self.source, "target_lang": self.target})
        if self.name == "microsoft":
            headers = {"Ocp-Apim-Subscription-Key": self._key}
            if self._region:
                headers["Ocp-Apim-Subscription-Region"] = self._region
            return Request("POST", self._url, params={"from": self.source, "to": self.target},
                           json=[{"text": piece}], headers=headers)
        data = {"q": piece, "source": self.source, "target": self.target, "format": "text"}
        return Request("POST", self._url + "translate", data={**data, "api_key": self._key} if self._key else data)

    def _read(self, answer: Answer) -> str | None:
        """The translation in a successful answer (None when there is none)."""
        if self.name == "google":
            page = BeautifulSoup(answer.text, "html.parser")
            element = page.find("div", {"class": "t0"}) or page.find("div", {"class": "result-container"})
            return element.get_text(strip=True) if element is not None else None
        data = answer.json()
        if self.name == "mymemory" and isinstance(data, dict):
            # MyMemory answers some errors (quota used up, bad language pair) with HTTP 200.
            try:
                status = int(data.get("responseStatus", 200))
            except (TypeError, ValueError):
                status = 200
            if status != 200:
                raise _Failure(*self._http_failure(status, _short(str(data.get("responseDetails") or "")),
                                                   _display_url(answer.url)))
            response = data.get("responseData")
            return response.get("translatedText") if isinstance(response, dict) else None
        try:
            if self.name == "deepl":
                return data["translations"][0]["text"]
            if self.name == "microsoft":
                return "\n".join(item["text"] for item in data[0]["translations"])
            return data["translatedText"]
        except (KeyError, IndexError, TypeError):
            return None

    # -- one request, with retries ---------------------------------------------------------

    def _translate_piece(self, piece: str) -> str:
        for attempt in range(1, self.attempts + 1):
            try:
                return self._attempt(piece)
            except _Failure as failure:
                if not failure.retryable or attempt == self.attempts:
                    raise EngineError(self._message(failure.describe(attempt))) from None
            time.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    def _attempt(self, piece: str) -> str:
        request = self._request(piece)
        answer = self._send(request, ANSWER_BYTES[0] + ANSWER_BYTES[1] * utf8_length(piece))
        url = _display_url(answer.url)
        if not 200 <= answer.status < 300:
            raise _Failure(*self._http_failure(answer.status, _server_detail(answer.json()), url))
        translation = self._read(answer)
        if not isinstance(translation, str):
            raise _Failure(False, lambda n: (f"unexpected answer from {url} (HTTP {answer.status}, no translation "
                                             f"in it): the service may have changed; {FALLBACK}"))
        translation = translation.strip()
        if not translation:
            raise _Failure(False, lambda n: f"empty answer from {url} for a text of {len(piece)} characters: {FALLBACK}")
        if len(translation) > TRANSLATION_CHARACTERS[0] + TRANSLATION_CHARACTERS[1] * len(piece):
            raise _Failure(False, lambda n: (f"refused an answer from {url} of {len(translation):,} characters for "
                                             f"a text of {len(piece):,}: {FALLBACK}"))
        return translation

    def _send(self, request: Request, max_bytes: int) -> Answer:
        """The whole answer within self.timeout seconds (connection included) and max_bytes.

        Socket timeouts bound each read only, so the exchange runs in a helper thread that is
        given up (with its session) at the deadline, whatever the server drips, even headers.
        """
        if self._session is None:
            self._session = requests.Session()
        outcome: list = []
        deadline = time.monotonic() + self.timeout

        def exchange():
            try:
                outcome.append(self._exchange(self._session, request, max_bytes, deadline))
            except BaseException as error:  # handed to the calling thread
                outcome.append(error)

        worker = threading.Thread(target=exchange, daemon=True)
        worker.start()
        worker.join(self.timeout)
        if not outcome:
            self._session = None  # the helper may still hold a connection of it
            raise _Failure(False, self._timed_out(_display_url(request.url)))
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _exchange(self, session: requests.Session, request: Request, max_bytes: int, deadline: float) -> Answer:
        url = _display_url(request.url)
        try:
            response = session.request(request.method, request.url, params=request.params,
                                             data=request.data, json=request.json, headers=request.headers,
                                             timeout=(self.timeout, self.timeout), stream=True)
        except requests.exceptions.RequestException as error:
            raise _Failure(*self._network_failure(error, url)) from None
        try:
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise _Failure(False, self._timed_out(url))
                chunk = response.raw.read1(65536, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise _Failure(False, lambda n: (f"refused an answer from {url} of more than {max_bytes:,} "
                                                     f"bytes: {FALLBACK}"))
                chunks.append(chunk)
        except (requests.exceptions.RequestException, OSError, http.client.HTTPException) as error:
            raise _Failure(*self._network_failure(error, url)) from None
        except Exception as error:  # urllib3's own errors (protocol, decoding) share no base here
            if type(error).__module__.startswith("urllib3"):
                raise _Failure(*self._network_failure(error, url)) from None
            raise
        finally:
            response.close()
        return Answer(response.url, response.status_code, b"".join(chunks), response.encoding or "utf-8")

    # -- turning failures into one line ----------------------------------------------------

    def _timed_out(self, url: str) -> Callable[[int], str]:
        return lambda n: (f"no complete answer from {url} within {self.timeout:g} s (timeout): "
                          f"try again later or {FALLBACK}")

    def _network_failure(self, error: BaseException, url: str):
        where = f"check {self._url_variable}, or {FALLBACK}" if self._url_variable else \
            f"check the network, or {FALLBACK}"
        kind = _network_kind(error)
        if kind == "timeout":
            return False, self._timed_out(url)
        if kind == "reset":
            return True, lambda n: f"connection to {url} reset{_after(n)}: try again later or {FALLBACK}"
        if kind == "invalid":
            return False, lambda n: f"invalid URL {url!r}: check {self._url_variable or 'the URL'}"
        reason = {"refused": "connection refused", "dns": "host name not found",
                  "tls": "TLS/SSL error"}.get(kind) or _short(_describe(error))
        return False, lambda n: f"cannot reach {url}: {reason} ({where})"

    def _http_failure(self, status: int, detail: str, url: str):
        code = f"HTTP {status}: {detail}" if detail else f"HTTP {status}"
        if status == 429:
            hint = " (setting MYMEMORY_EMAIL raises the daily quota)" \
                if self.name == "mymemory" and not self._has_key else ""
            return True, lambda n: f"rate limited ({code}){_after(n)}: try again later or {FALLBACK}{hint}"
        if status >= 500:
            return True, lambda n: f"server error ({code}){_after(n)}: try again later or {FALLBACK}"
        if status in (401, 403):
            if self.name in KEY_VARIABLES and self._has_key:
                return False, lambda n: f"rejected the API key ({code}): check {KEY_VARIABLES[self.name]}"
            if self.name == "libre":
                return False, lambda n: (f"refused the request ({code}): the server may need an API "
                                         f"key: set LIBRETRANSLATE_API_KEY")
            return False, lambda n: f"refused the request ({code}): try again later or {FALLBACK}"
        if status == 456 and self.name == "deepl":
            return False, lambda n: f"quota exceeded ({code}): check your DeepL plan or {FALLBACK}"
        if status == 404:
            check = f"check {self._url_variable}" if self._url_variable else FALLBACK
            return False, lambda n: f"nothing at {url} ({code}): {check}"
        return False, lambda n: (f"rejected the request for {self.detail} ({code}): "
                                 f"check the languages or {FALLBACK}")

    def _message(self, text: str) -> str:
        return self._redact(" ".join(f"{self.name}: {text}".split()))

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            for form in {secret, quote(secret, safe=""), quote_plus(secret, safe=""), quote(secret)}:
                text = text.replace(form, "***")
        return text


def _directory(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _server_detail(data) -> str:
    """The service's own error message, when it sends one as JSON."""
    if isinstance(data, dict):
        for value in (data.get("message"), data.get("error"), data.get("responseDetails"),
                      data.get("detail")):
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value.strip():
                return _short(value)
    return ""


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {_short(text)}" if text else type(error).__name__


def _network_kind(error: BaseException) -> str:
    if isinstance(error, requests.exceptions.Timeout):
        return "timeout"
    if isinstance(error, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                          requests.exceptions.InvalidSchema)):
        return "invalid"
    kinds = []
    for cause in _causes(error):
        if isinstance(cause, ConnectionRefusedError):
            kinds.append("refused")
        elif isinstance(cause, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                                http.client.RemoteDisconnected)):
            kinds.append("reset")
        elif isinstance(cause, socket.gaierror) or type(cause).__name__ == "NameResolutionError":
            kinds.append("dns")
        elif isinstance(cause, (ssl.SSLError, requests.exceptions.SSLError)):
            kinds.append("tls")
        elif isinstance(cause, TimeoutError) or type(cause).__name__ in ("ReadTimeoutError", "ConnectTimeoutError"):
            kinds.append("timeout")
    for kind in ("timeout", "refused", "dns", "tls", "reset"):
        if kind in kinds:
            return kind
    if isinstance(error, requests.exceptions.ConnectionError) and "aborted" in str(error).lower():
        return "reset"
    return "other"


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and everything it wraps (requests and urllib3 nest them in args and .reason)."""
    seen, stack = set(), [error]
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        stack.extend([item.__cause__, item.__context__, getattr(item, "reason", None), *item.args])


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _after(attempts: int) -> str:
    return f" after {attempts} attempt{'s' if attempts != 1 else ''}"


def _display_url(url: str) -> str:
    """The URL without credentials, query or fragment (they may hold keys or the text)."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.hostname:
        return url.split("?")[0]
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return f"{parts.scheme}://{host}{parts.path}"
