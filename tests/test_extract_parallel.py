"""A cold extract of a large archive makes and writes its catalogs on every core: the same
bytes as one release at a time, every catalog a GNU msgcat fixed point."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from conftest import REPO, gnu

sys.path.insert(0, str(REPO / "bench"))
from corpus import write_corpus  # noqa: E402

from i18n.extract import PARALLEL_MIN  # noqa: E402


def catalogs(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes()
            for path in sorted((root / "locales").rglob("*.po*"))}


def test_parallel_cold_extract_writes_what_a_serial_one_writes(tmp_path, run_cli):
    root = tmp_path / "archive"
    root.mkdir()
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    sources = write_corpus(root, PARALLEL_MIN + 10)

    result = run_cli(root, "extract")  # every release is new: made on every core
    assert result.exit_code == 0, result.output
    parallel = catalogs(root)
    assert len(parallel) == 2 * len(sources) + 4  # a template and a Spanish catalog each; about, site

    # The catalogs of a few releases made again, one at a time (too few for a pool).
    again = [path.stem for path in sources[::25]]
    for path in (root / "locales").rglob("*.po*"):
        if path.stem in again:
            path.unlink()
    shutil.rmtree(root / ".i18n-cache")
    result = run_cli(root, "extract")
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"{len(parallel)} catalogs, {2 * len(again)} updated\n")
    assert catalogs(root) == parallel

    for name in [name for name in parallel if Path(name).stem in again][:4]:
        formatted = gnu("msgcat", "--width=79", str(root / name))
        assert formatted.returncode == 0 and formatted.stdout == parallel[name], name
