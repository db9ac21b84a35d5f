"""Party words: the singular and adjective forms of parties ("Conservative",
"Tory") and the sector of a person named by party."""

from __future__ import annotations

import pytest
import spacy

from whosaid.actors import load_knowledge
from whosaid.actors.knowledge_records import Entry
from whosaid.actors.parties import party_forms, party_word_entries
from whosaid.actors.party_sectors import party_sector
from whosaid.actors.people import Link, Office, Person

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("pattern", "forms"),
    [
        ("Conservative Party", ["Conservative"]),
        ("Conservatives", ["Conservative"]),
        ("Tories", ["Tory"]),
        ("Liberal Democrats", ["Liberal Democrat"]),
        ("Democrats", ["Democrat"]),
        ("Republican Party", ["Republican"]),
        ("Greens", ["Green"]),
        ("Renaissance party", []),  # a noun, no adjective
        ("Communist Party of China", []),
        ("Lebanese Forces", []),  # a plural that names no member
        ("CDU", []),
        ("Labour", []),
    ],
)
def test_party_forms(pattern: str, forms: list[str]) -> None:
    assert party_forms(pattern) == forms


def _party(pattern: str, country: str | None) -> Entry:
    return Entry(
        pattern, pattern, "party", country, None, "PTY", None, "org", "t", False
    )


def test_a_form_two_countries_share_is_kept_once_per_country() -> None:
    made = party_word_entries(
        [
            _party("Scottish National Party", "GBR"),
            _party("Conservatives", "GBR"),
            _party("Liberal Party", "CAN"),
            _party("Liberal Party", "AUS"),
            _party("Liberals", "CAN"),
        ]
    )
    assert {(e.pattern, e.country, e.exact_case) for e in made} == {
        ("Scottish National", "GBR", True),
        ("Conservative", "GBR", True),
        ("Liberal", "CAN", True),
        ("Liberal", "AUS", True),
    }


def _party_hit(text: str, words: tuple[str, ...]) -> Entry | None:
    from whosaid.actors.hits import collect_hits
    from whosaid.actors.model import ActorState, index_document

    ix = index_document(NLP(text), load_knowledge(NLP.tokenizer), ())
    for h in collect_hits(ix, ActorState()):
        if tuple(ix.lower[h.i : h.j]) == words:
            return h.entry
    return None


def test_a_shared_party_name_takes_the_country_the_article_names_most() -> None:
    words = ("conservative", "party")
    canada = "The Conservative Party won in Canada. Canada's economy grew."
    britain = "The Conservative Party won in Britain, British papers said."
    for text, want in ((canada, "CAN"), (britain, "GBR")):
        entry = _party_hit(text, words)
        assert entry is not None and entry.country == want, text


def test_a_shared_party_name_with_no_country_named_or_a_tie_has_none() -> None:
    for text in (
        "The Conservative Party won the vote.",
        "The Conservative Party won. Canada and Britain watched.",
        "The Conservative Party won. The French and Germans watched.",
    ):
        entry = _party_hit(text, ("conservative", "party"))
        assert entry is not None and entry.country is None, text
        assert entry.sector == "PTY"


def test_a_country_in_the_party_s_own_paragraph_weighs_more() -> None:
    text = (
        "Britain and Britain again.\n\nIn Canada, the Liberals said the vote was fair."
    )
    entry = _party_hit(text, ("liberals",))
    assert entry is not None and entry.country == "CAN"
    # a paragraph naming no candidate: the article's count decides
    text = (
        "Australia voted.\n\nAustralia counted; Canada watched.\n\n"
        "Then the Liberals won."
    )
    entry = _party_hit(text, ("liberals",))
    assert entry is not None and entry.country == "AUS"


def test_shipped_party_words_read_only_capitalized() -> None:
    kb = load_knowledge(NLP.tokenizer)
    (tory,) = kb.names[("tory",)]
    assert (tory.name, tory.country, tory.exact_case) == (
        "Conservative Party",
        "GBR",
        True,
    )
    assert kb.names[("republican",)][0].country == "USA"
    assert kb.names[("liberal", "democrat")][0].country == "GBR"
    # a form several countries' parties share: one entry per country
    assert {e.country for e in kb.names[("conservative",)]} == {"GBR", "CAN"}


def _link(sector: str, end: str, former: bool) -> Link:
    office = Office("GBR", None, sector, "x", "2020-01-01", end, "t")
    return Link(Person("Q1", "X Y", (office,)), office, former=former)


def test_a_party_leader_out_of_office_leads_the_opposition() -> None:
    out = _link("GOV", "2022-01-01", former=True)
    assert party_sector(["Conservative leader"], out) == "OPP"
    assert party_sector(["Conservative donor"], out) == "PTY"


def test_a_party_leader_or_member_in_office_takes_the_office() -> None:
    assert party_sector(["Labour leader"], _link("GOV", "", former=False)) == "GOV"
    assert party_sector([], _link("LEG", "", former=False)) == "LEG"


def test_a_party_nominee_stays_pty_whatever_office_they_hold() -> None:
    held = _link("GOV", "", former=False)
    assert party_sector(["Republican vice-presidential nominee"], held) == "PTY"


def test_a_party_form_opening_a_sentence_needs_a_party_word_or_a_name() -> None:
    from spacy.tokens import Doc

    from whosaid.actors.parties import party_word_reads

    def reads(words: list[str], i: int) -> bool:
        starts = [k == 0 for k in range(len(words))]
        return party_word_reads(
            Doc(NLP.vocab, words=words, sent_starts=starts)[i : i + 1]
        )

    assert not reads(["Conservative", "economist", "X", "said"], 0)
    assert reads(["Conservative", "leader", "X", "said"], 0)
    assert reads(["He", "met", "Conservative", "economist", "X"], 2)


def test_a_party_named_as_a_modifier_or_beside_a_person_is_no_speaker() -> None:
    from whosaid.actors.model import ActorDraft
    from whosaid.actors.party_members import party_as_modifier
    from whosaid.actors.speaker_links import member_of_party
    from whosaid.records import Span, Speaker

    text = "two Democratic speechwriters"
    party = ActorDraft(
        ("party",), "Democratic Party", "party", "USA", None, "PTY", None
    )
    party.mentions = [(4, 14)]
    assert party_as_modifier(party, Span(start=0, end=len(text), text=text))
    assert not party_as_modifier(party, Span(start=4, end=14, text="Democrats."))
    member = "the Wisconsin Republican"  # a member's noun: a person
    gop = ActorDraft(("party",), "Republican Party", "party", "USA", None, "PTY", None)
    gop.mentions = [(14, 24)]
    assert party_as_modifier(gop, Span(start=0, end=24, text=member))
    voice = "a Democratic source"
    assert not party_as_modifier(party, Span(start=2, end=21, text=voice))
    king = Speaker(name="Charlie King", resolved_by="appositive", mention=None)
    assert member_of_party(king, party)
    anc = Speaker(name="Democratic Party", resolved_by="name", mention=None)
    assert not member_of_party(anc, party)
    owner = Speaker(name="Sierra Leone", resolved_by="appositive", mention=None)
    source = "Sierra Leone's opposition Democratic Party"
    assert not member_of_party(owner, party, [Span(start=0, end=42, text=source)])


def test_a_party_before_a_state_office_is_only_the_holders_party() -> None:
    from whosaid.actors.compose import party_of_officeholder

    gop = _party("Republican", "USA")
    assert party_of_officeholder(gop, "GOV", {"secretary", "of", "state"})
    assert not party_of_officeholder(gop, "GOV", {"leader"})
    assert not party_of_officeholder(gop, "LEG", {"senator"})


def test_a_party_form_inside_another_name_is_no_party() -> None:
    from spacy.tokens import Doc

    from whosaid.actors.parties import inside_longer_name, party_word_reads

    words = ["data", "by", "the", "Association", "for", "Democratic", "Reforms"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    doc = Doc(NLP.vocab, words=words, ents=ents)
    assert inside_longer_name(doc[5:6])
    assert not party_word_reads(doc[5:6])
    rep = Doc(NLP.vocab, words=["He", "met", "Democratic", "Rep.", "Adam", "Schiff"])
    assert not inside_longer_name(rep[2:3])


def test_a_party_name_ending_a_longer_unknown_name_is_another_party() -> None:
    from spacy.tokens import Doc

    from whosaid.actors.model import index_document

    kb = load_knowledge(NLP.tokenizer)

    def names(words: list[str]) -> list[str]:
        starts = [k == 0 for k in range(len(words))]
        doc = Doc(NLP.vocab, words=words, sent_starts=starts)
        ix = index_document(doc, kb, ())
        return [doc[h.i : h.j].text for h in ix.scanner.scan() if h.kind == "name"]

    assert "Democrats" not in names(["He", "backs", "the", "Christian", "Democrats"])
    assert "Democrats" in names(["He", "said", "US", "Democrats", "failed"])


def test_a_lower_case_head_word_after_a_capitalized_name_is_a_party_head() -> None:
    from whosaid.actors.parties import party_head_role

    assert party_head_role("Congress president")
    assert party_head_role("ANC chief")
    assert not party_head_role("Republican President")  # the state's office
    assert not party_head_role("president")
    assert party_sector(["Congress president"], _link("GOV", "2010", True)) == "OPP"


def test_a_party_head_with_only_a_stale_office_leads_the_opposition() -> None:
    office = Office("IND", None, "GOV", "", "2009-08-01", "", "phx")
    stale = Link(Person("Q1", "X Y", (office,)), office, former=False, stale=True)
    assert party_sector(["Congress president"], stale) == "OPP"
    assert party_sector(["Congress general secretary"], stale) == "PTY"
    held = Link(Person("Q1", "X Y", (office,)), office, former=False)
    assert party_sector(["Congress president"], held) == "GOV"
