"""Actor rules on hand-built spaCy Docs (no statistical model): hits, chains
and the mention a chain gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.actors import load_knowledge
from whosaid.actors.bodies import bare_role, modifies_noun_after
from whosaid.actors.chains import build_chains, plural_common_noun
from whosaid.actors.hits import collect_hits, common_noun_capitalized
from whosaid.actors.knowledge_records import SectorWord
from whosaid.actors.mentions import build_mentions
from whosaid.actors.model import ActorMention, ActorState, Hit, index_document
from whosaid.actors.place_context import context_country

NLP = spacy.blank("en")


def _ministry_said() -> Doc:
    # "The Russian Foreign Ministry said on Monday."
    return Doc(
        NLP.vocab,
        words=["The", "Russian", "Foreign", "Ministry", "said", "on", "Monday", "."],
        spaces=[True, True, True, True, True, True, False, False],
        heads=[3, 3, 3, 4, 4, 4, 5, 4],
        deps=["det", "amod", "compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["DET", "ADJ", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        ents=["O", "B-NORP", "B-ORG", "I-ORG", "O", "O", "B-DATE", "O"],
    )


def test_a_demonym_and_a_body_word_make_one_chain_and_one_government_body() -> None:
    ix = index_document(_ministry_said(), load_knowledge(NLP.tokenizer), ())
    st = ActorState()
    hits = collect_hits(ix, st)
    assert [(h.i, h.j, h.kind) for h in hits] == [(1, 2, "demonym"), (2, 4, "sector")]
    chains = build_chains(ix, hits)
    assert [[(h.i, h.j) for h in c.hits] for c in chains] == [[(1, 2), (2, 4)]]
    build_mentions(ix, st, chains)
    body = st.mentions[0]
    assert (body.name, body.type, body.country, body.sector) == (
        "Russian Foreign Ministry",
        "government",
        "RUS",
        "GOV",
    )
    assert all(m.country == "RUS" for m in st.mentions)


def test_a_plural_common_noun_opening_a_sentence_is_no_name() -> None:
    nlp = spacy.blank("en")
    words = ["Neighbours", "said", "so", ".", "Reuters", "said", "it", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        sent_starts=[True, False, False, False, True, False, False, False],
        tags=["NNS", "VBD", "RB", ".", "NNP", "VBD", "PRP", "."],
    )
    assert common_noun_capitalized(doc[0:1])
    assert not common_noun_capitalized(doc[4:5])


def test_a_role_that_serves_no_one_named_is_no_actor() -> None:
    spokesman = SectorWord("spokesman", None, "title", True)
    minister = SectorWord("minister", "GOV", "title", False)
    ministry = Hit(0, 1, "sector", sector=SectorWord("ministry", "GOV", "body", False))
    assert bare_role(Hit(1, 2, "sector", sector=spokesman), [], [])
    assert not bare_role(Hit(1, 2, "sector", sector=spokesman), [ministry], [])
    assert not bare_role(Hit(1, 2, "sector", sector=minister), [], [])


def test_a_plural_noun_never_titles_the_name_after_it() -> None:
    nlp = spacy.blank("en")
    doc = Doc(
        nlp.vocab,
        words=["the", "refugees", "President", "Obama", "wants"],
        tags=["DT", "NNS", "NNP", "NNP", "VBZ"],
    )
    refugees = Hit(1, 2, "sector", sector=SectorWord("refugees", "REF", "title", False))
    president = Hit(
        2, 3, "sector", sector=SectorWord("president", "GOV", "title", False)
    )
    ix = index_document(doc, load_knowledge(lambda s: s.split()), ())
    assert plural_common_noun(ix, refugees)
    assert not plural_common_noun(ix, president)


def _germany_then_businesses() -> Doc:
    # "Germany grew . Businesses said so ."
    words = ["Germany", "grew", ".", "Businesses", "said", "so", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, False, True, True, True, False, False],
        heads=[1, 1, 1, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "NOUN", "VERB", "ADV", "PUNCT"],
        tags=["NNP", "VBD", ".", "NNS", "VBD", "RB", "."],
        ents=["B-GPE", "O", "O", "O", "O", "O", "O"],
    )


def test_a_plural_of_private_bodies_takes_no_country_from_the_story() -> None:
    ix = index_document(_germany_then_businesses(), load_knowledge(NLP.tokenizer), ())
    st = ActorState()
    build_mentions(ix, st, build_chains(ix, collect_hits(ix, st)))
    businesses = [m for m in st.mentions if m.name == "Businesses"]
    assert businesses and businesses[0].sector == "BUS"
    assert businesses[0].country is None  # not DEUBUS


def test_a_name_modifying_a_noun_after_it_takes_no_demonym() -> None:
    # "Filipino Clinton staffers hosted dinners ."
    doc = Doc(
        NLP.vocab,
        words=["Filipino", "Clinton", "staffers", "hosted", "dinners", "."],
        heads=[2, 2, 3, 3, 3, 3],
        deps=["amod", "compound", "nsubj", "ROOT", "dobj", "punct"],
        pos=["ADJ", "PROPN", "NOUN", "VERB", "NOUN", "PUNCT"],
        ents=["B-NORP", "B-PERSON", "O", "O", "O", "O"],
    )
    ix = index_document(doc, load_knowledge(NLP.tokenizer), ())
    clinton = Hit(1, 2, "person")
    assert modifies_noun_after(ix, clinton)
    assert not modifies_noun_after(ix, Hit(4, 5, "person"))


def test_a_body_takes_no_country_named_in_another_paragraph() -> None:
    kb = load_knowledge(NLP.tokenizer)
    vietnam = ("state", "VNM")
    st = ActorState()
    st.mentions.append(
        ActorMention(0, 7, vietnam, "Vietnam", "state", "VNM", None, None, None)
    )
    apart = Doc(
        NLP.vocab,
        words=["Vietnam", "grew", ".", "\n\n", "The", "ministry", "said", "."],
    )
    assert context_country(index_document(apart, kb, ()), st, 5) is None
    near = Doc(NLP.vocab, words=["Vietnam", "grew", ".", "The", "ministry", "said"])
    assert context_country(index_document(near, kb, ()), st, 4) == "VNM"


def test_a_state_opening_a_longer_place_name_is_part_of_that_place() -> None:
    # "He lived in Jamaica Estates ." / "He lived in Jamaica ."
    estates = Doc(
        NLP.vocab,
        words=["He", "lived", "in", "Jamaica", "Estates", "."],
        ents=["O", "O", "O", "B-GPE", "I-GPE", "O"],
    )
    kb = load_knowledge(NLP.tokenizer)
    hits = collect_hits(index_document(estates, kb, ()), ActorState())
    assert [(h.i, h.j, h.kind) for h in hits] == [(3, 5, "place")]
    island = Doc(
        NLP.vocab,
        words=["He", "lived", "in", "Jamaica", "."],
        ents=["O", "O", "O", "B-GPE", "O"],
    )
    hits = collect_hits(index_document(island, kb, ()), ActorState())
    assert [(h.i, h.j, h.kind) for h in hits] == [(3, 4, "name")]


def _glued_dateline(space_after_paren: bool) -> Doc:
    # "(CNN)Governor Mara Quist signed the bill." and the same with a space
    # after the bracket, as a bracketed acronym in a title would have it.
    return Doc(
        NLP.vocab,
        words=["(", "CNN", ")", "Governor", "Mara", "Quist", "signed", "it", "."],
        spaces=[False, False, space_after_paren, True, True, True, True, False, False],
        heads=[1, 5, 1, 5, 5, 6, 6, 6, 6],
        deps=[
            *("punct", "nmod", "punct", "compound", "compound", "nsubj"),
            *("ROOT", "dobj", "punct"),
        ],
        pos=[
            *("PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN"),
            *("VERB", "PRON", "PUNCT"),
        ],
        ents=["O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )


def test_a_dateline_glued_to_a_title_is_not_part_of_it() -> None:
    ix = index_document(_glued_dateline(False), load_knowledge(NLP.tokenizer), ())
    st = ActorState()
    build_mentions(ix, st, build_chains(ix, collect_hits(ix, st)))
    person = next(m for m in st.mentions if m.type == "person")
    assert (person.roles, person.sector) == (["Governor"], "GOV")
    assert ix.doc.text[person.start : person.end] == "Governor Mara Quist"


def test_an_organization_after_a_state_office_is_its_portfolio() -> None:
    from whosaid.actors.compose import portfolio_of_office

    words = ["Minister", "of", "Investment", ",", "Trade", "and", "Industry", "X"]
    ix = index_document(Doc(NLP.vocab, words=words), load_knowledge(NLP.tokenizer), ())
    minister = Hit(0, 1, "sector", sector=SectorWord("minister", "GOV", "title", False))
    org = Hit(2, 7, "org", label="ORG")
    assert portfolio_of_office(ix, [minister, org])
    spokesman = Hit(0, 1, "sector", sector=SectorWord("spokesman", None, "title", True))
    assert not portfolio_of_office(ix, [spokesman, org])  # no office: the employer
    assert not portfolio_of_office(ix, [org, minister])


def test_a_definite_possessor_names_the_earlier_body() -> None:
    from whosaid.actors.bodies import possessor_body

    words = ["IAEA", "inspectors", "left", ".", "the", "agency", "'s", "chief", "X"]
    ix = index_document(Doc(NLP.vocab, words=words), load_knowledge(NLP.tokenizer), ())
    st = ActorState()
    iaea = ActorMention(
        0, 4, ("body", "", "IAEA", "", "iaea agency"), "Agency IAEA", "igo", None,
        "IAEA", None, "IGOUNOIAE",
    )  # fmt: skip
    st.mentions.append(iaea)
    agency = Hit(5, 6, "sector", sector=SectorWord("agency", "GOV", "body", False))
    title = Hit(7, 8, "sector", sector=SectorWord("chief", None, "title", True))
    assert possessor_body(ix, st, [agency, title]) is iaea
    bare = Hit(5, 6, "sector", sector=SectorWord("agency", "GOV", "body", False))
    words[4] = "an"
    ix2 = index_document(Doc(NLP.vocab, words=words), load_knowledge(NLP.tokenizer), ())
    assert possessor_body(ix2, st, [bare, title]) is None  # "an agency's": none


def _adviser_to(name: list[str]) -> Doc:
    # "A senior adviser to Mrs. Mara Quist said ." (a name after "to")
    words = ["A", "senior", "adviser", "to", *name, "said", "."]
    n = len(name)
    said = 4 + n
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True] * (len(words) - 2) + [False, False],
        heads=[2, 2, said, 2] + [3 + n] * (n - 1) + [3, said, said],
        deps=["det", "amod", "nsubj", "prep"]
        + ["compound"] * (n - 1)
        + ["pobj", "ROOT", "punct"],
        pos=["DET", "ADJ", "NOUN", "ADP"] + ["PROPN"] * n + ["VERB", "PUNCT"],
        ents=["O", "O", "O", "O"]
        + (["O"] if name[0] == "Mrs." else [])
        + ["B-PERSON"]
        + ["I-PERSON"] * (n - 2 if name[0] == "Mrs." else n - 1)
        + ["O", "O"],
    )


def test_a_name_after_a_titles_preposition_is_not_its_holder() -> None:
    for name in (["Mrs.", "Mara", "Quist"], ["Mara", "Quist"]):
        ix = index_document(_adviser_to(name), load_knowledge(NLP.tokenizer), ())
        st = ActorState()
        build_mentions(ix, st, build_chains(ix, collect_hits(ix, st)))
        person = next(m for m in st.mentions if m.type == "person")
        assert person.roles == [], name
        assert "adviser" not in ix.doc.text[person.start : person.end], name


def test_an_acronym_joins_the_company_it_abbreviates_by_syllables() -> None:
    from whosaid.actors.grouping import group_mentions
    from whosaid.actors.model import ActorMention

    full = "Nagoya Electric Power Company Holdings Inc."
    company = ActorMention(
        0, len(full), ("org", full.lower()), full, "company", "JPN", None, "BUS", None
    )
    # NER may call the acronym a person
    acronym = ActorMention(
        60, 65, ("person", "nepco"), "NEPCO", "person", None, None, None, None
    )
    other = ActorMention(
        80, 84, ("person", "nasa"), "NASA", "person", None, None, None, None
    )
    drafts = group_mentions([company, acronym, other])
    assert [(d.name, d.mentions) for d in drafts] == [
        (full, [(0, len(full)), (60, 65)]),
        ("NASA", [(80, 84)]),
    ]


def test_a_known_acronym_never_joins_a_name_it_happens_to_spell() -> None:
    from whosaid.actors.grouping import group_mentions
    from whosaid.actors.model import ActorMention

    assembly = "Kuwait's National Assembly"
    body = ActorMention(
        0, 26, ("body", "KWT", "", "LEG", "national assembly"), assembly,
        "government", "KWT", None, "LEG", None,
    )  # fmt: skip
    kuna = ActorMention(
        60, 64, ("org", "kuna"), "KUNA", "media", "KWT", None, "MED", None,
        source="organizations.tsv",
    )  # fmt: skip
    assert len(group_mentions([body, kuna])) == 2


def test_a_name_that_ends_a_longer_full_name_joins_it() -> None:
    from whosaid.actors.grouping import group_mentions
    from whosaid.actors.model import ActorMention

    def person(start: int, name: str) -> ActorMention:
        return ActorMention(
            start, start + len(name), ("person", name.lower()), name, "person",
            None, None, None, None, person_name=name,
        )  # fmt: skip

    full = person(0, "Sultan Al Jaber")
    tail = person(40, "Al Jaber")
    other = person(60, "Ali Jaber")
    drafts = group_mentions([full, tail, other])
    assert [(d.name, d.mentions) for d in drafts] == [
        ("Sultan Al Jaber", [(0, 15), (40, 48)]),
        ("Ali Jaber", [(60, 69)]),
    ]
