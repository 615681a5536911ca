"""No command writes through a symbolic link to outside the project or over a source."""

from __future__ import annotations

import tomllib

import pytest


def _tree(folder) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_does_not_write_through_a_linked_language_folder_over_the_sources(project, run_cli):
    assert run_cli(project, "build").exit_code == 0
    sources = _tree(project / "releases")
    (project / "dist" / "en").rename(project / "old-en")
    (project / "dist" / "en").symlink_to("../releases")
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr == (f"error: {project}/dist/en is a symbolic link (to ../releases): the build writes "
                             "only into folders of its own; remove it (nothing was written)\n")
    assert _tree(project / "releases") == sources


def test_build_does_not_write_through_a_linked_output_folder_outside_the_project(project, run_cli, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / "dist").symlink_to(outside)
    result = run_cli(project, "build")
    assert result.exit_code == 2 and f"{project}/dist is a symbolic link (to {outside})" in result.stderr
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("linked", ["locales", ".github", ".gitignore", "releases", "pyproject.toml"])
def test_init_refuses_a_linked_target_and_writes_nothing(tmp_path, run_cli, linked):
    room, outside = tmp_path / "room", tmp_path / "outside"
    room.mkdir()
    if linked in (".gitignore", "pyproject.toml"):
        outside.write_text("# someone else's file\n", encoding="utf-8")
    else:
        outside.mkdir()
    (room / linked).symlink_to(outside)
    before = outside.read_bytes() if outside.is_file() else _tree(outside)
    result = run_cli(room, "init")
    assert result.exit_code == 2
    assert result.stderr == (f"error: {room}/{linked} is a symbolic link (to {outside}): i18n init writes only "
                             "the project's own files and folders; nothing was written\n")
    assert (outside.read_bytes() if outside.is_file() else _tree(outside)) == before
    assert sorted(p.name for p in room.iterdir()) == [linked]


def test_init_adds_its_settings_to_an_inline_tool_table_as_valid_toml(tmp_path, run_cli):
    room = tmp_path / "room"
    room.mkdir()
    original = 'tool = { black = { line-length = 100 } }  # formatting\n\n[project]\nname = "our-site"\n'
    (room / "pyproject.toml").write_text(original, encoding="utf-8")
    result = run_cli(room, "init")
    assert result.exit_code == 0, result.output
    data = tomllib.loads((room / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["tool"]["black"] == {"line-length": 100} and data["project"] == {"name": "our-site"}
    assert data["tool"]["i18n"]["languages"] == ["es"]
    assert run_cli(room, "stats").exit_code == 0


def _link_to_outside(project, tmp_path, folder: str):
    """Move project/folder outside the project and leave a symbolic link in its place."""
    outside = tmp_path / "outside"
    (project / folder).rename(outside)
    (project / folder).symlink_to(outside)
    return outside


@pytest.mark.parametrize("folder, command", [
    ("locales/es", ["extract"]),
    ("locales/templates", ["extract"]),
    ("locales/es/LC_MESSAGES", ["translate", "--engine", "apertium"]),
    ("releases", ["import", "news.txt"]),
    ("locales/es", ["import", "--lang", "es", "--release", "2021-04-14-people-seeking-safe-haven", "news.txt"]),
])
def test_commands_that_write_sources_refuse_a_linked_folder_and_write_nothing(project, run_cli, tmp_path,
                                                                               folder, command):
    (project / "news.txt").write_text("Harbor ferry adds a night crossing\n\nMarch 3, 2026\n\n"
                                      "The ferry will cross at ten each night from April.\n", encoding="utf-8")
    outside = _link_to_outside(project, tmp_path, folder)
    before = _tree(outside)
    result = run_cli(project, *command)
    assert result.exit_code == 2, result.output
    assert f"{project}/{folder} is a symbolic link (to {outside}): i18n writes releases and catalogs " \
           "only into the project's own folders; remove the link (nothing was written)" in result.stderr
    assert _tree(outside) == before


def test_reading_commands_accept_a_linked_catalog_folder(project, run_cli, tmp_path):
    _link_to_outside(project, tmp_path, "locales")
    assert run_cli(project, "extract", "--check").exit_code == 0
    assert run_cli(project, "check").exit_code == 0
