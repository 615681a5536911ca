"""The package's shape: data flows one way, so no later stage imports the extract stage."""

import ast
from pathlib import Path

import i18n

PACKAGE = Path(i18n.__file__).parent
DOWNSTREAM = ["build.py", "localize.py", "stats.py", "checks.py", "render.py", "mt/drafting.py"]


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
            names |= {"." * node.level + alias.name for alias in node.names if not node.module}
    return names


def test_no_downstream_stage_imports_extract():
    for name in DOWNSTREAM:
        imported = _imported_modules(PACKAGE / name)
        assert not {m for m in imported if m.lstrip(".") == "extract"}, name
