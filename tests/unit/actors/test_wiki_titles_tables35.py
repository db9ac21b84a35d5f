"""The knowledge build keeps a person's English Wikipedia title as a key
where no one else has it (issue 9, session 19, tables35).  Names written
for these tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from whosaid.actors.people import People


def _build(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    script = Path(__file__).parents[3] / "scripts" / "build_knowledge.py"
    spec = importlib.util.spec_from_file_location("build_knowledge", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_knowledge", build)
    spec.loader.exec_module(build)
    return build


def test_wiki_title_is_the_plain_name(monkeypatch: pytest.MonkeyPatch) -> None:
    build = _build(monkeypatch)
    assert build.wiki_title("Ana Vell (politician)") == "Ana Vell"
    assert build.wiki_title("Ana Vell, Baroness Vell") == ""
    assert build.wiki_title("Vell") == ""


def test_wiki_title_added_when_it_names_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    p = build.Person("q1", "Anabela Rosa Vell")
    build.add_wiki_title(p, "Ana Vell")
    build.add_wiki_title(p, "Anabela Rosa Vell")  # the name itself
    build.add_wiki_title(p, "Minister Vell")  # a title, no name
    assert p.wiki_titles == {"Ana Vell"}


def test_wiki_key_only_where_no_one_else_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    a, b, c, d = (build.Person(f"q{i}", n) for i, n in enumerate(
        ["Anabela Rosa Vell", "Ana Vell", "Tomas Jan Orlo", "Tomas Paul Orlo"]
    ))  # fmt: skip
    a.wiki_titles = {"Ana Vell"}  # another person's name
    c.wiki_titles = {"Tom Orlo"}
    d.wiki_titles = {"Tom Orlo"}  # two people share the title
    keyed = [
        (a, ["anabela rosa vell"]),
        (b, ["ana vell"]),
        (c, ["tomas jan orlo"]),
        (d, ["tomas paul orlo"]),
    ]
    out = {p.id: keys for p, keys in build.with_wiki_keys(keyed, People())}
    assert out["q0"] == ["anabela rosa vell"]
    assert out["q2"] == ["tomas jan orlo"]
    e = build.Person("q9", "Carla Maria Duro")
    e.wiki_titles = {"Carla Duro"}
    out = {
        p.id: keys
        for p, keys in build.with_wiki_keys([(e, ["carla maria duro"])], People())
    }
    assert out["q9"] == ["carla maria duro", "carla duro"]
