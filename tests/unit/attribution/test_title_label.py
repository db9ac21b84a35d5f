"""A title "Name: statement" is the name's attribution."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from whosaid.attribution.rules import title_label_finding


def _doc(vocab: Any, words: list[str], ents: list[tuple[int, int, str]]) -> Any:
    spaces = [
        k + 1 < len(words) and words[k + 1] not in {":", ".", "?"} and words[k] != "\n"
        for k in range(len(words))
    ]
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _parts(doc: Any) -> tuple[str, str, str] | None:
    f = title_label_finding(doc)
    if f is None:
        return None
    run = f.content[0]
    return (
        doc[f.source[0] : f.source[-1] + 1].text,
        doc[f.cue[0]].text,
        doc[run[0] : run[-1] + 1].text,
    )


_TITLE = ["Lewandowski", ":", "FBI", "director", "acted", "as", "judge", "."]


def test_name_colon_statement_title(vocab: Any) -> None:
    doc = _doc(vocab, [*_TITLE, "\n", "Body", "text", "."], [(0, 1, "PERSON")])
    assert _parts(doc) == ("Lewandowski", ":", "FBI director acted as judge")


def test_poll_title_needs_no_entity(vocab: Any) -> None:
    words = ["Poll", ":", "Senate", "races", "are", "tight", "."]
    assert _parts(_doc(vocab, words, [])) == ("Poll", ":", "Senate races are tight")


def test_labels_questions_and_later_lines_are_not_titles(vocab: Any) -> None:
    # no name the NER knows
    assert _parts(_doc(vocab, _TITLE, [])) is None
    # a page label
    breaking = ["Breaking", ":", "Senate", "races", "are", "tight", "."]
    assert _parts(_doc(vocab, breaking, [(0, 1, "ORG")])) is None
    # a question
    question = ["Cruz", ":", "Conservative", "or", "career", "politician", "?"]
    assert _parts(_doc(vocab, question, [(0, 1, "PERSON")])) is None
    # only the first line is the title
    later = ["Body", "text", ".", "\n", *_TITLE]
    assert _parts(_doc(vocab, later, [(4, 5, "PERSON")])) is None


def test_a_lone_surname_the_text_names_below(vocab: Any) -> None:
    # the NER misses "Lynch" in the title but finds "Loretta Lynch" below it
    title = ["Lynch", ":", "No", "outside", "influence", "on", "the", "probe", "."]
    body = ["\n", "Loretta", "Lynch", "spoke", "."]
    doc = _doc(vocab, [*title, *body], [(10, 12, "PERSON")])
    assert _parts(doc) == ("Lynch", ":", "No outside influence on the probe")
    # a name found nowhere is no source
    assert _parts(_doc(vocab, [*title, "\n", "She", "spoke", "."], [])) is None


def test_a_noun_after_the_name(vocab: Any) -> None:
    words = ["IG", "report", ":", "State", "was", "inaccurate", "on", "emails", "."]
    doc = _doc(vocab, words, [(0, 1, "ORG")])
    doc[1].pos_ = "NOUN"
    assert _parts(doc) == ("IG report", ":", "State was inaccurate on emails")
    # a verb makes it a clause, not a name ("Bill is back: …")
    clause = ["Bill", "is", "back", ":", "He", "campaigns", "in", "Iowa", "."]
    doc = _doc(vocab, clause, [(0, 1, "PERSON")])
    doc[1].pos_ = "AUX"
    assert _parts(doc) is None


def test_the_latest_is_a_page_label(vocab: Any) -> None:
    words = ["The", "Latest", ":", "Cruz", "gives", "away", "a", "shotgun", "."]
    doc = _doc(vocab, [*words, "\n", "The", "Latest", "news", "."], [(10, 12, "ORG")])
    doc[0].pos_ = "DET"
    assert _parts(doc) is None


def test_a_role_or_body_noun_is_a_name(vocab: Any) -> None:
    words = ["Newspaper", ":", "Secretary", "used", "personal", "email", "."]
    assert _parts(_doc(vocab, words, [])) == (
        "Newspaper",
        ":",
        "Secretary used personal email",
    )
