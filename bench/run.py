"""`make bench`: our pipeline against po4a and mdpo on the same synthetic archive.

For each size N (100 and 1,000; 10,000 with BENCH_FULL=1) it times, as medians of several
runs (ours and the peers' commands in turn within each run), with the peak memory (max RSS)
of each command:
  - extract: cold, again with nothing changed, and after editing 1% of the releases;
  - catalogs -> translated Markdown (ours: `i18n build`, which also writes HTML, text,
    feeds and review proofs): cold and with nothing changed;
  - po4a (`po4a --no-translations` / `po4a --no-update` on a po4a.cfg) and mdpo (its
    md2po / po2md scripts from a venv of its own) doing the same work;
  - `i18n translate` with Apertium against raw Apertium on the same text (N = 100; alone with
    BENCH_ONLY=translate, which updates only its figures in bench/results.json);
  - the translation memory of 10,000 reviewed releases drafting 100 new ones, against
    `msgmerge --compendium` (bench/memory.py).
Prints a table of medians and ratios (ours / peer) and writes bench/results.json, from which
bench/readme_table.py (run next by `make bench`) rewrites the README's figures.
"""

from __future__ import annotations

import compileall
import ctypes
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import discard, empty_trash, translate_catalogs, write_corpus, write_large_catalog  # noqa: E402
from readme_table import memory_line, merge_line, translate_line  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "build" / "bench"
I18N = [sys.executable, "-m", "i18n"]
MDPO_BIN = Path(os.environ.get("MDPO_BIN", REPO / ".venv-mdpo" / "bin"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def measure(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall time in seconds and peak memory in MB of one command, which must succeed, and the
    CPU seconds (user and system) of it and of every process it started, even those it left
    running (this process is their subreaper: they are waited for once the command is done)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # build exits 0; check/extract may exit 1
        raise SystemExit(f"{' '.join(map(str, command))} failed: {process.stderr.read().decode()[-2000:]}")
    process.stderr.close()
    while True:  # the orphans of the command
        try:
            os.wait4(-1, 0)
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, usage.ru_maxrss / 1024, cpu


def _adopt_orphans() -> None:
    """Be the subreaper of the commands measured (Linux), so that their CPU time counts whole."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def medians_in_turn(runs: int, jobs: dict, cwd: Path) -> dict:
    """Each job (name: (prepare, command)) measured `runs` times, the jobs in turn within each
    run: a machine busier for a while weighs on every command alike, and their ratios hold."""
    samples: dict = {name: [] for name in jobs}
    for _ in range(runs):
        for name, (prepare, command) in jobs.items():
            prepare()
            samples[name].append(measure(command, cwd))
    return {name: {"median_s": round(statistics.median(t for t, _, _ in measured), 3), "runs": len(measured),
                   "peak_mb": round(max(m for _, m, _ in measured), 1),
                   "cpu_s": round(statistics.median(c for _, _, c in measured), 3)}
            for name, measured in samples.items()}


def median_of(runs: int, prepare, command: list[str], cwd: Path) -> dict:
    return medians_in_turn(runs, {"": (prepare, command)}, cwd)[""]


def nothing() -> None:
    pass


class Corpus:
    def __init__(self, size: int):
        self.size = size
        self.root = WORK / str(size)
        discard(self.root)
        self.root.mkdir(parents=True)
        shutil.copy(REPO / "pyproject.toml", self.root / "pyproject.toml")
        self.sources = write_corpus(self.root, size)
        self.originals = {path: path.read_bytes() for path in self.sources}
        self.edited = self.sources[:: 100]  # 1% of the releases

    def clean(self, *names: str) -> None:
        for name in names:
            discard(self.root / name)

    def restore(self) -> None:
        for path in self.edited:
            path.write_bytes(self.originals[path])

    def edit(self) -> None:
        for path in self.edited:
            text = self.originals[path].decode()
            path.write_text(text.replace(" the ", " a ", 1), encoding="utf-8")

    def po4a_config(self) -> None:
        # One catalog for the archive: po4a's fastest layout (its split mode, a catalog per
        # release as we keep them, runs msgmerge per file and took 18.6 s for 100 releases).
        lines = ["[po4a_langs] es", "[po4a_paths] po4a/pot/releases.pot $lang:po4a/po/releases.$lang.po",
                 "[options] --keep 0 --master-charset UTF-8 --localized-charset UTF-8"]
        for path in self.sources:
            lines.append(f"[type: text] releases/{path.name} $lang:po4a/$lang/{path.name} opt:\"-o markdown\"")
        (self.root / "po4a.cfg").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.po4a_dirs()

    def po4a_dirs(self) -> None:
        for name in ("pot", "po", "es"):
            (self.root / "po4a" / name).mkdir(parents=True, exist_ok=True)


def bench_size(size: int, runs: int) -> dict:
    corpus = Corpus(size)
    root = corpus.root
    results: dict = {}

    def ours_cold():
        corpus.restore()
        corpus.clean("locales", ".i18n-cache")

    def ours_edited():
        corpus.restore()
        subprocess.run(I18N + ["extract"], cwd=root, check=True, capture_output=True)
        corpus.edit()

    peers = os.environ.get("BENCH_PEERS", "1") != "0"
    with_po4a = peers and shutil.which("po4a")
    # mdpo's own scripts, a process per release as its command line works (a catalog per
    # release, as ours): 30-60 s an operation at 1,000, measured as many times as every other
    # figure; about ten minutes at 10,000, where it is left out.
    with_mdpo = peers and shutil.which(MDPO_BIN / "md2po") and size <= 1000
    po4a = ["po4a", "--no-translations", "po4a.cfg"]
    md2po = (f"mkdir -p mdpo/po && for f in releases/*.md; do n=$(basename $f .md); "
             f"{MDPO_BIN}/md2po $f --po-filepath mdpo/po/$n.po --save -w 79 >/dev/null || exit 1; done")
    po2md = (f"mkdir -p mdpo/es && for f in releases/*.md; do n=$(basename $f .md); "
             f"{MDPO_BIN}/po2md $f --pofiles mdpo/po/$n.po --save mdpo/es/$n.md >/dev/null || exit 1; done")

    # The cold extracts, whose ratios are the targets: ours and the peers' in turn.
    cold = {"ours extract cold": (ours_cold, I18N + ["extract"])}
    if with_po4a:
        corpus.po4a_config()
        cold["po4a extract cold"] = (lambda: (corpus.restore(), corpus.clean("po4a"), corpus.po4a_dirs()), po4a)
    if with_mdpo:
        cold["mdpo extract cold"] = (lambda: (corpus.restore(), corpus.clean("mdpo")), ["sh", "-c", md2po])
    results.update(medians_in_turn(runs, cold, root))
    corpus.restore()
    subprocess.run(I18N + ["extract"], cwd=root, check=True, capture_output=True)
    results["ours extract no-op"] = median_of(runs, nothing, I18N + ["extract"], root)
    results["ours extract 1% edited"] = median_of(runs, ours_edited, I18N + ["extract"], root)
    if with_po4a:
        def po4a_edited():
            corpus.restore()
            subprocess.run(po4a, cwd=root, check=True, capture_output=True)
            corpus.edit()

        results["po4a extract no-op"] = median_of(runs, nothing, po4a, root)
        results["po4a extract 1% edited"] = median_of(runs, po4a_edited, po4a, root)

    # Every tool builds from catalogs translated alike, so every release is published in both
    # languages (ours: the English and Spanish pages, four formats, feeds, review proofs).
    # Our cold build and the peers' translate steps are timed in turn, as the extracts are.
    corpus.restore()
    subprocess.run(I18N + ["extract"], cwd=root, check=True, capture_output=True)
    translate_catalogs(root / "locales", "**/*.po")
    builds = {"ours build cold": (lambda: corpus.clean("dist", ".i18n-cache/build.json"), I18N + ["build"])}
    if with_po4a:
        subprocess.run(po4a, cwd=root, check=True, capture_output=True)
        translate_catalogs(root / "po4a" / "po", "*.po")
        builds["po4a translate"] = (nothing, ["po4a", "--no-update", "po4a.cfg"])
    if with_mdpo:  # its catalogs are those of the last cold run
        translate_catalogs(root / "mdpo" / "po", "*.po")
        builds["mdpo translate"] = (nothing, ["sh", "-c", po2md])
    results.update(medians_in_turn(runs, builds, root))
    results["ours build no-op"] = median_of(runs, nothing, I18N + ["build"], root)
    corpus.restore()
    return results


def bench_translate(runs: int) -> dict:
    """`i18n translate` with Apertium against raw Apertium on the same text (100 releases)."""
    if not shutil.which("apertium"):
        return {}
    corpus = Corpus(100)
    root = corpus.root
    subprocess.run(I18N + ["extract"], cwd=root, check=True, capture_output=True)
    pristine = {p: p.read_bytes() for p in (root / "locales" / "es").rglob("*.po")}
    sys.path.insert(0, str(REPO))
    import polib

    from i18n.mt.apertium import block, escape

    catalogs = [[e.msgid for e in polib.pofile(str(p))] for p in sorted((root / "locales" / "templates").rglob("*.pot"))]
    texts = [text for catalog in catalogs for text in catalog]
    raw_input = root / "raw-apertium.txt"
    raw_input.write_text("".join(escape(text) + "[]\0" for text in texts), encoding="utf-8")
    # Raw Apertium fed as `i18n translate` feeds it: each text closed by a sentence end of ours,
    # a NUL block per catalog (i18n/mt/apertium.py).
    (root / "raw-apertium-blocks.txt").write_bytes(b"".join(block(catalog) for catalog in catalogs))

    def reset():
        for path, data in pristine.items():
            path.write_bytes(data)

    # In turn, run by run: both share the two cores, and a busy moment of a shared machine
    # then weighs on both sides rather than on one.
    measured = medians_in_turn(runs, {
        "ours": (reset, I18N + ["translate", "--engine", "apertium"]),
        "raw": (nothing, ["sh", "-c", "apertium -z -u -f none eng-spa < raw-apertium.txt > /dev/null"]),
        "raw blocks": (nothing, ["sh", "-c", "apertium -z -u -f none eng-spa < raw-apertium-blocks.txt > /dev/null"])},
        root)
    return {"segments": len(texts), "ours translate (apertium)": measured["ours"], "raw apertium": measured["raw"],
            "raw apertium (blocks)": measured["raw blocks"]}


def bench_merge(runs: int, count: int = 3500) -> dict:
    """Updating one large catalog (count entries, 5% of them edited): our merge against
    `msgmerge --previous`, and whether both give the same entries."""
    if not shutil.which("msgmerge"):
        return {}
    directory = WORK / "merge"
    old, template = write_large_catalog(directory, count, 0.05)
    measured = medians_in_turn(runs, {
        "ours": (nothing, [sys.executable, str(REPO / "bench" / "merge.py"), str(old), str(template), "ours.po"]),
        "msgmerge": (nothing, ["msgmerge", "--previous", "-q", "-o", "msgmerge.po", str(old), str(template)])},
        directory)
    ours, msgmerge = measured["ours"], measured["msgmerge"]
    import polib

    def entries(name: str) -> dict:
        text = (directory / name).read_text(encoding="utf-8").replace("\n#~| ", "\n#| ")
        return {(e.msgctxt, e.msgid, e.obsolete): (e.msgstr, tuple(e.flags), e.previous_msgid)
                for e in polib.pofile(text)}

    same = entries("ours.po") == entries("msgmerge.po")
    return {"entries": count, "ours merge": ours, "msgmerge --previous": msgmerge, "same entries": same}


def bench_memory(runs: int, new: int = 100) -> dict:
    """Drafting 100 new releases against the memory of 10,000 reviewed ones (BENCH_MEMORY_SIZE),
    bench/memory.py: our memory step (as `i18n translate` runs it, without the engine) against
    `msgmerge --compendium` with the same memory, run once on the new templates concatenated:
    it reads the compendium once, as we read the memory once (a run per new catalog would
    read its 90 MB 100 times)."""
    if not shutil.which("msgmerge"):
        return {}
    size = int(os.environ.get("BENCH_MEMORY_SIZE", "10000"))
    root = WORK / "memory"
    script = [sys.executable, str(REPO / "bench" / "memory.py")]
    print(f"benchmarking the memory of {size} releases…", file=sys.stderr)
    subprocess.run(script + ["setup", str(root), str(size), str(new)], check=True)

    def restore():
        subprocess.run(script + ["restore", str(root)], check=True)

    def cold():
        restore()
        (root / ".i18n-cache" / "drafting-es.json").unlink(missing_ok=True)

    results = {"memory releases": size, "new releases": new,
               "ours memory step (cold cache)": median_of(1, cold, script + ["draft", str(root)], root),
               "ours memory step": median_of(runs, restore, script + ["draft", str(root)], root)}
    catalogs = root / "locales" / "es" / "LC_MESSAGES" / "releases"
    drafted = [catalogs / path.name for path in (root / "pristine").glob("*.po")]
    drafts = sum(path.read_text(encoding="utf-8").count("\n# translation memory: ") for path in drafted)
    results["msgmerge --compendium"] = median_of(
        runs, nothing, ["msgmerge", "-q", "--compendium", "MEMORY.po", "-o", "msgmerge.po", "/dev/null", "NEW.pot"],
        root)
    import polib

    filled = sum(1 for entry in polib.pofile(str(root / "msgmerge.po")) if entry.msgstr)
    results.update({"ours memory drafts": drafts, "msgmerge filled": filled})
    return results


def ratio(ours: dict | None, peer: dict | None) -> float | None:
    if not ours or not peer:
        return None
    return round(ours["median_s"] / peer["median_s"], 3)


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main() -> None:
    # Our modules' bytecode, as pip writes it when it installs the package: where
    # PYTHONDONTWRITEBYTECODE is set (as on the machines this runs on), an editable install
    # would otherwise compile every module in every timed command (70 ms each time).
    compileall.compile_dir(REPO / "i18n", quiet=1)
    _adopt_orphans()
    if os.environ.get("BENCH_ONLY") == "translate":
        return translate_only()
    sizes = [100, 1000] + ([10000] if os.environ.get("BENCH_FULL") == "1" else [])
    if os.environ.get("BENCH_SIZES"):  # e.g. BENCH_SIZES=10000 BENCH_PEERS=0: ours alone, one size
        sizes = [int(size) for size in os.environ["BENCH_SIZES"].split(",")]
    report = {"machine": machine(), "date": dt.date.today().isoformat(), "runs": RUNS, "sizes": {}}
    for size in sizes:
        print(f"benchmarking {size} releases…", file=sys.stderr)
        report["sizes"][str(size)] = bench_size(size, RUNS if size < 10000 else 1)
    report["translate"] = bench_translate(RUNS) if os.environ.get("BENCH_PEERS", "1") != "0" else {}
    report["merge"] = bench_merge(RUNS) if os.environ.get("BENCH_PEERS", "1") != "0" else {}
    report["memory"] = bench_memory(RUNS) if os.environ.get("BENCH_PEERS", "1") != "0" else {}
    print_table(report)
    name = "results.json" if not os.environ.get("BENCH_SIZES") else f"results-{os.environ['BENCH_SIZES']}.json"
    (REPO / "bench" / name).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    empty_trash()


def translate_only() -> None:
    """BENCH_ONLY=translate: `i18n translate` against raw Apertium alone. Its figures replace
    those of bench/results.json when measured with as many runs as the rest of it (the other
    figures stay as they were measured)."""
    path = REPO / "bench" / "results.json"
    report = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"sizes": {}, "runs": RUNS}
    report["translate"] = translate = bench_translate(RUNS)
    for name, result in translate.items():
        if isinstance(result, dict):
            print(f"{name:<28} median {result['median_s']:.3f} s, CPU {result['cpu_s']:.3f} s")
    for line in translate_line(translate):
        print(line)
    if report.get("runs") == RUNS:
        path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    else:
        print(f"not written to {path.name}: its other figures are medians of {report.get('runs')} runs")
    empty_trash()


def print_table(report: dict) -> None:
    print(f"Machine: {report['machine']}; medians of {report['runs']} runs")
    print(f"{'N':>6}  {'operation':<24}{'ours s':>9}{'po4a s':>9}{'mdpo s':>9}{'ours/po4a':>11}{'ours/mdpo':>11}"
          f"{'ours MB':>9}")
    for size, results in report["sizes"].items():
        for operation, peer_operation in (("extract cold", "extract cold"), ("extract no-op", "extract no-op"),
                                          ("extract 1% edited", "extract 1% edited"),
                                          ("build cold", "translate"), ("build no-op", None)):
            ours = results.get(f"ours {operation}")
            po4a = results.get(f"po4a {peer_operation}") if peer_operation else None
            mdpo = results.get(f"mdpo {peer_operation}") if peer_operation else None

            def show(value):
                return f"{value['median_s']:>9.2f}" if value else f"{'-':>9}"

            def show_ratio(value):
                return f"{value:>11.3f}" if value is not None else f"{'-':>11}"

            print(f"{size:>6}  {operation:<24}{show(ours)}{show(po4a)}{show(mdpo)}"
                  f"{show_ratio(ratio(ours, po4a))}{show_ratio(ratio(ours, mdpo))}{ours['peak_mb']:>9.1f}")
    # The same sentences as the README's (bench/readme_table.py).
    for line in translate_line(report.get("translate")) + merge_line(report.get("merge")) + memory_line(
            report.get("memory")):
        print(line)

if __name__ == "__main__":
    main()
