"""Speaker resolution: what an unresolved source is called by -- its head
phrase without the clause after it ("the intersyndicale" of "the
intersyndicale, which groups …") and the role words of an anonymous source
("official" of "a senior security official")."""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.entities.lexicon import EVIDENCE_NOUNS, ORG_NOUNS, SINGULAR_PERSON_NOUNS
from whosaid.entities.names import trim_name
from whosaid.records import Span
from whosaid.speakers.anonymous import UNNAMED_HEADS
from whosaid.speakers.model import DocIndex, char_span
from whosaid.speakers.relayed import reached_by_medium

CLAUSE_CUT_DEPS: frozenset[str] = frozenset({"relcl", "appos"})


def _by(participle: Token) -> bool:
    """Whether a participle names its agent ("compiled *by the ministry*")."""
    return any(c.dep_ == "agent" for c in participle.children)


def head_phrase(ix: DocIndex, source: Span) -> Span | None:
    """An unresolved source without the clause or appositive after its head
    ("the intersyndicale" of "the intersyndicale, which groups France's
    eight main unions,"), a body without where it is ("Police units" of
    "Police units in several cities"; people keep it: "Doctors in small
    towns", :func:`people_group`), or evidence without a
    participle that names no agent ("official statistics" of "official
    statistics released on Friday"), people without what they were doing
    ("Delegates" of "Delegates leaving the hall"): the words up to the comma,
    clause or "in" that hangs on the head; ``None`` when nothing is cut.
    The speaker is then named by what the text calls it, and no name inside
    the clause ("France") is taken for it."""
    span = char_span(ix, source.start, source.end)
    if span is None or not len(span):
        return None
    root = span.root
    cut = span.end
    for tok in span[root.i - span.start + 1 :]:
        if tok.head.i == root.i and (
            tok.text == ","
            or tok.dep_ in CLAUSE_CUT_DEPS
            or (tok.dep_ == "prep" and tok.lower_ == "in" and _placed_body(root))
            or (tok.dep_ == "acl" and root.lower_ in EVIDENCE_NOUNS and not _by(tok))
            or _placed_or_made_body(root, tok)
            or _doing_people(root, tok)  # "Delegates leaving the hall"
            or reached_by_medium(root, tok)
        ):
            cut = min(tok.i, tok.left_edge.i)
            break
    if cut >= span.end or cut <= root.i:
        return None
    last = ix.doc[cut - 1]
    start, end = trim_name(ix.text, span.start_char, last.idx + len(last.text))
    start = span.start_char  # keep the article: "the intersyndicale"
    if end <= start:
        return None
    return Span.of(ix.text, start, end)


def _placed_or_made_body(root: Token, tok: Token) -> bool:
    """Whether ``tok`` only says where a body named by a common noun sits or
    how it was made ("an arbitral tribunal *in The Hague*", "the tribunal
    *constituted under the Convention*"): the body is its head phrase, and
    no name in the phrase ("The Hague", "United Nations Convention") is it."""
    if not root.is_lower or root.lower_ not in ORG_NOUNS:
        return False
    if tok.dep_ == "prep":
        return tok.lower_ == "in"
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not _by(tok)


def _doing_people(root: Token, tok: Token) -> bool:
    """Whether ``tok`` is a present participle that only says what a group
    of people named by their role was doing ("Delegates *leaving the
    hall*", "Business leaders *attending a forum*"): the group is named by
    its head phrase, as annotators write it."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and (people_group(root) or root.lower_ in UNNAMED_HEADS)
    )


def _placed_body(root: Token) -> bool:
    """Whether a plural head is no people's role ("units" of "Police units in
    several cities"): where it is is no part of its name."""
    return root.tag_ in {"NNS", "NNPS"} and not people_group(root)


OCCUPATION_NOUNS: frozenset[str] = frozenset(
    {"reporter", "journalist", "correspondent", "editor", "photographer"}
    | {"worker", "activist", "farmer", "trader", "student", "teacher"}
)
"""People named by their occupation, which no title list holds: a plural of
one is a group of people ("Aid workers in Dadaab", "*Tuoi Tre* reporters"),
never the body or person modifying it."""
PEOPLE_NOUNS: frozenset[str] = SINGULAR_PERSON_NOUNS | OCCUPATION_NOUNS


def people_group(root: Token) -> bool:
    """Whether a plural head names people by their role ("doctors",
    "lawmakers", "officials"): such a group is described by its whole
    phrase, where they are included ("Lawmakers in both parties")."""
    low = root.lower_
    if not low.endswith("s"):
        return False
    return bool(
        {(root.lemma_ or low).lower(), low[:-1], low.removesuffix("es")} & PEOPLE_NOUNS
    )


def role_words(ix: DocIndex, mention: tuple[int, int]) -> set[str]:
    """The head noun an anonymous source is called by, singular and as
    written ("official" of "a senior security official", "officers" and
    "officer"): a later "the official said" is the same unnamed person
    (:func:`whosaid.speakers.definites.resolve_nominal` matches titles)."""
    span = char_span(ix, *mention)
    if span is None or not len(span):
        return set()
    root = span.root
    words = {root.lower_}
    if root.lemma_:
        words.add(root.lemma_.lower())
    if root.tag_ == "NNS" and root.lower_.endswith("s"):
        words.add(root.lower_[:-1])
    return words
