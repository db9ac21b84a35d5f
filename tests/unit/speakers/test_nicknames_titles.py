"""Names with a quoted nickname ('Joko "Jokowi" Widodo'), names after a
capitalised title phrase ("Defence Minister Rustem Umerov"), a name the
parser hung below its role's place, and a subject over a relative clause,
on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.entities.lexicon import ROLE_NOUNS
from whosaid.entities.name_spans import person_after_title
from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import DocIndex, subject_over_relative
from whosaid.speakers.nicknames import nickname_names

NLP = spacy.blank("en")


def _doc(
    words: list[str],
    spaces: list[bool],
    pos: list[str],
    ents: list[str],
    heads: list[int] | None = None,
    deps: list[str] | None = None,
) -> Doc:
    n = len(words)
    return Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents,
        heads=heads if heads is not None else list(range(n)),
        deps=deps if deps is not None else ["dep"] * n,
        sent_starts=[True] + [False] * (n - 1),
    )


# 'Senator Christopher "Bong" Go told reporters .'
BONG = ["Senator", "Christopher", '"', "Bong", '"', "Go", "told", "reporters", "."]
BONG_SPACES = [True, True, False, False, True, True, True, False, False]
BONG_POS = ["PROPN"] * 6 + ["VERB", "NOUN", "PUNCT"]


def test_a_quoted_nickname_is_no_part_of_the_name() -> None:
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"]
    doc = _doc(BONG, BONG_SPACES, BONG_POS, ents + ["O"] * 3)
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    [nick] = nickname_names(ix)
    assert nick.mention.name == "Christopher Go"
    assert nick.nickname == "Bong"
    assert doc.text[nick.mention.start : nick.mention.end] == 'Christopher "Bong" Go'


def test_no_nickname_without_a_person_or_with_two_persons() -> None:
    doc = _doc(BONG, BONG_SPACES, BONG_POS, ["O"] * 9)
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    assert nickname_names(ix) == []  # NER vouches for no person
    # 'Biden "Welcomes" Trump': two persons and a quoted verb
    words = ["Biden", '"', "Welcomes", '"', "Trump", "."]
    spaces = [True, False, False, True, False, False]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "O"]
    doc = _doc(words, spaces, ["PROPN"] * 5 + ["PUNCT"], ents)
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    assert nickname_names(ix) == []


def test_the_nickname_alone_is_a_mention_of_the_person() -> None:
    # 'President Joko "Jokowi" Widodo won . Jokowi denied it .'
    words = ["President", "Joko", '"', "Jokowi", '"', "Widodo", "won", "."]
    words += ["Jokowi", "denied", "it", "."]
    spaces = [True, True, False, False, True, True, False, True]
    spaces += [True, True, False, False]
    pos = ["PROPN"] * 6 + ["VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"]
    ents = ["O", "B-PERSON"] + ["O"] * 10
    heads = [5, 5, 5, 5, 5, 6, 6, 6, 9, 9, 9, 9]
    deps = ["compound", "compound", "punct", "compound", "punct", "nsubj", "ROOT"]
    deps += ["punct", "nsubj", "ROOT", "dobj", "punct"]
    doc = _doc(words, spaces, pos, ents, heads, deps)
    ix, ds = build_index(doc, (), ())
    person = ds.entities["person:joko widodo"]
    assert ix.token_mention[8].entity is person
    jokowi = doc[8].idx
    assert (jokowi, jokowi + len("Jokowi")) in person.mentions


def test_a_name_after_a_capitalised_title_phrase() -> None:
    def cut(text: str) -> str:
        start, end = person_after_title(text, 0, len(text), ROLE_NOUNS)
        return text[start:end]

    assert cut("Defence Minister Rustem Umerov") == "Rustem Umerov"
    assert cut("National Assembly Omar Ayub Khan") == "Omar Ayub Khan"
    text = "Opposition Leader in the National Assembly Omar Ayub Khan"
    assert cut(text) == "Omar Ayub Khan"
    # the first title: "Sultan" is a title and a given name
    assert cut("COP28 President Dr Sultan Al Jaber") == "Dr Sultan Al Jaber"
    # unchanged: a first title (strip_titles' work), an honorific, a body
    assert cut("Minister Wang Yi") == "Minister Wang Yi"
    assert cut("Dr Sultan Al Jaber") == "Dr Sultan Al Jaber"
    assert cut("Bank of America Merrill Lynch") == "Bank of America Merrill Lynch"
    assert cut("the minister Rustem Umerov") == "the minister Rustem Umerov"


def test_a_name_hung_below_its_roles_place_is_the_speaker() -> None:
    # "Opposition Leader in the National Assembly Omar Khan alleged fraud ."
    words = ["Opposition", "Leader", "in", "the", "National", "Assembly"]
    words += ["Omar", "Khan", "alleged", "fraud", "."]
    pos = ["PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN"]
    pos += ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    heads = [1, 8, 1, 7, 5, 7, 7, 2, 8, 8, 8]
    deps = ["compound", "nsubj", "prep", "det", "compound", "compound"]
    deps += ["compound", "pobj", "ROOT", "dobj", "punct"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]
    ents += ["O"] * 3
    doc = _doc(words, [True] * 9 + [False, False], pos, ents, heads, deps)
    from whosaid.records import Span
    from whosaid.speakers.sources import resolve_span

    ix, ds = build_index(doc, (), ())
    assert "person:omar khan" in ds.entities
    source = Span.of(doc.text, 0, doc[7].idx + len("Khan"))
    result = resolve_span(ix, ds, source, Ranges([]))
    assert result.entity is not None and result.entity.name == "Omar Khan"


def test_a_name_before_a_relative_clause_is_the_subject() -> None:
    # "In Caloocan , Teresita Ramos , whose son was shot , said she cried ."
    words = ["In", "Caloocan", ",", "Teresita", "Ramos", ",", "whose", "son"]
    words += ["was", "shot", ",", "said", "she", "cried", "."]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN"]
    pos += ["AUX", "VERB", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    heads = [9, 0, 1, 4, 1, 4, 7, 9, 9, 9, 9, 9, 13, 11, 11]
    deps = ["prep", "pobj", "punct", "compound", "conj", "punct", "poss"]
    deps += ["nsubjpass", "auxpass", "ROOT", "punct", "conj", "nsubj", "ccomp"]
    deps += ["punct"]
    doc = _doc(words, [True] * 14 + [False], pos, ["O"] * 15, heads, deps)
    assert subject_over_relative(doc[3:5])
    assert not subject_over_relative(doc[1:2])  # no relative clause after it
    # the verb after the clause has its own subject: the name is not it
    deps2 = list(deps)
    heads2 = list(heads)
    heads2[12], deps2[12] = 11, "nsubj"
    doc2 = _doc(words, [True] * 14 + [False], pos, ["O"] * 15, heads2, deps2)
    assert not subject_over_relative(doc2[3:5])


def test_a_clause_subject_after_a_name_is_no_appositive_of_it() -> None:
    from whosaid.speakers.titles import right_appositive

    # "Apple must pay Ireland , the EU 's highest court has ruled ."
    words = ["Apple", "must", "pay", "Ireland", ",", "the", "EU", "'s"]
    words += ["highest", "court", "has", "ruled", "."]
    pos = ["PROPN", "AUX", "VERB", "PROPN", "PUNCT", "DET", "PROPN", "PART"]
    pos += ["ADJ", "NOUN", "AUX", "VERB", "PUNCT"]
    heads = [2, 2, 2, 2, 3, 6, 9, 6, 9, 11, 11, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "punct", "det", "poss", "case"]
    deps += ["amod", "nsubj", "aux", "conj", "punct"]
    spaces = [True] * 3 + [False] + [True] * 3 + [True] * 5 + [False]
    spaces[6] = False
    doc = _doc(words, spaces, pos, ["O"] * 13, heads, deps)
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    assert right_appositive(ix, 3) == []
    # "Gavi , the vaccine alliance , said": an appositive
    words = ["Gavi", ",", "the", "vaccine", "alliance", ",", "said", "so", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"]
    heads = [6, 0, 4, 4, 0, 0, 6, 6, 6]
    deps = ["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT"]
    deps += ["advmod", "punct"]
    doc = _doc(
        words,
        [False, True] * 2 + [False] + [True] * 3 + [False],
        pos,
        ["O"] * 9,
        heads,
        deps,
    )
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    assert [t.text for t in right_appositive(ix, 0)] == ["the", "vaccine", "alliance"]


def test_a_body_named_as_a_modifier_of_its_noun_is_the_source() -> None:
    # "The Elysee spoke . The opposition Insoumise Unie party blamed him ."
    from whosaid.records import Span
    from whosaid.speakers.sources import resolve_span

    words = ["The", "Elysee", "spoke", ".", "The", "opposition", "Insoumise"]
    words += ["Unie", "party", "blamed", "him", "."]
    pos = ["DET", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "PROPN", "PROPN"]
    pos += ["NOUN", "VERB", "PRON", "PUNCT"]
    heads = [1, 2, 2, 2, 5, 8, 7, 8, 9, 9, 9, 9]
    deps = ["det", "nsubj", "ROOT", "punct", "det", "nmod", "compound", "nmod"]
    deps += ["nsubj", "ROOT", "dobj", "punct"]
    ents = ["O", "B-ORG", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    spaces = [True, True, False, True, True, True, True, True, True, True]
    spaces += [False, False]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents,
        heads=heads,
        deps=deps,
        sent_starts=[True, False, False, False, True] + [False] * 7,
    )
    ix, ds = build_index(doc, (), ())
    source = Span.of(doc.text, doc[4].idx, doc[8].idx + len("party"))
    result = resolve_span(ix, ds, source, Ranges([]))
    assert result.entity is not None and result.entity.name == "Insoumise Unie"


def test_a_counterpart_is_the_other_person_never_the_nationality() -> None:
    # "Anna Bell met Omar Haddad . His American counterpart said so ."
    from whosaid.records import Span
    from whosaid.speakers.sources import resolve_span

    words = ["Anna", "Bell", "met", "Omar", "Haddad", ".", "His", "American"]
    words += ["counterpart", "said", "so", "."]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "ADJ"]
    pos += ["NOUN", "VERB", "ADV", "PUNCT"]
    heads = [1, 2, 2, 4, 2, 2, 8, 8, 9, 9, 9, 9]
    deps = ["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "poss"]
    deps += ["amod", "nsubj", "ROOT", "advmod", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    ents += ["B-NORP", "O", "O", "O", "O"]
    spaces = [True, True, True, True, False, True, True, True, True, True]
    spaces += [False, False]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * 5 + [True] + [False] * 5,
    )
    ix, ds = build_index(doc, (), ())
    source = Span.of(doc.text, doc[6].idx, doc[8].idx + len("counterpart"))
    result = resolve_span(ix, ds, source, Ranges([]))
    assert result.entity is not None
    assert result.entity.name in {"Anna Bell", "Omar Haddad"}
    assert result.entity.kind == "person"


def test_a_nickname_in_single_quotes_before_a_particle_surname() -> None:
    # "Senator Ronald 'Bato' dela Rosa said ." (NER: three persons)
    words = ["Senator", "Ronald", "'", "Bato", "'", "dela", "Rosa", "said", "."]
    spaces = [True, True, False, False, True, True, True, False, False]
    pos = ["PROPN"] * 7 + ["VERB", "PUNCT"]
    ents = ["O", "B-PERSON", "O", "B-PERSON", "O", "O", "B-PERSON", "O", "O"]
    doc = _doc(words, spaces, pos, ents)
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    [nick] = nickname_names(ix)
    assert nick.mention.name == "Ronald dela Rosa" and nick.nickname == "Bato"


def _obama_biden() -> Doc:
    # "Former President Barack Obama met President Joe Biden at the White
    # House . The former president said so ."
    words = ["Former", "President", "Barack", "Obama", "met", "President", "Joe"]
    words += ["Biden", "at", "the", "White", "House", ".", "The", "former"]
    words += ["president", "said", "so", "."]
    pos = ["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN"]
    pos += ["ADP", "DET", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN"]
    pos += ["VERB", "ADV", "PUNCT"]
    heads = [3, 3, 3, 4, 4, 7, 7, 4, 4, 11, 11, 8, 4, 15, 15, 16, 16, 16, 16]
    deps = ["amod", "compound", "compound", "nsubj", "ROOT", "compound"]
    deps += ["compound", "dobj", "prep", "det", "compound", "pobj", "punct"]
    deps += ["det", "amod", "nsubj", "ROOT", "advmod", "punct"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON"]
    ents += ["O", "B-FAC", "I-FAC", "I-FAC"] + ["O"] * 7
    spaces = [True] * 11 + [False, True] + [True] * 4 + [False, False]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * 12 + [True] + [False] * 5,
    )


def test_a_place_after_another_persons_title_is_no_person() -> None:
    _ix, ds = build_index(_obama_biden(), (), ())
    assert ds.entities["thing:white house"].kind == "fac"


def test_the_former_president_is_the_one_titled_former() -> None:
    from whosaid.records import Span
    from whosaid.speakers.sources import resolve_span

    doc = _obama_biden()
    ix, ds = build_index(doc, (), ())
    source = Span.of(doc.text, doc[13].idx, doc[15].idx + len("president"))
    result = resolve_span(ix, ds, source, Ranges([]))
    assert result.entity is not None and result.entity.name == "Barack Obama"


def test_the_pontiff_is_the_pope_named_before() -> None:
    # "Pope Francis spoke . The pontiff said so ."
    from whosaid.records import Span
    from whosaid.speakers.sources import resolve_span

    words = ["Pope", "Francis", "spoke", ".", "The", "pontiff", "said", "so", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "ADV", "PUNCT"]
    heads = [1, 2, 2, 2, 5, 6, 6, 6, 6]
    deps = ["compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT"]
    deps += ["advmod", "punct"]
    ents = ["O", "B-PERSON"] + ["O"] * 7
    spaces = [True, True, False, True, True, True, True, False, False]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents,
        heads=heads,
        deps=deps,
        tags=["NNP", "NNP", "VBD", ".", "DT", "NN", "VBD", "RB", "."],
        sent_starts=[True, False, False, False, True, False, False, False, False],
    )
    ix, ds = build_index(doc, (), ())
    source = Span.of(doc.text, doc[4].idx, doc[5].idx + len("pontiff"))
    result = resolve_span(ix, ds, source, Ranges([]))
    assert result.entity is not None and result.entity.name == "Francis"


def test_a_description_no_named_title_holds_is_the_person_just_introduced() -> None:
    # "Interior minister Anna Bell spoke . Opposition leader Omar Haddad
    # agreed . The former prime minister said so ."
    from whosaid.records import Span
    from whosaid.speakers.sources import resolve_span

    words = ["Interior", "minister", "Anna", "Bell", "spoke", "."]
    words += ["Opposition", "leader", "Omar", "Haddad", "agreed", "."]
    words += ["The", "former", "prime", "minister", "said", "so", "."]
    pos = ["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    pos += ["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    pos += ["DET", "ADJ", "ADJ", "NOUN", "VERB", "ADV", "PUNCT"]
    heads = [1, 3, 3, 4, 4, 4, 7, 9, 9, 10, 10, 10, 15, 15, 15, 16, 16, 16, 16]
    deps = ["amod", "compound", "compound", "nsubj", "ROOT", "punct"]
    deps += ["compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    deps += ["det", "amod", "amod", "nsubj", "ROOT", "advmod", "punct"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    ents += ["O", "O", "B-PERSON", "I-PERSON", "O", "O"] + ["O"] * 7
    spaces = [True] * 4 + [False, True] + [True] * 4 + [False, True]
    spaces += [True] * 5 + [False, False]
    tags = [""] * 15 + ["NN", "VBD", "RB", "."]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents,
        heads=heads,
        deps=deps,
        tags=tags,
        sent_starts=[True] + [False] * 5 + [True] + [False] * 5 + [True] + [False] * 6,
    )
    ix, ds = build_index(doc, (), ())
    source = Span.of(doc.text, doc[12].idx, doc[15].idx + len("minister"))
    result = resolve_span(ix, ds, source, Ranges([]))
    assert result.entity is not None and result.entity.name == "Omar Haddad"


def test_no_nickname_in_a_title_case_headline() -> None:
    # 'Trump Calls Biden "Sleepy" Joe Again'
    words = ["Trump", "Calls", "Biden", '"', "Sleepy", '"', "Joe", "Again"]
    spaces = [True, True, True, False, False, True, True, False]
    ents = ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "I-PERSON", "O"]
    ents[6] = "B-PERSON"
    doc = _doc(words, spaces, ["PROPN"] * 8, ents)
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    assert nickname_names(ix) == []
    # a short line with one lower-case word is running text: 'Joko "Jokowi"
    # Widodo said.'
    words = ["Joko", '"', "Jokowi", '"', "Widodo", "said", "."]
    spaces = [True, False, False, True, True, False, False]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = _doc(words, spaces, ["PROPN"] * 5 + ["VERB", "PUNCT"], ents)
    ix = DocIndex(doc=doc, text=doc.text, exclude=Ranges([]), masked=Ranges([]))
    assert [n.mention.name for n in nickname_names(ix)] == ["Joko Widodo"]
