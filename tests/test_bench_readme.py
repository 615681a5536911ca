"""bench/readme_table.py: the README's benchmark figures come from bench/results.json."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

SCRIPT = REPO / "bench" / "readme_table.py"


def timing(seconds: float, runs: int = 3, peak: float = 40.0) -> dict:
    return {"median_s": seconds, "runs": runs, "peak_mb": peak}


REPORT = {
    "machine": "Test box, 2 cores",
    "date": "2031-02-03",
    "runs": 3,
    "sizes": {
        "1000": {
            "ours extract cold": timing(1.25, peak=55.4),
            "ours extract no-op": timing(0.4),
            "po4a extract cold": timing(12.5),
            "mdpo extract cold": timing(30.0),
            "mdpo translate": timing(25.0, runs=1),
            "ours build cold": timing(2.0),
            "po4a translate": timing(1.0),
        },
    },
    "translate": {"segments": 1617, "ours translate (apertium)": timing(4.4), "raw apertium": timing(4.0),
                  "raw apertium (blocks)": timing(3.85)},
    "merge": {"entries": 3500, "ours merge": timing(0.9), "msgmerge --previous": timing(0.75), "same entries": True},
}
SEPARATE = {"machine": "Test box, 2 cores", "runs": 1, "sizes": {"10000": {"ours extract cold": timing(11.0, 1)}}}


def run(readme: Path, results: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(readme), str(results)],
                          capture_output=True, text=True, check=False)


def test_the_readme_table_is_regenerated_from_the_results(tmp_path):
    readme = tmp_path / "README.md"
    shutil.copy(REPO / "README.md", readme)
    original = readme.read_text(encoding="utf-8")
    before, after = original.split("<!-- bench:start -->")[0], original.split("<!-- bench:end -->")[1]
    (tmp_path / "results.json").write_text(json.dumps(REPORT), encoding="utf-8")
    (tmp_path / "results-10000.json").write_text(json.dumps(SEPARATE), encoding="utf-8")

    result = run(readme, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "benchmark table updated" in result.stdout
    text = readme.read_text(encoding="utf-8")
    assert text.startswith(before + "<!-- bench:start -->\n")
    assert text.endswith("<!-- bench:end -->" + after)  # nothing outside the markers changed
    generated = text.split("<!-- bench:start -->\n")[1].split("<!-- bench:end -->")[0]
    assert "Measured on Test box, 2 cores, 2031-02-03; seconds, medians of 3 runs" in generated
    assert "| 1,000 | extract, cold | 1.25 | 12.50 | 30.00 | **0.1** | **0.0417** | 55 |" in generated
    assert "| 1,000 | extract, nothing changed | 0.40 | – | – | – | – | 40 |" in generated
    assert "| 1,000 | build (peers: translate), cold | 2.00 | 1.00 | 25.00 (1 run) | 2 | 0.08 | 40 |" in generated
    assert "| 10,000 | extract, cold | 11.00 | – | – | – | – | 40 |" in generated
    assert "10,000 releases: a separate run (`bench/results-10000.json`, one run)." in generated
    assert "Cold extract of 1,000 releases: 10.0x faster than po4a and 24.0x faster than mdpo." in generated
    assert ("(1,617 segments): 4.40 s against raw Apertium's 4.00 s on the same text, +10.0%; raw Apertium fed "
            "in blocks as we feed it: 3.85 s, ours +14.3% over that." in generated)
    assert "`msgmerge --previous` 0.75 s (1.20x), the same entries." in generated
    assert "| 100 |" not in generated  # the repository's own figures are gone

    again = run(readme, tmp_path)
    assert again.returncode == 0 and "benchmark table unchanged" in again.stdout
    assert readme.read_text(encoding="utf-8") == text


def test_a_readme_without_markers_is_refused_and_left_alone(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Project\n\nNo benchmark section.\n", encoding="utf-8")
    (tmp_path / "results.json").write_text(json.dumps(REPORT), encoding="utf-8")

    result = run(readme, tmp_path)
    assert result.returncode == 2
    assert "needs one '<!-- bench:start -->' line" in result.stderr
    assert readme.read_text(encoding="utf-8") == "# Project\n\nNo benchmark section.\n"
