"""A quotation label ("Quote:") as a source names nobody: its speaker is
the one a "Source:" line before it names, else the last person, on a
hand-built parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.speakers.labels import label_source
from whosaid.speakers.mentions import build_index

NLP = spacy.blank("en")


def _doc(source_line: bool) -> Doc:
    # 'Source: Zelensky in his address\nAnna Bell spoke .\nQuote: "Hi ."'
    words = ["Source", ":", "Zelensky", "in", "his", "address", "\n"]
    words += ["Anna", "Bell", "spoke", ".", "\n"]
    words += ["Quote", ":", '"', "Hi", ".", '"']
    spaces = [False, True, True, True, True, False, False]
    spaces += [True, True, False, False, False]
    spaces += [False, True, False, False, False, False]
    pos = ["NOUN", "PUNCT", "PROPN", "ADP", "PRON", "NOUN", "SPACE"]
    pos += ["PROPN", "PROPN", "VERB", "PUNCT", "SPACE"]
    pos += ["NOUN", "PUNCT", "PUNCT", "INTJ", "PUNCT", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "O", "O", "O", "O"]
    ents += ["B-PERSON", "I-PERSON", "O", "O", "O"] + ["O"] * 6
    if not source_line:
        words[0] = "Sources"
    heads = [0, 0, 0, 2, 5, 3, 5, 8, 9, 9, 9, 10, 12, 12, 15, 12, 15, 15]
    deps = ["ROOT", "punct", "appos", "prep", "poss", "pobj", "dep"]
    deps += ["compound", "nsubj", "ROOT", "punct", "dep"]
    deps += ["ROOT", "punct", "punct", "appos", "punct", "punct"]
    starts = [True] + [False] * 6 + [True] + [False] * 4 + [True] + [False] * 5
    return Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        ents=ents,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def test_a_quote_label_is_the_source_lines_speaker() -> None:
    doc = _doc(source_line=True)
    ix, ds = build_index(doc, (), ())
    result = label_source(ix, ds, doc[12:13])
    assert result is not None and result.entity is not None
    assert result.entity.name == "Zelensky"


def test_without_a_source_line_the_last_person() -> None:
    doc = _doc(source_line=False)
    ix, ds = build_index(doc, (), ())
    result = label_source(ix, ds, doc[12:13])
    assert result is not None and result.entity is not None
    assert result.entity.name == "Anna Bell"


def test_a_name_is_no_label() -> None:
    doc = _doc(source_line=True)
    ix, ds = build_index(doc, (), ())
    assert label_source(ix, ds, doc[7:9]) is None


def test_a_source_of_punctuation_alone_is_none() -> None:
    from whosaid.records import Attribution, Span
    from whosaid.speakers import resolve_speakers

    # "Anna Bell , a lawyer , called the arrest a kidnapping ."
    words = ["Anna", "Bell", ",", "a", "lawyer", ",", "called", "the", "arrest"]
    words += ["a", "kidnapping", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 8, 6, 10, 6, 6]
    deps = ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "det"]
    deps += ["dobj", "det", "oprd", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET"]
    pos += ["NOUN", "DET", "NOUN", "PUNCT"]
    spaces = [True, False, True, True, False, True, True, True, True, True]
    spaces += [False, False]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 10
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=ents,
        sent_starts=[True] + [False] * 11,
    )
    text = doc.text
    comma = doc[5].idx
    cue = doc[6].idx
    attribution = Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(text, comma, comma + 1),),
        cue=(Span.of(text, cue, cue + len("called")),),
        content=(Span.of(text, doc[7].idx, len(text) - 1),),
        speaker=None,
        confidence=1.0,
        method="test",
    )
    (a,) = resolve_speakers(doc, [attribution])
    assert a.speaker is not None and a.speaker.name == "Anna Bell"
