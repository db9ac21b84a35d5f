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
