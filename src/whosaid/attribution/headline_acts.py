"""A headline's act verb with a bare noun object: no attribution on a news page.

A headline line (no final full stop) reports acts in the present: "Iraq's
Abadi declares victory over Islamic State in Mosul", "Foreign minister Moussa
Koussa announces immediate halt to military operations", "Bouteflika asks
Algerians for forgiveness in farewell letter", "CUT calls general strike for
Wednesday", "Lula wins second term with landslide; Alckmin concedes".  The
same verbs report speech when their object is a clause ("vows to …", "orders
troops to fire", "asks protesters to suspend demonstrations"), a quotation
("calls it 'a dummy election'") or a small clause ("declares Maduro winner"):
the fixture conventions (tests/fixtures/README.md) keep those.  The parse of
a headline is poor, so the test reads the words, not the tree.  Only the
``news`` scheme drops them (the ``noun_objects`` lever of
:mod:`whosaid.attribution.scheme`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from whosaid.nlp.models import doc_text
from whosaid.records import Attribution

ACT_HEADLINE_VERBS: frozenset[str] = frozenset(
    {"declares", "announces", "asks", "defends", "orders", "vows", "calls"}
    | {"concedes"}
)
"""Headline verbs that report an act when their object is a bare noun
("declares victory", "announces halt", "calls general strike", "vows
probe"), or when nothing follows them ("…; Alckmin concedes")."""
OBJECT_ENDS: frozenset[str] = frozenset(
    {"as", "after", "amid", "while", "before", "following", "since", "despite"}
    | {",", ";", ":", "-", "–", "—", "|"}
)
"""Words that end a headline verb's object: what follows is another event
("vows probe | as clash toll rises")."""
QUOTE_CHARS: frozenset[str] = frozenset("\"'“”‘’«»")
SENTENCE_ENDS: frozenset[str] = frozenset(".?!")


def headline_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies on one line that ends without a full
    stop, question or exclamation mark (a headline, not a sentence)."""
    if "\n" in text[start:end]:
        return False
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else None]
    stripped = line.rstrip().rstrip("\"'”’")
    return bool(stripped) and stripped[-1] not in SENTENCE_ENDS


def noun_only(tokens: Sequence[Token]) -> bool:
    """Whether headline words after an act verb are only a noun object: no
    verb or infinitive before the object ends, no quotation mark anywhere,
    and no :func:`small_clause`."""
    if any(QUOTE_CHARS & set(t.text) for t in tokens):
        return False
    obj: list[Token] = []
    for k, tok in enumerate(tokens):
        if tok.lower_ in OBJECT_ENDS:
            break
        if tok.pos_ in {"VERB", "AUX"} or tok.tag_[:2] == "VB":
            return False
        if tok.lower_ == "to" and tokens[k + 1 : k + 2] and tokens[k + 1].tag_ == "VB":
            return False  # "orders troops to fire" ("halt to military …" is none)
        obj.append(tok)
    if not obj:
        return False
    return not small_clause(obj)


def small_clause(obj: Sequence[Token]) -> bool:
    """Whether headline words before any preposition are an object and its
    predicate: a name or pronoun with more words after it ("Ghani
    president", "Arizona law misguided"), or a noun then a determiner
    ("accusation a pretext for war")."""
    head = list(itertools.takewhile(lambda t: t.pos_ != "ADP", obj))
    named_first = bool(head) and head[0].pos_ in {"PROPN", "PRON"}
    if named_first and any(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in head[1:]):
        return True
    pairs = itertools.pairwise(head)
    return any(a.pos_ in {"NOUN", "PROPN"} and b.pos_ == "DET" for a, b in pairs)


def headline_act(doc: Doc, a: Attribution) -> bool:
    """An attribution whose one-word cue is a present-tense act verb
    (:data:`ACT_HEADLINE_VERBS`) with only a noun object after it, or that
    ends a headline line with its content before it (another clause)."""
    if len(a.cue) != 1 or not a.content:
        return False
    cue = a.cue[0]
    if cue.text.lower() not in ACT_HEADLINE_VERBS:
        return False
    if a.content[0].start >= cue.end:
        # a present-tense act is a headline's or a standfirst's ("Bouteflika
        # asks Algerians for forgiveness in farewell letter."): news prose
        # tells its acts in the past
        after = doc.char_span(cue.end, a.content[-1].end, alignment_mode="expand")
        return after is not None and noun_only(list(after))
    text = doc_text(doc)
    if not headline_line(text, a.content[0].start, cue.end):
        return False
    line_end = text.find("\n", cue.end)
    rest = text[cue.end : line_end if line_end >= 0 else len(text)]
    return not rest.strip(" \t.;,\"'”’")  # "…; Alckmin concedes"


def drop_headline_acts(
    doc: Doc, attributions: Sequence[Attribution], *, enabled: bool = True
) -> tuple[Attribution, ...]:
    """The attributions that are no headline act (all of them when not
    ``enabled``: the PolNeAR scheme)."""
    if not enabled:
        return tuple(attributions)
    return tuple(a for a in attributions if not headline_act(doc, a))
