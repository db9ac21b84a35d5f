"""Rule-made attributions: transcript turns."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Span

from whosaid.attribution.rules import quoted_label_findings, transcript_findings


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.blank("en")


def _turns(nlp: Any, text: str) -> list[tuple[str, list[str]]]:
    doc = nlp(text)
    out = []
    for f in transcript_findings(doc):
        assert [doc[i].text for i in f.cue] == [":"]
        source = doc[f.source[0] : f.source[-1] + 1].text
        content = [doc[r[0] : r[-1] + 1].text for r in f.content]
        out.append((source, content))
    return out


def test_transcript_turns(nlp: Any) -> None:
    text = (
        "The following is a transcript.\n\n"
        "HOST: Minister, prices have doubled. What do you say?\n\n"
        "RAHMAN: We have heard them. We are capping the price.\n\n"
        "Farid Rahman spoke on Sunday.\n"
    )
    assert _turns(nlp, text) == [
        ("HOST", ["Minister, prices have doubled. What do you say"]),
        ("RAHMAN", ["We have heard them. We are capping the price"]),
    ]


def test_quoted_transcript_paragraphs_continue_the_turn(nlp: Any) -> None:
    text = (
        '"WALLACE: Will she be there?\n\n'
        '"SEN. MARY DOE: Well, look, she will not be there.\n\n'
        '"But the truth is that we never invited her.\n\n'
        "Follow the show on Twitter.\n"
    )
    assert _turns(nlp, text) == [
        ("WALLACE", ["Will she be there"]),
        (
            "SEN. MARY DOE",
            [
                "Well, look, she will not be there",
                "But the truth is that we never invited her",
            ],
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The vote was moved to Friday afternoon.\n",
        "SEE MORE: Farmers block roads for a third day\n",
        "Editor's note: This story has been updated.\n",
        "Pence: Flowers Won't Be at Debate\n",  # title case: the taggers' job
        "NOTE: ok\n",
        "HOST:\n",
        "The plan has three parts: housing, jobs and schools.\n",
    ],
)
def test_not_transcript_turns(nlp: Any, text: str) -> None:
    assert _turns(nlp, text) == []


def test_a_place_in_capitals_before_a_colon_is_a_dateline(nlp: Any) -> None:
    text = (
        "NEW DELHI: In a landmark verdict, the court struck down the law.\n\n"
        "RAHMAN: We have heard them and we will obey the ruling.\n"
    )
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="GPE")]
    assert _turns_of(doc) == []  # one turn left: no transcript
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [source for source, _ in _turns_of(doc)] == ["NEW DELHI", "RAHMAN"]


def test_one_label_alone_is_no_transcript(nlp: Any) -> None:
    assert _turns(nlp, "BEIJING: China said on Friday it would act soon.\n") == []


def _turns_of(doc: Any) -> list[tuple[str, list[str]]]:
    return [
        (doc[f.source[0] : f.source[-1] + 1].text, []) for f in transcript_findings(doc)
    ]


def _labels(nlp: Any, text: str) -> list[tuple[str, str]]:
    from whosaid.attribution.rules import quoted_label_findings

    doc = nlp(text)
    out = []
    for f in quoted_label_findings(doc):
        assert doc[f.cue[-1]].text == ":"
        run = f.content[0]
        out.append(
            (doc[f.source[0] : f.source[-1] + 1].text, doc[run[0] : run[-1] + 1].text)
        )
    return out


def test_a_quoted_label_line_is_speech(nlp: Any) -> None:
    text = (
        "Latest on the vote\n\n"
        "- Vik: 'We count on the senate'\n"
        'Prime Minister Lind: "No deal this week."\n'
        "Read more: 'Ten things to know'\n"
        "Note: the figures are provisional\n"
        "Vik: 'Yes' and 'no'\n"
    )
    assert _labels(nlp, text) == [
        ("Vik", "'We count on the senate'"),
        ("Prime Minister Lind", '"No deal this week."'),
    ]


def test_a_quoted_label_may_name_the_medium(nlp: Any) -> None:
    text = (
        "Latest on the vote\n\n"
        'Sen. Ann Lind (D-Ore.), in a tweet: "A door opened today."\n'
        "Vik on X: 'We count on the senate'\n"
        'Lind, in a statement: "No deal this week."\n'
        'In a statement: "No comment on the vote."\n'
        'Vik, in the senate: "We lost the vote."\n'
    )
    assert _labels(nlp, text) == [
        ("Sen. Ann Lind (D-Ore.)", '"A door opened today."'),
        ("Vik", "'We count on the senate'"),
        ("Lind", '"No deal this week."'),
    ]
    doc = nlp(text)
    cues = [doc[f.cue[0] : f.cue[-1] + 1].text for f in quoted_label_findings(doc)]
    assert cues == ["in a tweet:", "on X:", "in a statement:"]


def test_heading_labels_in_capitals_are_no_speakers(nlp: Any) -> None:
    text = (
        "MORNING NOTES: The council met on Monday and agreed the budget.\n\n"
        "THE ROUNDUP: Ministers argued for hours over the new rules.\n\n"
        "HOST: Minister, why did the talks fail?\n\n"
        "HOST: And what happens next week?\n\n"
        "OKAFOR: We will meet again and we will agree.\n\n"
        "Ngozi Okafor spoke to us on Sunday.\n"
    )
    assert [source for source, _ in _turns(nlp, text)] == ["HOST", "HOST", "OKAFOR"]


def test_a_repeated_or_named_label_stays_a_speaker(nlp: Any) -> None:
    text = (
        "MARY DOE: We were never invited to the talks.\n\n"
        "JOHN ROE: Will you go next time?\n\n"
        "JOHN ROE: Or will you stay home?\n\n"
        "Mary Doe runs the union.\n"
    )
    assert [source for source, _ in _turns(nlp, text)] == [
        "MARY DOE",
        "JOHN ROE",
        "JOHN ROE",
    ]


def test_headings_alone_make_no_transcript(nlp: Any) -> None:
    text = (
        "THANKS TO: Our editor and our producer.\n\n"
        "FIVE MORE YEARS: The president was re-elected on Thursday.\n"
    )
    assert _turns(nlp, text) == []


def test_a_broadcast_role_after_the_name_is_no_part_of_it(nlp: Any) -> None:
    text = (
        "ARI SHAPIRO, HOST:\n\n"
        "The court ruled today. Our correspondent is here. Hi, Nina.\n\n"
        "NINA TOTENBERG, BYLINE: Hi there, Ari.\n\n"
        "SHAPIRO: So how far did the court go?\n\n"
        "ROME, ITALY: The talks opened on Monday in the city.\n"
    )
    assert _turns(nlp, text) == [
        ("ARI SHAPIRO", ["The court ruled today. Our correspondent is here. Hi, Nina"]),
        ("NINA TOTENBERG", ["Hi there, Ari"]),
        ("SHAPIRO", ["So how far did the court go"]),
    ]


def test_a_label_alone_on_its_line_needs_a_role(nlp: Any) -> None:
    text = (
        "ISLAMABAD:\n\n"
        "The Senate passed the amendment late on Sunday night.\n\n"
        "KHAN: We were never consulted about the text.\n\n"
        "RAZA: It was passed with the votes it needed.\n"
    )
    assert [source for source, _ in _turns(nlp, text)] == ["KHAN", "RAZA"]


def test_a_quote_label_takes_its_speaker_from_the_source_line(nlp: Any) -> None:
    text = (
        "The president dismissed the general on Thursday.\n\n"
        "Source: Lind in his evening video address\n\n"
        'Quote: "Today I had a frank talk with the general."\n\n'
        'Quote from Vik: "Our task is to give the army what it needs."\n\n'
        'Quote: "Nobody says who said this."\n'
    )
    assert _labels(nlp, text) == [
        ("Lind", '"Today I had a frank talk with the general."'),
        ("Vik", '"Our task is to give the army what it needs."'),
    ]


def test_a_turn_goes_on_over_its_paragraphs_to_the_next_label(nlp: Any) -> None:
    text = (
        "HOST: What did the court decide today?\n\n"
        "DOE: It ruled against the plan.\n\n"
        "The judges were split five to four on the main question.\n\n"
        "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
        "LIND: This is a sad day for the country.\n\n"
        "HOST: Thank you, Jane.\n\n"
        "Jane Doe covers the courts for the programme.\n"
    )
    assert _turns(nlp, text) == [
        ("HOST", ["What did the court decide today"]),
        (
            "DOE",
            [
                "It ruled against the plan",
                "The judges were split five to four on the main question",
            ],
        ),
        ("LIND", ["This is a sad day for the country"]),
        ("HOST", ["Thank you, Jane"]),
    ]
