"""Attributions inside another attribution's content.

PolNeAR never nests: no annotated cue lies inside another attribution's
content (train and dev, every annotator; the ``.ann`` files hold none).
Where one candidate's cue lies in another one's content, the corpus keeps
either the outer attribution whole ("X said that Y told him Z": only X's),
or both side by side, the outer content ending where the inner attribution
starts ("X said A, adding that B", "X said A and said B").  Which one
depends on how the inner cue hangs from the outer cue:

* through complements only ("said that Y **told** him Z", "wants to **say**
  ..."): part of what the outer source says; the outer attribution wins the
  overlap resolution (:func:`outer_first`);
* through a clause adjoined to it ("said A, **adding** B", "said A and
  **said** B"): a report of its own; the outer content ends before it
  (:func:`cut_adjoined`) and the inner one shares the outer source when it has
  no subject of its own (:func:`share_sources`).

The functions work on the candidates of :mod:`whosaid.attribution.candidates`
(token index runs) around its overlap resolution.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Sequence
from typing import Any, Protocol

from whosaid.attribution.cues import stem, train_lexicon
from whosaid.attribution.features import DocFeatures, cue_head

ADJUNCT_DEPS = frozenset({"conj", "advcl"})
"""Links of a clause adjoined to a verb (coordinated or adverbial)."""
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
"""Links of a clause that completes a verb (what is said, wanted ...)."""
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
"""Links of a clause inside a noun phrase ("a general who suggested ...")."""
CONTRAST_MARKS = frozenset({"while", "whereas"})
"""Subordinators of an adverbial clause that still reports on its own
("said A, while 22 percent said B"); others ("after", "because", "when")
make it part of the outer content."""
ADJOINED_MIN = 0.5
"""An inner candidate this sure (its score times its cue's probability) ends
the outer content where it starts."""
OUTER_FIRST_FACTOR = 0.999
"""An inner candidate's confidence becomes this share of the outer one's:
just below it, so the outer attribution is taken first."""
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
COPULAS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "remained", "remains",
     "seemed", "seems", "felt", "feels", "became", "becomes"}
)  # fmt: skip
"""Copular verbs that may head a coordinated state ("and was satisfied")."""
_MAX_DEPTH = 50
"""How far up the tree a token's path to another is followed."""


class Candidate(Protocol):
    """What these functions read and change of an attribution candidate."""

    cue: list[int]
    source: list[list[int]]
    content: list[list[int]]
    confidence: float
    method: str


class _ByCue:
    """Candidates ordered by their first cue token, to find those whose cue
    starts in a token range by bisection (a content spans at most two cue
    windows, so the work stays linear in the text)."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self._cands = sorted(candidates, key=lambda c: c.cue[0])
        self._starts = [c.cue[0] for c in self._cands]

    def between(self, lo: int, hi: int) -> list[Candidate]:
        """The candidates whose cue starts in ``lo..hi``."""
        first = bisect_left(self._starts, lo)
        return self._cands[first : bisect_right(self._starts, hi)]


def _span(cand: Candidate) -> tuple[int, int]:
    """The first and last content token of ``cand``."""
    return min(run[0] for run in cand.content), max(run[-1] for run in cand.content)


def path_deps(doc: Any, top: int, i: int) -> list[str] | None:
    """Dependency labels from token ``i`` up to token ``top`` (``i``'s own
    label first, ``top``'s excluded); None when ``top`` does not govern ``i``."""
    labels: list[str] = []
    for _ in range(_MAX_DEPTH):
        if i == top:
            return labels
        token = doc[i]
        head = token.head.i
        if head == i:
            return None
        labels.append(token.dep_)
        i = head
    return None


HUNG_LOW_VERBS = frozenset(
    {
        "warned", "urged", "accused", "added", "insisted", "vowed", "demanded",
        "called", "stressed", "pledged", "promised", "rejected", "denied",
    }
)  # fmt: skip
"""Verbs of speech that, coordinated with the outer cue's complement and
without a subject, are the outer source's next report ("said A had no
justification and **urged** Tehran to ...")."""


REPORT_MIN_RATE = 0.45
"""A verb is mostly a report of its own where PolNeAR train makes its stem a
cue at least this share of its occurrences ("implied", "urged", "citing";
not "supported", "plans", "know") ..."""
REPORT_MIN_CUES = 10
"""... and at least this many times."""


def reports_often(word: str) -> bool:
    """PolNeAR train makes ``word``'s stem a cue often (:data:`REPORT_MIN_RATE`,
    :data:`REPORT_MIN_CUES`)."""
    counts = train_lexicon().get(stem(word))
    return (
        counts is not None
        and counts.cue >= REPORT_MIN_CUES
        and counts.rate >= REPORT_MIN_RATE
    )


def _hung_low(doc: Any, i: int, labels: list[str]) -> bool:
    """A verb of speech (:data:`HUNG_LOW_VERBS`, or one PolNeAR train often
    makes a cue: :func:`reports_often`) hung as a conjunct of the outer cue's
    own complement, with no subject of its own: the parser put the outer
    source's second report one verb too low ("said he would offer a prayer
    but **did not suggest** it would be Trump"; on PolNeAR train half B,
    taggers trained on half A: 4 more end-to-end matches, no more false)."""
    if len(labels) != 2 or labels[1] not in COMPLEMENT_DEPS:
        return False
    token = doc[i]
    if token.lower_ not in HUNG_LOW_VERBS and not reports_often(token.text):
        return False
    return not any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def adjoined(doc: Any, top: int, i: int) -> bool:
    """Token ``i`` heads a clause adjoined under token ``top``.

    Coordinated with ``top`` itself ("said A and **said** B"), or adverbial
    without a subordinator of time or cause, at any depth ("said A,
    **adding** B", "said he plans A, **insisting** B", "said A, while 22
    percent **said** B").  Not a complement ("said Y **told** him Z"), not
    inside a noun phrase ("voters who **said** ..."), not "after Y **said**
    ...", and not a verb coordinated deeper down ("said the move was made ...
    and **tried** ...") unless it is a frequent cue without a subject of its
    own (:func:`_hung_low`: "said the move was made ... and **said** ...").
    """
    labels = path_deps(doc, top, i)
    if not labels or labels[0] not in ADJUNCT_DEPS:
        return False
    if labels[0] == "conj" and len(labels) > 1 and not _hung_low(doc, i, labels):
        return False
    if not NOUN_CLAUSE_DEPS.isdisjoint(labels):
        return False
    return not any(
        c.dep_ == "mark" and c.lower_ not in CONTRAST_MARKS for c in doc[i].children
    )


def complemented(doc: Any, top: int, i: int) -> bool:
    """Token ``i`` heads a clause that completes one under token ``top``,
    through complements only ("said that Y **told** him Z", "said he wanted
    to **argue** ...")."""
    labels = path_deps(doc, top, i)
    if not labels or labels[0] not in COMPLEMENT_DEPS:
        return False
    return ADJUNCT_DEPS.isdisjoint(labels) and NOUN_CLAUSE_DEPS.isdisjoint(labels)


def continues_complement(doc: Any, top: int, i: int) -> bool:
    """Token ``i`` heads a state coordinated with a clause that completes
    token ``top``, and shares its subject ("told reporters that the board had
    met and **was satisfied** that ..."): the rest of the outer report.

    Only a copula ("was satisfied", "remained sure"): a verb of speech there
    ("said his win was final and **accused** the rivals of ...") is more
    often the outer source's next report, hung one verb too low.
    """
    if doc[i].pos_ != "AUX" and doc[i].lower_ not in COPULAS:
        return False
    labels = path_deps(doc, top, i)
    if not labels or len(labels) < 2 or labels[0] != "conj":
        return False
    if labels[1] not in COMPLEMENT_DEPS:
        return False
    if not ADJUNCT_DEPS.isdisjoint(labels[1:]) or not NOUN_CLAUSE_DEPS.isdisjoint(
        labels
    ):
        return False
    return not any(c.dep_ in _SUBJECT_DEPS for c in doc[i].children)


def _inner(outer: Candidate, inner: Candidate, content: set[int]) -> bool:
    """``inner``'s cue lies after ``outer``'s, inside ``outer``'s content."""
    return (
        inner is not outer
        and inner.cue[0] > max(outer.cue)
        and content.issuperset(inner.cue)
    )


def outer_first(doc: Any, feats: DocFeatures, candidates: Sequence[Candidate]) -> None:
    """A candidate whose cue completes another one's, inside its content, is
    taken after it: its confidence drops just below the outer one's.

    The overlap resolution then keeps the outer attribution whole, as
    PolNeAR does ("X said that Y told him Z" is X's).
    """
    index = _ByCue(candidates)
    for outer in candidates:
        if not outer.content:
            continue
        content = {i for run in outer.content for i in run}
        h = cue_head(feats, outer.cue)
        for inner in index.between(*_span(outer)):
            if inner.confidence <= outer.confidence or not _inner(
                outer, inner, content
            ):
                continue
            inner_head = cue_head(feats, inner.cue)
            if complemented(doc, h, inner_head) or continues_complement(
                doc, h, inner_head
            ):
                inner.confidence = outer.confidence * OUTER_FIRST_FACTOR


def _according_to(doc: Any, cue: list[int]) -> bool:
    """The cue is "according to"."""
    return (
        len(cue) == 2
        and doc[cue[0]].lower_ == "according"
        and doc[cue[1]].lower_ == "to"
    )


def according_first(
    doc: Any, candidates: Sequence[Candidate], *, speech: Container[str]
) -> None:
    """A candidate whose cue lies in an "according to" content is taken after
    it ("According to the poll, 24% of voters put a priority on ...": the
    poll's attribution, PolNeAR never the one inside) unless its cue is a
    plain verb of speech (``speech``: "Xi told Blinken that ..., according to
    CCTV" reports what Xi said, as real pages are read).
    """
    index = _ByCue(candidates)
    for outer in candidates:
        if not outer.content or not _according_to(doc, outer.cue):
            continue
        content = {i for run in outer.content for i in run}
        for inner in index.between(*_span(outer)):
            if inner is outer or inner.confidence <= outer.confidence:
                continue
            if any(doc[i].lower_ in speech for i in inner.cue):
                continue
            if content.issuperset(inner.cue):
                inner.confidence = outer.confidence * OUTER_FIRST_FACTOR


def inner_start(inner: Candidate, after: int) -> int:
    """Where ``inner`` starts after token ``after``: its cue, or its source
    when that lies between ("..., while 22 percent said ...").  Its content
    does not count: a role tagger's content may reach back over the outer
    attribution."""
    start = inner.cue[0]
    for run in inner.source:
        for i in run:
            if after < i < start:
                start = i
    return start


def cut_before(doc: Any, cand: Candidate, start: int) -> None:
    """Drop the content tokens of ``cand`` from ``start`` on, and the
    conjunction left at the new end ("A and | warned B")."""
    runs = [kept for run in cand.content if (kept := [i for i in run if i < start])]
    if runs:
        last = runs[-1]
        while len(last) > 1 and (
            doc[last[-1]].dep_ == "cc" or doc[last[-1]].text in {",", ";"}
        ):
            last = last[:-1]
        runs[-1] = last
    cand.content = runs


def cut_adjoined(
    doc: Any,
    feats: DocFeatures,
    candidates: Sequence[Candidate],
    *,
    tagged: str,
) -> list[tuple[Candidate, Candidate]]:
    """An outer content that holds an adjoined attribution ends before it.

    Only the role tagger's candidates (method ``tagged``) this sure
    (:data:`ADJOINED_MIN`) cut; the inner cue lies after the outer cue and
    hangs under it through an adjoined clause (:func:`adjoined`).  Returns the
    (outer, inner) pairs cut apart.
    """
    sure = _ByCue(
        [c for c in candidates if c.method == tagged and c.confidence >= ADJOINED_MIN]
    )
    pairs: list[tuple[Candidate, Candidate]] = []
    for outer in candidates:
        if not outer.content:
            continue
        content = {i for run in outer.content for i in run}
        h = cue_head(feats, outer.cue)
        for inner in sure.between(*_span(outer)):
            if not _inner(outer, inner, content):
                continue
            if not adjoined(doc, h, cue_head(feats, inner.cue)):
                continue
            start = inner_start(inner, max(outer.cue))
            if not any(i < start for i in content if i > max(outer.cue)):
                continue  # nothing of the outer content would be left after its cue
            cut_before(doc, outer, start)
            content = {i for run in outer.content for i in run}
            pairs.append((outer, inner))
    return pairs


def share_sources(
    doc: Any,
    feats: DocFeatures,
    kept: Sequence[Candidate],
    pairs: Sequence[tuple[Candidate, Candidate]],
) -> None:
    """An adjoined attribution without a subject of its own shares the outer
    one's source ("De Blasio said A and said B", "X said A, adding B").

    ``kept`` are the candidates after the overlap resolution (which takes a
    source the outer attribution claimed from the inner one); ``pairs`` what
    :func:`cut_adjoined` cut apart, found in ``kept`` by their cues.
    """
    by_cue = {tuple(c.cue): c for c in kept}
    for outer_cand, inner_cand in pairs:
        outer = by_cue.get(tuple(outer_cand.cue))
        inner = by_cue.get(tuple(inner_cand.cue))
        if outer is None or inner is None or inner.source or not outer.source:
            continue
        head = doc[cue_head(feats, inner.cue)]
        if any(c.dep_ in _SUBJECT_DEPS for c in head.children):
            continue
        inner.source = [list(run) for run in outer.source]
