"""`make mt-eval`: how much of the reviewers' work the pipeline saves over the raw engine.

Two corpora, each scored with sacrebleu chrF and BLEU against reviewed Spanish, once for raw
Apertium (no masking, glossary, pre- or post-editing) and once for `i18n translate`:

- the development set, tests/data/mt-dev/: releases the team wrote in both languages
  (`<name>.en.md` / `<name>.es.md`: the headline on the first line, then the Markdown body,
  unit for unit). The pipeline never saw them: its glossary is the project's and the base one.
- the seed release and its About blocks, against the committed reviewed Spanish.

The memory scenario (tests/data/mt-dev/memory/, same file format): a release that reuses the
seed's sentences inside new paragraphs, a paragraph moved from a dev-set release, the Alianza
Americas About with one word changed, and new text. It is drafted once with a memory of every
other reviewed release (the seed, its About blocks, the dev set as reviewed catalogs) and once
without any; it reports the share of English words a reviewer receives from memory (whole
paragraphs, single sentences) and from the engine, and the chrF of both drafts.

It also counts, in both raw and pipeline drafts, the errors a reviewer must fix that the
pipeline itself can cause (issue 13, kinds 1-3) and the other draft checks of
i18n/checks/drafts.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import polib
import sacrebleu

from i18n.checks.drafts import draft_problems
from i18n.catalogs.glossary import load_glossary, with_base
from i18n.mt.apertium import ApertiumEngine
from i18n.sources.segments import parse_markdown
from i18n.memory.sentences import split_sentences
from i18n.catalogs.states import MEMORY_COMMENT_PREFIX


class RawApertium(ApertiumEngine):
    """Apertium's installed pair as Debian ships it: none of our rules compiled into its mode."""

    def command(self) -> list[str]:
        return ["apertium", "-z", "-u", "-f", "none", self.detail]


REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "tests" / "data" / "mt-dev"
SEED_CATALOGS = ["locales/es/LC_MESSAGES/releases/2021-04-14-people-seeking-safe-haven.po",
                 "locales/es/LC_MESSAGES/about.po"]


def _units(path: Path) -> list[tuple[str, str]]:
    """(text, role) of a dev-set file: the headline, then the body's units."""
    headline, _, body = path.read_text(encoding="utf-8").partition("\n")
    return [(headline.strip(), "title")] + [(u.text, u.role) for u in parse_markdown(body.lstrip("\n")).units]


def dev_set(folder: Path = DEV) -> dict[str, list[tuple[str, str, str]]]:
    """Release name -> [(English, reviewed Spanish, role)]."""
    releases = {}
    for english_path in sorted(folder.glob("*.en.md")):
        name = english_path.name.removesuffix(".en.md")
        english, spanish = _units(english_path), _units(folder / f"{name}.es.md")
        if len(english) != len(spanish):
            sys.exit(f"{english_path}: {len(english)} units but its .es.md has {len(spanish)}")
        releases[name] = [(en, es, role) for (en, role), (es, _) in zip(english, spanish)]
    return releases


def _scratch(root: Path) -> None:
    shutil.copy(REPO / "pyproject.toml", root)
    shutil.copytree(REPO / "releases", root / "releases")
    shutil.copytree(REPO / "locales", root / "locales")


def _run(root: Path, *command: str) -> None:
    subprocess.run([sys.executable, "-m", "i18n", "--root", str(root), *command], check=True, capture_output=True)


def _translate(root: Path) -> None:
    _run(root, "extract")
    _run(root, "translate", "--engine", "apertium")


def _drafts(paths) -> dict[str, str]:
    return {e.msgid: e.msgstr for path in paths for e in polib.pofile(str(path)) if not e.obsolete}


def _write_releases(root: Path, releases: dict, folder: Path = DEV, month: int = 1) -> None:
    for index, (name, units) in enumerate(releases.items(), start=1):
        body = (folder / f"{name}.en.md").read_text(encoding="utf-8").partition("\n")[2].lstrip("\n")
        title = units[0][0].replace('"', '\\"')
        (root / "releases" / f"2027-{month:02d}-{index:02d}-{name}.md").write_text(
            f'---\ntitle: "{title}"\ndate: 2027-{month:02d}-{index:02d}\n---\n{body}', encoding="utf-8")


def dev_pipeline_drafts(releases: dict) -> dict[str, str]:
    """The pipeline's drafts of every dev-set unit, from a scratch project holding those releases."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        _scratch(root)
        _write_releases(root, releases)
        _translate(root)
        return _drafts((root / "locales" / "es" / "LC_MESSAGES" / "releases").glob("2027-*.po"))


def seed_pipeline_drafts() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        _scratch(root)
        _empty_seed(root)
        _translate(root)
        return _drafts(root / name for name in SEED_CATALOGS)


def _empty_seed(root: Path) -> None:
    for name in SEED_CATALOGS:
        catalog = polib.pofile(str(root / name))
        for entry in catalog:
            entry.msgstr = ""
        catalog.save()


def memory_scenario_drafts(dev: dict, scenario: dict, memory: bool) -> dict[str, polib.POEntry]:
    """The scenario's drafts by English: with a memory of the seed and of the dev set reviewed
    (every dev-set unit given its reviewed Spanish), or with no reviewed catalog at all."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        _scratch(root)
        _write_releases(root, dev)
        _run(root, "extract")
        if memory:
            reviewed = {en: es for units in dev.values() for en, es, _ in units}
            for path in (root / "locales" / "es" / "LC_MESSAGES" / "releases").glob("2027-01-*.po"):
                catalog = polib.pofile(str(path))
                for entry in catalog:
                    entry.msgstr = reviewed.get(entry.msgid, "")
                catalog.save()
        else:
            _empty_seed(root)
        _write_releases(root, scenario, DEV / "memory", month=2)
        _run(root, "extract")
        for index, name in enumerate(scenario, start=1):
            _run(root, "translate", "--engine", "apertium", "--release", f"2027-02-{index:02d}-{name}")
        paths = (root / "locales" / "es" / "LC_MESSAGES" / "releases").glob("2027-02-*.po")
        return {e.msgid: e for path in paths for e in polib.pofile(str(path)) if not e.obsolete}


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def word_origins(english: str, entry: polib.POEntry) -> Counter:
    """English words of a draft by where their Spanish came from: "paragraph memory",
    "sentence memory" or "engine" (read from the translator comment). A reviewed entry is an
    exact paragraph match that `i18n extract` already took from the memory."""
    if entry.msgstr and "fuzzy" not in entry.flags:
        return Counter({"paragraph memory": _words(english)})
    memory = [line for line in entry.tcomment.splitlines() if line.startswith(MEMORY_COMMENT_PREFIX)]
    if not memory:
        return Counter({"engine": _words(english)})
    numbered = re.findall(r"sentences? ([\d, ]+)", memory[0])
    if not numbered:
        return Counter({"paragraph memory": _words(english)})
    remembered = {int(n) for group in numbered for n in group.split(",") if n.strip()}
    origins: Counter = Counter()
    for number, sentence in enumerate(split_sentences(english, "en"), start=1):
        origins["sentence memory" if number in remembered else "engine"] += _words(sentence)
    return origins


def memory_report(dev: dict) -> None:
    scenario = dev_set(DEV / "memory")
    pairs = [unit for units in scenario.values() for unit in units]
    references = [es for _, es, _ in pairs]
    with_memory = memory_scenario_drafts(dev, scenario, memory=True)
    without = memory_scenario_drafts(dev, scenario, memory=False)
    origins = sum((word_origins(en, with_memory[en]) for en, _, _ in pairs), Counter())
    total = sum(origins.values())
    print()
    print(f"memory scenario ({', '.join(scenario)}: {len(pairs)} units, {total} English words):")
    print("| words a reviewer receives from | words | share |")
    print("|---|---|---|")
    for origin in ("paragraph memory", "sentence memory", "engine"):
        print(f"| {origin} | {origins[origin]} | {100 * origins[origin] / total:.0f}% |")
    for label, drafts in (("without memory", without), ("with memory", with_memory)):
        chrf, bleu = scores([drafts[en].msgstr for en, _, _ in pairs], references)
        print(f"drafts {label}: chrF {chrf}, BLEU {bleu}")


def seed_pairs() -> list[tuple[str, str, str]]:
    pairs = []
    for name in SEED_CATALOGS:
        for entry in polib.pofile(str(REPO / name)):
            if not entry.obsolete and entry.msgstr and "fuzzy" not in entry.flags:
                pairs.append((entry.msgid, entry.msgstr, entry.comment))
    return pairs


def scores(hypotheses: list[str], references: list[str]) -> tuple[float, float]:
    return (round(sacrebleu.corpus_chrf(hypotheses, [references]).score, 1),
            round(sacrebleu.corpus_bleu(hypotheses, [references]).score, 1))


def main() -> None:
    releases = dev_set()
    releases["(seed)"] = seed_pairs()
    units = [unit for pairs in releases.values() for unit in pairs]
    raw = dict(zip([en for en, _, _ in units], RawApertium("en", "es").translate([en for en, _, _ in units])))
    pipeline = {**dev_pipeline_drafts({k: v for k, v in releases.items() if k != "(seed)"}),
                **seed_pipeline_drafts()}
    glossary = with_base(load_glossary(REPO / "locales" / "glossary.csv", "es"), "es")

    rows = []
    for name, pairs in [*releases.items(), ("dev set (all but seed)", [u for k, v in releases.items()
                                                                       if k != "(seed)" for u in v])]:
        references = [es for _, es, _ in pairs]
        r_chrf, r_bleu = scores([raw[en] for en, _, _ in pairs], references)
        p_chrf, p_bleu = scores([pipeline[en] for en, _, _ in pairs], references)
        rows.append((name, len(pairs), r_chrf, p_chrf, round(p_chrf - r_chrf, 1), r_bleu, p_bleu,
                     round(p_bleu - r_bleu, 1)))
    print("| release | units | raw chrF | pipeline chrF | Δ chrF | raw BLEU | pipeline BLEU | Δ BLEU |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(f"{v:+}" if i in (4, 7) else str(v) for i, v in enumerate(row)) + " |")

    # Problems of the drafts, one per word or span a message names; "pipeline-made" are those
    # of a pipeline draft that the raw draft of the same unit does not have (kinds 1-3 of
    # issue 13 are glossary-grammar, name-case and initial-case).
    counts = {"raw apertium": Counter(), "pipeline": Counter(), "pipeline-made": Counter()}
    for en, _, role in (u for k, v in releases.items() if k != "(seed)" for u in v):
        headline = role in ("title", "subtitle")
        found = {label: {(p.kind, item) for p in draft_problems(en, drafts[en], glossary, headline=headline)
                         for item in p.message.split(": ", 1)[-1].split(", ")}
                 for label, drafts in (("raw apertium", raw), ("pipeline", pipeline))}
        for label, problems in [*found.items(), ("pipeline-made", found["pipeline"] - found["raw apertium"])]:
            counts[label].update(kind for kind, _ in problems)
    print()
    for label, counter in counts.items():
        shown = ", ".join(f"{kind} {counter[kind]}" for kind in sorted(counter)) or "none"
        print(f"problems in the dev set, {label}: {shown}")

    memory_report({k: v for k, v in releases.items() if k != "(seed)"})


if __name__ == "__main__":
    main()
