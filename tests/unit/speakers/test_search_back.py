"""Nominal antecedents: never in the content being attributed, and inside
quotes or reported content only when nothing else is."""

from __future__ import annotations

from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.model import Discourse, Entity, Event
from whosaid.speakers.salience import search_back


def _court(name: str) -> Entity:
    return Entity(name=name, kind="org", start=0, end=0)


def _event(start: int, entity: Entity, masked: bool = False) -> Event:
    return Event(
        start=start, end=start + 5, entity=entity, subject=False, speaker=False,
        masked=masked,
    )  # fmt: skip


def _back(ds: Discourse, pos: int) -> str | None:
    found = search_back(ds, pos, lambda e: e.kind == "org", (), lambda e: set())
    return found.name if found else None


def test_a_mention_in_a_quotation_yields_to_one_outside() -> None:
    justice = _court("Court of Justice")
    general = _court("General Court")
    ds = Discourse(events=[_event(10, justice), _event(60, general, masked=True)])
    assert _back(ds, 100) == "Court of Justice"
    # with nothing outside, the quoted one
    ds = Discourse(events=[_event(60, general, masked=True)])
    assert _back(ds, 100) == "General Court"


def test_never_a_mention_in_the_content_being_attributed() -> None:
    general = _court("General Court")
    ds = Discourse(events=[_event(60, general, masked=True)])
    ds.content = Ranges([(50, 90)])
    assert _back(ds, 100) is None


def test_a_subject_before_a_mere_mention_wins_when_asked() -> None:
    justice = _court("Court of Justice")
    general = _court("General Court")
    subject = Event(
        start=10, end=26, entity=justice, subject=True, speaker=False, masked=False
    )
    ds = Discourse(events=[subject, _event(60, general)])

    def back(**kw: bool) -> str | None:
        found = search_back(
            ds, 100, lambda e: e.kind == "org", (), lambda e: set(), **kw
        )
        return found.name if found else None

    assert back() == "General Court"  # the latest mention by default
    assert back(subjects_first=True) == "Court of Justice"
    # a subject farther back than SUBJECT_REACH is no rival
    far = Event(
        start=10, end=26, entity=justice, subject=True, speaker=False, masked=False
    )
    ds = Discourse(events=[far, _event(500, general)])
    found = search_back(ds, 600, lambda e: e.kind == "org", (), lambda e: set(), True)
    assert found is general


def test_a_pronoun_takes_a_subject_inside_the_content_as_a_last_resort() -> None:
    from whosaid.speakers.salience import _salient

    # "Spokesperson Ana Mora did not confirm it in Goma, but she told VOA
    # that …" with the content cut from the start of the sentence
    mora = Entity(name="Ana Mora", kind="person", start=13, end=21)
    goma = Entity(name="Goma", kind="person", start=45, end=49)  # NER's
    events = [
        Event(start=13, end=21, entity=mora, subject=True, speaker=False, masked=True),
        Event(start=45, end=49, entity=goma, subject=False, speaker=False, masked=True),
    ]
    ds = Discourse(events=events)
    content = Ranges([(0, 50)])

    def person(e: Entity) -> bool:
        return e.kind == "person"

    assert _salient(ds, 55, person, content) is mora
    # anything outside the content comes first
    other = Entity(name="Jon Bell", kind="person", start=0, end=0)
    ds = Discourse(
        events=[
            Event(
                start=0, end=8, entity=other, subject=False, speaker=False, masked=False
            ),
            *events,
        ]
    )
    assert _salient(ds, 55, person, Ranges([(10, 50)])) is other


def test_a_word_after_a_preposition_of_place_is_a_place() -> None:
    import spacy
    from spacy.tokens import Doc

    from whosaid.speakers.mentions import build_index
    from whosaid.speakers.surnames import placed_words

    text = (
        "fighting in Goma and near Kupiansk, in Nancy Pelosi's office, in Biden's plan"
    )
    placed = placed_words(text)
    assert {"goma", "kupiansk"} <= placed
    assert "nancy" not in placed and "biden" not in placed
    # NER's PERSON "Goma" of "Goma fell . Fighting in Goma went on ."
    nlp = spacy.blank("en")
    words = ["Goma", "fell", ".", "Fighting", "in", "Goma", "went", "on", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, False, True, True, True, True, True, False, False],
        heads=[1, 1, 1, 6, 3, 4, 6, 6, 6],
        deps=[
            "nsubj",
            "ROOT",
            "punct",
            "nsubj",
            "prep",
            "pobj",
            "ROOT",
            "prt",
            "punct",
        ],
        pos=["PROPN", "VERB", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PUNCT"],
        ents=["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O"],
    )
    _ix, ds = build_index(doc, (), ())
    assert {e.kind for e in ds.entities.values() if e.name == "Goma"} == {"gpe"}
