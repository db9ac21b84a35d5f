"""Words and phrases that never name a speaker, or name one only as a
group or body: function phrases, common nouns, evidence, possessed teams,
datelines (see :mod:`whosaid.actors.speaker_names`)."""

from __future__ import annotations

import re

from whosaid.entities.lexicon import (
    DOC_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_WORDS,
    TEAM_NOUNS,
)

FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "what",
        "whoever",
        "the",
        "a",
        "an",
        "one",
        "ones",
        "some",
        "any",
        "all",
        "both",
        "each",
        "either",
        "neither",
        "another",
        "other",
        "others",
        "such",
        "there",
        "here",
        "someone",
        "somebody",
        "something",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
        "none",
        "no",
        "s",
        "'s",
    ]
)
"""Pronouns, relative pronouns and determiners: never a speaker's name."""
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    {
        "GPE",
        "LOC",
        "FAC",
        "EVENT",
        "LAW",
        "PRODUCT",
        "WORK_OF_ART",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "LANGUAGE",
    }
)
"""spaCy entity labels of things that cannot speak: places, buildings,
events, laws, products, dates and numbers."""
RESOLVED_UNRESOLVED = "unresolved"


def without_article(name: str) -> str:
    """A name without the article before it when every other word is
    capitalised ("The Coalition" -> "Coalition"); else unchanged ("the
    government", "the 109")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in {"the", "a", "an"}:
        return name
    rest = words[1:]
    if all(w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in rest):
        return " ".join(rest)
    return name


COMMON_NAME_WORDS = 4
COMMON_WORD = re.compile(r"^[a-z][a-z'’-]*$")
JOINING_WORDS: frozenset[str] = frozenset({"and", "of"})
QUANTIFIERS: frozenset[str] = frozenset({"many", "few", "several", "most", "more"})


def common_noun_name(name: str) -> str | None:
    """A bare lower-case group a speaker is called by when it names no one
    ("traders", "residents", "local officials and residents"): who the text
    says spoke, as a capitalised "Officials" opening a sentence is.  ``None``
    for anything else: a phrase with an article or determiner (a definite
    body, "the government", is :func:`definite_body`'s), pronouns,
    capitalised names, documents ("statements") and phrases over
    :data:`COMMON_NAME_WORDS` words."""
    words = name.split()
    if not 1 <= len(words) <= COMMON_NAME_WORDS:
        return None
    if not all(COMMON_WORD.match(w) for w in words):
        return None
    if words[0] in JOINING_WORDS or words[-1] in JOINING_WORDS:
        return None
    inner = [w for w in words if w not in JOINING_WORDS]
    if any(w in FUNCTION_WORDS or w in QUANTIFIERS for w in inner):
        return None
    if not words[-1].endswith("s") or words[-1].rstrip("s") in DOC_NOUNS:
        return None  # a group is a plural ("sharp", "bloc", "data": no group)
    return name


def evidence_phrase(name: str) -> bool:
    """Whether a speaker's words are a bare lower-case evidence phrase of two
    or three words headed by :data:`EVIDENCE_NOUNS` ("market data", "court
    documents", "agency contingency plans"): the source is named by them.  A
    determiner or quantifier ("the data", "some figures") or one word ("data")
    names nothing."""
    words = name.split()
    return (
        len(words) in EVIDENCE_WORDS
        and all(COMMON_WORD.match(w) for w in words)
        and words[-1] in EVIDENCE_NOUNS
        and not any(w in FUNCTION_WORDS or w in QUANTIFIERS for w in words)
    )


def possessed_team(name: str) -> bool:
    """A body named by its possessor ("bank's board", "prosecutors' defense",
    "Gachagua's office", "president's press wing";
    :data:`whosaid.entities.lexicon.TEAM_NOUNS`): who the text says spoke.
    A capitalised "Office" is a name of its own ("the Prime Minister's
    Office")."""
    words = name.split()
    if len(words) < 2 or any(w.lower() in LINK_WORDS for w in words):
        return False  # "A spokesperson for Jack Smith's office" is the spokesperson
    head = words[-1]
    if head.lower() in TEAM_NOUNS or head in POSSESSED_BODY_NOUNS:
        possessor = words[-2]
    else:
        return False
    if not possessor.endswith(POSSESSIVES) and head == "wing" and len(words) >= 3:
        possessor = words[-3] if words[-2].islower() else possessor
    return possessor.endswith(POSSESSIVES)


POSSESSIVES: tuple[str, ...] = ("'s", "’s", "s'", "s’")
POSSESSED_BODY_NOUNS: frozenset[str] = frozenset({"office", "wing"})
"""Lower-case heads of a body named by its possessor besides the teams."""


def is_function_phrase(name: str) -> bool:
    """Whether a would-be name is only function words, or starts with a
    determiner ("I", "which", "the", "the 109", "a speech Mrs. Clinton")."""
    words = [w.strip(".,;:'\"()").lower() for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return True
    return all(w in FUNCTION_WORDS for w in words) or words[0] in {"the", "a", "an"}


_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]+(?:,[ \t]*[A-Z][\w.' ]*)*"  # PLACE, Region
    r"[ \t]*(?:\([^)\n]*\))?[ \t]*(?:--|[—–-])",  # (Agency) --
    re.MULTILINE,
)


def dateline_spans(text: str, head: int = 600) -> list[tuple[int, int]]:
    """Character ranges of datelines ("LONDON (AP) —", "BEIJING, Nov. 3
    (Xinhua) --") at the start of the article's first lines."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text[:head])]


LINK_WORDS: frozenset[str] = frozenset(
    {"by", "of", "from", "for", "at", "in", "on", "with", "to", "who", "which"}
)
