"""Speaker resolution: the surname NER left off a personal name.

NER stops a name before a surname that opens with a lower-case particle
("Abdalla Salem" of "Abdalla Salem el-Badri", "Mark" of "Mark van der
Berg"), tags the surname alone as a place or body ("Shah Mahmood" + the GPE
"Qureshi") or leaves out a given name with an apostrophe ("Al Hussein" of
"Zeid Ra'ad Al Hussein").  These helpers give the token bounds of the whole
name, for :func:`whosaid.speakers.name_extents.entity_bounds`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import NAME_PARTICLES, ORG_NAME_WORDS, ROLE_NOUNS, TITLES
from whosaid.entities.names import looks_like_person_name
from whosaid.speakers.model import DocIndex

__all__ = [
    "apostrophe_name_head",
    "particle_surname_end",
    "tagged_surname_end",
]

MAX_NAME_TOKENS = 9
"""The most tokens a personal name with particles runs to ("Abdulaziz bin
Turki Al Faisal", "Jaap de Hoop Scheffer")."""
SURNAME_LABELS: frozenset[str] = frozenset({"GPE", "ORG", "NORP", "LOC"})
"""Labels NER gives a surname it took for a place or body."""
APOSTROPHES: frozenset[str] = frozenset({"'", "’"})


def _capitalised_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper


def _bare_name(doc: Doc, start: int, end: int) -> str:
    """The words of a name without its particles and hyphens, for
    :func:`looks_like_person_name` ("Abdalla Salem Badri")."""
    words = [
        t.text
        for t in doc[start:end]
        if t.text != "-" and t.lower_ not in NAME_PARTICLES
    ]
    return " ".join(words)


def _particle_run(doc: Doc, i: int) -> int:
    """The token after the lower-case particles from token ``i`` on ("van
    der", "el" and its hyphen); ``i`` when none is there."""
    j = i
    while j < len(doc) and doc[j].text in NAME_PARTICLES:
        if doc[j].whitespace_:
            j += 1
        elif j + 1 < len(doc) and doc[j + 1].text == "-" and not doc[j + 1].whitespace_:
            j += 2  # "el-" of "el-Badri"
        else:
            break
    return j


def particle_surname_end(ix: DocIndex, ent: SpacySpan, end: int) -> int:
    """The token end of a personal name whose surname opens with lower-case
    particles NER left off ("el-Badri" after "Abdalla Salem", "van der Berg"
    after "Mark"): the particles and one capitalised untagged or personal
    word after them, when the name without its particles still looks like a
    person's; ``end`` otherwise."""
    doc = ix.doc
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    after = _particle_run(doc, end)
    if after == end or after >= len(doc) or after - ent.start > MAX_NAME_TOKENS:
        return end
    surname = doc[after]
    if not _capitalised_word(surname) or surname.ent_type_ not in {"", "PERSON"}:
        return end
    if surname.lower_ in ORG_NAME_WORDS or surname.lower_ in TITLES:
        return end
    if not looks_like_person_name(_bare_name(doc, ent.start, after + 1)):
        return end
    return after + 1


def _tagged_alone(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a one-word entity of a place or body label."""
    tok = doc[i]
    return (
        tok.ent_iob_ == "B"
        and tok.ent_type_ in SURNAME_LABELS
        and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    )


def _named_elsewhere(ix: DocIndex, tok: Token) -> bool:
    """Whether the word stands alone elsewhere in the article as a place or
    body, or world knowledge knows it as one."""
    if ix.kind_of is not None and ix.kind_of(tok.text) is not None:
        return True
    return any(
        e.text == tok.text and e.start != tok.i and e.label_ != "PERSON"
        for e in ix.doc.ents
    )


def tagged_surname_end(ix: DocIndex, ent: SpacySpan, end: int) -> int:
    """The token end of a personal name whose surname NER tagged alone as a
    place or body ("Shah Mahmood" + GPE "Qureshi"): a capitalised proper
    noun right after the name that the name's last word modifies as a
    compound and that the parse makes the head of the phrase, when nothing
    else in the article (nor world knowledge) names it as a place or body
    and the whole looks like a person's name; ``end`` otherwise."""
    doc = ix.doc
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    tok = doc[end]
    if not (
        _tagged_alone(doc, end)
        and tok.pos_ == "PROPN"
        and _capitalised_word(tok)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and tok.lower_ not in ORG_NAME_WORDS | TITLES | ROLE_NOUNS
    ):
        return end
    if _named_elsewhere(ix, tok):
        return end
    if not looks_like_person_name(
        ix.text[doc[ent.start].idx : tok.idx + len(tok.text)]
    ):
        return end
    return end + 1


def _apostrophe_word(tok: Token) -> bool:
    """A capitalised word with an apostrophe inside ("Ra'ad", "Ma'ruf")."""
    text = tok.text
    inner = text[1:-1]
    return (
        text[:1].isupper()
        and any(a in inner for a in APOSTROPHES)
        and "".join(c for c in text if c not in APOSTROPHES).isalpha()
    )


def apostrophe_name_head(ix: DocIndex, ent: SpacySpan, start: int) -> int:
    """The token start of a personal name whose given names NER left off
    because one holds an apostrophe ("Zeid Ra'ad" of "Zeid Ra'ad Al
    Hussein"): the untagged capitalised compounds before ``start`` that hang
    on the name, one of them with an apostrophe, when the whole still looks
    like a person's name; ``start`` otherwise."""
    doc = ix.doc
    last = doc[ent.end - 1]
    best, first = start, start
    while first > 0 and ent.end - first < MAX_NAME_TOKENS:
        tok = doc[first - 1]
        if not (
            tok.whitespace_
            and tok.ent_type_ == ""
            and tok.dep_ == "compound"
            and first <= tok.head.i < ent.end
            and (_capitalised_word(tok) or _apostrophe_word(tok))
            and tok.lower_ not in TITLES | ROLE_NOUNS | ORG_NAME_WORDS
        ):
            break
        first -= 1
        name = ix.text[doc[first].idx : last.idx + len(last.text)]
        if any(
            _apostrophe_word(t) for t in doc[first:start]
        ) and looks_like_person_name(name):
            best = first
    return best
