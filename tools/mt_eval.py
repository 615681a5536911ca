"""`make mt-eval`: how much of the reviewers' work the pipeline saves over the raw engine.

Drafts the seed release and its About blocks with the offline engine into a scratch copy of
the repository, and scores chrF and BLEU (sacrebleu) against the committed reviewed Spanish:
once for raw Apertium (no masking, glossary or post-editing) and once for `i18n translate`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
import sacrebleu

from i18n.mt.apertium import ApertiumEngine

REPO = Path(__file__).resolve().parent.parent
CATALOGS = ["locales/es/LC_MESSAGES/releases/2021-04-14-people-seeking-safe-haven.po",
            "locales/es/LC_MESSAGES/about.po"]


def reviewed_pairs(root: Path) -> list[tuple[str, str]]:
    pairs = []
    for name in CATALOGS:
        for entry in polib.pofile(str(root / name)):
            if not entry.obsolete and entry.msgstr and "fuzzy" not in entry.flags:
                pairs.append((entry.msgid, entry.msgstr))
    return pairs


def pipeline_drafts(sources: list[str]) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        shutil.copy(REPO / "pyproject.toml", root)
        shutil.copytree(REPO / "releases", root / "releases")
        shutil.copytree(REPO / "locales", root / "locales")
        for name in CATALOGS:
            catalog = polib.pofile(str(root / name))
            for entry in catalog:
                entry.msgstr = ""
            catalog.save()
        subprocess.run([sys.executable, "-m", "i18n", "--root", str(root), "translate", "--engine", "apertium"],
                       check=True, capture_output=True)
        drafts = {}
        for name in CATALOGS:
            drafts.update({e.msgid: e.msgstr for e in polib.pofile(str(root / name))})
    return [drafts[source] for source in sources]


def scores(hypotheses: list[str], references: list[str]) -> dict:
    return {
        "chrF": round(sacrebleu.corpus_chrf(hypotheses, [references]).score, 1),
        "BLEU": round(sacrebleu.corpus_bleu(hypotheses, [references]).score, 1),
    }


def main() -> None:
    pairs = reviewed_pairs(REPO)
    sources = [source for source, _ in pairs]
    references = [reference for _, reference in pairs]
    raw = list(ApertiumEngine("en", "es").translate(sources))
    pipeline = pipeline_drafts(sources)
    results = {"segments": len(pairs), "raw apertium": scores(raw, references),
               "pipeline": scores(pipeline, references)}
    results["difference"] = {metric: round(results["pipeline"][metric] - results["raw apertium"][metric], 1)
                             for metric in ("chrF", "BLEU")}
    print(f"MT evaluation on the seed release ({len(pairs)} reviewed segments, reference: committed Spanish)")
    print(f"{'':16}{'chrF':>8}{'BLEU':>8}")
    for name in ("raw apertium", "pipeline", "difference"):
        row = results[name]
        print(f"{name:16}{row['chrF']:>8}{row['BLEU']:>8}")


if __name__ == "__main__":
    main()
