"""Rule candidates of fixed constructions: "according to X", a quotation
with a dash and a name after it, transcript turns, title labels, sentences
closed by their attribution, and poll findings (:mod:`.rules`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from spacy.tokens import Doc

from whosaid.attribution.candidates import (
    MIN_CONTENT_WORDS,
    POLL_METHOD,
    RULE_CONFIDENCE,
    TRAILING_METHOD,
    TRANSCRIPT_METHOD,
    Candidate,
    Regions,
)
from whosaid.attribution.features import DocFeatures
from whosaid.attribution.quotes import Quote
from whosaid.attribution.rules import (
    RuleFinding,
    poll_findings,
    quoted_label_findings,
    title_label_finding,
    trailing_cue_findings,
    transcript_findings,
)
from whosaid.attribution.tagging import SURE_CUES
from whosaid.attribution.turn_labels import (
    interview_turn_findings,
    own_line_turn_findings,
)
from whosaid.records import Span

SPEECH_IN_ACCORDING: frozenset[str] = SURE_CUES | {"claimed", "claims"}
"""Verbs whose attribution inside an "according to" content stands ("X
claimed responsibility, according to a statement" is X's)."""

# "…quotation…" ― Name: the epigraph / vox-pop convention, where a dash and
# a name on the rest of the line attribute the quotation before them.
# (No-break spaces count as spaces: pages put them around the dash.)
_DASH_NAME_RE = re.compile(
    r"[ \t\xa0]*[―—–]{1,2}[ \t\xa0]*"
    r"([A-Z][\w.'’-]*"
    r"(?:[ \t\xa0]+(?:[A-Z]|(?:de|van|von|al|el|bin|ibn|da)\b)[\w.'’-]*){0,4})"
    r"[ \t\xa0]*,?[ \t\xa0]*(?:\n|$)"
)


def dash_attributions(
    text: str, quotes: Sequence[Quote], taken: Sequence[tuple[int, int]]
) -> list[tuple[Span, Span, Span]]:
    """Quotations attributed by a following dash and name, as (source, cue, content).

    Quotations that overlap an attribution already found (``taken``) are left
    alone.
    """
    found: list[tuple[Span, Span, Span]] = []
    taken_regions = Regions(taken)
    for q in quotes:
        if not q.closed or not q.double:
            continue
        m = _DASH_NAME_RE.match(text, q.end)
        if m is None or taken_regions.overlap(q.start, q.end):
            continue
        dash = text.index(m.group(0).strip()[0], q.end)
        name_end = m.end(1)
        # A full stop after the name ends the line, not the name ("Lee.");
        # an initial keeps its own ("John Q.").
        if text[name_end - 1] == "." and text[name_end - 3 : name_end - 2].isalpha():
            name_end -= 1
        found.append(
            (
                Span.of(text, m.start(1), name_end),
                Span.of(text, dash, dash + 1),
                Span.of(text, q.start, q.end),
            )
        )
    return found


def according_to_candidates(doc: Doc, feats: DocFeatures) -> list[Candidate]:
    """Sentences that open with "According to X, <clause>".

    The taggers learned the common news order ("…, according to X.") from
    PolNeAR but often miss the fronted one, which wire copy uses a lot.
    """
    found: list[Candidate] = []
    words = feats.words
    for start, end in feats.sent_bounds:
        i = start
        while i < end and doc[i].is_space:
            i += 1
        trailing = _trailing_according_to(doc, words, i, end)
        if trailing is not None:
            found.append(trailing)
            continue
        if i + 2 >= end or words[i] != "according" or words[i + 1] != "to":
            continue
        comma = next(
            (j for j in range(i + 2, min(end, i + 20)) if words[j] == ","), None
        )
        if comma is None or comma == i + 2:
            continue
        last = end - 1
        while last > comma and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if last - comma < MIN_CONTENT_WORDS:
            continue
        found.append(
            Candidate(
                cue=[i, i + 1],
                source=[list(range(i + 2, comma))],
                content=[list(range(comma + 1, last + 1))],
                confidence=RULE_CONFIDENCE,
                method="rule.according_to.v1",
            )
        )
    return found


def _trailing_according_to(
    doc: Doc, words: Sequence[str], first: int, end: int
) -> Candidate | None:
    """ "<clause>, according to X." at the end of a sentence."""
    last = end - 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for k in range(max(first + 1, last - 12), last - 1):
        if words[k] == "according" and words[k + 1] == "to" and words[k - 1] == ",":
            if any(doc[j].text in {'"', "“", "”"} for j in range(first, k)):
                return None  # quotations are the tagger's
            comma = k - 1
            content_end = comma - 1
            if content_end - first + 1 < MIN_CONTENT_WORDS or k + 2 > last:
                return None
            return Candidate(
                cue=[k, k + 1],
                source=[list(range(k + 2, last + 1))],
                content=[list(range(first, content_end + 1))],
                confidence=RULE_CONFIDENCE,
                method="rule.according_to.v1",
            )
    return None


def _from_finding(f: RuleFinding, method: str) -> Candidate:
    """A rule finding as a candidate with the rules' confidence."""
    return Candidate(
        cue=f.cue,
        source=[f.source],
        content=f.content,
        confidence=RULE_CONFIDENCE,
        method=method,
    )


def transcript_candidates(doc: Doc) -> list[Candidate]:
    """Transcript turns ("PENCE: Well, look, ..."), see :mod:`.rules`, and
    turns under a speaker line in ordinary case (:mod:`.turn_labels`)."""
    return [
        _from_finding(f, TRANSCRIPT_METHOD)
        for f in (
            *transcript_findings(doc),
            *quoted_label_findings(doc),
            *own_line_turn_findings(doc),
            *interview_turn_findings(doc),
        )
    ]


def title_label_candidates(doc: Doc) -> list[Candidate]:
    """A title "Name: statement" ("Lewandowski: FBI director acted …"), see
    :func:`.rules.title_label_finding`."""
    found = title_label_finding(doc)
    if found is None:
        return []
    return [_from_finding(found, "rule.headline.v1")]


def trailing_candidates(doc: Doc, feats: DocFeatures) -> list[Candidate]:
    """Sentences closed by their attribution ("…, Morrison testified.")."""
    return [
        _from_finding(f, TRAILING_METHOD)
        for f in trailing_cue_findings(
            doc,
            feats.words,
            feats.sent_idx,
            feats.sent_bounds,
            feats.quote_id,
            feats.quote_tokens,
        )
    ]


def poll_candidates(
    doc: Doc, feats: DocFeatures, taken: Container[int]
) -> list[Candidate]:
    """A poll's findings ("In the latest CNN poll, …"), see
    :func:`.rules.poll_findings`; not where a verb of saying in the clause
    is already the taggers' cue ("31% said in the poll that …" is the
    respondents'); another tagger cue there ("had 38 percent support in a
    Fox poll") competes in the overlap resolution."""
    return [
        _from_finding(f, POLL_METHOD)
        for f in poll_findings(doc, feats.words, feats.quote_id)
        if not any(
            i in taken and feats.words[i] in SPEECH_IN_ACCORDING
            for run in f.content
            for i in run
        )
    ]


def inside_trailing(cand: Candidate, trailing: Sequence[Candidate]) -> bool:
    """``cand`` is an inner cue of a sentence its attribution closes.

    "The minister never asked about the price, testified a witness, X.": the
    tagger's "asked about" takes the outer cue into its content; the outer
    attribution (cue outside the inner one's) is what the sentence reports.
    """
    if not trailing:
        return False
    content = {i for run in cand.content for i in run}
    for t in trailing:
        if set(t.cue) & set(cand.cue) or not content.intersection(t.cue):
            continue
        inside = {i for run in t.content for i in run}
        if inside.issuperset(cand.cue):
            return True
    return False
