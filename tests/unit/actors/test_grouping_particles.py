"""A surname with its particles ("de Moraes") joins the full name."""

from __future__ import annotations

from whosaid.actors.grouping import group_mentions
from whosaid.actors.model import ActorMention


def _person(start: int, name: str, sector: str | None = None) -> ActorMention:
    return ActorMention(
        start,
        start + len(name),
        ("person", name.lower()),
        name,
        "person",
        None,
        None,
        sector,
        None,
        roles=["Justice"] if sector else [],
        source="title" if sector else "ner",
        person_name=name,
    )


def test_a_surname_with_its_particle_joins_the_full_name() -> None:
    drafts = group_mentions(
        [_person(0, "Alexandre de Moraes"), _person(50, "de Moraes", "JUD")]
    )
    assert len(drafts) == 1
    assert (drafts[0].name, drafts[0].sector) == ("Alexandre de Moraes", "JUD")
    assert drafts[0].roles == ["Justice"]


def test_a_particle_surname_of_nobody_named_stays_apart() -> None:
    drafts = group_mentions(
        [_person(0, "Alexandre de Moraes"), _person(50, "da Silva")]
    )
    assert len(drafts) == 2


def test_a_surname_with_a_glued_article_joins_the_full_name() -> None:
    drafts = group_mentions(
        [_person(0, "Adel al-Jubeir", "GOV"), _person(50, "Jubeir")]
    )
    assert len(drafts) == 1
    assert drafts[0].name == "Adel al-Jubeir"


def test_a_fathers_name_after_bin_is_no_surname() -> None:
    drafts = group_mentions([_person(0, "Mohammed bin Salman"), _person(50, "Salman")])
    assert [d.name for d in drafts] == ["Mohammed bin Salman", "Salman"]


def test_a_quoted_nickname_joins_the_full_name() -> None:
    text = 'President Joko "Jokowi" Widodo said. Jokowi said.'
    full = _person(10, 'Joko "Jokowi" Widodo', "GOV")
    full.person_name = full.name = "Joko Widodo"
    full.key = ("person", "joko widodo")
    drafts = group_mentions([full, _person(38, "Jokowi")], text=text)
    assert len(drafts) == 1
    assert drafts[0].mentions == [(10, 30), (38, 44)]


def test_an_unknown_place_word_after_a_two_word_name_ends_that_name() -> None:
    from whosaid.actors.hits import _unknown_place_word
    from whosaid.actors.model import Hit

    person = Hit(2, 4, "person", label="PERSON")
    assert _unknown_place_word(person, Hit(4, 5, "place", label="GPE"))
    assert not _unknown_place_word(person, Hit(4, 6, "place", label="GPE"))
    assert not _unknown_place_word(
        Hit(3, 4, "person", label="PERSON"), Hit(4, 5, "place", label="GPE")
    )
    assert not _unknown_place_word(person, Hit(4, 5, "name", label="GPE"))


def test_a_split_name_rejoins_across_a_patronymic_particle() -> None:
    from types import SimpleNamespace

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from whosaid.actors.hits import _merge_split_names
    from whosaid.actors.model import Hit

    words = ["Prince", "Abdulaziz", "bin", "Salman", "said"]
    ix = SimpleNamespace(doc=Doc(Vocab(), words=words))
    hits = [
        Hit(0, 2, "person", label="PERSON"),
        Hit(2, 4, "person", label="PERSON"),
    ]
    merged = _merge_split_names(ix, hits)  # type: ignore[arg-type]
    assert [(h.i, h.j) for h in merged] == [(0, 4)]
    lower = [Hit(0, 2, "person", label="PERSON"), Hit(2, 3, "person", label="PERSON")]
    ix2 = SimpleNamespace(doc=Doc(Vocab(), words=["Prince", "Abdulaziz", "bin"]))
    assert len(_merge_split_names(ix2, lower)) == 2  # type: ignore[arg-type]
