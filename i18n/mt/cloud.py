"""Cloud engines through deep-translator: Google, DeepL, Microsoft, MyMemory, LibreTranslate.

deep-translator (1.11) gives each service a class, but no timeout, no retries, exceptions with
no common base class (some of them carrying the API key, or a URL holding it), and a few
traps; this module wraps the real classes so that every engine:

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

  `I18N_<NAME>_URL` replaces the URL deep-translator would call (for proxies and gateways):
  Google `https://translate.google.com/m`, DeepL `https://api.deepl.com/v2/` ("translate" is
  appended), Microsoft `https://api.cognitive.microsofttranslator.com/translate?api-version=3.0`,
  MyMemory `https://api.mymemory.translated.net/get`;
- maps our language codes ("es", "es-US", "pt_BR") to the service's;
- splits texts over the service's length limit at sentence boundaries;
- bounds every request by a timeout, retries 429, 5xx and connection resets with exponential
  backoff, and turns every failure into one single-line `EngineError` naming the engine and
  what to do, with every configured secret replaced by "***".
"""

from __future__ import annotations

import http.client
import logging
import os
import re
import socket
import ssl
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, Mapping
from urllib.parse import quote, quote_plus, urlsplit

import requests
from deep_translator import (
    DeeplTranslator,
    GoogleTranslator,
    LibreTranslator,
    MicrosoftTranslator,
    MyMemoryTranslator,
)
from deep_translator.constants import GOOGLE_LANGUAGES_TO_CODES, MY_MEMORY_LANGUAGES_TO_CODES

from . import EngineError

FALLBACK = "use --engine apertium"

# Characters per request. deep-translator refuses Google texts of 5,000 characters or more and
# MyMemory texts of 500 or more (`len(text) < max_chars`); MyMemory's own limit is 500 bytes of
# UTF-8, so its pieces are measured in bytes. DeepL, Microsoft and LibreTranslate accept much
# more, but DeepL and LibreTranslate get the text in the URL through deep-translator.
LIMITS = {"google": 4999, "mymemory": 499, "deepl": 5000, "microsoft": 5000, "libre": 5000}
DEFAULT_URLS = {
    "google": "https://translate.google.com/m",
    "deepl": "https://api.deepl.com/v2/",
    "deepl-free": "https://api-free.deepl.com/v2/",
    "microsoft": "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0",
    # deep-translator calls MyMemory over plain http, which would send MYMEMORY_EMAIL in clear.
    "mymemory": "https://api.mymemory.translated.net/get",
}
KEY_VARIABLES = {
    "deepl": "DEEPL_API_KEY",
    "microsoft": "MICROSOFT_TRANSLATOR_KEY and MICROSOFT_TRANSLATOR_REGION",
    "libre": "LIBRETRANSLATE_API_KEY",
}


class CloudEngine:
    """One cloud service behind the engine interface (see i18n/mt/__init__.py)."""

    offline = False

    def __init__(self, name: str, source: str, target: str, *, timeout: float = 10.0,
                 retries: int = 3, backoff: float = 0.5, environ: Mapping[str, str] | None = None):
        if name not in LIMITS:
            raise EngineError(f"unknown cloud engine {name!r}: choose one of {', '.join(LIMITS)}")
        self.name = name
        self.timeout = float(timeout)
        self.attempts = max(1, int(retries))  # attempts per request, the first one included
        self.backoff = float(backoff)
        env = os.environ if environ is None else environ
        self._secrets: list[str] = []
        self._url_variable: str | None = None  # the variable that set the URL, if any

        def setting(variable: str, required: bool = False, secret: bool = False) -> str | None:
            value = (env.get(variable) or "").strip() or None
            if value is None and required:
                raise EngineError(f"{name}: set the environment variable {variable} "
                                  f"(or {FALLBACK})")
            if value is not None and secret:
                self._secrets.append(value)
            return value

        def url_override() -> str | None:
            variable = f"I18N_{name.upper()}_URL"
            url = setting(variable)
            if url:
                self._url_variable = variable
                self._add_url_secrets(url)
            return url

        self.source, self.target = _codes(name, source, target)
        self.detail = f"{self.source}-{self.target}".lower()
        # The translator is built with "auto" and given the codes afterwards: deep-translator's
        # language tables are out of date for DeepL (no EN-US, PT-BR...) and LibreTranslate
        # (a self-hosted server has its own), and Microsoft's is downloaded (see _Microsoft).
        # For these the service judges the codes; _codes() checks Google's and MyMemory's.
        if name == "google":
            translator = GoogleTranslator(source="auto", target="auto")
            self._url = url_override() or DEFAULT_URLS["google"]
        elif name == "mymemory":
            email = setting("MYMEMORY_EMAIL", secret=True)
            translator = MyMemoryTranslator(source="auto", target="auto", email=email)
            self._url = url_override() or DEFAULT_URLS["mymemory"]
        elif name == "deepl":
            key = setting("DEEPL_API_KEY", required=True, secret=True)
            free = key.endswith(":fx")  # deep-translator defaults to the free endpoint
            translator = DeeplTranslator(source="auto", target="auto", api_key=key, use_free_api=free)
            url = url_override() or DEFAULT_URLS["deepl-free" if free else "deepl"]
            self._url = url if url.endswith("/") else url + "/"
        elif name == "microsoft":
            key = setting("MICROSOFT_TRANSLATOR_KEY", required=True, secret=True)
            region = setting("MICROSOFT_TRANSLATOR_REGION")  # needed by regional resources only
            translator = _Microsoft(source="auto", target="auto", api_key=key, region=region)
            url = url_override() or DEFAULT_URLS["microsoft"]
            if "api-version=" not in url:
                url += ("&" if "?" in url else "?") + "api-version=3.0"
            self._url = url
        else:  # libre
            url = setting("LIBRETRANSLATE_URL", required=True)
            self._url_variable = "LIBRETRANSLATE_URL"
            self._add_url_secrets(url)
            key = setting("LIBRETRANSLATE_API_KEY", secret=True)
            # deep-translator refuses to build without a key, then sends one only if set.
            translator = LibreTranslator(source="auto", target="auto", api_key=key or "unused",
                                         custom_url="http://unused/")
            translator.api_key = key
            url = re.sub(r"/translate/?$", "", url)
            self._url = url if url.endswith("/") else url + "/"
        # deep-translator keeps the URL in `_base_url` (DeepL and Libre append "translate").
        translator._base_url = self._url
        translator.source, translator.target = self.source, self.target
        self._translator = translator
        self._limit = LIMITS[name]
        self._measure: Callable[[str], int] = _utf8_length if name == "mymemory" else len
        # A key (MyMemory: an e-mail address) is configured; only Libre's key is optional.
        self._has_key = bool(getattr(translator, "api_key", None) or getattr(translator, "email", None))
        self._secrets.sort(key=len, reverse=True)

    def __repr__(self) -> str:
        return f"CloudEngine({self.name!r}, {self.detail!r})"

    def prepare(self) -> None:
        pass  # nothing to start: each request stands alone

    def close(self) -> None:
        pass

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

    # -- one request, with retries ---------------------------------------------------------

    def _translate_piece(self, piece: str) -> str:
        for attempt in range(1, self.attempts + 1):
            with _http_defaults(self.timeout, self._redact) as calls:
                try:
                    result = self._translator.translate(piece)
                    self._check_answer(calls)
                    return self._result(result, piece)
                except _Answer as answer:
                    retryable, describe = self._http_failure(answer.status, answer.detail, calls)
                except Exception as error:  # deep-translator's exceptions share no base class
                    retryable, describe = self._classify(error, calls)
            if not retryable or attempt == self.attempts:
                raise EngineError(self._message(describe(attempt))) from None
            time.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    def _result(self, result, piece: str) -> str:
        if result is None and self.name == "google":
            # GoogleTranslator returns None when the answer equals a text without letters or
            # digits ("—", "…"): the translation is the text itself.
            return piece
        if not isinstance(result, str):
            raise _Unexpected(f"no translation in the answer ({type(result).__name__})")
        return result.strip()

    def _check_answer(self, calls: "_Calls") -> None:
        """Errors that deep-translator takes for translations."""
        if self.name != "mymemory" or calls.response is None:
            return
        # MyMemory answers some errors (quota used up, bad language pair) with HTTP 200 and a
        # `responseStatus`; deep-translator returns their `translatedText` as the translation.
        try:
            data = calls.response.json()
            status = int(data.get("responseStatus", 200))
        except (ValueError, TypeError, AttributeError):
            return
        if status != 200:
            raise _Answer(status, _short(str(data.get("responseDetails") or "")))

    # -- turning failures into one line ----------------------------------------------------

    def _classify(self, error: Exception, calls: "_Calls"):
        """(retryable, describe(attempts) -> message) for any exception of one attempt."""
        url = _display_url(calls.url or self._url)
        where = f"check {self._url_variable}, or {FALLBACK}" if self._url_variable else \
            f"check the network, or {FALLBACK}"
        failure = calls.error
        if failure is not None:
            kind = _network_kind(failure)
            if kind == "timeout":
                return False, lambda n: (f"no answer from {url} within {self.timeout:g} s (timeout): "
                                         f"try again later or {FALLBACK}")
            if kind == "reset":
                return True, lambda n: (f"connection to {url} reset{_after(n)}: "
                                        f"try again later or {FALLBACK}")
            if kind == "invalid":
                return False, lambda n: f"invalid URL {url!r}: check {self._url_variable or 'the URL'}"
            reason = {"refused": "connection refused", "dns": "host name not found",
                      "tls": "TLS/SSL error"}.get(kind) or _short(_describe(failure))
            return False, lambda n: f"cannot reach {url}: {reason} ({where})"
        response = calls.response
        if response is not None and not 200 <= response.status_code < 300:
            return self._http_failure(response.status_code, _server_detail(response), calls)
        if isinstance(error, _Unexpected) or response is not None:
            status = f"HTTP {response.status_code}, " if response is not None else ""
            return False, lambda n: (f"unexpected answer from {url} ({status}{_describe(error)}): "
                                     f"the service may have changed; {FALLBACK}")
        return False, lambda n: f"translation failed ({_describe(error)}): {FALLBACK}"

    def _http_failure(self, status: int, detail: str, calls: "_Calls"):
        url = _display_url(calls.url or self._url)
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

    def _add_url_secrets(self, url: str) -> None:
        parts = urlsplit(url)
        self._secrets.extend(value for value in (parts.password,) if value)


class _Microsoft(MicrosoftTranslator):
    """The real MicrosoftTranslator, without its language download.

    Its constructor GETs the language list from a fixed Microsoft URL: without timeout, past
    any base-URL override, on every construction. The service checks the codes itself.
    """

    def _get_supported_languages(self):
        return {}


class _Answer(Exception):
    """An error status found in an answer deep-translator accepted."""

    def __init__(self, status: int, detail: str):
        super().__init__(status, detail)
        self.status, self.detail = status, detail


class _Unexpected(Exception):
    """An answer without a translation."""


# -- requests: a timeout, and a record of what happened ----------------------------------------

class _Calls:
    """What the HTTP layer saw during one attempt (deep-translator may swallow or mangle it)."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.url: str | None = None
        self.response: requests.Response | None = None
        self.error: BaseException | None = None


_local = threading.local()
_patch_lock = threading.Lock()
_patch_users = 0
_original_request = requests.Session.request


def _request_with_defaults(self, method, url, *args, **kwargs):
    calls: _Calls | None = getattr(_local, "calls", None)
    if calls is None:  # another thread, or code outside our calls: untouched
        return _original_request(self, method, url, *args, **kwargs)
    if len(args) > 6:  # timeout given by position (params, data, headers, cookies, files, auth)
        if args[6] is None:
            args = (*args[:6], calls.timeout, *args[7:])
    elif kwargs.get("timeout") is None:
        kwargs["timeout"] = calls.timeout
    calls.url = url
    try:
        response = _original_request(self, method, url, *args, **kwargs)
    except BaseException as error:
        calls.error = error
        raise
    calls.response = response
    return response


class _RedactingFilter(logging.Filter):
    """urllib3 logs request URLs at DEBUG level, and DeepL's carries the key.

    Also drops MicrosoftTranslator's "Returned error: ConnectionError" warning on the root
    logger: the EngineError that follows says it better.
    """

    def __init__(self, redact: Callable[[str], str]):
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        if f"{os.sep}deep_translator{os.sep}" in record.pathname:
            return False
        message = record.getMessage()
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


@contextmanager
def _http_defaults(timeout: float, redact: Callable[[str], str]) -> Iterator[_Calls]:
    """During our call, give every request a timeout and record its outcome.

    deep-translator calls `requests.get/post` without `timeout` (so a silent server hangs us
    forever) and gives no access to its session; `requests.get` ends in
    `requests.Session.request`, so that is patched for the duration of the call. The patch
    only acts in the calling thread, and never overrides a timeout the caller gave.
    """
    global _patch_users
    calls = _Calls(timeout)
    log_filter = _RedactingFilter(redact)
    loggers = [logging.getLogger(name) for name in ("urllib3.connectionpool", "urllib3.util.retry", "")]
    with _patch_lock:
        if _patch_users == 0:
            requests.Session.request = _request_with_defaults
        _patch_users += 1
    previous = getattr(_local, "calls", None)
    _local.calls = calls
    for logger in loggers:
        logger.addFilter(log_filter)
    try:
        yield calls
    finally:
        for logger in loggers:
            logger.removeFilter(log_filter)
        _local.calls = previous
        with _patch_lock:
            _patch_users -= 1
            if _patch_users == 0:
                requests.Session.request = _original_request


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
        elif isinstance(cause, TimeoutError):
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


def _server_detail(response: requests.Response) -> str:
    """The service's own error message, when it sends one as JSON."""
    try:
        data = response.json()
    except ValueError:
        return ""
    if isinstance(data, dict):
        for value in (data.get("message"), data.get("error"), data.get("responseDetails"),
                      data.get("detail")):
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value.strip():
                return _short(value)
    return ""


def _describe(error: BaseException) -> str:
    # deep-translator's own errors print "<value> --> <message>", the value being the text.
    text = getattr(error, "message", None) if type(error).__module__.startswith("deep_translator") else None
    text = text if isinstance(text, str) else str(error)
    return f"{type(error).__name__}: {_short(text)}" if text else type(error).__name__


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


# -- language codes ----------------------------------------------------------------------------

_GOOGLE_ALIASES = {"he": "iw", "jv": "jw", "fil": "tl", "nb": "no", "nn": "no", "zh": "zh-CN"}
_TRADITIONAL = {"TW", "HK", "MO", "HANT"}


def _split_code(code: str) -> tuple[str, str]:
    """("pt", "BR") for "pt_BR", "pt-br"; ("zh", "HANT") for "zh-Hant"; ("es", "") for "es"."""
    parts = code.strip().replace("_", "-").split("-")
    language = parts[0].lower()
    region = parts[-1].upper() if len(parts) > 1 else ""
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise EngineError(f"not a language code: {code!r}")
    return language, region


def _codes(engine: str, source: str, target: str) -> tuple[str, str]:
    return _code(engine, source, is_source=True), _code(engine, target, is_source=False)


def _code(engine: str, code: str, is_source: bool) -> str:
    language, region = _split_code(code)
    if engine == "google":
        if language == "zh":
            mapped = "zh-TW" if region in _TRADITIONAL else "zh-CN"
        else:
            mapped = _GOOGLE_ALIASES.get(language, language)
        if mapped not in GOOGLE_LANGUAGES_TO_CODES.values():
            raise EngineError(f"google: no support for language {code!r} (choose another --engine)")
        return mapped
    if engine == "mymemory":
        known = MY_MEMORY_LANGUAGES_TO_CODES.values()
        if region and f"{language}-{region}" in known:
            return f"{language}-{region}"
        if not any(value.split("-")[0] == language for value in known):
            raise EngineError(f"mymemory: no support for language {code!r} (choose another --engine)")
        return language
    if engine == "deepl":
        # Sources have no variants; targets EN-GB/EN-US, PT-BR/PT-PT, ZH-HANS/ZH-HANT, ES-419.
        if not is_source:
            if language in ("en", "pt") and region in {"GB", "US", "BR", "PT"}:
                return f"{language}-{region}".upper()
            if language == "zh" and region:
                return "ZH-HANT" if region in _TRADITIONAL else "ZH-HANS"
            if language == "es" and region == "419":
                return "ES-419"
        return language.upper()
    if engine == "microsoft":
        if language == "zh":
            return "zh-Hant" if region in _TRADITIONAL else "zh-Hans"
        if language == "pt" and region == "PT":
            return "pt-pt"
        if language == "fr" and region == "CA":
            return "fr-ca"
        return language
    # LibreTranslate (Argos models): plain codes, "zt" for traditional Chinese.
    if language == "zh" and region in _TRADITIONAL:
        return "zt"
    return language


# -- length limits -----------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"""([.!?…]+["'”’»)\]]*)\s+|([。！？]+)\s*""")
_SPACE = re.compile(r"\s+")


def _utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


def _fit(text: str, limit: int, measure: Callable[[str], int]) -> int:
    """The longest prefix length (in characters) whose measure is within the limit."""
    if measure is len:
        return min(limit, len(text))
    total = 0
    for index, char in enumerate(text):
        total += measure(char)
        if total > limit:
            return index
    return len(text)


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Pieces of text within the limit, cut after the last sentence that fits.

    A sentence longer than the limit is cut at the last space before the limit (or, without
    a space, at the limit). Joining the pieces with spaces gives the text back, up to the
    whitespace at the cuts.
    """
    text = text.strip()
    pieces = []
    while measure(text) > limit:
        fits = _fit(text, limit, measure)
        cut = 0
        for match in _SENTENCE_END.finditer(text):
            sentence_end = match.end(1) if match.group(1) else match.end(2)
            if sentence_end > fits:
                break
            cut = match.end()
        if cut == 0:
            spaces = [match for match in _SPACE.finditer(text, 0, fits + 1) if match.start() > 0]
            cut = spaces[-1].end() if spaces else max(fits, 1)
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces
