"""Transcript turns under a speaker line in ordinary case."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from whosaid.attribution.turn_labels import (
    interview_turn_findings,
    own_line_label,
    own_line_turn_findings,
)

_NAMES = frozenset({"Nadia", "Pruitt", "Pete", "Buttigieg"})


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.blank("en")


def _doc(nlp: Any, text: str) -> Any:
    doc = nlp(text)
    for token in doc:
        if token.text in _NAMES:
            token.pos_ = "PROPN"
    return doc


def _turns(nlp: Any, text: str) -> list[tuple[str, list[str]]]:
    doc = _doc(nlp, text)
    out = []
    for f in own_line_turn_findings(doc):
        assert [doc[i].text for i in f.cue] in ([":"], ["):"])
        source = doc[f.source[0] : f.source[-1] + 1].text
        content = [doc[r[0] : r[-1] + 1].text for r in f.content]
        out.append((source, content))
    return out


_INTERVIEW = (
    "Transcript\n\n"
    "Nadia Pruitt:\n"
    "The agency said today that a data file was damaged.\n\n"
    "I spoke a short time ago with the secretary.\n\n"
    "Nadia Pruitt:\n"
    "Secretary, what do you know tonight about the cause?\n\n"
    "Pete Buttigieg, U.S. Secretary of Transportation:\n"
    "What we know so far is that a database file was damaged.\n\n"
    "Nadia Pruitt:\n"
    "Thank you for joining us tonight.\n\n"
    "Support for the program comes from our viewers.\n"
)


def test_turns_under_speaker_lines(nlp: Any) -> None:
    assert _turns(nlp, _INTERVIEW) == [
        (
            "Nadia Pruitt",
            [
                "The agency said today that a data file was damaged",
                "I spoke a short time ago with the secretary",
            ],
        ),
        ("Nadia Pruitt", ["Secretary, what do you know tonight about the cause"]),
        (
            "Pete Buttigieg",
            ["What we know so far is that a database file was damaged"],
        ),
        # the last turn keeps its first paragraph: the page goes on after it
        ("Nadia Pruitt", ["Thank you for joining us tonight"]),
    ]


def test_no_speaker_coming_back_makes_no_transcript(nlp: Any) -> None:
    # each name labels one line only
    text = (
        "Nadia Pruitt:\nWhat do you know tonight about the cause?\n\n"
        "Pete Buttigieg:\nWhat we know so far is that a file was damaged.\n"
    )
    assert _turns(nlp, text) == []


def test_page_labels_and_lines_with_words_after_the_colon(nlp: Any) -> None:
    doc = _doc(nlp, "Read More:\nNadia Pruitt: She said it was damaged.\n")
    assert own_line_label(doc, 0) is None  # a page label word
    assert own_line_label(doc, 3) is None  # words follow the colon
    doc = _doc(nlp, "Nadia Pruitt, host:\n")
    label = own_line_label(doc, 0)
    assert label is not None
    assert [doc[i].text for i in label[0]] == ["Nadia", "Pruitt"]
    # a lower-case or unnamed line is no label
    assert own_line_label(_doc(nlp, "the question is:\n"), 0) is None
    assert own_line_label(_doc(nlp, "The Question:\n"), 0) is None
    # a name in capitals is the capitals turns' rule
    assert own_line_label(_doc(nlp, "NADIA PRUITT, HOST:\n"), 0) is None


def _interview(nlp: Any, text: str) -> list[tuple[str, list[str]]]:
    doc = _doc(nlp, text)
    out = []
    for f in interview_turn_findings(doc):
        source = doc[f.source[0] : f.source[-1] + 1].text
        out.append((source, [doc[r[0] : r[-1] + 1].text for r in f.content]))
    return out


_QA = (
    "M&G: What did the march achieve?\n\n"
    "Vavi: It put the cost of living on the agenda. The president's office told us "
    "they would respond.\n\n"
    "M&G: What happens next?\n\n"
    "Vavi: We are going back to Nedlac.\n\n"
    "We will give formal notice of a protest this week.\n\n"
    "M&G: Thank you.\n"
)


def test_interview_turns_on_labelled_lines(nlp: Any) -> None:
    assert _interview(nlp, _QA) == [
        ("M&G", ["What did the march achieve"]),
        (
            "Vavi",
            [
                "It put the cost of living on the agenda. The president's office"
                " told us they would respond",
            ],
        ),
        ("M&G", ["What happens next"]),
        (
            "Vavi",
            [
                "We are going back to Nedlac",
                "We will give formal notice of a protest this week",
            ],
        ),
        ("M&G", ["Thank you"]),
    ]


def test_one_speaker_or_capitals_labels_make_no_interview(nlp: Any) -> None:
    # a live blog's headlines: one name opens lines twice, no one else does
    text = "McCarthy: 'We did it.'\n\nMcCarthy: 'Thank you all.'\n\nPhoto: AP\n"
    assert _interview(nlp, text) == []
    # "HOST:" / "RAHMAN:" are the capitals turns' rule
    text = "HOST: Why?\n\nRAHMAN: Because.\n\nHOST: When?\n\nRAHMAN: Now.\n"
    assert _interview(nlp, text) == []
    # page label words are never names
    text = "Read more: A story\n\nRead more: B story\n\nVavi: No.\n\nVavi: Yes.\n"
    assert _interview(nlp, text) == []


_PRESS_CONFERENCE = (
    "Nadia Pruitt (Agency Spokesperson):\n"
    "Good afternoon. The minister will make short remarks first.\n\n"
    "Pete Buttigieg (Secretary of Transportation):\n"
    "Thank you. The database file was damaged overnight.\n\n"
    "We will know more by the evening.\n\n"
    "Question (Reuters):\n"
    "Secretary, when will the flights resume?\n\n"
    "Pete Buttigieg (Secretary of Transportation):\n"
    "Most of them are flying again this afternoon.\n\n"
    "Nadia Pruitt (Agency Spokesperson):\n"
    "Thank you all for coming today.\n"
)


def test_bracketed_roles_and_question_labels(nlp: Any) -> None:
    assert _turns(nlp, _PRESS_CONFERENCE) == [
        (
            "Nadia Pruitt",
            ["Good afternoon. The minister will make short remarks first"],
        ),
        (
            "Pete Buttigieg",
            [
                "Thank you. The database file was damaged overnight",
                "We will know more by the evening",
            ],
        ),
        # the question's asker is the outlet in the brackets
        ("Reuters", ["Secretary, when will the flights resume"]),
        ("Pete Buttigieg", ["Most of them are flying again this afternoon"]),
        ("Nadia Pruitt", ["Thank you all for coming today"]),
    ]


def test_bracketed_labels_need_a_closed_role(nlp: Any) -> None:
    # an unclosed bracket, a lower-case asker or a page label is no label
    assert own_line_label(_doc(nlp, "Nadia Pruitt (host:\n"), 0) is None
    assert own_line_label(_doc(nlp, "Question (unnamed):\n"), 0) is None
    assert own_line_label(_doc(nlp, "Question (Read more):\n"), 0) is None
    doc = _doc(nlp, "Pete Buttigieg (U.S. Secretary):\n")
    label = own_line_label(doc, 0)
    assert label is not None
    assert [doc[i].text for i in label[0]] == ["Pete", "Buttigieg"]


def test_bracketed_labels_on_the_line_of_the_turn(nlp: Any) -> None:
    text = (
        "Nadia Pruitt (Agency Spokesperson): Good afternoon. We start now.\n\n"
        "Question (Reuters): When will the flights resume?\n\n"
        "Pete Buttigieg (Secretary of Transportation): Most of them already fly.\n\n"
        "Question (Associated Press): And the rest?\n\n"
        "Pete Buttigieg (Secretary of Transportation): By tonight.\n\n"
        "Anna Berg (Deputy Secretary): The crews are ready.\n\n"
        "Nadia Pruitt (Agency Spokesperson): Thank you all.\n"
    )
    assert _interview(nlp, text) == [
        ("Nadia Pruitt", ["Good afternoon. We start now"]),
        ("Reuters", ["When will the flights resume"]),
        ("Pete Buttigieg", ["Most of them already fly"]),
        ("Associated Press", ["And the rest"]),
        ("Pete Buttigieg", ["By tonight"]),
        # a bracketed role makes a turn of a label used once
        ("Anna Berg", ["The crews are ready"]),
        ("Nadia Pruitt", ["Thank you all"]),
    ]
    # a dateline with its outlet is no turn: no name comes back
    assert _interview(nlp, "Kabul (Pajhwok): Rivals signed a deal.\n") == []
