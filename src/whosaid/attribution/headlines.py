"""Headline candidates: scraped headline lines ("Russia calls for calm over
North Korea", "…, says PM Lee"), which PolNeAR-trained taggers miss.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from spacy.tokens import Doc, Token

from whosaid.attribution.candidates import (
    HEADLINE_METHOD,
    MIN_CONTENT_WORDS,
    RULE_CONFIDENCE,
    Candidate,
)
from whosaid.attribution.cues import event_kind
from whosaid.attribution.features import DocFeatures
from whosaid.attribution.filters import HEADLINE_END, SPEAKER_NOUNS, acts_on
from whosaid.attribution.lexicon import CUE_WORDS
from whosaid.attribution.rules import line_end
from whosaid.entities.lexicon import ROLE_NOUNS
from whosaid.nlp.models import doc_text

HEADLINE_PARTICLES: frozenset[str] = frozenset({"for", "on", "of"})
"""Prepositions a headline cue takes with it ("calls for", "warns of")."""
PLURAL_HEADLINE_VERBS: frozenset[str] = frozenset(
    {"say", "warn", "urge", "insist", "deny", "claim", "vow", "argue", "demand"}
)
"""Reporting verbs a headline's plural subject takes ("Islands say text is
weak"); other verbs of the plural are left alone ("Voters back charter")."""
_NONSPACE_RE = re.compile(r"\S")


class _Lines:
    """Where each line's text begins and ends (whitespace aside), found once.

    Answers "is ``[start, end)`` a whole line?" without scanning the line
    again, so a text of many sentences on one line stays linear.
    """

    def __init__(self, text: str) -> None:
        self._starts: list[int] = []
        self._first: list[int] = []
        self._last_end: list[int] = []
        for m in re.finditer(r"[^\n]*", text):
            if m.start() > 0 and text[m.start() - 1] != "\n":
                continue  # the empty match right after a line's text
            first = _NONSPACE_RE.search(text, m.start(), m.end())
            self._starts.append(m.start())
            self._first.append(first.start() if first else m.end())
            self._last_end.append(m.start() + len(m.group().rstrip()))

    def whole(self, start: int, end: int) -> bool:
        """Whether only whitespace stands around ``[start, end)`` on its lines."""
        k = bisect_right(self._starts, start) - 1
        j = bisect_right(self._starts, max(start, end - 1)) - 1
        return self._first[k] >= start and self._last_end[j] <= end


def headline_candidates(doc: Doc, feats: DocFeatures) -> list[Candidate]:
    """Headline-style lines: "Russia calls for calm over North Korea".

    A line without a final full stop whose verb is a present-tense reporting
    verb with a subject before it.  The taggers learned from PolNeAR, whose
    titles all end with a full stop; headlines scraped from pages do not.
    """
    found: list[Candidate] = []
    lines = _Lines(doc_text(doc))
    for start, end in feats.sent_bounds:
        first, last = start, end - 1
        while first <= last and doc[first].is_space:
            first += 1
        while last >= first and doc[last].is_space:
            last -= 1
        if first <= last and (first == 0 or "\n" in doc[first - 1].text_with_ws):
            # the parser may cut a headline line ("…, says | PM Lee")
            line_last = line_end(doc, first) - 1
            inverted = (
                _inverted_headline(doc, first, line_last)
                or _source_last_headline(doc, first, line_last)
                if doc[line_last].text not in HEADLINE_END
                else None
            )
            if inverted is not None:
                found.append(inverted)
                continue
        if last - first < 3 or doc[last].text in HEADLINE_END:
            continue
        if not lines.whole(doc[first].idx, doc[last].idx + len(doc[last].text)):
            continue  # only whole lines
        # "X calls deal a 'mistake'; Y says …", "X accuses Z, while Y says
        # …": one statement per segment
        seg_first = first
        source: list[list[int]] | None = None
        for k in range(first, last + 2):
            if k <= last and not _headline_break(doc, k, first):
                continue
            seg_last = k - 1
            while seg_last > seg_first and doc[seg_last].is_punct:
                seg_last -= 1
            cand = None
            if seg_last - seg_first >= 3:
                cand = _headline_statement(doc, seg_first, seg_last)
            if cand is None and source is not None:
                # "Lind calls for calm, | says talks will go on": the same source
                cand = _headline_verb_first(doc, seg_first, seg_last, source)
            if cand is not None:
                found.append(cand)
                source = cand.source
            elif source is None or seg_first == first:
                # "Opposition rejects schedule, | calls for …": an act's
                # subject still speaks in the next segment
                source = _headline_subject(doc, seg_first, seg_last)
            seg_first = k + 1 if k <= last and doc[k].text == ";" else k
    return found


_HEADLINE_CONTRAST = frozenset({"while", "whereas", "but"})


def _headline_break(doc: Doc, k: int, first: int) -> bool:
    """Token ``k`` opens a headline's next statement: a semicolon, or
    "while", "whereas", "but" or a reporting verb ("…, says …") after a
    comma, or "but"/"and" before a reporting verb ("… judgment but says
    …")."""
    if doc[k].text == ";":
        return True
    if k <= first + 1:
        return False
    if doc[k].lower_ in _VERB_JOINERS and k + 1 < len(doc):
        return _headline_verb(doc[k + 1])
    return doc[k - 1].text == "," and (
        doc[k].lower_ in _HEADLINE_CONTRAST or _headline_verb(doc[k])
    )


_VERB_JOINERS = frozenset({"but", "and"})


def _headline_verb(tok: Token) -> bool:
    """A headline's reporting verb in the present: "says", "calls", "warns"."""
    return tok.lower_ in CUE_WORDS and tok.lower_.endswith("s") and tok.tag_ == "VBZ"


def headline_pairs(
    candidates: list[Candidate],
) -> list[tuple[Candidate, Candidate]]:
    """Headline statements of one source ("Lind calls for calm, says …"), as
    (first, next) pairs: the overlap resolution gives the source to one,
    :func:`~whosaid.attribution.nesting.share_sources` shares it again."""
    heads = [c for c in candidates if c.method == HEADLINE_METHOD and c.source]
    return [
        (a, b)
        for a, b in pairwise(heads)
        if a.source == b.source and a.cue[0] < b.cue[0]
    ]


def asks_for(doc: Doc, cand: Candidate) -> bool:
    """A headline's "calls for", "appeals for": one word is what is asked
    for ("calls for calm")."""
    return (
        cand.method == HEADLINE_METHOD
        and len(cand.cue) > 1
        and doc[cand.cue[-1]].lower_ in HEADLINE_PARTICLES
    )


HEADLINE_SUBJECT_MAX = 6
"""Tokens of a headline's subject before its first verb."""


def _headline_subject(doc: Doc, first: int, last: int) -> list[list[int]] | None:
    """The words before a headline segment's first present-tense verb, as
    its source, when they are a short noun phrase ("Bangladesh opposition")."""
    for i in range(first, min(last + 1, first + HEADLINE_SUBJECT_MAX + 1)):
        if doc[i].tag_ in {"VBZ", "VBP"}:
            lo, hi = first, i - 1
            while lo <= hi and doc[lo].is_punct:
                lo += 1
            while hi >= lo and doc[hi].is_punct:
                hi -= 1  # "Government 'accepts'": not the quote mark
            words = list(range(lo, hi + 1))
            if words and any(doc[k].pos_ in {"NOUN", "PROPN"} for k in words):
                return [words]
            return None
    return None


def _headline_verb_first(
    doc: Doc, first: int, last: int, source: list[list[int]]
) -> Candidate | None:
    """A headline segment that opens with its verb ("says talks will go on"
    after "Lind calls for calm,"): the previous statement's source."""
    if doc[first].lower_ in _VERB_JOINERS:
        first += 1  # "but | says …"
    tok = doc[first]
    if not _headline_verb(tok) or event_kind(tok.text) is not None or acts_on(tok):
        return None
    if any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children):
        return None  # "…, says Abiy, but …": its own source follows it
    cue_end = first + 1
    if cue_end <= last and doc[cue_end].lower_ in HEADLINE_PARTICLES:
        cue_end += 1
    if last - cue_end + 1 < MIN_CONTENT_WORDS:
        return None
    return Candidate(
        cue=list(range(first, cue_end)),
        source=[list(run) for run in source],
        content=[list(range(cue_end, last + 1))],
        confidence=RULE_CONFIDENCE,
        method=HEADLINE_METHOD,
    )


def _headline_statement(doc: Doc, first: int, last: int) -> Candidate | None:
    """The statement of one headline segment (tokens ``first..last``):
    "Russia calls for calm over North Korea"."""
    for i in range(first + 1, min(last, first + 8)):
        tok = doc[i]
        if tok.lower_ not in CUE_WORDS:
            continue
        if tok.tag_ == "NNS" and doc[i + 1].tag_ == "VBP":
            continue  # "Small island states say …": the subject's noun
        if not tok.lower_.endswith("s") and not (
            tok.tag_ == "VBP" and tok.lower_ in PLURAL_HEADLINE_VERBS
        ):
            continue
        if event_kind(tok.text) is not None or acts_on(tok):
            break  # "Court names new judge", "Panel concludes hearings"
        if tok.tag_ not in {"VBZ", "NNS", "VBP"}:
            continue
        subject = [
            c for c in tok.children if c.dep_ in {"nsubj", "compound"} and c.i < i
        ]
        if not subject and tok.dep_ == "conj":
            # "SC scraps bonds scheme, says funding ...": the first verb's
            subject = [
                c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.head.i
            ]
        if not subject and tok.tag_ == "NNS":
            subject = [doc[i - 1]] if doc[i - 1].pos_ in {"PROPN", "NOUN"} else []
        if not subject:
            break
        src_first = max(subject[0].left_edge.i, first)
        cue_end = i + 1
        if cue_end <= last and doc[cue_end].lower_ in HEADLINE_PARTICLES:
            cue_end += 1
        # "calls for | calm": after a particle one word is what is asked for
        least = 1 if cue_end > i + 1 else MIN_CONTENT_WORDS
        if last - cue_end + 1 < least:
            break
        if tok.dep_ == "conj" and subject[0].i < tok.head.i:
            src_first, src_end = subject[0].left_edge.i, subject[0].right_edge.i + 1
        else:
            src_end = i
        return Candidate(
            cue=list(range(i, cue_end)),
            source=[list(range(src_first, src_end))],
            content=[list(range(cue_end, last + 1))],
            confidence=RULE_CONFIDENCE,
            method=HEADLINE_METHOD,
        )
    return None


INVERTED_SOURCE_MAX = 6
"""Tokens after an inverted headline's verb ("…, says PM Lee")."""
RULING_HEADLINE_VERBS = frozenset({"rules"})
"""A court's headline verb, not in the communication list ("…, top court
rules")."""


def _source_last_headline(doc: Doc, first: int, last: int) -> Candidate | None:
    """A headline closed by its source and verb: "Apple must pay €13bn in
    back taxes, EU's top court rules" (the verb last, after a short source
    that names someone)."""
    verb = doc[last]
    if verb.lower_ not in CUE_WORDS and verb.lower_ not in RULING_HEADLINE_VERBS:
        return None
    if not verb.lower_.endswith("s") or event_kind(verb.text) is not None:
        return None
    comma = next(
        (c for c in range(last - 1, max(first, last - INVERTED_SOURCE_MAX - 1), -1)
         if doc[c].text == ","),
        None,
    )  # fmt: skip
    if comma is None or comma - first < MIN_CONTENT_WORDS + 1:
        return None
    source = list(range(comma + 1, last))
    if not source or not any(
        doc[i].pos_ == "PROPN" or doc[i].lower_ in SPEAKER_NOUNS for i in source
    ):
        return None
    return Candidate(
        cue=[last],
        source=[source],
        content=[list(range(first, comma))],
        confidence=RULE_CONFIDENCE,
        method=HEADLINE_METHOD,
    )


def _inverted_headline(doc: Doc, first: int, last: int) -> Candidate | None:
    """A headline closed by its source: "Hosting summit a 'worthwhile'
    contribution to peace, says PM Lee" (the content may have no verb)."""
    for c in range(last - 2, first + MIN_CONTENT_WORDS, -1):
        if doc[c].text != ",":
            continue
        verb = doc[c + 1]
        if verb.lower_ not in CUE_WORDS or not verb.lower_.endswith("s"):
            return None
        if event_kind(verb.text) is not None:
            return None
        source = list(range(c + 2, last + 1))
        if not source or len(source) > INVERTED_SOURCE_MAX:
            return None
        if doc[source[0]].pos_ in {"ADP", "PART"} or not any(
            doc[i].pos_ == "PROPN" or doc[i].lower_ in ROLE_NOUNS for i in source
        ):
            return None  # "…, vows to 'clean house'": a complement, no source
        return Candidate(
            cue=[c + 1],
            source=[source],
            content=[list(range(first, c))],
            confidence=RULE_CONFIDENCE,
            method=HEADLINE_METHOD,
        )
    return None
