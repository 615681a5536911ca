"""`i18n translate` gives the same drafts, byte for byte, as the drafting that sent every
segment to Apertium in one batch after reading all catalogs (tests/data/drafts-golden/ was
written by it): streaming the catalogs to the engine, translating each distinct text once and
the faster masking change no draft."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import require_apertium

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "drafts-golden"
SOURCES = ["daca-ruling", "hurricane-fema", "election-poll-workers"]


@pytest.fixture(scope="module", autouse=True)
def _apertium():
    require_apertium()


def add_releases(root: Path) -> None:
    """The development set's English as releases, the first one twice (every text repeated)."""
    for day, name in enumerate(SOURCES + SOURCES[:1], 1):
        title, _, body = (DATA / "mt-dev" / f"{name}.en.md").read_text(encoding="utf-8").partition("\n\n")
        front = (f"---\ntitle: {title}\ndate: 2024-03-{day:02d}\ndateline: HOUSTON\n"
                 f"contacts:\n  - name: Ana Ruiz\n    phone: (555) 010-0100\nabout: [alianza-americas]\n---\n")
        (root / "releases" / f"2024-03-{day:02d}-{name}.md").write_text(front + body, encoding="utf-8")


def without_revision_date(data: bytes) -> bytes:
    return re.sub(rb'"PO-Revision-Date: [^"]*"', b'"PO-Revision-Date: -"', data)


def test_drafts_are_those_of_the_batch_drafting(project, run_cli):
    add_releases(project)
    assert run_cli(project, "extract").exit_code in (0, 1)
    result = run_cli(project, "translate")
    assert result.exit_code == 0, result.output
    catalogs = sorted((project / "locales" / "es" / "LC_MESSAGES").rglob("*.po"), key=lambda path: path.name)
    assert [path.name for path in catalogs] == sorted(path.name for path in GOLDEN.glob("*.po"))
    for path in catalogs:
        assert without_revision_date(path.read_bytes()) == (GOLDEN / path.name).read_bytes(), path.name
