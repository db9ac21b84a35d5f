"""What each attribution scheme (:mod:`whosaid.scheme`) switches here.

* ``news`` (the default): the news-page precision filters are on: the cue
  filter (acts, events and happenings that are not speech, contents that
  only name someone or give a time), a tagger attribution without a
  source is dropped, and so is a short noun object of a verb PolNeAR
  seldom marks ("denied any wrongdoing").
* ``polnear``: the precision filters that drop PolNeAR-style attributions
  are off and the levers measured on PolNeAR are on (:data:`POLNEAR`).

Every lever is a field of :class:`SchemeLevers`; :func:`levers` gives a
scheme's.
"""

from __future__ import annotations

from dataclasses import dataclass

from whosaid.attribution.bounds import MODEL_FILE, POLNEAR_MODEL_FILE
from whosaid.attribution.candidates import MIN_CONTENT_WORDS
from whosaid.attribution.model import CUE_MODEL, POLNEAR_CUE_MODEL
from whosaid.attribution.splits import POLNEAR_SPLIT_MODEL
from whosaid.attribution.tagging import CONTENT_THRESHOLD, CUE_THRESHOLD
from whosaid.scheme import Scheme, check_scheme


@dataclass(frozen=True, slots=True, kw_only=True)
class SchemeLevers:
    """What a scheme switches in the attribution stage.

    Attributes:
        news_filters: the cue filter and the checks it runs again on the
            final content (:mod:`whosaid.attribution.filters`: acts, names
            only, time adjuncts, "not said").
        needs_source: drop a tagger attribution left without a source.
        sourceless_passives: an agentless passive cue needs no source
            (:func:`whosaid.attribution.filters.agentless_passive`).
        subjects_through_prepositions: a cue without a source takes the
            subject of the verb above a preposition it hangs under
            (:func:`whosaid.attribution.sources.subject_fallback`).
        min_content_words: fewest words a content may have.
        cue_threshold: minimum cue probability of a cue token.
        screen: drop what the learned screen takes for no attribution
            (:mod:`whosaid.attribution.screen`, trained on news pages).
        speaker_check: drop what the learned check of content and speaker
            (:mod:`whosaid.attribution.speaker_check`, trained on news pages)
            finds unlikely to be right, and give the rest its probability as
            their confidence.
        noun_objects: drop an attribution whose content is only a noun
            object of its cue ("condemned the takeover", "denied any
            wrongdoing": :mod:`whosaid.attribution.noun_objects`).
        rule_min_words: fewest words of a content the clause rules give
            (:func:`.clauses.clause_candidates`, and the fallbacks for a cue
            the role tagger left without content: its clausal complement or
            object, :func:`.clauses.ccomp_candidate`,
            :func:`.clauses.object_candidate`).
        cue_tail_fallback: a cue ending in a preposition that the role
            tagger left without content takes the preposition's object
            (:func:`.clauses.cue_tail_candidate`).
        cue_model: the cue tagger's file in the model folder
            (:data:`.model.POLNEAR_CUE_MODEL`; a folder without it uses
            :data:`.model.CUE_MODEL`).
        bounds_model: the boundary model's file in the model folder
            (:data:`.bounds.POLNEAR_MODEL_FILE`; a folder without it uses
            :data:`.bounds.MODEL_FILE`).
        content_threshold: minimum content probability of a content token
            the role tagger gives (:func:`.tagging.tag_roles`).
        split_model: the content split model's file in the model folder
            (:mod:`.splits`; None, or a folder without it: no splits).
        inner_cue_threshold: a lower cue threshold for cues inside the
            content of a candidate found at ``cue_threshold``, with their own
            subject there (:mod:`.inner_cues`; None: none taken).
        inner_needs_subject: such an inner cue needs its own subject in the
            content (:func:`.inner_cues.inner_cues`).
        inner_relation: how such an inner cue must hang from the outer cue
            to end the outer content (:data:`.inner_cues.RELATIONS`).
    """

    news_filters: bool
    needs_source: bool
    sourceless_passives: bool
    subjects_through_prepositions: bool
    min_content_words: int
    cue_threshold: float
    screen: bool
    speaker_check: bool
    noun_objects: bool
    rule_min_words: int = MIN_CONTENT_WORDS
    cue_tail_fallback: bool = False
    cue_model: str = CUE_MODEL
    bounds_model: str = MODEL_FILE
    content_threshold: float = CONTENT_THRESHOLD
    split_model: str | None = None
    inner_cue_threshold: float | None = None
    inner_needs_subject: bool = True
    inner_relation: str = "adjoined"


POLNEAR_CUE_THRESHOLD = 0.45
"""The ``polnear`` scheme's cue threshold, a little under the news one
(:data:`.tagging.CUE_THRESHOLD`): PolNeAR counts the stances and deeds the
cue tagger is less sure of.  Session 15, polnear levers otherwise: train half
B (half-A taggers, cached parse) e2e 0.7051 -> 0.7053 (tp 6360 -> 6394, pred
8121 -> 8214), content partial 0.8190 unchanged; dev e2e 0.7274 -> 0.7283,
partial 0.8276 -> 0.8289."""

NEWS = SchemeLevers(
    news_filters=True,
    needs_source=True,
    sourceless_passives=False,
    subjects_through_prepositions=False,
    min_content_words=MIN_CONTENT_WORDS,
    cue_threshold=CUE_THRESHOLD,
    screen=True,
    speaker_check=True,
    noun_objects=True,
)
"""Today's behaviour: the levers of the ``news`` scheme."""

POLNEAR = SchemeLevers(
    news_filters=False,
    needs_source=True,
    sourceless_passives=True,
    subjects_through_prepositions=True,
    min_content_words=1,
    cue_threshold=POLNEAR_CUE_THRESHOLD,
    screen=False,
    speaker_check=False,
    noun_objects=False,
    rule_min_words=1,
    cue_tail_fallback=True,
    cue_model=POLNEAR_CUE_MODEL,
    bounds_model=POLNEAR_MODEL_FILE,
    split_model=POLNEAR_SPLIT_MODEL,
)
"""The ``polnear`` scheme's levers, each kept for its gain on PolNeAR train
half B (taggers trained on half A) and on dev (e2e / content partial F1,
news levers 0.7011 / 0.8153 on half B, 0.7275 / 0.8241 on dev): one-word
contents ("endorsed | Trump": +0.0013 / +0.0002, dev +0.0002 / +0.0001),
agentless passives (+0.0013 / +0.0010, dev +0.0007 / +0.0001), subjects
through prepositions (+0.0005 / +0.0008, dev +0.0003 / +0.0007); the three
0.7039 / 0.8172, dev 0.7288 / 0.8251; the news filters off on top: 0.7052 /
0.8190, dev 0.7274 / 0.8276.  Measured and left as in ``news``: dropping
sourceless tagger attributions (keeping them: +0.0037 partial for -0.0045
e2e), cue threshold 0.4 (half B +0.0019 e2e, dev -0.0013) and 0.3, content
threshold 0.3 (partial up, e2e down on both).  Cue threshold 0.45 since
session 15 (:data:`POLNEAR_CUE_THRESHOLD`).  Session 17 (polnear30), with the
polnear cue tagger: one-word fallback contents and the objects of cues ending
in a preposition, for cues the role tagger gives no content (half B e2e
0.7074 -> 0.7080, partial 0.8194 -> 0.8196)."""

_LEVERS: dict[Scheme, SchemeLevers] = {"news": NEWS, "polnear": POLNEAR}


def levers(scheme: Scheme) -> SchemeLevers:
    """The levers of a scheme (:func:`check_scheme` names the bad ones)."""
    return _LEVERS[check_scheme(scheme)]
