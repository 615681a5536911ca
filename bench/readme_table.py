"""Rewrite the README's benchmark figures from bench/results.json.

`make bench` runs it after bench/run.py. Everything between the marker lines
`<!-- bench:start -->` and `<!-- bench:end -->` in README.md is replaced: the machine and
date, a table of medians and ratios per archive size, the cold-extract speed-ups over the
peers, and the drafting, merge and memory lines. Rows for 10,000 releases come from
bench/results-10000.json (`BENCH_SIZES=10000`) when results.json has none.

Usage: python bench/readme_table.py [README [RESULTS_DIR]]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
BENCH = Path(__file__).resolve().parent

# (our operation, its label, the peers' operation it is compared with)
OPERATIONS = (
    ("extract cold", "extract, cold", "extract cold"),
    ("extract no-op", "extract, nothing changed", "extract no-op"),
    ("extract 1% edited", "extract, 1% of releases edited", "extract 1% edited"),
    ("build cold", "build (peers: translate), cold", "translate"),
    ("build no-op", "build, nothing changed", None),
)
PEERS = ("po4a", "mdpo")


class ReadmeError(ValueError):
    """The README has no (or a broken) pair of bench markers."""


def seconds(result: dict | None) -> str:
    return f"{result['median_s']:.2f}" if result else "–"


def ratio(ours: dict | None, peer: dict | None, bold: bool = False) -> str:
    if not ours or not peer:
        return "–"
    text = f"{ours['median_s'] / peer['median_s']:.3g}"
    return f"**{text}**" if bold else text


def medians_of(runs: int) -> str:
    return "one run" if runs == 1 else f"medians of {runs} runs"


def runs_note(result: dict | None, runs: int) -> str:
    """A figure from another number of runs than the table's says so."""
    return f" ({result['runs']} run{'s' if result['runs'] != 1 else ''})" if result and result["runs"] != runs else ""


def size_rows(size: str, results: dict, runs: int) -> list[str]:
    rows = []
    for operation, label, peer_operation in OPERATIONS:
        ours = results.get(f"ours {operation}")
        if ours is None:
            continue
        peers = [results.get(f"{peer} {peer_operation}") if peer_operation else None for peer in PEERS]
        bold = operation == "extract cold"
        cells = [f"{int(size):,}", label + runs_note(ours, runs), seconds(ours)]
        cells += [seconds(peer) + runs_note(peer, runs) for peer in peers]
        cells += [ratio(ours, peer, bold) for peer in peers]
        cells.append(f"{ours['peak_mb']:.0f}")
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def speedups(sizes: dict) -> list[str]:
    """The cold-extract target in words: how many times faster than each peer."""
    lines = []
    for size, results in sizes.items():
        ours = results.get("ours extract cold")
        found = [(peer, results[f"{peer} extract cold"]) for peer in PEERS if f"{peer} extract cold" in results]
        if ours and found:
            parts = [f"{peer['median_s'] / ours['median_s']:.1f}x faster than {name}" for name, peer in found]
            lines.append(f"Cold extract of {int(size):,} releases: {' and '.join(parts)}.")
    return lines


def translate_line(translate: dict) -> list[str]:
    if not translate:
        return []
    ours, raw = translate["ours translate (apertium)"], translate["raw apertium"]
    overhead = 100 * (ours["median_s"] / raw["median_s"] - 1)
    line = (f"`i18n translate` with Apertium on 100 releases ({translate['segments']:,} segments): "
            f"{ours['median_s']:.2f} s against raw Apertium's {raw['median_s']:.2f} s on the same text, "
            f"{overhead:+.1f}%")
    blocks = translate.get("raw apertium (blocks)")
    if blocks:  # how much of it is the way Apertium is fed, how much our own work
        line += (f"; raw Apertium fed in blocks as we feed it: {blocks['median_s']:.2f} s, "
                 f"ours {100 * (ours['median_s'] / blocks['median_s'] - 1):+.1f}% over that")
    return [line + "."]


def merge_line(merge: dict) -> list[str]:
    if not merge:
        return []
    ours, msgmerge = merge["ours merge"], merge["msgmerge --previous"]
    return [f"Updating one catalog of {merge['entries']:,} entries, 5% edited: ours {ours['median_s']:.2f} s, "
            f"`msgmerge --previous` {msgmerge['median_s']:.2f} s ({ours['median_s'] / msgmerge['median_s']:.2f}x), "
            f"{'the same entries' if merge['same entries'] else 'NOT the same entries'}."]


def memory_line(memory: dict) -> list[str]:
    if not memory:
        return []
    ours, cold, msgmerge = (memory[key] for key in ("ours memory step", "ours memory step (cold cache)",
                                                    "msgmerge --compendium"))
    return [f"Drafting {memory['new releases']:,} new releases against the memory of {memory['memory releases']:,} "
            f"reviewed ones: our memory step {ours['median_s']:.2f} s ({cold['median_s']:.2f} s without its cache), "
            f"`msgmerge --compendium` {msgmerge['median_s']:.2f} s ({ours['median_s'] / msgmerge['median_s']:.2f}x); "
            f"peaks {ours['peak_mb']:.0f} MB and {msgmerge['peak_mb']:.0f} MB; {memory['ours memory drafts']:,} "
            f"memory drafts (75% or more), msgmerge fills {memory['msgmerge filled']:,}."]


def render(report: dict, extra: dict | None = None) -> str:
    """The Markdown between the markers, from a results.json report (and the report of a
    separate 10,000-release run, for the sizes the main report lacks)."""
    runs = report["runs"]
    sizes = dict(report["sizes"])
    separate = {size: results for size, results in (extra or {}).get("sizes", {}).items() if size not in sizes}
    dated = f", {report['date']}" if report.get("date") else ""
    lines = [f"Measured on {report['machine']}{dated}; seconds, {medians_of(runs)} "
             "(ratios: ours / peer, below 1 is faster):", "",
             "| releases | operation | ours | po4a | mdpo | ours/po4a | ours/mdpo | ours peak MB |",
             "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for size, results in sorted({**sizes, **separate}.items(), key=lambda item: int(item[0])):
        lines += size_rows(size, results, runs if size in sizes else extra["runs"])
    lines.append("")
    for size in sorted(separate, key=int):
        extra_date = f" on {extra['date']}" if extra.get("date") else ""
        lines += [f"{int(size):,} releases: a separate run (`bench/results-{size}.json`{extra_date}, "
                  f"{medians_of(extra['runs'])}).", ""]
    for paragraph in (speedups(sizes), translate_line(report.get("translate")), merge_line(report.get("merge")),
                      memory_line(report.get("memory"))):
        if paragraph:
            lines += paragraph + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def rewrite(readme: Path, report: dict, extra: dict | None = None) -> bool:
    """Replace what is between the markers; True when the README changed."""
    text = readme.read_text(encoding="utf-8")
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        raise ReadmeError(f"{readme}: needs one '{START}' line and one '{END}' line after it")
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    new = f"{head}{START}\n{render(report, extra)}{END}{tail}"
    if new == text:
        return False
    readme.write_text(new, encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    readme = Path(argv[0]) if argv else BENCH.parent / "README.md"
    results = Path(argv[1]) if len(argv) > 1 else BENCH
    report = json.loads((results / "results.json").read_text(encoding="utf-8"))
    extra_path = results / "results-10000.json"
    extra = json.loads(extra_path.read_text(encoding="utf-8")) if extra_path.exists() else None
    try:
        changed = rewrite(readme, report, extra)
    except ReadmeError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"{readme}: benchmark table {'updated' if changed else 'unchanged'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
