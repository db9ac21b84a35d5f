"""kbmatch28: knowledge names matched without their leading titles and with
transliteration variants (issue 9)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from whosaid.actors.name_keys import untitled_key
from whosaid.actors.people import load_people


def test_untitled_key_drops_leading_titles() -> None:
    assert untitled_key("mian saqib nisar") == "saqib nisar"
    assert untitled_key("sayyid badr bin hamad albusaidi") == "badr bin hamad albusaidi"
    assert untitled_key("tan sri muhyiddin yassin") == "muhyiddin yassin"
    assert untitled_key("alhaji sir dawda kairaba jawara") == "dawda kairaba jawara"


def test_untitled_key_keeps_names_that_are_no_title() -> None:
    assert untitled_key("sheikh hasina") is None  # one word would be left
    assert untitled_key("tan chuan jin") is None  # "Tan" alone is a surname
    assert untitled_key("saqib nisar") is None
    assert untitled_key("sayed al masry") is None  # no name opens with "al"
    assert untitled_key("general secretary of the party") is None


def _build(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    script = Path(__file__).parents[3] / "scripts" / "build_knowledge.py"
    spec = importlib.util.spec_from_file_location("build_knowledge", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_knowledge", build)
    spec.loader.exec_module(build)
    return build


def test_untitled_alias_only_where_no_one_else_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    a, b, c = (build.Person(pid, name) for pid, name in [
        ("a", "Mian Saqib Nisar"), ("b", "Syed Ali Zafar"), ("c", "Ali Zafar")
    ])  # fmt: skip
    keyed = [(a, ["mian saqib nisar"]), (b, ["syed ali zafar"]), (c, ["ali zafar"])]
    out = {p.id: keys for p, keys in build.with_untitled_keys(keyed)}
    assert out["a"] == ["saqib nisar", "mian saqib nisar"]
    assert out["b"] == ["syed ali zafar"]  # "ali zafar" is someone else's


def test_untitled_alias_not_for_a_common_surname(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build = _build(monkeypatch)
    people = [build.Person(f"k{i}", f"Person{i} Khan") for i in range(14)]
    keyed = [(p, [f"person{i} khan"]) for i, p in enumerate(people)]
    titled = build.Person("m", "Makhdoom Ali Khan")
    out = dict(
        (p.id, keys)
        for p, keys in build.with_untitled_keys(
            [*keyed, (titled, ["makhdoom ali khan"])]
        )
    )
    assert out["m"] == ["makhdoom ali khan"]


def test_shipped_tables_find_titled_and_respelled_officeholders() -> None:
    people = load_people()
    nisar = people.link("Saqib Nisar", "2018")
    assert nisar is not None and (nisar.country, nisar.office.sector) == ("PAK", "JUD")
    mubarak = people.link("Ahmed Awad bin Mubarak", "2021")
    assert mubarak is not None and mubarak.country == "YEM"
    yamani = people.link("Khaled al-Yamani", "2018-12-13")
    assert yamani is not None and yamani.country == "YEM"


def test_short_form_of_a_spanish_name_with_two_given_names() -> None:
    from whosaid.actors.name_keys import short_form

    assert short_form(["carlos", "roberto", "flores"], "HND") == "carlos flores"
    assert short_form(["manuel", "marrero", "cruz"], "CUB") is None  # two surnames


def test_position_sector_of_army_and_intelligence_chiefs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sector = _build(monkeypatch).position_sector
    assert sector("Chief of Defence Staff") == ("", "MIL")
    assert sector("Chairman of the Joint Chiefs of Staff") == ("", "MIL")
    assert sector("White House Chief of Staff") == ("", "GOV")
    assert sector("Director of the CIA") == ("", "SPY")
    assert sector("Director General of Inter-Services Intelligence") == ("", "SPY")
    assert sector("Minister of Intelligence") == ("", "GOV")
    assert sector("Chairman of the Intelligence Committee") == ("", "GOV")
    assert sector("Governor of the Central Bank") == ("", "GOV")


def test_intelligence_services_and_their_chiefs_are_spy() -> None:
    from whosaid.actors import load_knowledge

    kb = load_knowledge(str.split)
    assert kb.names[("cia",)][0].sector == "SPY"
    assert kb.names[("mossad",)][0].sector == "SPY"
    assert kb.sectors[("intelligence", "agency")].sector == "SPY"
    assert kb.sectors[("spy", "chief")].sector == "SPY"
    assert kb.sectors[("military", "intelligence")].sector == "MIL"
    assert kb.names[("fsb",)][0].sector == "COP"  # a domestic security service
