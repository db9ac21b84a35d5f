"""DocView gives what spaCy's own Token and Span attributes give."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import ORTH
from spacy.attrs import POS as POS_ATTR
from spacy.tokens import Doc
from spacy.vocab import Vocab

from whosaid.nlp.view import DocView, doc_view, word_indices

WORDS = ["Hicks", "said", ":", "\n", "The", "PLAN", "works", "\u201c", "ran", "."]
SPACES = [True, False, True, False, True, True, False, False, False, True]
POS = [
    "PROPN",
    "VERB",
    "PUNCT",
    "SPACE",
    "DET",
    "NOUN",
    "VERB",
    "PUNCT",
    "VERB",
    "PUNCT",
]


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    return spacy.blank("en").vocab


def make_doc(vocab: Vocab) -> Doc:
    return Doc(vocab, words=WORDS, spaces=SPACES, pos=POS)


def test_columns_are_the_token_attributes(vocab: Vocab) -> None:
    doc = make_doc(vocab)
    view = DocView(doc)
    assert len(view) == len(doc)
    assert view.lower(doc) == [t.lower_ for t in doc]
    assert view.strings(doc, ORTH) == [t.text for t in doc]
    assert view.strings(doc, POS_ATTR) == [t.pos_ for t in doc]
    assert view.starts(doc) == [t.idx for t in doc]
    assert view.ends(doc) == [t.idx + len(t.text) for t in doc]


@pytest.mark.parametrize(
    "pos", [("VERB",), ("NOUN", "PROPN"), ("ADJ",), (), ("X-POS",)]
)
def test_with_pos_is_the_pos_filter(vocab: Vocab, pos: tuple[str, ...]) -> None:
    doc = make_doc(vocab)
    assert doc_view(doc).with_pos(doc, pos) == [t.i for t in doc if t.pos_ in pos]


def test_an_empty_doc(vocab: Vocab) -> None:
    doc = Doc(vocab, words=[])
    assert doc_view(doc).lower(doc) == []
    assert doc_view(doc).with_pos(doc, ("NOUN",)) == []


def test_the_view_is_kept_with_its_doc(vocab: Vocab) -> None:
    doc = make_doc(vocab)
    assert doc_view(doc) is doc_view(doc)
    assert doc_view(make_doc(vocab)) is not doc_view(doc)


def test_a_doc_with_a_view_still_serializes(vocab: Vocab) -> None:
    doc = make_doc(vocab)
    doc_view(doc).lower(doc)
    assert Doc(vocab).from_bytes(doc.to_bytes()).text == doc.text


# "The envoy and his aides met Kim, who said they and we both agreed on trade
# talks and tariffs today": coordinated nouns and pronouns, a compound and a
# noun under a label that makes no chunk
PARSE = [
    # word, pos, dep, head
    ("The", "DET", "det", 1),
    ("envoy", "NOUN", "nsubj", 5),
    ("and", "CCONJ", "cc", 1),
    ("his", "PRON", "poss", 4),
    ("aides", "NOUN", "conj", 1),
    ("met", "VERB", "ROOT", 5),
    ("Kim", "PROPN", "dobj", 5),
    (",", "PUNCT", "punct", 6),
    ("who", "PRON", "nsubj", 9),
    ("said", "VERB", "relcl", 6),
    ("they", "PRON", "nsubj", 14),
    ("and", "CCONJ", "cc", 10),
    ("we", "PRON", "conj", 10),
    ("both", "DET", "advmod", 14),
    ("agreed", "VERB", "ccomp", 9),
    ("on", "ADP", "prep", 14),
    ("trade", "NOUN", "compound", 17),
    ("talks", "NOUN", "pobj", 15),
    ("and", "CCONJ", "cc", 17),
    ("tariffs", "NOUN", "conj", 17),
    ("today", "NOUN", "npadvmod", 14),
]


def test_noun_chunks_are_spacys(vocab: Vocab) -> None:
    words, pos, deps, heads = (list(col) for col in zip(*PARSE, strict=True))
    doc = Doc(vocab, words=words, pos=pos, deps=deps, heads=heads)
    want = [(c.start, c.end) for c in doc.noun_chunks]
    assert doc_view(doc).noun_chunks(doc) == want
    assert (3, 5) in want and (19, 20) in want  # coordinated chunks


def test_noun_chunks_of_an_unparsed_doc_raise_as_spacy_does(vocab: Vocab) -> None:
    doc = make_doc(vocab)
    with pytest.raises(ValueError, match="E029"):
        doc_view(doc).noun_chunks(doc)


def _line_end_by_scan(doc: Doc, first: int) -> int:
    """The token-by-token scan that :meth:`DocView.line_ends` replaces."""
    last = first
    for i in range(first, len(doc)):
        token = doc[i]
        if token.is_space and "\n" in token.text:
            break
        if not token.is_space:
            last = i
    return last + 1


@pytest.mark.parametrize(
    "text",
    [
        "One line only.",
        "Headline\n\nBy Jane Doe \nWASHINGTON — The minister said.\n",
        "\n\nLeading breaks then words  \n \n  and spaces\n",
        "a\nb\n\nc  d\n",
        "",
    ],
)
def test_line_ends_are_the_scan_of_each_line(text: str) -> None:
    doc = spacy.blank("en")(text)
    ends = doc_view(doc).line_ends(doc)
    assert ends == [_line_end_by_scan(doc, i) for i in range(len(doc))]


def _line_starts_by_scan(doc: Doc) -> list[int]:
    """The token-by-token scan that :meth:`DocView.line_starts` replaces."""
    starts: list[int] = []
    after_newline = True
    for token in doc:
        if token.is_space:
            after_newline = after_newline or "\n" in token.text
            continue
        if after_newline:
            starts.append(token.i)
        after_newline = "\n" in token.whitespace_
    return starts


@pytest.mark.parametrize(
    "text",
    [
        "One line only.",
        "Headline\n\nBy Jane Doe \nWASHINGTON — The minister said.\n",
        "\n\nLeading breaks then words  \n \n  and spaces\n",
        "a\nb\n\nc  d\n",
        "",
    ],
)
def test_line_starts_are_the_scan_of_each_line(text: str) -> None:
    doc = spacy.blank("en")(text)
    assert doc_view(doc).line_starts(doc) == _line_starts_by_scan(doc)


def test_line_starts_of_a_doc_with_lines() -> None:
    doc = spacy.blank("en")("Title\n\n  Body words here.\nLast")
    starts = doc_view(doc).line_starts(doc)
    assert [doc[i].text for i in starts] == ["Title", "Body", "Last"]


def test_word_indices_leave_out_punctuation_and_space() -> None:
    doc = spacy.blank("en")('He said , "we will \n win" .  ')
    wanted = [t.i for t in doc if not (t.is_punct or t.is_space)]
    assert word_indices(doc, range(len(doc))) == wanted
    assert word_indices(doc, [5, 0, 3]) == [i for i in (5, 0, 3) if i in wanted]
    assert word_indices(doc, []) == []


def test_answers_are_kept_per_doc_and_question(vocab: Vocab) -> None:
    doc, other = make_doc(vocab), make_doc(vocab)
    kept = doc_view(doc).answers("q")
    kept[1] = True
    assert doc_view(doc).answers("q") == {1: True}
    assert doc_view(doc).answers("r") == {}
    assert doc_view(other).answers("q") == {}
