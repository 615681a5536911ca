"""The translation memory's speed: drafting new releases against the memory of a large
reviewed archive, against `msgmerge --compendium` with the same memory.

    python bench/memory.py setup ROOT [MEMORY] [NEW]   the archive (once; slow)
    python bench/memory.py draft ROOT                  our memory step, as `i18n translate` runs it

`setup` writes MEMORY (10,000) synthetic releases (bench/corpus.py), extracts them and makes
every entry of their Spanish catalogs reviewed; then NEW (100) new releases that repeat some
of the archive's paragraphs, exactly or with one word changed, and extracts those too. It
keeps the new catalogs as they are before drafting (ROOT/pristine/) and, for msgmerge, the
reviewed catalogs concatenated with msgcat (ROOT/MEMORY.po) and the new templates in one
file (ROOT/NEW.pot).

`draft` is the memory step of `i18n translate` alone: plan_drafts (the memory loaded, every
catalog's empty entries looked up in it) and the memory drafts written, without an engine,
so that the engine's time is not counted (the entries the memory cannot answer stay empty).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import discard, release_text, write_corpus  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
I18N = [sys.executable, "-m", "i18n"]
WORDS = ["new", "local", "federal", "urgent", "recent"]


def _blocks(text: str) -> tuple[str, list[str]]:
    front, _, body = text.partition("\n---\n")
    return front + "\n---\n", body.split("\n\n")


def _reviewed(root: Path) -> None:
    """Every entry of every Spanish catalog translated and reviewed (a stand-in translation)."""
    sys.path.insert(0, str(REPO))
    from i18n.catalogs.pofile import read_catalog, save_catalog

    for path in sorted((root / "locales" / "es").rglob("*.po")):
        catalog = read_catalog(path)
        for entry in catalog:
            if entry.msgid and not entry.msgstr and not entry.msgid_plural:
                entry.msgstr = "ES " + " ".join(reversed(entry.msgid.split(" ")))
            if entry.msgid_plural:
                entry.msgstr_plural = {0: "ES " + entry.msgid, 1: "ES " + entry.msgid_plural}
        save_catalog(catalog, path, None)


def setup(root: Path, memory: int = 10000, new: int = 100) -> None:
    discard(root)
    root.mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    old = write_corpus(root, memory)
    subprocess.run(I18N + ["extract"], cwd=root, check=True, capture_output=True)
    _reviewed(root)
    subprocess.run(["msgcat", "--use-first", "-o", "MEMORY.po"]
                   + [str(p.relative_to(root)) for p in sorted((root / "locales" / "es").rglob("*.po"))],
                   cwd=root, check=True)
    # The new releases: a third of their paragraphs from the archive, half of those with a word changed.
    rng = random.Random("memory-bench")
    names = []
    for index in range(memory, memory + new):
        name, text = release_text(index)
        front, blocks = _blocks(text)
        for position in range(1, len(blocks)):
            if rng.random() < 0.33:
                _front, donor = _blocks(old[rng.randrange(len(old))].read_text(encoding="utf-8"))
                block = donor[rng.randrange(1, len(donor))]
                if rng.random() < 0.5:
                    words = block.split(" ")
                    words[rng.randrange(len(words))] = rng.choice(WORDS)
                    block = " ".join(words)
                blocks[position] = block
        (root / "releases" / name).write_text(front + "\n\n".join(blocks), encoding="utf-8")
        names.append(name[:-3])
    subprocess.run(I18N + ["extract"], cwd=root, check=True, capture_output=True)
    pristine = root / "pristine"
    pristine.mkdir()
    for name in names:
        shutil.copy(root / "locales" / "es" / "LC_MESSAGES" / "releases" / f"{name}.po", pristine / f"{name}.po")
    subprocess.run(["msgcat", "--use-first", "-o", "NEW.pot"]
                   + [f"locales/templates/releases/{name}.pot" for name in names], cwd=root, check=True)


def restore(root: Path) -> None:
    """The new catalogs as they were before drafting."""
    for path in (root / "pristine").glob("*.po"):
        shutil.copy(path, root / "locales" / "es" / "LC_MESSAGES" / "releases" / path.name)


def draft(root: Path) -> int:
    """Our memory step, as `i18n translate` runs it; the number of memory drafts."""
    sys.path.insert(0, str(REPO))
    from i18n.config import load_config
    from i18n.mt.drafting import _apply_memory, plan_drafts
    from i18n.catalogs.pofile import save_catalog

    plan = plan_drafts(load_config(root), "es", True)
    for work in plan.work:  # as run_drafts does, without the engine's drafts
        for entry, match in work.remembered:
            _apply_memory(entry, match)
        if work.remembered:
            save_catalog(work.catalog, work.path, None)
            plan.records.update(work.path, work.catalog)
    plan.records.save()
    return plan.remembered


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    if command == "setup":
        setup(where, *map(int, sys.argv[3:]))
    elif command == "restore":
        restore(where)
    else:
        print(f"{draft(where)} memory drafts")
