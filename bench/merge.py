"""`python bench/merge.py OLD.po NEW.pot OUT.po`: our merge of one catalog, as `i18n extract`
runs it (read, merge, write in GNU format), for comparison with `msgmerge --previous`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from i18n import catalogs


def main(old: str, template: str, out: str) -> None:
    merged = catalogs.merge_catalog(catalogs.read_catalog(Path(template)), catalogs.read_catalog(Path(old)), "es",
                                    catalogs.TranslationMemory(()), dt.datetime.now(dt.timezone.utc))
    catalogs.atomic_write(Path(out), catalogs.gnu_format(merged, out))


if __name__ == "__main__":
    main(*sys.argv[1:])
