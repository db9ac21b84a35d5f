"""Clause candidates: cues with a complement the cue tagger passed over,
or whose content the role tagger missed (clausal complement, object,
infinitive), and reports adjoined to another attribution's cue.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Doc, Token

from whosaid.attribution.candidates import (
    CCOMP_METHOD,
    CLAUSE_METHOD,
    MIN_CONTENT_WORDS,
    TRANSCRIPT_METHOD,
    Candidate,
)
from whosaid.attribution.cues import is_cue_word, stem, train_lexicon
from whosaid.attribution.dropped import infinitive_content
from whosaid.attribution.features import MAX_WINDOW_SIDE, DocFeatures, cue_head
from whosaid.attribution.filters import cue_allowed, names_only, time_adjunct
from whosaid.attribution.nesting import adjoined as adjoined_clause
from whosaid.attribution.nesting import cut_before, reports_often

COMPLEMENT_FALLBACK_THRESHOLD = 0.7
"""A cue this sure gets its clausal complement as content if the tagger has
none (0.9 before: PolNeAR train half B e2e F1 +0.0003, dev +0.0005)."""
CCOMP_CONFIDENCE = 0.5


def content_elsewhere(feats: DocFeatures, cand: Candidate) -> bool:
    """No word of the tagger's content lies in the cue's paragraph (a
    quotation of the paragraph before "Rhee said S")."""
    para = feats.para_idx[cand.cue[0]]
    return all(feats.para_idx[i] != para for run in cand.content for i in run)


def complement(cue: list[int], left: int, right: int) -> Candidate:
    """A rule candidate whose content is tokens ``left..right`` (no source:
    the subject fallback finds it)."""
    return Candidate(
        cue=cue,
        source=[],
        content=[list(range(left, right + 1))],
        confidence=CCOMP_CONFIDENCE,
        method=CCOMP_METHOD,
    )


def _within_window(cue: Sequence[int], left: int, right: int) -> tuple[int, int]:
    """Clip a token range ``left..right`` to the cue's widest window.

    A clause of a run-on "sentence" may span thousands of tokens; no content
    reaches further from its cue than :data:`MAX_WINDOW_SIDE` tokens.
    """
    return max(left, cue[0] - MAX_WINDOW_SIDE), min(right, cue[-1] + MAX_WINDOW_SIDE)


def ccomp_candidate(
    doc: Doc, feats: DocFeatures, cue: list[int], *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A sure cue whose content the role tagger missed: its clausal complement.

    "Kyiv said Russian forces had launched ..." -- the tagger sometimes gives
    no content to a plain ``X said S`` with a proper-noun subject; the
    dependency parse still has ``S`` as the verb's ``ccomp``.  The complement
    after the cue becomes the content, a leading "that" included (PolNeAR
    puts it in: on train half B 1263 contents open with it, 13 follow it);
    the source is left to the subject fallback.  A content needs
    ``min_words`` words (the scheme's :attr:`.SchemeLevers.rule_min_words`).
    """
    h = cue_head(feats, cue)
    head = doc[h]
    sent_start, sent_end = feats.sent_bounds[feats.sent_idx[h]]
    for child in head.children:
        if child.dep_ != "ccomp":
            continue
        left, right = child.left_edge.i, child.right_edge.i
        if child.i < h:
            # "<clause>, the state news agency KUNA reported": the clause
            # opens the sentence and a comma closes it
            comma = right if doc[right].text == "," else right + 1
            if (
                comma >= h
                or doc[comma].text != ","
                or left != sent_start
                or doc[left].text in {'"', "“", "‘", "'"}
            ):
                continue
        left, right = _within_window(cue, left, right)
        while left <= right and doc[left].is_punct:
            left += 1
        while right >= left and doc[right].is_punct:
            right -= 1
        if right - left + 1 < min_words or any(left <= i <= right for i in cue):
            return None
        return complement(cue, left, right)
    # "accused Kigali of backing the rebels": the charge is the content
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "of" or child.i < h:
            continue
        comp = [c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        if not comp:
            continue
        left, right = _within_window(cue, comp[0].left_edge.i, comp[0].right_edge.i)
        while right >= left and doc[right].is_punct:
            right -= 1
        if right - left + 1 >= min_words:
            return complement(cue, left, right)
    # "said in an editorial that S": the parser hung the clause elsewhere
    for k in range(cue[-1] + 1, min(sent_end, cue[-1] + 8)):
        tok = doc[k]
        if tok.is_punct and tok.text not in {",", "-"}:
            break
        if tok.lower_ != "that" or tok.dep_ not in {"mark", "dobj", "nsubj"}:
            continue
        left, right = _within_window(cue, k, sent_end - 1)
        while right >= left and (doc[right].is_punct or doc[right].is_space):
            right -= 1
        if right - left + 1 < min_words:
            return None
        return complement(cue, left, right)
    return None


CLAUSE_CONFIDENCE = 0.25
"""Below the tagger's usual scores: a clause candidate gives way to any
tagger candidate it overlaps."""
NOT_SAYING_STEMS: frozenset[str] = frozenset(
    stem(w)
    for w in (
        "have",
        "had",
        "has",
        "make",
        "made",
        "allow",
        "mean",
        "meant",
        "do",
        "did",
        "does",
        "turn",
        "use",
        "used",
        "help",
        "let",
        "ensure",
    )
)
"""Verbs the lexicon check lets through that take a clause without saying
anything ("made it clear that", "allows them to", "did what he said")."""
_CLAUSE_OPENERS = frozenset({"nsubj", "nsubjpass", "expl", "mark"})


def _finite_clause(token: Token) -> bool:
    """``token`` heads a clause with its own subject or complementizer
    ("(that) the talks failed", "whether it works"), not a small clause
    ("made it possible")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return any(
        c.dep_ in _CLAUSE_OPENERS or c.tag_ in {"WDT", "WP", "WRB"}
        for c in token.children
    )


INTENT_MIN_RATE = 0.4
"""A verb with a "to"-infinitive is an intention cue ("vowed to fight") when
PolNeAR train makes its stem a cue at least this share of its occurrences
(``data/cue_lexicon.tsv``) ..."""
INTENT_MIN_CUES = 5
"""... and at least this many times."""
OBJECT_CONFIDENCE = CLAUSE_CONFIDENCE
"""A tagged cue's object taken as its content scores as low as a clause
candidate: the tagger's own attributions win any overlap."""
_OBJECT_TAIL = frozenset({"oprd", "xcomp", "ccomp"})


def object_candidate(
    doc: Doc, feats: DocFeatures, cue: list[int], *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A tagged verb cue whose content the role tagger missed: its direct
    object ("criticized the decision", "calling Trump | a fascist").

    The object, with a predicate or clause that follows it ("called the
    vote a sham") or a phrase of :data:`CUE_PREPOSITIONS` ("warned Manila
    against any provocation"), is the content; the source is left to the fallbacks.
    The cue filter and the names-only check still apply to it.
    """
    head = doc[cue_head(feats, cue)]
    if head.pos_ != "VERB":
        return None
    h = head.i
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i > h), None)
    if obj is None or obj.i in cue:
        return None  # "released a statement": the cue holds its own object
    right = obj.right_edge.i
    for c in head.children:
        if c.i > obj.i and (
            c.dep_ in _OBJECT_TAIL
            or (c.dep_ == "prep" and c.lower_ in CUE_PREPOSITIONS)
        ):
            # "called the vote a sham", "warned Manila against provocations"
            right = max(right, c.right_edge.i)
    cand = _phrase(doc, cue, obj.left_edge.i, right, min_words=min_words)
    if cand is not None:
        cand.confidence = OBJECT_CONFIDENCE
        cand.method = CLAUSE_METHOD
    return cand


_COMPLEMENTS = frozenset({"ccomp", "xcomp", "acl", "dobj", "prep"})


def cue_tail_candidate(
    doc: Doc, cue: list[int], *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A tagged cue that ends in a preposition, whose content the role tagger
    missed: the preposition's object ("made no mention of | Jeb Bush",
    "railed against | the deal"); the source is left to the fallbacks."""
    last = doc[cue[-1]]
    if last.dep_ != "prep" and last.pos_ != "ADP":
        return None
    obj = next(
        (c for c in last.children if c.dep_ in {"pobj", "pcomp"} and c.i > last.i),
        None,
    )
    if obj is None:
        return None
    return _phrase(doc, cue, obj.left_edge.i, obj.right_edge.i, min_words=min_words)


CUE_PREPOSITIONS = frozenset({"about", "for", "against"})
"""Prepositions a frequent cue verb takes into its cue ("spoke about",
"called for", "railed against"), the object being the content."""
OBJECT_MIN_RATE = 0.3
"""A verb with a subject and a direct object is a cue ("Clinton praised the
deal") when PolNeAR train makes its stem a cue at least this share of its
occurrences ..."""
OBJECT_MIN_CUES = 10
"""... and at least this many times."""


def _prepositional_cue(
    doc: Doc, token: Token, *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A frequent cue verb with a subject, no object or complement, and one of
    :data:`CUE_PREPOSITIONS` right after it: the object of the preposition is
    the content ("Sanders railed against | the trade deal")."""
    children = list(token.children)
    if not any(c.dep_ == "nsubj" for c in children):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children):
        return None
    prep = next(
        (
            c
            for c in children
            if c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ in CUE_PREPOSITIONS
        ),
        None,
    )
    if prep is None or not _frequent_cue(token.text):
        return None
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None:
        return None
    return _phrase(
        doc, [token.i, prep.i], obj.left_edge.i, obj.right_edge.i, min_words=min_words
    )


def _frequent_cue(word: str) -> bool:
    """PolNeAR train makes the word's stem a cue often enough
    (:data:`OBJECT_MIN_RATE`, :data:`OBJECT_MIN_CUES`)."""
    counts = train_lexicon().get(stem(word))
    return (
        counts is not None
        and counts.cue >= OBJECT_MIN_CUES
        and counts.rate >= OBJECT_MIN_RATE
    )


TIME_MARKERS = frozenset(
    {"after", "before", "when", "while", "until", "since", "once", "as"}
)
"""Subordinators of a clause of time or circumstance ("as Western powers
weigh a resolution"; with "as": PolNeAR train half B 3 fewer false object
cues, no true one lost)."""


def time_clause(token: Token) -> bool:
    """``token`` heads a clause of time ("after the deal proposes ..."): what
    happened, not what was said."""
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in token.children)


def _frequent_object_cue(
    doc: Doc, feats: DocFeatures, token: Token, *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A frequent cue verb with a subject and a direct object, not in a
    clause of time ("after the draft deal proposes $250bn")."""
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    if time_clause(token):
        return None
    if not _frequent_cue(token.text):
        return None
    return object_candidate(doc, feats, [token.i], min_words=min_words)


def clause_candidates(
    doc: Doc,
    feats: DocFeatures,
    taken: Container[int],
    *,
    min_words: int = MIN_CONTENT_WORDS,
) -> list[Candidate]:
    """Cues with a complement that the cue tagger passed over.

    A verb of saying or thinking with a subject and a finite clausal
    complement ("Economists predict that rates will rise"), an intention
    verb with a subject and a "to"-infinitive ("The mayor vowed to fight
    the plan"), a frequent cue verb with a subject and a direct object
    ("Clinton praised the deal") or a preposition ("railed against the
    deal"), a noun of saying with a "that"-clause
    ("Lee's claim that the deal was done").  The cue must pass the cue
    filter and not stand inside a quotation (the quoted speaker's words);
    the complement is the content, the source is left to the fallbacks
    (subject, owner).  Scored low (:data:`CLAUSE_CONFIDENCE`), so that the
    tagger's attributions win any overlap.  A content needs ``min_words``
    words (:attr:`.SchemeLevers.rule_min_words`).
    """
    found: list[Candidate] = []
    # only heads of a complement can be such a cue: found without making a
    # Token of every word
    heads = sorted(
        {
            h
            for h, dep in zip(feats.heads, feats.deps, strict=True)
            if dep in _COMPLEMENTS
        }
    )
    for i in heads:
        token = doc[i]
        if token.pos_ not in {"VERB", "NOUN"} or i in taken or feats.quote_id[i] >= 0:
            continue
        if token.pos_ == "NOUN":
            cand = _noun_clause(doc, token, min_words=min_words)
        else:
            cand = (
                _verb_clause(doc, feats, token, min_words=min_words)
                or _intention(doc, token, min_words=min_words)
                or _frequent_object_cue(doc, feats, token, min_words=min_words)
                or _prepositional_cue(doc, token, min_words=min_words)
            )
            if cand is not None and any(i in taken for i in cand.cue):
                continue
        if cand is None or not cue_allowed(doc, feats, cand):
            continue
        if names_only(doc, feats, cand) or time_adjunct(doc, feats, cand):
            continue
        cand.confidence = CLAUSE_CONFIDENCE
        cand.method = CLAUSE_METHOD
        found.append(cand)
    return found


def adjoined_reports(
    doc: Doc, feats: DocFeatures, candidates: Sequence[Candidate]
) -> list[tuple[Candidate, Candidate]]:
    """Reports adjoined to a candidate's cue inside its content that no
    tagger or rule took as a cue; each outer content ends before its own.

    "X was defending the group but **admitted** that ...", "said A and
    **urged** B": PolNeAR annotates the second verb as an attribution of
    its own (sharing the outer source when it has no subject), where the
    role tagger runs the outer content over it.  A verb coordinated with the
    outer cue (:func:`_reports_beside`),
    outside quotation marks, that PolNeAR train often makes a cue
    (:func:`~whosaid.attribution.nesting.reports_often`: "admitted",
    "urged", not "supported" or "plans") and that passes the cue filter,
    with a clausal, infinitive or object complement after it (the fallbacks
    of a tagged cue) becomes a clause candidate.  Returns the (outer, inner)
    pairs; the outer contents are cut.  On PolNeAR train half B (taggers
    trained on half A): 3 more end-to-end matches, no more false ones.
    """
    taken = {i for c in candidates for i in c.cue}
    pairs: list[tuple[Candidate, Candidate]] = []
    for outer in candidates:
        if not outer.content or outer.method == TRANSCRIPT_METHOD:
            continue
        h = cue_head(feats, outer.cue)
        for i in sorted({i for run in outer.content for i in run}):
            if i <= max(outer.cue) or i in taken or feats.quote_id[i] >= 0:
                continue
            if doc[i].pos_ != "VERB" or not _reports_beside(doc, h, i):
                continue
            inner = _adjoined_candidate(doc, feats, i)
            if inner is None or any(j in taken for j in inner.cue):
                continue
            start = _report_start(doc, outer, i)
            if not any(
                max(outer.cue) < j < start for run in outer.content for j in run
            ):
                continue  # nothing of the outer content would be left
            cut_before(doc, outer, start)
            taken.update(inner.cue)
            pairs.append((outer, inner))
    return pairs


def _reports_beside(doc: Doc, h: int, i: int) -> bool:
    """Verb ``i`` is coordinated with cue head ``h`` ("was defending A but
    **admitted** B"), not a clause deeper in the content ("said she came to
    **support** X") nor a participle ("accused X of spending A **defending**
    B": on PolNeAR train half B no participle gained a match)."""
    return doc[i].head.i == h and doc[i].dep_ == "conj" and adjoined_clause(doc, h, i)


def _adjoined_candidate(doc: Doc, feats: DocFeatures, i: int) -> Candidate | None:
    """The clause candidate of an adjoined verb ``i`` (see
    :func:`adjoined_reports`), or None."""
    if not reports_often(doc[i].text):
        return None
    if stem(doc[i].text) in NOT_SAYING_STEMS or time_clause(doc[i]):
        return None
    cue = [i]
    cand = ccomp_candidate(doc, feats, cue)
    if cand is None and (found := infinitive_content(doc, feats, cue)):
        cand = complement(cue, *found)
    if cand is None:
        cand = object_candidate(doc, feats, cue)
    if cand is None or not cue_allowed(doc, feats, cand):
        return None
    if names_only(doc, feats, cand) or time_adjunct(doc, feats, cand):
        return None
    cand.confidence = CLAUSE_CONFIDENCE
    cand.method = CLAUSE_METHOD
    return cand


def _report_start(doc: Doc, outer: Candidate, i: int) -> int:
    """Where the report of adjoined verb ``i`` starts in ``outer``'s
    content: its subject when one stands between ("A, while Sanders
    suggests B"), else the verb, its auxiliaries and negation ("but did not
    suggest")."""
    start = i
    for c in doc[i].children:
        if c.i < i and c.dep_ in {"nsubj", "nsubjpass", "aux", "neg", "advmod"}:
            start = min(start, c.left_edge.i)
    return max(start, max(outer.cue) + 1)


def _verb_clause(
    doc: Doc, feats: DocFeatures, token: Token, *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A verb with a subject and a finite clausal complement, or a participle
    hanging on another verb ("..., arguing that S"), whose subject the
    subject fallback finds."""
    children = list(token.children)
    if not any(c.dep_ == "nsubj" for c in children) and not (
        token.tag_ == "VBG" and token.dep_ in {"advcl", "conj", "xcomp"}
    ):
        return None
    if not any(c.dep_ == "ccomp" and _finite_clause(c) for c in children):
        return None
    if stem(token.text) in NOT_SAYING_STEMS:
        return None
    return ccomp_candidate(doc, feats, [token.i], min_words=min_words)


def _intention(
    doc: Doc, token: Token, *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A frequent intention cue with a subject and a "to"-infinitive after it."""
    children = list(token.children)
    if not any(c.dep_ == "nsubj" for c in children):
        return None
    xcomp = next(
        (
            c
            for c in children
            if c.dep_ == "xcomp"
            and c.i > token.i
            and c.pos_ == "VERB"
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        ),
        None,
    )
    if xcomp is None:
        return None
    counts = train_lexicon().get(stem(token.text))
    if counts is None or counts.cue < INTENT_MIN_CUES or counts.rate < INTENT_MIN_RATE:
        return None
    return _phrase(
        doc, [token.i], xcomp.left_edge.i, xcomp.right_edge.i, min_words=min_words
    )


def _noun_clause(
    doc: Doc, token: Token, *, min_words: int = MIN_CONTENT_WORDS
) -> Candidate | None:
    """A noun of saying with a "that"-clause after it ("the claim that ...")."""
    if not is_cue_word(token.text):
        return None
    clause = next(
        (
            c
            for c in token.children
            if c.dep_ in {"acl", "ccomp"}
            and c.i > token.i
            and _finite_clause(c)
            and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    left = clause.left_edge.i
    while left <= clause.right_edge.i and doc[left].is_punct:
        left += 1
    return _phrase(doc, [token.i], left, clause.right_edge.i, min_words=min_words)


def _phrase(
    doc: Doc,
    cue: list[int],
    left: int,
    right: int,
    *,
    min_words: int = MIN_CONTENT_WORDS,
) -> Candidate | None:
    """A candidate whose content is tokens ``left..right`` (clipped to the cue's
    window, without trailing punctuation), if ``min_words`` words remain."""
    left, right = _within_window(cue, left, right)
    while right >= left and doc[right].is_punct:
        right -= 1
    if right - left + 1 < min_words:
        return None
    return complement(cue, left, right)
