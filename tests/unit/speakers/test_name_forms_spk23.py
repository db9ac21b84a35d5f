"""Speaker name forms (issue #9, session 14): a rank or title of British,
Irish and Commonwealth pages ("Coun", "Cllr", "Det Gda") and the letters
after a name ("SC", "MP") are no words of the name; a person's hometown
after "of" is not the speaker ("Greg Whitfield of Everett"); a group of
people keeps where they are ("Doctors in small towns"), a body does not
("Police units" of "Police units in several cities"). Hand-built parses, no
statistical model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import rows_doc

from whosaid.entities.name_spans import strip_post_nominals, strip_titles
from whosaid.nlp.components import name_joins
from whosaid.records import Attribution, Span
from whosaid.speakers import resolve_speakers
from whosaid.speakers.phrases import people_group

NLP = spacy.blank("en")

TAGS = {"NOUN": "NN", "VERB": "VBD", "DET": "DT", "PROPN": "NNP", "ADP": "IN"}


def _span(text: str, part: str) -> tuple[int, int]:
    at = text.index(part)
    return at, at + len(part)


def test_regional_ranks_before_a_name_are_titles() -> None:
    from whosaid.entities.lexicon import ROLE_NOUNS

    for text, name in (
        ("Coun Bev Craig", "Bev Craig"),
        ("Cllr John Leech", "John Leech"),
        ("Det Gda Ronan Cusack", "Ronan Cusack"),
        ("Garda Ronan Cusack", "Ronan Cusack"),
        ("Garda Síochána", "Garda Síochána"),  # the force: no full name after it
        ("Det Supt Anne Lee", "Anne Lee"),
    ):
        start, end = strip_titles(text, 0, len(text))
        assert text[start:end] == name
        start, end = strip_titles(text, 0, len(text), ROLE_NOUNS)
        assert text[start:end] == name


def test_letters_after_a_name_are_no_part_of_it() -> None:
    for text, name in (
        ("Conor Quigley SC", "Conor Quigley"),
        ("Jane Smith MP OBE", "Jane Smith"),
        ("Aoife Darcy BL", "Aoife Darcy"),
        ("Smith MP", "Smith MP"),  # one word of the name is left alone
        ("Conor Quigley Sc", "Conor Quigley Sc"),  # capitals only
    ):
        start, end = strip_post_nominals(text, 0, len(text))
        assert text[start:end] == name


def test_an_entity_ending_in_post_nominal_letters_is_the_person_before_them() -> None:
    doc = Doc(NLP.vocab, words=["Conor", "Quigley", "SC", "said", "so"])
    doc.ents = [spacy.tokens.Span(doc, 0, 3, label="ORG")]
    ents = name_joins(doc).ents
    assert [(e.text, e.label_) for e in ents] == [("Conor Quigley", "PERSON")]
    doc = Doc(NLP.vocab, words=["the", "Nigeria", "Labour", "Congress", "said"])
    doc.ents = [spacy.tokens.Span(doc, 1, 4, label="ORG")]
    assert [e.text for e in name_joins(doc).ents] == ["Nigeria Labour Congress"]
    doc = Doc(NLP.vocab, words=["Jane", "Holdings", "SC", "said"])
    doc.ents = [spacy.tokens.Span(doc, 0, 3, label="ORG")]
    assert [e.text for e in name_joins(doc).ents] == ["Jane Holdings SC"]


def _said(doc: Doc, source: str, cue: str, content: str) -> Attribution:
    text = doc.text
    start, end = _span(text, source)
    at = text.index(cue, end)
    body = text.index(content, at)
    return Attribution(
        id=f"t:a{start}",
        kind="indirect",
        source=(Span.of(text, start, end),),
        cue=(Span.of(text, at, at + len(cue)),),
        content=(Span.of(text, body, body + len(content)),),
        speaker=None,
        confidence=1.0,
        method="test",
    )


def _seller() -> Doc:
    # "Another seller , Greg Whitfield of Everett , said he worried ."
    # (NER took the town for a person)
    rows = [
        ("Another", "DET", "det", 1, " "),
        ("seller", "NOUN", "nsubj", 8, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("Greg", "PROPN", "compound", 4, " "),
        ("Whitfield", "PROPN", "appos", 1, " "),
        ("of", "ADP", "prep", 4, " "),
        ("Everett", "PROPN", "pobj", 5, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("said", "VERB", "ROOT", 8, " "),
        ("he", "PRON", "nsubj", 10, " "),
        ("worried", "VERB", "ccomp", 8, ""),
        (".", "PUNCT", "punct", 8, ""),
    ]
    ents = ["O"] * len(rows)
    ents[3], ents[4], ents[6] = "B-PERSON", "I-PERSON", "B-PERSON"
    doc = rows_doc(NLP.vocab, rows, ents)
    for tok in doc:
        tok.tag_ = TAGS.get(tok.pos_, "")
    return doc


def test_a_persons_hometown_after_of_is_not_the_speaker() -> None:
    doc = _seller()
    source = "Another seller, Greg Whitfield of Everett,"
    (done,) = resolve_speakers(doc, [_said(doc, source, "said", "he worried")])
    assert done.speaker is not None
    assert done.speaker.name == "Greg Whitfield"


def _head(word: str, tag: str = "NNS", lemma: str = "") -> spacy.tokens.Token:
    doc = Doc(NLP.vocab, words=[word])
    doc[0].tag_ = tag
    doc[0].lemma_ = lemma
    return doc[0]


def test_a_plural_of_a_persons_role_is_a_group_of_people() -> None:
    assert people_group(_head("Doctors"))
    assert people_group(_head("lawmakers", lemma="lawmaker"))
    assert people_group(_head("officials"))
    assert not people_group(_head("units", lemma="unit"))
    assert not people_group(_head("official", tag="NN"))


def _tagged(rows: list[tuple[str, str, str, int, str]], ents: list[str]) -> Doc:
    doc = rows_doc(NLP.vocab, rows, ents)
    for tok in doc:
        tok.tag_ = TAGS.get(tok.pos_, "")
    return doc


def _headline_then_named(opening: list[tuple[str, str]], ents: list[str]) -> Doc:
    # "<opening> says the deal is sound .\n<opening> Prime Minister Manasseh
    # Sogavare said the deal was sound ." (one hand-made parse for both lines)
    n = len(opening)
    rows: list[tuple[str, str, str, int, str]] = [
        (w, pos, "compound", n - 1, " ") for w, pos in opening[:-1]
    ]
    rows.append((opening[-1][0], opening[-1][1], "nsubj", n, " "))
    rows += [
        ("says", "VERB", "ROOT", n, " "),
        ("the", "DET", "det", n + 2, " "),
        ("deal", "NOUN", "nsubj", n + 3, " "),
        ("is", "AUX", "ccomp", n, " "),
        ("sound", "ADJ", "acomp", n + 3, ""),
        (".", "PUNCT", "punct", n, ""),
        ("\n", "SPACE", "dep", n + 5, ""),
    ]
    k = len(rows)
    second = [
        ("Solomon", "PROPN", "compound", k + 5),
        ("Islands", "PROPN", "compound", k + 5),
        ("Prime", "PROPN", "compound", k + 3),
        ("Minister", "PROPN", "compound", k + 5),
        ("Manasseh", "PROPN", "compound", k + 5),
        ("Sogavare", "PROPN", "nsubj", k + 6),
        ("said", "VERB", "ROOT", k + 6),
        ("it", "PRON", "nsubj", k + 8),
        ("holds", "VERB", "ccomp", k + 6),
    ]
    rows += [(w, pos, dep, head, " ") for w, pos, dep, head in second]
    rows.append((".", "PUNCT", "punct", k + 6, ""))
    tags = ents + ["O"] * (len(rows) - len(ents))
    tags[k], tags[k + 1] = "B-GPE", "I-GPE"
    tags[k + 4], tags[k + 5] = "B-PERSON", "I-PERSON"
    return _tagged(rows, tags)


def test_a_headlines_state_and_title_is_the_officeholder_named_below() -> None:
    opening = [("Solomon", "PROPN"), ("Islands", "PROPN"), ("PM", "PROPN")]
    doc = _headline_then_named(opening, ["B-PERSON", "I-PERSON", "I-PERSON"])
    first = _said(doc, "Solomon Islands PM", "says", "the deal is sound")
    second = _said(
        doc, "Solomon Islands Prime Minister Manasseh Sogavare", "said", "it holds"
    )

    def kind_of(name: str) -> str | None:
        return "state" if name == "Solomon Islands" else None

    done = resolve_speakers(doc, [first, second], kind_of=kind_of)
    assert [a.speaker.name for a in done if a.speaker] == ["Manasseh Sogavare"] * 2


def _one_sentence(rows: list[tuple[str, str, str, int]], ents: dict[int, str]) -> Doc:
    full = [(w, pos, dep, head, " ") for w, pos, dep, head in rows]
    full[-2] = (*full[-2][:4], "")  # no space before the full stop
    tags = [ents.get(i, "O") for i in range(len(full))]
    return _tagged(full, tags)


def test_a_counterpart_the_phrase_names_is_that_person() -> None:
    doc = _one_sentence(
        [
            ("His", "PRON", "poss", 2),
            ("Macedonian", "ADJ", "amod", 2),
            ("counterpart", "NOUN", "nsubj", 5),
            ("Zoran", "PROPN", "compound", 4),
            ("Zaev", "PROPN", "appos", 2),
            ("said", "VERB", "ROOT", 5),
            ("the", "DET", "det", 7),
            ("deal", "NOUN", "nsubj", 8),
            ("helps", "VERB", "ccomp", 5),
            (".", "PUNCT", "punct", 5),
        ],
        {1: "B-NORP", 3: "B-PERSON", 4: "I-PERSON"},
    )
    source = "His Macedonian counterpart Zoran Zaev"
    (done,) = resolve_speakers(doc, [_said(doc, source, "said", "the deal helps")])
    assert done.speaker is not None
    assert done.speaker.name == "Zoran Zaev"


def test_an_unnamed_politician_or_party_figure_is_anonymous() -> None:
    doc = _one_sentence(
        [
            ("A", "DET", "det", 4),
            ("senior", "ADJ", "amod", 4),
            ("Fianna", "PROPN", "compound", 3),
            ("Fáil", "PROPN", "compound", 4),
            ("figure", "NOUN", "nsubj", 5),
            ("said", "VERB", "ROOT", 5),
            ("the", "DET", "det", 7),
            ("party", "NOUN", "nsubj", 8),
            ("erred", "VERB", "ccomp", 5),
            (".", "PUNCT", "punct", 5),
        ],
        {2: "B-PERSON", 3: "I-PERSON"},  # NER took the party for a person
    )
    source = "A senior Fianna Fáil figure"
    (done,) = resolve_speakers(doc, [_said(doc, source, "said", "the party erred")])
    assert done.speaker is not None
    assert done.speaker.name is None
    doc = _one_sentence(
        [
            ("An", "DET", "det", 2),
            ("opposition", "NOUN", "compound", 2),
            ("politician", "NOUN", "nsubj", 3),
            ("said", "VERB", "ROOT", 3),
            ("residents", "NOUN", "nsubj", 5),
            ("were", "AUX", "ccomp", 3),
            ("angry", "ADJ", "acomp", 5),
            (".", "PUNCT", "punct", 3),
        ],
        {},
    )
    source = "An opposition politician"
    (done,) = resolve_speakers(doc, [_said(doc, source, "said", "residents were")])
    assert done.speaker is not None
    assert done.speaker.name is None


def test_a_name_modifying_a_plural_of_people_is_not_the_speaker() -> None:
    doc = _one_sentence(
        [
            ("Obama", "PROPN", "compound", 1),
            ("officials", "NOUN", "nsubj", 2),
            ("said", "VERB", "ROOT", 2),
            ("the", "DET", "det", 4),
            ("plan", "NOUN", "nsubj", 5),
            ("failed", "VERB", "ccomp", 2),
            (".", "PUNCT", "punct", 2),
        ],
        {0: "B-PERSON"},
    )
    (done,) = resolve_speakers(doc, [_said(doc, "Obama officials", "said", "the plan")])
    assert done.speaker is not None
    assert done.speaker.name == "Obama officials"


def test_counted_party_members_marked_unnamed_are_anonymous() -> None:
    from whosaid.speakers.anonymous import anonymous_source

    rows = [
        ("three", "NUM", "nummod", 1, " "),
        ("Republicans", "PROPN", "nsubj", 6, " "),
        ("familiar", "ADJ", "amod", 1, " "),
        ("with", "ADP", "prep", 2, " "),
        ("the", "DET", "det", 5, " "),
        ("talks", "NOUN", "pobj", 3, " "),
        ("said", "VERB", "ROOT", 6, ""),
        (".", "PUNCT", "punct", 6, ""),
    ]
    doc = rows_doc(NLP.vocab, rows, ["O", "B-NORP", "O", "O", "O", "O", "O", "O"])
    doc[1].tag_ = "NNPS"
    assert anonymous_source(doc[0:6], frozenset({1}))
    uncounted = rows_doc(
        NLP.vocab,
        [(w, pos, dep, head - 1, sp) for w, pos, dep, head, sp in rows[1:]],
        ["B-NORP", "O", "O", "O", "O", "O", "O"],
    )
    uncounted[0].tag_ = "NNPS"
    assert not anonymous_source(uncounted[0:5], frozenset({0}))  # all of them


def test_council_and_bar_ranks_are_role_nouns() -> None:
    from whosaid.entities.lexicon import ROLE_NOUNS, TITLES

    # "the garda said" after "Detective Garda Ronan Cusack told ..."
    assert {"garda", "councillor", "councilor", "barrister", "counsel"} <= ROLE_NOUNS
    assert {"coun", "cllr", "det", "gda"} <= TITLES
