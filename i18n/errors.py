"""Typed errors of the core. The CLI maps them to messages and exit codes."""


class I18nError(Exception):
    """A user-facing problem: bad input, missing tool, stale state."""

    exit_code = 1


class SourceError(I18nError):
    """A release source or configuration file is invalid: `path:line: message`."""

    exit_code = 2

    def __init__(self, path, line, message):
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


class InputRefused(SourceError):
    """A file not read at all: larger than the limit, or not a regular file (a device, a pipe)."""


class FormatStringError(SourceError):
    """A reviewed python-format translation whose arguments do not fit its msgid."""


class SettingsError(SourceError):
    """Every mistake in pyproject.toml's [tool.i18n] at once: `errors`, each `path:line: message`."""

    def __init__(self, errors: list[SourceError]):
        super().__init__(errors[0].path, errors[0].line, errors[0].message)
        self.errors = errors
        self.args = ("\n".join(str(error) for error in errors),)


class NotARelease(SourceError):
    """`i18n import` refused a file: what it recognised, and where recognition stopped (line, text)."""

    def __init__(self, path, line, message, recognised=(), removed=(), stopped=(0, "")):
        super().__init__(path, line, message)
        self.recognised = list(recognised)
        self.removed = list(removed)
        self.stopped = stopped


class UnsafePath(I18nError):
    """A place a command would write is a symbolic link: refused before anything is written."""

    exit_code = 2


class ToolError(I18nError):
    """A required external program (GNU gettext) is missing or failed."""


class LockBusyError(I18nError):
    """Another i18n command holds the repository lock."""


class WriteError(I18nError):
    """A file could not be written (disk full, read-only folder, a folder in the way)."""


class UsageError(I18nError):
    """An option names what does not exist (a release slug): exit 2, nothing written."""

    exit_code = 2


def excerpt(text: str, width: int = 60) -> str:
    """The text on one line, cut to width characters with "…" when longer: a message's
    reminder of which paragraph it means."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
