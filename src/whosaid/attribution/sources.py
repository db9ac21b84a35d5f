"""Sources of candidates: the fallbacks that find a source the tagger missed
(subject, owner, "according to" object) and the tidying of source runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container

from spacy.tokens import Doc, Token

from whosaid.attribution.candidates import FLOATING, MIN_CONTENT_WORDS, Candidate
from whosaid.attribution.cues import stem
from whosaid.attribution.features import DocFeatures, cue_head
from whosaid.nlp.components import DATELINE_DASHES

_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "prep"})
"""Relations a cue without a subject climbs to find one ("before asking her")."""
_PREPOSITION_CLIMB_DEPS = _CLIMB_DEPS | {"pobj"}
"""With ``through_prepositions``: a cue under a preposition's object climbs on
("In addition to *stating* ..., Clinton vowed")."""


class BusyExcept:
    """Tokens claimed by a cue or content, except one candidate's own content.

    A view over claim counts (``claims[i] > own[i]``): no set of every
    claimed token is built per candidate, so the subject fallback stays
    linear in the number of candidates.
    """

    __slots__ = ("_claims", "_own")

    def __init__(self, claims: Counter[int], own: Counter[int]) -> None:
        self._claims = claims
        self._own = own

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and self._claims[i] > self._own[i]


def subject_fallback(
    doc: Doc,
    feats: DocFeatures,
    cue: list[int],
    busy: Container[int] = frozenset(),
    *,
    through_prepositions: bool = False,
) -> list[int]:
    """The grammatical subject of a cue, when the tagger found no source.

    The cue head's own ``nsubj``; for a participle or infinitive cue without
    one ("..., saying that ...", "urged X to"), the subject of the verb it
    hangs from.  A subject inside another attribution's content (``busy``:
    "Clinton told them that she believes ..., saying that ...") is passed
    over for the subject of the reporting verb above that content.  Returns
    the subject's contiguous subtree, or nothing.  ``through_prepositions``
    (the ``polnear`` scheme) climbs past a preposition's object too, where
    news pages hold "impeached Trump on *charges* that" without a source.
    """
    climb_deps = _PREPOSITION_CLIMB_DEPS if through_prepositions else _CLIMB_DEPS
    h = cue_head(feats, cue)
    passed_busy = False
    for _ in range(5):
        token = doc[h]
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj") and child.i not in cue:
                left, right = child.left_edge.i, child.right_edge.i
                found = list(range(left, right + 1)) if right - left < 25 else [child.i]
                if not any(i in busy for i in found):
                    return found
                # "A senior official, speaking on condition of anonymity,
                # said ...": the noun phrase without what follows its head
                head_np = list(range(left, child.i + 1))
                if child.i - left < 25 and not any(i in busy for i in head_np):
                    return head_np
                passed_busy = True
                break
        if not passed_busy and token.i == cue_head(feats, cue):
            stray = _stray_subject(doc, token)
            if stray and not any(i in busy or i in cue for i in stray):
                return stray
        climb = climb_deps | {"ccomp"} if passed_busy else climb_deps
        if token.dep_ not in climb or token.head.i == h:
            return []
        h = token.head.i
    return []


def _stray_subject(doc: Doc, verb: Token) -> list[int]:
    """The subject of a verb the parse hung elsewhere, left of the verb.

    "Chief Justice X, writing for the majority, said": the parse makes X the
    subject of the participle clause before the verb; "In a dissent joined
    by A and B, Justice X warned", "Announcing the results on Monday, the
    chairperson, Mrs X, said": the name right before the verb is an
    appositive inside the fronted phrase or clause.  Returns the name's tokens, or
    nothing."""
    for child in verb.children:
        if child.i > verb.i or child.dep_ != "advcl" or child.tag_ != "VBG":
            continue
        subj = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
        if len(subj) == 1 and doc[child.i - 1].text == ",":
            lo, hi = subj[0].left_edge.i, subj[0].i
            if hi - lo < MAX_SOURCE_TOKENS:
                return list(range(lo, hi + 1))
    k = verb.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1  # "..., Mrs X, said"
    if k < 0:
        return []
    name = doc[k]
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.i >= name.i:
        return []
    lo = name.left_edge.i
    fronted = [c for c in verb.children if c.dep_ in {"prep", "advcl"} and c.i < verb.i]
    if (
        lo == 0
        or doc[lo - 1].text != ","
        or not any(c.left_edge.i <= name.i <= c.right_edge.i for c in fronted)
        or not all(doc[k].pos_ == "PROPN" for k in range(lo, name.i + 1))
    ):
        return []
    return list(range(lo, name.i + 1))


def according_to_object(doc: Doc, feats: DocFeatures, cue: list[int]) -> list[int]:
    """The source of an "according to" cue the tagger left without one: the
    object of "to" ("according to a recent Reuters survey of voter lists")."""
    words = feats.words
    k = cue[-1]
    if len(cue) != 2 or words[cue[0]] != "according" or words[k] != "to":
        return []
    objects = [c for c in doc[k].children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return []
    lo, hi = objects[0].left_edge.i, objects[0].right_edge.i
    if lo != k + 1 or hi - lo >= MAX_SOURCE_TOKENS:
        return []
    return list(range(lo, hi + 1))


MAX_SOURCE_TOKENS = 25
"""A source found by the parse is at most this many tokens long."""


def owner_fallback(
    doc: Doc, feats: DocFeatures, cue: list[int], busy: Container[int] = frozenset()
) -> list[int]:
    """The source a cue without a subject names itself.

    A nominal cue's owner ("Trump's claims that ...", "his argument that
    ...") and a passive cue's agent ("was endorsed by the mayor").  Returns
    the phrase's contiguous tokens, or nothing.
    """
    head = doc[cue_head(feats, cue)]
    found: Token | None = None
    if head.pos_ == "NOUN":
        found = next((c for c in head.children if c.dep_ == "poss"), None)
    elif head.tag_ == "VBN":
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        if agent is not None:
            found = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if found is None:
        return []
    lo, hi = found.left_edge.i, found.right_edge.i
    run = list(range(lo, hi + 1))
    if hi - lo >= MAX_SOURCE_TOKENS or any(i in cue or i in busy for i in run):
        return []
    return run


def apply_subject_fallback(cand: Candidate, subject: list[int]) -> None:
    """Use the cue's subject as source, unless that would eat the content.

    Content fragments that overlap the subject are dropped when another
    fragment remains (the tagger took the subject clause for content);
    otherwise the subject is not used.
    """
    if not subject:
        return
    taken = set(subject)
    keep = [run for run in cand.content if not taken.intersection(run)]
    if not keep:
        keep = [_cut_edge(run, taken) for run in cand.content]
        if any(not run for run in keep):
            return
        if sum(len(run) for run in keep) < MIN_CONTENT_WORDS:
            return
    cand.content = keep
    cand.source = [subject]


def _cut_edge(run: list[int], taken: set[int]) -> list[int]:
    """``run`` without ``taken`` tokens at its start or end ("the 'phony
    system,' Trump" without "Trump"); empty when they stand inside it."""
    lo, hi = 0, len(run)
    while lo < hi and run[lo] in taken:
        lo += 1
    while hi > lo and run[hi - 1] in taken:
        hi -= 1
    if taken.intersection(run[lo:hi]):
        return []
    return run[lo:hi]


def whole_coordination(doc: Doc, run: list[int], busy: set[int]) -> list[int]:
    """A source cut from a coordination takes it whole.

    "Boris Johnson and Jeremy Corbyn said ...": a joint source is one
    attribution whose source holds every conjunct (the speaker resolver
    names one of them), never one name alone.  Tokens of a cue or content stay
    theirs.
    """
    if not run:
        return run
    inside = set(run)
    heads = [i for i in run if doc[i].head.i not in inside or doc[i].head.i == i]
    if len(heads) != 1:
        return run
    head = doc[heads[0]]
    top = head
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    lo, hi = min(top.left_edge.i, run[0]), max(top.right_edge.i, run[-1])
    while hi > run[-1] and (doc[hi].is_punct or doc[hi].lower_ in FLOATING):
        hi -= 1  # "X and Y both said"
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title:
        lo -= 1  # a first name the parser split off ("Boris | Johnson and ...")
    if hi - lo > 3 * len(run) + 12 or busy.intersection(range(lo, hi + 1)):
        return run
    return list(range(lo, hi + 1))


PARENTHESIS_REACH = 3
"""How far around a source run its parenthesis may open and close."""


def out_of_parenthesis(doc: Doc, run: list[int]) -> list[int]:
    """A source run inside the parenthesis after a name ("(R-N.Y.)" of "Rep.
    Mike Lawler (R-N.Y.) said") is that name with its parenthesis."""
    if not run:
        return run
    lo, hi = run[0], run[-1]
    opened = next(
        (
            k
            for k in range(lo, max(-1, lo - PARENTHESIS_REACH), -1)
            if doc[k].text == "("
        ),
        None,
    )
    closed = next(
        (
            k
            for k in range(hi, min(len(doc), hi + PARENTHESIS_REACH))
            if doc[k].text == ")"
        ),
        None,
    )
    if opened is None or closed is None or opened == 0:
        return run
    if any(doc[k].text in {"(", ")"} for k in range(opened + 1, closed)):
        return run
    owner = opened - 1
    if doc[owner].pos_ != "PROPN":
        return run
    return list(range(owner, closed + 1))


def without_floating_tail(doc: Doc, run: list[int]) -> list[int]:
    """A source run without the floating quantifier it ends with ("X and Y
    both" of "X and Y both said")."""
    k = len(run)
    while k > 1 and doc[run[k - 1]].lower_ in FLOATING:
        k -= 1
    return run[:k]


def tidy_source(runs: list[list[int]]) -> list[list[int]]:
    """Sorted source runs with overlapping ones merged (grown runs may meet)."""
    merged: list[list[int]] = []
    for run in sorted((r for r in runs if r), key=lambda r: r[0]):
        if merged and run[0] <= merged[-1][-1] + 1:
            merged[-1] = list(range(merged[-1][0], max(merged[-1][-1], run[-1]) + 1))
        else:
            merged.append(list(run))
    return merged


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _glued_place(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a place name opening a line, glued to the next token
    ("Washington" of "Washington(CNN)President")."""
    token = doc[i]
    return (
        not token.whitespace_
        and token.is_alpha
        and (token.is_title or token.is_upper)
        and _line_start(doc, i)
    )


def drop_dateline(doc: Doc, run: list[int]) -> list[int]:
    """Cut a wire dateline ("VIENNA, Austria (AP) –") off the start of a run.

    Only at the start of a line, and only when every token before the dash
    is capitalized, a comma, a parenthesis or a full stop.
    """
    first = run[0]
    # "(CNN)President ...", "Washington(CNN)President ...": the tokenizer
    # splits the glued agency (and place) off
    k = 0
    if len(run) > 1 and doc[run[1]].text == "(" and _glued_place(doc, first):
        k = 1  # the run starts at the place
    if doc[run[k]].text == "(":
        k += 1
    opener = first + k - 1
    if (
        len(run) > k + 2
        and doc[run[k]].is_upper
        and doc[run[k + 1]].text == ")"
        and opener >= 0
        and doc[opener].text == "("
        and (_line_start(doc, opener) or (opener > 0 and _glued_place(doc, opener - 1)))
    ):
        return run[k + 2 :]
    if first > 0 and not (
        doc[first - 1].is_space or "\n" in doc[first - 1].whitespace_
    ):
        return run
    for k, i in enumerate(run[:10]):
        token = doc[i]
        if token.text in DATELINE_DASHES and (
            token.text != "-" or (k > 0 and doc[i - 1].whitespace_)
        ):
            # a hyphen inside a word ("Trump-Kim summit") is no dateline dash
            return run[k + 1 :] if k > 0 else run
        if not (token.is_title or token.is_upper or token.text in ",()."):
            return run
    return run


RAISING_STEMS: frozenset[str] = frozenset(stem(w) for w in ("seem", "appear"))
"""Verbs whose subject is part of what seems, not someone who says it."""
_ASK_STEM = stem("ask")
_RAISED_DEPS = frozenset({"xcomp", "acomp", "oprd", "attr", "ccomp"})


def sourceless_cue(doc: Doc, feats: DocFeatures, cue: list[int]) -> bool:
    """A cue PolNeAR gives no source: "X seems to ...", "X appeared
    impervious to ...", "was asked about ...", "Asked about ...,".

    The subject of a raising verb is what it says something about; the one
    asked is no source of the question.
    """
    head = doc[cue_head(feats, cue)]
    key = stem(head.text)
    deps = {c.dep_ for c in head.children}
    if key in RAISING_STEMS:
        return bool(deps & _RAISED_DEPS)
    if key == _ASK_STEM and head.tag_ == "VBN":
        return "auxpass" in deps or ("nsubj" not in deps and head.dep_ == "advcl")
    return False


def drop_source(doc: Doc, feats: DocFeatures, cand: Candidate) -> None:
    """The source of a sourceless cue goes: into the content when it is the
    raising verb's subject right before the cue ("Sanders | to have a lead")."""
    head = cue_head(feats, cand.cue)
    raising = stem(doc[head].text) in RAISING_STEMS
    for run in cand.source:
        subject = any(doc[i].dep_ == "nsubj" and doc[i].head.i == head for i in run)
        if raising and subject and run[-1] < cand.cue[0]:
            cand.content = [run, *cand.content]
    cand.source = []
