"""Speaker resolution: what an appositive after a name says of a person.

"Nino Beridze, a 41-year-old teacher from …" (NER's FAC), "Farzana, a
26-year-old employee … who gave only her first name" (NER's GPE): the
appositive describes a person, whatever label NER gave the name, and a
pronoun in its relative clause gives that person's gender.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import (
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PLACE_NOUNS,
    SINGULAR_PERSON_NOUNS,
    THING_NOUNS,
)
from whosaid.entities.names import is_acronym, looks_like_person_name
from whosaid.speakers.model import DocIndex, RawMention, char_span

__all__ = [
    "aged_before",
    "described_person",
    "person_appositive",
    "relative_clause_gender",
    "same_name_persons",
]

MAX_PERSON_WORDS = 4

OCCUPATION_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "ent", "ant", "ee")
"""Endings of a singular noun for a person ("teacher", "strategist",
"resident", "employee"); companies end so too ("carmaker", "lender"), so an
ending counts only with an age or a "who" clause beside it."""
RELATIVE_PERSON = "who"
GENDERED_POSSESSIVES: dict[str, str] = {"her": "f", "his": "m", "she": "f", "he": "m"}


def _appositive_heads(span: SpacySpan) -> list[Token]:
    """The lower-case nouns set off after a name as its appositives."""
    return [
        c
        for c in span.root.children
        if c.dep_ == "appos" and c.i >= span.end and c.is_lower and c.pos_ == "NOUN"
    ]


def _aged(head: Token) -> bool:
    """Whether a noun carries an age ("a 41-year-old teacher")."""
    return any(c.dep_ == "amod" and c.lower_ == "old" for c in head.children) or any(
        t.lower_ == "year" and t.i < head.i for t in head.subtree
    )


def _who_clause(head: Token) -> Token | None:
    """The relative clause opened by "who" inside a noun's phrase (on the
    noun itself or on a noun after it the parse hung it on)."""
    for tok in head.subtree:
        if tok.dep_ == "relcl" and any(
            c.lower_ == RELATIVE_PERSON and c.dep_ in {"nsubj", "nsubjpass"}
            for c in tok.children
        ):
            return tok
    return None


def _describes_person(head: Token) -> bool:
    word = head.lower_
    if word in SINGULAR_PERSON_NOUNS:
        return True
    if word in ORG_NOUNS or word in THING_NOUNS or word in PLACE_NOUNS:
        return False
    if _who_clause(head) is not None:
        return True
    return word.endswith(OCCUPATION_ENDINGS) and _aged(head)


def person_appositive(ix: DocIndex, start: int, end: int) -> bool:
    """Whether a name has an appositive that describes a person: a person
    noun ("resident", a role noun), or a noun with a person's ending
    ("teacher", "employee") that carries an age or a "who" clause."""
    span = char_span(ix, start, end)
    if span is None or not len(span):
        return False
    return any(_describes_person(h) for h in _appositive_heads(span))


def described_person(ix: DocIndex, raw: RawMention, words: list[str]) -> bool:
    """Whether a name NER called a body, place or facility is a person's:
    one to four capitalised words, no body word or acronym, unknown to world
    knowledge as an actor, with an appositive that describes a person
    (:func:`person_appositive`)."""
    if (
        raw.label not in {"ORG", "GPE", "FAC"}
        or not 1 <= len(words) <= MAX_PERSON_WORDS
    ):
        return False
    if not all(w[:1].isupper() for w in raw.name.split()) or is_acronym(raw.name):
        return False
    if any(w in ORG_NAME_WORDS for w in words):
        return False
    if ix.kind_of is not None and ix.kind_of(raw.name) is not None:
        return False
    return person_appositive(ix, raw.start, raw.end)


def relative_clause_gender(span: SpacySpan) -> str | None:
    """The gender a pronoun gives in the "who" clause of a name's appositive
    ("…, a 26-year-old employee who gave only her first name"): ``"f"`` or
    ``"m"`` when the clause's pronouns agree, else ``None``."""
    found: set[str] = set()
    for head in _appositive_heads(span):
        clause = _who_clause(head)
        if clause is None:
            continue
        found.update(
            GENDERED_POSSESSIVES[t.lower_]
            for t in clause.subtree
            if t.lower_ in GENDERED_POSSESSIVES
        )
    return found.pop() if len(found) == 1 else None


AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
AGE_REACH = 20


def aged_before(text: str, start: int) -> bool:
    """Whether an age stands right before a name ("78-year-old Ratan Tata"):
    a person's, whatever label NER gave the name."""
    return AGE_BEFORE.search(text, max(0, start - AGE_REACH), start) is not None


def same_name_persons(raws: Sequence[RawMention], kinds: Sequence[str]) -> list[str]:
    """The kinds of an article's mentions, with every mention of a
    person-like name NER called a body, place or facility made a person's
    when another mention of the same name was judged a person's ("Ratan
    Tata" everywhere once "78-year-old Ratan Tata" is a man)."""
    persons = {
        raw.name.lower()
        for raw, kind in zip(raws, kinds, strict=True)
        if kind == "person" and looks_like_person_name(raw.name)
    }
    return [
        "person"
        if kind in {"org", "gpe", "fac"}
        and raw.label != "PERSON"
        and raw.name.lower() in persons
        else kind
        for raw, kind in zip(raws, kinds, strict=True)
    ]
