"""How English news names its sources (issue #9, branch spk18): the rules
that choose the speaker for "the statement said" after a body's words, an
age epithet, "a court spokesperson", a possessed office holder, members of
several bodies, a name given in a relative clause, and the names NER cut
or mislabelled (hand-built parses, no statistical model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from tests.factories import (
    ParsedToken,
    make_actor,
    make_attribution,
    make_speaker,
    parsed_doc,
    span,
)

from whosaid.actors.linked_speaker_names import (
    canonical_speaker_name,
    speaker_for_actor,
)
from whosaid.actors.speaker_phrases import law_phrase, party_members
from whosaid.entities.lexicon import ORG_NOUNS, ORG_SYNONYMS
from whosaid.entities.name_shape import surname_keys
from whosaid.entities.quote_ranges import Ranges
from whosaid.records import Attribution, Span, Speaker
from whosaid.speakers.doc_sources import _body_spoke_since, latest_court
from whosaid.speakers.fragments import (
    described_then_named,
    possessor_first,
    subject_over_clause,
    without_clause_fragments,
)
from whosaid.speakers.groups import (
    age_described,
    body_spokesperson,
    members_of_several,
    name_given_as,
    plural_name,
    possessed_role,
)
from whosaid.speakers.headlines import headline_title
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    Entity,
    Event,
    RoleSpeaker,
)
from whosaid.speakers.name_bounds import (
    org_titles,
    possessive_join,
    titled_person_label,
)
from whosaid.speakers.nominals import central_bank_nominal, is_central_bank
from whosaid.speakers.resolve import resolve_speakers
from whosaid.speakers.salience import spokesperson_again

NLP = spacy.blank("en")


def _event(entity: Entity, start: int, *, speaker: bool = True) -> Event:
    return Event(
        start=start,
        end=start + 5,
        entity=entity,
        subject=True,
        speaker=speaker,
        masked=False,
    )


def _said(doc: Doc, source: str, content: str) -> Attribution:
    return make_attribution(
        id=f"t:{source}",
        kind="indirect",
        source=(span(doc.text, source),),
        content=(span(doc.text, content),),
        confidence=1.0,
    )


# --- "the statement said" -----------------------------------------------------


def test_a_body_that_spoke_after_the_last_statement_owns_the_statement() -> None:
    company = Entity(name="Petroleum Company", kind="org", start=10, end=27)
    presidency = Entity(name="Presidency", kind="org", start=300, end=310)
    minister = Entity(name="Joe Ajaero", kind="person", start=200, end=210)
    ds = Discourse(
        events=[
            _event(company, 10),
            _event(minister, 200),
            _event(presidency, 300),
        ]
    )
    # "In a statement [at 20], the company said … The Presidency said …
    # '…,' the statement [at 400] said"
    assert _body_spoke_since(ds, 20, 400) is presidency
    # a person who spoke after the statement does not take it over, nor a
    # body that spoke before the statement noun
    ds.events.pop()
    assert _body_spoke_since(ds, 20, 400) is None
    ds.events.append(_event(presidency, 15))
    ds.events.sort(key=lambda ev: ev.start)
    assert _body_spoke_since(ds, 20, 400) is None


def test_a_body_too_far_back_owns_no_statement() -> None:
    body = Entity(name="Office", kind="org", start=100, end=106)
    ds = Discourse(events=[_event(body, 100)])
    assert _body_spoke_since(ds, 0, 2000) is None
    assert _body_spoke_since(ds, 0, 400) is body


# --- names NER mislabelled or cut ---------------------------------------------


def _outgoing_president() -> Doc:
    tokens: list[ParsedToken] = [
        ("Outgoing", "ADJ", "JJ", "amod", 3),
        ("President", "PROPN", "NNP", "compound", 3),
        ("Alejandro", "PROPN", "NNP", "compound", 3),
        ("Giammattei", "PROPN", "NNP", "nsubj", 4),
        ("left", "VERB", "VBD", "ROOT", 4),
        (".", "PUNCT", ".", "punct", 4),
    ]
    return parsed_doc(NLP.vocab, tokens, ents=[(0, 4, "WORK_OF_ART")])


def test_a_titled_name_ner_called_a_work_is_a_person() -> None:
    doc = _outgoing_president()
    assert titled_person_label(doc.text, doc.ents[0]) == "PERSON"
    ix, _ = build_index(doc, [], [])
    names = {m.entity.name for m in ix.token_mention.values()}
    assert names == {"Alejandro Giammattei"}


def test_a_work_without_a_title_names_no_one() -> None:
    tokens: list[ParsedToken] = [
        ("War", "PROPN", "NNP", "compound", 2),
        ("and", "CCONJ", "CC", "cc", 0),
        ("Peace", "PROPN", "NNP", "nsubj", 3),
        ("sold", "VERB", "VBD", "ROOT", 3),
    ]
    doc = parsed_doc(NLP.vocab, tokens, ents=[(0, 3, "WORK_OF_ART")])
    assert titled_person_label(doc.text, doc.ents[0]) is None
    doc = _outgoing_president()
    doc.ents = [SpacySpan(doc, 0, 4, label="ORG")]
    assert titled_person_label(doc.text, doc.ents[0]) is None  # left to NER


def test_a_body_name_split_at_a_plural_possessive_is_joined() -> None:
    tokens: list[ParsedToken] = [
        ("The", "DET", "DT", "det", 2),
        ("Nigeria", "PROPN", "NNP", "compound", 2),
        ("Employers", "PROPN", "NNPS", "poss", 5),
        ("'", "PART", "POS", "case", 2),
        ("Consultative", "PROPN", "NNP", "compound", 5),
        ("Association", "PROPN", "NNP", "nsubj", 6),
        ("urged", "VERB", "VBD", "ROOT", 6),
        ("calm", "NOUN", "NN", "dobj", 6),
    ]
    ents = [(0, 4, "ORG"), (4, 6, "ORG")]
    doc = parsed_doc(NLP.vocab, tokens, ents=ents, tight=frozenset({"'"}))
    assert possessive_join(doc, doc.ents[0]) == 6
    assert possessive_join(doc, doc.ents[1]) == 6  # no apostrophe: its own end
    ix, _ = build_index(doc, [], [])
    names = {m.entity.name for m in ix.token_mention.values()}
    assert names == {"Nigeria Employers' Consultative Association"}


def test_a_body_keeps_its_own_organisation_word() -> None:
    text = "Police Headquarters"
    assert org_titles(text, 0, len(text)) == (0, len(text))
    text = "President Biden"
    assert org_titles(text, 0, len(text)) == (len("President "), len(text))


# --- epithets and descriptions ------------------------------------------------


def test_a_definite_age_epithet_with_a_description_is_the_person_named() -> None:
    doc = NLP(
        "Bernardo Arévalo took office. The 65-year-old sociologist and former "
        "diplomat, who won a landslide, said it. A 65-year-old sociologist said so."
    )
    person = Entity(name="Bernardo Arévalo", kind="person", start=0, end=16)
    ds = Discourse(events=[_event(person, 0)])
    start = doc.text.index("The 65")
    end = doc.text.index(", said") + 1
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    found = age_described(ds, span)
    assert found is not None and found.entity is person
    assert found.resolved_by == RESOLVED_NOMINAL
    # an indefinite description introduces someone new
    start = doc.text.index("A 65")
    span = doc.char_span(start, doc.text.index(" said so"), alignment_mode="expand")
    assert span is not None and age_described(ds, span) is None


def _woman_then_named() -> Doc:
    # "A woman said it . She cried , said the woman , who gave her name only
    #  as Sato ."
    tokens: list[ParsedToken] = [
        ("A", "DET", "DT", "det", 1),
        ("woman", "NOUN", "NN", "nsubj", 2),
        ("said", "VERB", "VBD", "ROOT", 2),
        ("it", "PRON", "PRP", "dobj", 2),
        (".", "PUNCT", ".", "punct", 2),
        ("She", "PRON", "PRP", "nsubj", 6),
        ("cried", "VERB", "VBD", "ccomp", 8),
        (",", "PUNCT", ",", "punct", 8),
        ("said", "VERB", "VBD", "ROOT", 8),
        ("the", "DET", "DT", "det", 10),
        ("woman", "NOUN", "NN", "nsubj", 8),
        (",", "PUNCT", ",", "punct", 10),
        ("who", "PRON", "WP", "nsubj", 13),
        ("gave", "VERB", "VBD", "relcl", 10),
        ("her", "PRON", "PRP$", "poss", 15),
        ("name", "NOUN", "NN", "dobj", 13),
        ("only", "ADV", "RB", "advmod", 17),
        ("as", "ADP", "IN", "prep", 13),
        ("Sato", "PROPN", "NNP", "pobj", 17),
        (".", "PUNCT", ".", "punct", 8),
    ]
    return parsed_doc(NLP.vocab, tokens, ents=[(18, 19, "ORG")])


def test_a_name_given_in_a_relative_clause_is_the_person() -> None:
    doc = _woman_then_named()
    ix, ds = build_index(doc, [], [])
    found = name_given_as(ix, ds, doc[10])
    assert found is not None and found.entity is not None
    assert found.entity.name == "Sato" and found.entity.kind == "person"
    assert found.resolved_by == RESOLVED_APPOSITIVE
    assert name_given_as(ix, ds, doc[1]) is None  # no clause names her


def test_an_indefinite_description_is_the_person_the_same_noun_names_next() -> None:
    doc = _woman_then_named()
    ix, _ = build_index(doc, [], [])
    first = _said(doc, "A woman", "it")
    second = _said(doc, "the woman, who gave her name only as Sato", "She cried")
    sato = make_speaker("Sato", resolved_by=RESOLVED_APPOSITIVE)
    found = described_then_named(ix, first, second, sato)
    assert found is not None and found.name == "Sato"
    assert found.resolved_by == RESOLVED_NOMINAL
    assert described_then_named(ix, first, second, make_speaker(None)) is None
    # the same noun, but no longer indefinite before: no description to name
    assert described_then_named(ix, second, second, sato) is None


# --- bodies and their people --------------------------------------------------


def test_a_spokesperson_named_by_a_body_noun_speaks_for_that_body() -> None:
    tokens: list[ParsedToken] = [
        ("a", "DET", "DT", "det", 2),
        ("court", "NOUN", "NN", "compound", 2),
        ("spokesperson", "NOUN", "NN", "nsubj", 3),
        ("said", "VERB", "VBD", "ROOT", 3),
    ]
    doc = parsed_doc(NLP.vocab, tokens)
    court = Entity(name="Constitutional Court", kind="org", start=0, end=0)
    bank = Entity(name="Central Bank", kind="org", start=0, end=0)
    pos = doc[2].idx
    ds = Discourse(events=[_event(court, pos - 300, speaker=False), _event(bank, pos)])
    found = body_spokesperson(ds, doc[2])
    assert found is not None and found.entity is court
    assert body_spokesperson(ds, doc[1]) is None  # "court" is no spokesperson
    ds = Discourse(events=[_event(court, pos - 900, speaker=False)])
    assert body_spokesperson(ds, doc[2]) is None  # too far back


def _presiding_officer() -> Doc:
    tokens: list[ParsedToken] = [
        ("the", "DET", "DT", "det", 1),
        ("Bundestag", "PROPN", "NNP", "poss", 4),
        ("'s", "PART", "POS", "case", 1),
        ("presiding", "VERB", "VBG", "amod", 4),
        ("officer", "NOUN", "NN", "nsubj", 5),
        ("announced", "VERB", "VBD", "ROOT", 5),
    ]
    return parsed_doc(NLP.vocab, tokens, ents=[(1, 2, "ORG")])


def test_an_office_holder_a_body_possesses_is_named_by_the_phrase() -> None:
    doc = _presiding_officer()
    ix, _ = build_index(doc, [], [])
    assert possessed_role(ix, doc[0:5]) == (doc[3].idx, doc[4].idx + len("officer"))
    assert possessed_role(ix, doc[1:2]) is None  # the body itself
    assert possessor_first("the Bundestag's presiding officer") == (
        "Bundestag's presiding officer"
    )
    assert possessor_first("The European Union's foreign policy chief") == (
        "European Union's foreign policy chief"
    )
    assert possessor_first("the ministry's official") == "the ministry's official"
    assert possessor_first("the Greens") == "the Greens"


def test_members_from_several_bodies_are_one_group() -> None:
    tokens: list[ParsedToken] = [
        ("Several", "ADJ", "JJ", "amod", 1),
        ("lawmakers", "NOUN", "NNS", "nsubj", 9),
        ("from", "ADP", "IN", "prep", 1),
        ("the", "DET", "DT", "det", 4),
        ("Greens", "PROPN", "NNPS", "pobj", 2),
        ("and", "CCONJ", "CC", "cc", 4),
        ("the", "DET", "DT", "det", 7),
        ("Left", "PROPN", "NNP", "compound", 8),
        ("FDP", "PROPN", "NNP", "conj", 4),
        ("argued", "VERB", "VBD", "ROOT", 9),
    ]
    doc = parsed_doc(NLP.vocab, tokens, ents=[(4, 5, "ORG"), (8, 9, "ORG")])
    ix, _ = build_index(doc, [], [])
    named = sorted(set(ix.token_mention.values()), key=lambda m: m.start)
    assert len(named) == 2
    assert members_of_several(ix, doc[0:9], named)
    # "the governments of Mali and Niger": the states, and "of" is no "from"
    doc = parsed_doc(
        NLP.vocab, [*tokens[:2], ("of", "ADP", "IN", "prep", 1), *tokens[3:]]
    )
    doc.ents = [SpacySpan(doc, 4, 5, label="ORG"), SpacySpan(doc, 8, 9, label="ORG")]
    ix, _ = build_index(doc, [], [])
    named = sorted(set(ix.token_mention.values()), key=lambda m: m.start)
    assert not members_of_several(ix, doc[0:9], named)


def test_the_central_bank_is_a_central_bank_never_a_commercial_one() -> None:
    assert central_bank_nominal("bank", ["central"])
    assert not central_bank_nominal("bank", ["commercial"])
    doc = NLP("x")
    kinds = {"State Bank of Vietnam": "government", "State Bank of India": "company"}
    ix = DocIndex(
        doc=doc,
        text=doc.text,
        exclude=Ranges(()),
        masked=Ranges(()),
        kind_of=kinds.get,
    )

    def org(name: str) -> Entity:
        return Entity(name=name, kind="org", start=0, end=0)

    assert is_central_bank(ix, org("State Bank of Vietnam"))
    assert is_central_bank(ix, org("Central Bank of Nigeria"))  # its own words
    assert is_central_bank(ix, org("Federal Reserve"))
    assert not is_central_bank(ix, org("State Bank of India"))
    assert not is_central_bank(ix, org("Saigon Commercial Bank"))


def test_a_courts_panel_is_the_court() -> None:
    assert "panel" in ORG_NOUNS
    assert "court" in ORG_SYNONYMS["panel"]


# --- fragments and clauses ----------------------------------------------------


def _leaders_who_protested() -> Doc:
    # "Indigenous leaders , who staged protests outside the office , said it ."
    tokens: list[ParsedToken] = [
        ("Indigenous", "ADJ", "JJ", "amod", 1),
        ("leaders", "NOUN", "NNS", "nsubj", 11),
        (",", "PUNCT", ",", "punct", 1),
        ("who", "PRON", "WP", "nsubj", 4),
        ("staged", "VERB", "VBD", "relcl", 1),
        ("protests", "NOUN", "NNS", "dobj", 4),
        ("outside", "ADP", "IN", "prep", 5),
        ("the", "DET", "DT", "det", 8),
        ("office", "NOUN", "NN", "pobj", 6),
        (",", "PUNCT", ",", "punct", 1),
        ("sadly", "ADV", "RB", "advmod", 11),
        ("said", "VERB", "VBD", "ROOT", 11),
        ("it", "PRON", "PRP", "dobj", 11),
        (".", "PUNCT", ".", "punct", 11),
    ]
    return parsed_doc(NLP.vocab, tokens)


def test_a_fragment_in_a_relative_clause_of_the_source_is_no_source() -> None:
    doc = _leaders_who_protested()
    ix, _ = build_index(doc, [], [])
    leaders = span(doc.text, "Indigenous leaders")
    protests = span(doc.text, "protests outside the office,")
    assert without_clause_fragments(ix, [leaders, protests]) == [leaders]
    sadly = span(doc.text, "sadly")
    assert without_clause_fragments(ix, [leaders, sadly]) == [leaders, sadly]


def test_a_source_in_a_clause_on_the_cues_subject_is_that_subject() -> None:
    # "Joe Ajaero , speaking after a meeting of the council , said workers
    #  would strike ."
    tokens: list[ParsedToken] = [
        ("Joe", "PROPN", "NNP", "compound", 1),
        ("Ajaero", "PROPN", "NNP", "nsubj", 11),
        (",", "PUNCT", ",", "punct", 1),
        ("speaking", "VERB", "VBG", "acl", 1),
        ("after", "ADP", "IN", "prep", 3),
        ("a", "DET", "DT", "det", 6),
        ("meeting", "NOUN", "NN", "pobj", 4),
        ("of", "ADP", "IN", "prep", 6),
        ("the", "DET", "DT", "det", 9),
        ("council", "NOUN", "NN", "pobj", 7),
        (",", "PUNCT", ",", "punct", 1),
        ("said", "VERB", "VBD", "ROOT", 11),
        ("workers", "NOUN", "NNS", "nsubj", 14),
        ("would", "AUX", "MD", "aux", 14),
        ("strike", "VERB", "VB", "ccomp", 11),
        (".", "PUNCT", ".", "punct", 11),
    ]
    doc = parsed_doc(NLP.vocab, tokens, ents=[(0, 2, "PERSON")])
    ix, _ = build_index(doc, [], [])
    cue = [span(doc.text, "said")]
    found = subject_over_clause(ix, [span(doc.text, "the council,")], cue)
    assert found is not None and found.text == "Joe Ajaero"
    # the subject itself, or a source outside its clause, stays as it is
    assert subject_over_clause(ix, [span(doc.text, "Joe Ajaero")], cue) is None
    assert subject_over_clause(ix, [span(doc.text, "workers")], cue) is None


# --- groups named by themselves ------------------------------------------------


def test_a_party_named_by_its_members_plural_keeps_that_name() -> None:
    party = make_actor(name="Democratic Party", type="party", code="USAPTY")
    democrats = make_speaker("Democrats", mention=Span.of("Democrats", 0, 9))
    assert party_members(democrats, party)
    speaker, _ = speaker_for_actor(democrats, party)
    assert speaker.name == "Democrats" and speaker.code == "USAPTY"
    assert canonical_speaker_name(speaker, party).name == "Democrats"
    # the party's own name, an acronym or a person keep the actor's name
    assert not party_members(make_speaker("Democratic Party"), party)
    assert not party_members(make_speaker("SPD"), party)
    person = make_actor(name="Anna Berg", type="person")
    assert not party_members(make_speaker("Bergs"), person)
    assert not party_members(
        Speaker(name="Democrats", mention=None, resolved_by="pronoun"), party
    )


def test_plural_names_are_never_one_member() -> None:
    assert plural_name("Greens") and plural_name("Democrats")
    assert not plural_name("Democrat") and not plural_name("Congress")


def test_a_body_of_law_is_named_by_its_words() -> None:
    assert law_phrase("Vietnamese law") and law_phrase("EU law")
    assert not law_phrase("law") and not law_phrase("the law")
    assert not law_phrase("Vietnam")


# --- names and titles the body uses again --------------------------------------


def test_a_name_joined_by_a_linking_particle_goes_by_its_first_element() -> None:
    assert surname_keys("Waker-Uz-Zaman") == ("waker",)
    assert "zia" in surname_keys("Muhammad Zia-ul-Haq")
    assert surname_keys("Karine Jean-Pierre") == ("jean-pierre", "karine")
    assert surname_keys("Jean-Pierre") == ()


def test_a_headline_role_after_a_semicolon_is_the_person_holding_it() -> None:
    # "Hasina resigns ; army chief says it\nArmy Chief Waker - … said ."
    tokens: list[ParsedToken] = [
        ("Hasina", "PROPN", "NNP", "nsubj", 1),
        ("resigns", "VERB", "VBZ", "ROOT", 1),
        (";", "PUNCT", ":", "punct", 1),
        ("army", "NOUN", "NN", "compound", 4),
        ("chief", "NOUN", "NN", "nsubj", 5),
        ("says", "VERB", "VBZ", "conj", 1),
        ("it", "PRON", "PRP", "dobj", 5),
    ]
    doc = parsed_doc(NLP.vocab, tokens, tight=frozenset({";"}))
    general = Entity(name="Waker-Uz-Zaman", kind="person", start=99, end=113)
    general.titles = {"army", "chief", "general"}
    ds = Discourse(events=[_event(general, len(doc.text) + 5, speaker=False)])
    ix, _ = build_index(doc, [], [])
    found = headline_title(ix, ds, doc[3:5])
    assert found is not None and found.entity is general


def test_a_court_document_speaks_for_the_court_named_before() -> None:
    court = Entity(name="Supreme Court", kind="org", start=0, end=13)
    bare = Entity(name="Court", kind="org", start=50, end=55)
    ds = Discourse(events=[_event(court, 0, speaker=False), _event(bare, 50)])
    assert latest_court(ds, 100) is court  # never the bare "Court"
    assert latest_court(ds, 0) is None


# --- spokespeople ---------------------------------------------------------------


def test_she_after_a_bodys_spokeswoman_is_that_body_again() -> None:
    treasury = Entity(name="Treasury", kind="org", start=0, end=8)
    ds = Discourse(role_speakers={"spokeswoman": RoleSpeaker(treasury, 100)})
    assert spokesperson_again(ds, 300, "f", since=50) is treasury
    assert spokesperson_again(ds, 300, "m", since=50) is None  # "he"
    assert spokesperson_again(ds, 300, "f", since=200) is None  # a woman since
    assert spokesperson_again(ds, 900, "f", since=50) is None  # too far back
    ds = Discourse(role_speakers={"spokesperson": RoleSpeaker(treasury, 100)})
    assert spokesperson_again(ds, 300, "m", since=50) is treasury


def test_a_bodys_spokesman_speaks_for_the_body_named_before() -> None:
    # "The High Court ruled . The court 's spokesman said it ."
    tokens: list[ParsedToken] = [
        ("The", "DET", "DT", "det", 2),
        ("High", "PROPN", "NNP", "compound", 2),
        ("Court", "PROPN", "NNP", "nsubj", 3),
        ("ruled", "VERB", "VBD", "ROOT", 3),
        (".", "PUNCT", ".", "punct", 3),
        ("The", "DET", "DT", "det", 6),
        ("court", "NOUN", "NN", "poss", 8),
        ("'s", "PART", "POS", "case", 6),
        ("spokesman", "NOUN", "NN", "nsubj", 9),
        ("said", "VERB", "VBD", "ROOT", 9),
        ("it", "PRON", "PRP", "dobj", 9),
        (".", "PUNCT", ".", "punct", 9),
    ]
    doc = parsed_doc(NLP.vocab, tokens, ents=[(1, 3, "ORG")])
    a = _said(doc, "The court's spokesman", "it")
    (found,) = resolve_speakers(doc, [a])
    assert found.speaker is not None and found.speaker.name == "High Court"


def test_residents_from_two_places_are_residents() -> None:
    tokens: list[ParsedToken] = [
        ("Residents", "NOUN", "NNS", "nsubj", 5),
        ("from", "ADP", "IN", "prep", 0),
        ("Salford", "PROPN", "NNP", "pobj", 1),
        ("and", "CCONJ", "CC", "cc", 2),
        ("Eccles", "PROPN", "NNP", "conj", 2),
        ("said", "VERB", "VBD", "ROOT", 5),
        ("so", "ADV", "RB", "advmod", 5),
    ]
    doc = parsed_doc(NLP.vocab, tokens, ents=[(2, 3, "GPE"), (4, 5, "GPE")])
    a = _said(doc, "Residents from Salford and Eccles", "so")
    (found,) = resolve_speakers(doc, [a])
    assert found.speaker is not None
    assert found.speaker.name == "Residents from Salford and Eccles"
    assert found.co_speakers == ()


def test_he_after_a_subject_named_in_apposition_is_that_person() -> None:
    # "Odinga said so . Its president , Eric Theuri , told reporters . He
    #  said it ."
    tokens: list[ParsedToken] = [
        ("Odinga", "PROPN", "NNP", "nsubj", 1),
        ("said", "VERB", "VBD", "ROOT", 1),
        ("so", "ADV", "RB", "advmod", 1),
        (".", "PUNCT", ".", "punct", 1),
        ("Its", "PRON", "PRP$", "poss", 5),
        ("president", "NOUN", "NN", "nsubj", 10),
        (",", "PUNCT", ",", "punct", 5),
        ("Eric", "PROPN", "NNP", "compound", 8),
        ("Theuri", "PROPN", "NNP", "appos", 5),
        (",", "PUNCT", ",", "punct", 5),
        ("told", "VERB", "VBD", "ROOT", 10),
        ("reporters", "NOUN", "NNS", "dobj", 10),
        (".", "PUNCT", ".", "punct", 10),
        ("He", "PRON", "PRP", "nsubj", 14),
        ("said", "VERB", "VBD", "ROOT", 14),
        ("it", "PRON", "PRP", "dobj", 14),
        (".", "PUNCT", ".", "punct", 14),
    ]
    ents = [(0, 1, "PERSON"), (7, 9, "PERSON")]
    doc = parsed_doc(NLP.vocab, tokens, ents=ents)
    first = _said(doc, "Odinga", "so")
    second = _said(doc, "He", "it")
    _, found = resolve_speakers(doc, [first, second])
    assert found.speaker is not None and found.speaker.name == "Eric Theuri"
