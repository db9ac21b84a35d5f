"""Stage layering: the speakers and actors stages import nothing from each
other; both read records and the shared entity layer (:mod:`whosaid.entities`)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[2] / "src" / "whosaid"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_speakers_import_nothing_from_actors() -> None:
    for path in sorted((SRC / "speakers").glob("*.py")):
        bad = {m for m in _imports(path) if m.startswith("whosaid.actors")}
        assert not bad, f"{path.name} imports {bad}"


def test_actors_import_from_speakers_only_name_helpers() -> None:
    allowed = {"whosaid.entities.names"}
    for path in sorted((SRC / "actors").glob("*.py")):
        bad = {m for m in _imports(path) if m.startswith("whosaid.speakers")} - allowed
        assert not bad, f"{path.name} imports {bad}"


def test_entities_lexicon_imports_no_stage() -> None:
    for path in sorted((SRC / "entities").glob("*.py")):
        bad = {
            m
            for m in _imports(path)
            if m.startswith(("whosaid.actors", "whosaid.speakers"))
        }
        assert not bad, f"{path.name} imports {bad}"
