"""`python bench/merge.py OLD.po NEW.pot OUT.po`: our merge of one catalog, as `i18n extract`
runs it (read, merge, write in GNU format), for comparison with `msgmerge --previous`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from i18n.runtime.filesafe import atomic_write
from i18n.memory.exact import TranslationMemory
from i18n.catalogs.merge import merge_catalog
from i18n.catalogs.pofile import gnu_format, read_catalog


def main(old: str, template: str, out: str) -> None:
    merged = merge_catalog(read_catalog(Path(template)), read_catalog(Path(old)), "es",
                           TranslationMemory(()), dt.datetime.now(dt.timezone.utc))
    atomic_write(Path(out), gnu_format(merged, out))


if __name__ == "__main__":
    main(*sys.argv[1:])
