"""Speaker rules of issue #9 (session 12, spk19), on hand-built parses (no
statistical model): a medium that quotes someone "as saying" relays that
person's words; a group "reached by" a medium speaks itself; a source who
"gave only her first name, X," is X; members who issue a document issue it
as their body; a name right after "the consultancy" is no person."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import (
    make_actor,
    make_attribution,
    make_speaker,
    rows_doc,
    span,
)

from whosaid.actors.speaker_phrases import (
    body_head_added,
    middle_named,
    owner_by_name,
)
from whosaid.records import Attribution, Span
from whosaid.speakers import resolve_speakers
from whosaid.speakers.apposed import given_name, untagged_lead
from whosaid.speakers.body_names import named_as_body
from whosaid.speakers.groups import short_name
from whosaid.speakers.mentions import build_index
from whosaid.speakers.phrases import head_phrase
from whosaid.speakers.relayed import (
    reached_by_medium,
    relayed_source,
    relaying_verb,
)

NLP = spacy.blank("en")

TAGS = {"NOUN": "NN", "VERB": "VBD", "DET": "DT", "PROPN": "NNP", "ADP": "IN"}


def _doc(rows: list[tuple[str, str, str, int, str]], ents: list[str]) -> Doc:
    doc = rows_doc(NLP.vocab, rows, ents)
    for tok in doc:
        tok.tag_ = TAGS.get(tok.pos_, "")
        tok.lemma_ = tok.lower_
    return doc


def _said(doc: Doc, source: str, content: str, cue: str) -> Attribution:
    text = doc.text
    at = text.index(cue)
    body = text.index(content, at)
    return make_attribution(
        id=f"t:a{text.index(source)}",
        kind="indirect",
        source=(span(text, source),),
        cue=(span(text, cue),),
        content=(Span.of(text, body, body + len(content)),),
        confidence=1.0,
    )


def _quoted_as_saying(obj: str = "Xi", obj_pos: str = "PROPN") -> Doc:
    # "Xinhua quoted Xi as saying talks were useful ."
    rows = [
        ("Xinhua", "PROPN", "nsubj", 1, " "),
        ("quoted", "VERB", "ROOT", 1, " "),
        (obj, obj_pos, "dobj", 1, " "),
        ("as", "ADP", "prep", 1, " "),
        ("saying", "VERB", "pcomp", 3, " "),
        ("talks", "NOUN", "nsubj", 6, " "),
        ("were", "AUX", "ccomp", 4, " "),
        ("useful", "ADJ", "acomp", 6, ""),
        (".", "PUNCT", "punct", 1, ""),
    ]
    ents = ["B-ORG", "O", "B-PERSON" if obj_pos == "PROPN" else "O"] + ["O"] * 6
    return _doc(rows, ents)


def test_a_medium_quoting_someone_as_saying_relays_that_person() -> None:
    doc = _quoted_as_saying()
    ix, _ = build_index(doc, [], [])
    cue = (Span.of(doc.text, doc[4].idx, doc[4].idx + len("saying")),)
    found = relayed_source(ix, cue)
    assert found is not None and found.text == "Xi"
    a = _said(doc, "Xinhua", "talks were useful", "saying")
    (result,) = resolve_speakers(doc, [a])
    assert result.speaker is not None and result.speaker.name == "Xi"


def test_quoted_him_as_saying_points_at_the_pronoun() -> None:
    doc = _quoted_as_saying("him", "PRON")
    ix, _ = build_index(doc, [], [])
    cue = (Span.of(doc.text, doc[1].idx, doc[4].idx + len("saying")),)
    found = relayed_source(ix, cue)
    assert found is not None and found.text == "him"


def test_a_passive_quoted_or_a_plain_cue_relays_no_one() -> None:
    # "Xi was quoted as saying talks were useful": the subject speaks
    rows = [
        ("Xi", "PROPN", "nsubjpass", 2, " "),
        ("was", "AUX", "auxpass", 2, " "),
        ("quoted", "VERB", "ROOT", 2, " "),
        ("as", "ADP", "prep", 2, " "),
        ("saying", "VERB", "pcomp", 3, " "),
        ("talks", "NOUN", "nsubj", 6, " "),
        ("were", "AUX", "ccomp", 4, " "),
        ("useful", "ADJ", "acomp", 6, ""),
    ]
    doc = _doc(rows, ["B-PERSON"] + ["O"] * 7)
    assert relaying_verb(doc[4]) is None
    plain = _quoted_as_saying()
    assert relaying_verb(plain[6]) is None  # "were": no relaying verb above


def test_residents_reached_by_a_medium_are_named_without_it() -> None:
    # "Gunfire rang out , according to residents reached by Al Jazeera ."
    rows = [
        ("Gunfire", "NOUN", "nsubj", 1, " "),
        ("rang", "VERB", "ROOT", 1, " "),
        ("out", "ADP", "prt", 1, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("according", "VERB", "prep", 1, " "),
        ("to", "ADP", "prep", 4, " "),
        ("residents", "NOUN", "pobj", 5, " "),
        ("reached", "VERB", "acl", 6, " "),
        ("by", "ADP", "agent", 7, " "),
        ("Al", "PROPN", "compound", 10, " "),
        ("Jazeera", "PROPN", "pobj", 8, ""),
        (".", "PUNCT", "punct", 1, ""),
    ]
    ents = ["O"] * 9 + ["B-ORG", "I-ORG", "O"]
    doc = _doc(rows, ents)
    doc[6].tag_ = "NNS"
    doc[7].lemma_ = "reach"
    ix, _ = build_index(doc, [], [])
    start = doc.text.index("residents")
    source = Span.of(doc.text, start, len(doc.text) - 1)
    cut = head_phrase(ix, source)
    assert cut is not None and cut.text == "residents"
    assert reached_by_medium(doc[6], doc[7])
    rows[7] = ("gathered", "VERB", "acl", 6, " ")  # no medium's contact
    other = _doc(rows, ents)
    other[6].tag_ = "NNS"
    assert not reached_by_medium(other[6], other[7])


def _gave_her_first_name() -> Doc:
    # "Another woman , who gave only her first name , Iryna , said he left ."
    rows = [
        ("Another", "DET", "det", 1, " "),
        ("woman", "NOUN", "nsubj", 12, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("who", "PRON", "nsubj", 4, " "),
        ("gave", "VERB", "relcl", 1, " "),
        ("only", "ADV", "advmod", 8, " "),
        ("her", "PRON", "poss", 8, " "),
        ("first", "ADJ", "amod", 8, " "),
        ("name", "NOUN", "dobj", 4, ""),
        (",", "PUNCT", "punct", 8, " "),
        ("Iryna", "PROPN", "appos", 8, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("said", "VERB", "ROOT", 12, " "),
        ("he", "PRON", "nsubj", 14, " "),
        ("left", "VERB", "ccomp", 12, ""),
        (".", "PUNCT", "punct", 12, ""),
    ]
    ents = ["O"] * 10 + ["B-PERSON"] + ["O"] * 5
    return _doc(rows, ents)


def test_a_source_who_gave_only_her_first_name_is_that_name() -> None:
    doc = _gave_her_first_name()
    source = "Another woman, who gave only her first name, Iryna,"
    (result,) = resolve_speakers(doc, [_said(doc, source, "he left", "said")])
    assert result.speaker is not None and result.speaker.name == "Iryna"
    ix, _ = build_index(doc, [], [])
    assert given_name(ix, doc[0:12]) is not None
    signed = rows_doc(
        NLP.vocab,
        [
            (t.text if t.i != 4 else "signed", t.pos_, t.dep_, t.head.i, t.whitespace_)
            for t in doc
        ],
        ["O"] * 10 + ["B-PERSON"] + ["O"] * 5,
    )
    ix2, _ = build_index(signed, [], [])
    assert given_name(ix2, signed[0:12]) is None  # "who signed her name": no rule


def test_members_issuing_a_document_issue_it_as_their_body() -> None:
    # "NATO leaders committed to it in a declaration ."
    rows = [
        ("NATO", "PROPN", "compound", 1, " "),
        ("leaders", "NOUN", "nsubj", 2, " "),
        ("committed", "VERB", "ROOT", 2, " "),
        ("to", "ADP", "prep", 2, " "),
        ("it", "PRON", "pobj", 3, " "),
        ("in", "ADP", "prep", 2, " "),
        ("a", "DET", "det", 7, " "),
        ("declaration", "NOUN", "pobj", 5, ""),
        (".", "PUNCT", "punct", 2, ""),
    ]
    doc = _doc(rows, ["B-ORG"] + ["O"] * 8)
    ix, _ = build_index(doc, [], [])
    (mention,) = [m for m in ix.doc_mentions if m.head == "declaration"]
    assert mention.issuer is not None and mention.issuer.name == "NATO"
    plain = rows_doc(
        NLP.vocab,
        [
            (t.text if t.i != 1 else "voters", *r[1:])
            for t, r in zip(doc, rows, strict=True)
        ],
        ["B-ORG"] + ["O"] * 8,
    )
    ix2, _ = build_index(plain, [], [])
    (other,) = [m for m in ix2.doc_mentions if m.head == "declaration"]
    assert other.issuer is None  # "NATO voters": no members of a body


def test_a_name_after_an_organisation_noun_is_a_body() -> None:
    # "Rivas of the consultancy Polis Datos said" / "Rivas of the firm's founder"
    rows = [
        ("Rivas", "PROPN", "nsubj", 6, " "),
        ("of", "ADP", "prep", 0, " "),
        ("the", "DET", "det", 3, " "),
        ("consultancy", "NOUN", "pobj", 1, " "),
        ("Polis", "PROPN", "compound", 5, " "),
        ("Datos", "PROPN", "appos", 0, " "),
        ("said", "VERB", "ROOT", 6, ""),
    ]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    doc = _doc(rows, ents)
    assert named_as_body(doc, 4)
    assert not named_as_body(doc, 0)
    ix, _ = build_index(doc, [], [])
    entity = ix.token_mention[4].entity
    assert entity.kind == "org"
    founder = rows_doc(
        NLP.vocab,
        [
            (t.text if t.i != 3 else "founder", *r[1:])
            for t, r in zip(doc, rows, strict=True)
        ],
        ents,
    )
    assert not named_as_body(founder, 4)


def test_a_persons_office_is_named_by_the_name_the_article_shortens_to() -> None:
    text = (
        "President Felix Tshisekedi spoke. Tshisekedi left. Xi Jinping met him; "
        "Xi said so. Marine Le Pen spoke; Le Pen left. Aurelio Vance spoke."
    )
    assert short_name(text, "Felix Tshisekedi") == "Tshisekedi"
    assert short_name(text, "Xi Jinping") == "Xi"  # family name first
    assert short_name(text, "Marine Le Pen") == "Le Pen"  # with its particle
    assert short_name(text, "Aurelio Vance") == "Aurelio Vance"  # never shortened


def test_an_office_named_from_his_takes_the_code_of_the_person_so_named() -> None:
    kinds = frozenset({"person", "government"})
    felix = make_actor(name="Felix Tshisekedi", type="person", code="CODGOV")
    other = make_actor(name="Corneille Nangaa", type="person", code="CODREB")
    assert owner_by_name("Tshisekedi's office", [felix, other], kinds) is felix
    assert owner_by_name("Kabila's office", [felix, other], kinds) is None
    assert owner_by_name("office", [felix], kinds) is None


def _name_then_description() -> Doc:
    # "Heidi Brunner , a retired nurse from Biel , said it" (NER missed the
    # name and took the town for a person)
    rows = [
        ("Heidi", "PROPN", "compound", 1, " "),
        ("Brunner", "PROPN", "nsubj", 9, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("a", "DET", "det", 5, " "),
        ("retired", "ADJ", "amod", 5, " "),
        ("nurse", "NOUN", "appos", 1, " "),
        ("from", "ADP", "prep", 5, " "),
        ("Biel", "PROPN", "pobj", 6, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("said", "VERB", "ROOT", 9, " "),
        ("it", "PRON", "dobj", 9, ""),
    ]
    ents = ["O"] * 7 + ["B-PERSON"] + ["O"] * 3
    return _doc(rows, ents)


def test_an_untagged_name_before_its_description_is_the_speaker() -> None:
    doc = _name_then_description()
    ix, _ = build_index(doc, [], [])
    assert untagged_lead(ix, doc[0:9]) == (0, 2)
    assert untagged_lead(ix, doc[3:9]) is None  # a description, no name first
    source = "Heidi Brunner, a retired nurse from Biel,"
    (result,) = resolve_speakers(doc, [_said(doc, source, "it", "said")])
    assert result.speaker is not None and result.speaker.name == "Heidi Brunner"


def test_a_known_name_with_a_middle_name_keeps_the_texts_fuller_form() -> None:
    known = make_actor(name="Jane Aceng", type="person", code="UGAGOV")
    assert middle_named(make_speaker(name="Jane Ruth Aceng"), known)
    assert not middle_named(make_speaker(name="Jane Aceng"), known)
    assert not middle_named(make_speaker(name="Mary Jane Aceng"), known)
    assert not middle_named(make_speaker(name="Jane ruth Aceng"), known)


def test_a_body_noun_after_the_actors_name_keeps_the_texts_phrase() -> None:
    junta = make_actor(name="Myanmar's military", type="government", code="MMRMIL")
    own = "unresolved"  # the speaker stage kept the text's own words
    said = make_speaker(name="Myanmar's military government", resolved_by=own)
    assert body_head_added(said, junta)
    same = make_speaker(name="Myanmar's military", resolved_by=own)
    assert not body_head_added(same, junta)
    chief = make_speaker(name="Myanmar's military chief", resolved_by=own)
    assert not body_head_added(chief, junta)
    named = make_speaker(name="Myanmar's military government", resolved_by="name")
    assert not body_head_added(named, junta)  # only the text's own words
