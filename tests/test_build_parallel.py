"""`i18n build` on several cores: the same bytes as in one process, and only what changed rewritten."""

from __future__ import annotations

import json
import shutil

import polib

from conftest import by_role

SLUG = "2021-04-14-people-seeking-safe-haven"
COPIES = 60  # more releases than the feed carries (50), in several worker tasks


def many_releases(root, copies: int = COPIES) -> list[str]:
    """The project's reviewed release under `copies` more slugs, each with its catalog."""
    source = (root / "releases" / f"{SLUG}.md").read_text(encoding="utf-8")
    catalog = root / "locales" / "es" / "LC_MESSAGES" / "releases" / f"{SLUG}.po"
    slugs = []
    for number in range(copies):
        slug = f"{SLUG}-{number:03d}"
        day = f"2021-05-{1 + number % 28:02d}"
        (root / "releases" / f"{slug}.md").write_text(source.replace("date: 2021-04-14", f"date: {day}"),
                                                      encoding="utf-8")
        shutil.copy(catalog, catalog.with_name(f"{slug}.po"))
        slugs.append(slug)
    return slugs


def dist_files(root) -> dict:
    return {p.relative_to(root / "dist").as_posix(): p.read_bytes()
            for p in sorted((root / "dist").rglob("*")) if p.is_file()}


def test_a_build_on_two_workers_writes_the_same_bytes_and_messages_as_one_process(project, run_cli, tmp_path,
                                                                                   monkeypatch):
    many_releases(project)
    other = tmp_path / "other"
    shutil.copytree(project, other)
    monkeypatch.setenv("I18N_BUILD_WORKERS", "1")
    alone = run_cli(project, "build", "--require", "es")
    monkeypatch.setenv("I18N_BUILD_WORKERS", "2")
    workers = run_cli(other, "build", "--require", "es")
    assert alone.exit_code == workers.exit_code == 0, alone.output + workers.output
    assert f"built {2 * (COPIES + 1)} release pages" in workers.stdout
    assert workers.output == alone.output.replace(str(project), str(other))
    assert dist_files(other) == dist_files(project)


def test_a_changed_catalog_rewrites_only_that_releases_files(project, run_cli):
    slugs = many_releases(project)
    assert run_cli(project, "build").exit_code == 0
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (project / "dist").rglob("*") if p.is_file()}
    # The oldest copy is on the index by its title only and not in the feed (50 newest).
    oldest = slugs[0]
    path = project / "locales" / "es" / "LC_MESSAGES" / "releases" / f"{oldest}.po"
    catalog = polib.pofile(str(path))
    paragraph = by_role(catalog, "paragraph")[1]
    paragraph.msgstr = "Un párrafo revisado de nuevo."
    catalog.save(str(path))

    result = run_cli(project, "build")
    assert result.exit_code == 0, result.output
    assert "5 files written, 0 removed" in result.stdout
    changed = {p.relative_to(project / "dist").as_posix() for p, state in before.items()
               if (p.stat().st_ino, p.stat().st_mtime_ns) != state}
    assert changed == {f"es/{oldest}/index.html", f"es/{oldest}.txt", f"es/{oldest}.md", f"es/{oldest}.eml",
                       f"review/{oldest}.es.html"}
    assert "Un párrafo revisado de nuevo." in (project / "dist" / "es" / f"{oldest}.txt").read_text(encoding="utf-8")


def test_a_bad_worker_count_is_refused_before_anything_is_written(project, run_cli, monkeypatch):
    monkeypatch.setenv("I18N_BUILD_WORKERS", "two")
    result = run_cli(project, "build")
    assert result.exit_code == 1
    assert "I18N_BUILD_WORKERS='two': must be a whole number, 1 or more" in result.output
    assert not (project / "dist").exists()


def test_a_template_that_fails_in_a_worker_is_named_with_its_line(project, run_cli, monkeypatch):
    many_releases(project, copies=3)
    (project / "templates").mkdir()
    (project / "templates" / "release.txt").write_text("{{ release.title_text }}\n\n{{ release.no_such_field }}\n",
                                                       encoding="utf-8")
    monkeypatch.setenv("I18N_BUILD_WORKERS", "2")
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr.endswith("templates/release.txt:3: template error: 'dict object' has no attribute "
                                  "'no_such_field'\n"), result.stderr
    assert "Traceback" not in result.output
    # The first build writes dist/ as a staging folder renamed when complete: nothing is left.
    assert not (project / "dist").exists() and not list(project.glob(".dist*"))


def test_a_first_build_appears_whole_and_a_killed_ones_staging_folder_is_removed(project, run_cli):
    left = project / ".dist.k1ll3d.i18n-tmp"
    (left / "en").mkdir(parents=True)
    (left / "en" / "index.html").write_text("half a site", encoding="utf-8")
    result = run_cli(project, "build")
    assert result.exit_code == 0, result.output
    assert not left.exists() and not list(project.glob(".dist*"))
    assert (project / "dist" / "en" / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # The build cache records each output's size and time from the staging folder: they hold
    # after the rename, so the next build sees its outputs unchanged.
    recorded = json.loads((project / ".i18n-cache" / "build.json").read_text())["last"]["outputs"]
    files = sorted((p for p in (project / "dist").rglob("*") if p.is_file()), key=str)
    assert recorded == [[str(p), p.stat().st_size, p.stat().st_mtime_ns] for p in files]


def test_after_a_build_on_two_workers_nothing_is_rebuilt_until_an_output_is_edited(project, run_cli, monkeypatch):
    """The workers record the size and time of the files they write: the next build sees
    them unchanged, and sees a page edited by hand (which it then writes back)."""
    slugs = many_releases(project, copies=30)
    monkeypatch.setenv("I18N_BUILD_WORKERS", "2")
    assert run_cli(project, "build").exit_code == 0
    assert "0 files written, 0 removed" in run_cli(project, "build").stdout
    page = project / "dist" / "en" / f"{slugs[7]}.txt"
    built = page.read_bytes()
    page.write_bytes(built + b"edited by hand\n")
    assert "1 files written, 0 removed" in run_cli(project, "build").stdout
    assert page.read_bytes() == built
