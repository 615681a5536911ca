"""Learn the headline scores of i18n/importer/headline_model.py from keyed releases.

Usage: .venv/bin/python tools/train_headline_model.py [--write] SET_DIR...

Each SET_DIR holds releases as their pages gave them (NAME.txt) and a key.json recording, for
each NAME, what a careful reader sees: its "title" (null: none) and "date" (null: none printed),
as the development sets of `make eval-import` do. Each release is read as `i18n import` reads it;
the lines that could be its headline are scored by a softmax over the release's lines, fitted by
gradient descent with an L2 penalty. Prints, with each set left out of the fitting in turn, how
often the scores, the rules, and the rules overruled when the scores prefer another line by a
margin pick the keyed headline among two lines or more (the rules were written from some of
these sets: their figure flatters them). With --write, the weights fitted on every set replace
WEIGHTS in headline_model.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from i18n.documents import read_document  # noqa: E402
from i18n.importer import analysis, headline_model  # noqa: E402
from i18n.importer.common import Given  # noqa: E402
from i18n.importer.headline_model import features  # noqa: E402

MODULE = ROOT / "i18n" / "importer" / "headline_model.py"
PENALTY, STEPS, RATE = 1.0, 800, 0.5
MARGINS = (0.0, 1.0, 2.0, 3.0, 4.0)


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", (text or "").casefold()).strip()


def releases(folder: Path) -> list[dict]:
    """Each keyed release with a headline and two candidate lines or more: its features, which
    lines are the headline, and which line the rules chose."""
    seen: dict = {}
    real_weigh = headline_model.weigh

    def record(choice, candidates, lead):  # the lines and the lead as the import weighs them
        seen.update(candidates=list(candidates), lead=lead, rules=choice.headline)
        return choice

    headline_model.weigh = record
    found = []
    try:
        try:
            keyed = json.loads((folder / "key.json").read_text("utf-8"))
        except json.JSONDecodeError as error:
            raise SystemExit(f"{folder / 'key.json'}:{error.lineno}: {error.msg}") from None
        key = {name: k for name, k in keyed.items() if name[0] != "_"}
        for name, k in sorted(key.items()):
            if not k.get("title"):
                continue
            seen.clear()
            given = Given(date=None if k.get("date") else dt.date(2001, 1, 1))
            try:
                analysis.Analysis(read_document(folder / f"{name}.txt"), {}, given).run()
            except Exception:  # noqa: BLE001 (a refused release still weighed its lines first)
                pass
            lines = seen.get("candidates") or []
            if len(lines) >= 2:
                found.append({"set": folder.name, "features": features(lines, seen["lead"]),
                              "headline": [norm(c.text) == norm(k["title"]) for c in lines],
                              "rules": next((i for i, c in enumerate(lines) if c is seen["rules"]), -1)})
    finally:
        headline_model.weigh = real_weigh
    return found


def fit(data: list[dict], names: list[str]) -> np.ndarray:
    weights = np.zeros(len(names))
    pairs = [(np.array([[f[n] for n in names] for f in r["features"]]), np.array(r["headline"], float))
             for r in data if any(r["headline"])]
    for _ in range(STEPS if pairs else 0):
        gradient = PENALTY * weights / len(pairs)
        for x, y in pairs:
            s = x @ weights
            p = np.exp(s - s.max())
            gradient += x.T @ (p / p.sum() - y / y.sum()) / len(pairs)
        weights -= RATE * gradient
    return weights


def right(data: list[dict], names: list[str], weights: np.ndarray, margin: float) -> tuple[int, int, int]:
    """How many headlines the scores, the rules, and the rules overruled beyond margin get right."""
    scores, rules, both = 0, 0, 0
    for r in data:
        scored = np.array([[f[n] for n in names] for f in r["features"]]) @ weights
        best, ruled = int(np.argmax(scored)), r["rules"]
        scores += r["headline"][best]
        rules += ruled >= 0 and r["headline"][ruled]
        both += r["headline"][best if ruled < 0 or scored[best] - scored[ruled] > margin else ruled]
    return scores, rules, both


def main(arguments: list[str]) -> None:
    folders = [Path(a) for a in arguments if a != "--write"]
    for folder in folders:
        if not (folder / "key.json").is_file():
            raise SystemExit(f"{folder}: no key.json (a keyed set: releases NAME.txt and key.json)")
    data = [r for folder in folders for r in releases(folder)]
    if not data:
        raise SystemExit("no keyed release with a headline and two candidate lines or more: nothing to learn from")
    names = sorted(data[0]["features"][0])
    totals = np.zeros((len(MARGINS), 3), int)
    for folder in folders:
        held = [r for r in data if r["set"] == folder.name]
        weights = fit([r for r in data if r["set"] != folder.name], names)
        totals += np.array([right(held, names, weights, margin) for margin in MARGINS])
    print(f"each set left out in turn, {len(data)} releases: scores {totals[0][0]}, rules {totals[0][1]}; "
          "the rules overruled by a margin of " + ", ".join(f"{m}: {t[2]}" for m, t in zip(MARGINS, totals)))
    weights = fit(data, names)
    if "--write" in arguments:
        table = "".join(f"\n    {n!r}: {w:.3f}," for n, w in zip(names, weights))
        text = MODULE.read_text("utf-8")
        text = re.sub(r"(?s)^WEIGHTS = \{.*?^\}", lambda _: "WEIGHTS = {" + table + "\n}", text, flags=re.M)
        text = text.replace("WEIGHTS = {}", "WEIGHTS = {" + table + "\n}")
        MODULE.write_text(text, "utf-8")
        print(f"wrote {len(names)} weights to {MODULE.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
