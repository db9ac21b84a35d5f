"""Extract attributions from a parsed Doc: the spaCy boundary of whosaid.

Nothing past this module sees a Doc: spans leave it as character offsets.
:func:`extract_attributions` runs the passes; each lives in a module of
its own, over the :class:`~whosaid.attribution.candidates.Candidate` record:

* :mod:`.tagging`: cue runs and each cue's source and content (the taggers);
* :mod:`.filters`: the cue filter and the checks that drop a candidate;
* :mod:`.clauses`, :mod:`.constructions`, :mod:`.headlines`: rule candidates
  (complements the taggers missed; "according to", dash, transcript, trailing
  and poll rules; headline lines);
* :mod:`.overlaps`: overreach cuts, reports nested in transcript turns, and
  the resolution that gives each token to one attribution;
* :mod:`.sources`, :mod:`.contents`, :mod:`.quotations`: source fallbacks and
  tidying, content growing and cutting, quotations joined to their cue.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from whosaid.attribution.bounds import bounds_model, refine_runs
from whosaid.attribution.calibration import calibrate
from whosaid.attribution.candidates import (
    CCOMP_METHOD,
    METHOD,
    RULE_CONFIDENCE,
    TRANSCRIPT_METHOD,
    Candidate,
    Regions,
    attribution_kind,
    char_span,
    run_in,
)
from whosaid.attribution.clauses import (
    COMPLEMENT_FALLBACK_THRESHOLD,
    adjoined_reports,
    ccomp_candidate,
    clause_candidates,
    complement,
    content_elsewhere,
    cue_tail_candidate,
    object_candidate,
    time_clause,
)
from whosaid.attribution.closing import gives_way
from whosaid.attribution.constructions import (
    SPEECH_IN_ACCORDING,
    according_to_candidates,
    dash_attributions,
    inside_trailing,
    poll_candidates,
    title_label_candidates,
    trailing_candidates,
    transcript_candidates,
)
from whosaid.attribution.contents import (
    body_runs,
    complete_phrases,
    extend_contents,
    in_cue_sentence,
    outside_source_clauses,
    tidy_runs,
    turn_or_colon,
    without_cue_adverbials,
)
from whosaid.attribution.dropped import infinitive_content
from whosaid.attribution.features import cue_head, doc_features
from whosaid.attribution.filters import (
    agentless_passive,
    cue_allowed,
    cue_head_allowed,
    label_colon,
    names_only,
    needs_source,
    still_allowed,
    time_adjunct,
)
from whosaid.attribution.headlines import asks_for, headline_candidates, headline_pairs
from whosaid.attribution.inner_cues import content_tokens, cut_for_inner, inner_cues
from whosaid.attribution.model import Taggers, open_taggers
from whosaid.attribution.nesting import (
    according_first,
    cut_adjoined,
    outer_first,
    share_sources,
)
from whosaid.attribution.notsaid import not_said, participial_phrase
from whosaid.attribution.overlaps import (
    cut_overreach,
    in_turns,
    nested_in_turns,
    no_skipping,
    resolve_overlaps,
)
from whosaid.attribution.quotations import (
    join_next_quote,
    join_quote_paragraphs,
    join_split_quotes,
    quotations_to_their_cue,
    whole_quotations,
)
from whosaid.attribution.scheme import levers
from whosaid.attribution.sources import (
    BusyExcept,
    according_to_object,
    apply_subject_fallback,
    drop_dateline,
    drop_source,
    out_of_parenthesis,
    owner_fallback,
    sourceless_cue,
    subject_fallback,
    tidy_source,
    whole_coordination,
    without_floating_tail,
)
from whosaid.attribution.splits import split_contents, split_model
from whosaid.attribution.tagging import tag_cues, tag_roles
from whosaid.deadline import NO_DEADLINE, Deadline
from whosaid.nlp.models import doc_text
from whosaid.records import Attribution
from whosaid.scheme import DEFAULT_SCHEME, Scheme

logger = logging.getLogger(__name__)

# The entry point, and the rule and tagger functions other modules, scripts
# and tests used to import from here before the split (session 13).
__all__ = [
    "METHOD",
    "TRANSCRIPT_METHOD",
    "according_to_candidates",
    "adjoined_reports",
    "clause_candidates",
    "cue_allowed",
    "cue_head_allowed",
    "dash_attributions",
    "extract_attributions",
    "headline_candidates",
    "poll_candidates",
    "tag_cues",
    "tag_roles",
    "title_label_candidates",
    "trailing_candidates",
    "transcript_candidates",
]


def extract_attributions(
    doc: Doc,
    *,
    skip: Sequence[tuple[int, int]] = (),
    model_dir: str | None = None,
    id_prefix: str = "",
    cue_threshold: float | None = None,
    taggers: Taggers | None = None,
    deadline: Deadline = NO_DEADLINE,
    cue_filter: bool = True,
    calibrated: bool = True,
    boundaries: bool = True,
    scheme: Scheme = DEFAULT_SCHEME,
) -> tuple[tuple[Attribution, ...], tuple[str, ...]]:
    """Find the attributions of a parsed document.

    Args:
        doc: a spaCy Doc parsed by :func:`whosaid.nlp.load_spacy`.
        skip: character ranges (captions, boilerplate) where no attribution
            is looked for.
        model_dir: a trained model folder; default: the shipped model.
        id_prefix: prefix of the attribution ids (the article id).
        cue_threshold: minimum cue probability of a cue token (default:
            the scheme's, :data:`.tagging.CUE_THRESHOLD` in ``news``).
        taggers: the opened taggers to use (default: those of
            ``model_dir``, opened once per process).
        deadline: the article's time budget, checked after the features,
            after cue tagging and at every cue.
        cue_filter: apply the cue filter (:func:`cue_allowed`).
        calibrated: map raw scores to calibrated probabilities
            (:mod:`whosaid.attribution.calibration`); False gives the raw
            scores the calibration is fitted on.
        boundaries: let the boundary model (:mod:`.bounds`) move content
            edges; False gives the contents it is trained on.
        scheme: the attribution scheme (:mod:`.scheme`): ``news`` keeps what
            a news reader wants attributed, ``polnear`` PolNeAR's broader
            convention (``cue_filter`` False turns the filters off in both).

    Returns:
        The attributions in text order (speakers not yet resolved), and
        warnings about locally malformed input (unbalanced quotes).

    Raises:
        ArticleTimeout: the deadline expired (code ``nlp.timeout``).
    """
    if taggers is None:
        taggers = open_taggers(model_dir)
    lever = levers(scheme)
    taggers = taggers.with_cue(lever.cue_model)
    cue_filter = cue_filter and lever.news_filters
    if cue_threshold is None:
        cue_threshold = lever.cue_threshold
    text: str = doc_text(doc)  # Doc.text rebuilds the string on every access
    feats = doc_features(doc)
    deadline.check("attribution features")
    skipped = Regions(skip)
    candidates: list[Candidate] = []
    cues = tag_cues(feats, taggers, threshold=cue_threshold, doc=doc)

    def add_candidate(cue: list[int], p_cue: float) -> Candidate | None:
        deadline.check("attributions")
        cue_start = doc[cue[0]].idx
        if skipped.contain(cue_start, cue_start + 1):
            return None
        if cue_filter and cue_head_allowed(doc, feats, cue) is False:
            return None  # no candidate of this cue could pass the filter
        cand = tag_roles(feats, cue, taggers, threshold=lever.content_threshold)
        if cand is not None and skip:
            # a caption or credit line is nobody's source ("Staff/NPR" over
            # "Merrick Garland welcomed the ruling, saying …")
            cand.source = [r for r in cand.source if not run_in(doc, r, skipped)]
        if cand is not None:
            cand.source = [r for r in cand.source if not participial_phrase(doc, r)]
        if cand is not None and not cand.content:
            cand = None
        if cand is not None and content_elsewhere(feats, cand):
            # "Rhee said S" after a quotation paragraph the tagger took
            clause = ccomp_candidate(doc, feats, cue, min_words=lever.rule_min_words)
            if clause is not None and clause.content[0][0] > cue[-1]:
                cand.content = clause.content
        if cand is None and p_cue >= COMPLEMENT_FALLBACK_THRESHOLD:
            cand = ccomp_candidate(doc, feats, cue, min_words=lever.rule_min_words)
        if cand is None and not time_clause(doc[cue_head(feats, cue)]):
            cand = object_candidate(doc, feats, cue, min_words=lever.rule_min_words)
            if cand is None and lever.cue_tail_fallback:
                # "made no mention of | Jeb Bush"
                cand = cue_tail_candidate(doc, cue, min_words=lever.rule_min_words)
        if cand is None and (found := infinitive_content(doc, feats, cue)):
            cand = complement(cue, *found)
        if cand is not None and cue_filter and not cue_allowed(doc, feats, cand):
            cand = None
        if cand is not None and cue_filter and names_only(doc, feats, cand):
            cand = None
        if cand is not None and cue_filter and time_adjunct(doc, feats, cand):
            cand = None
        if cand is not None:
            cand.confidence *= p_cue
            candidates.append(cand)
        return cand

    for cue, p_cue in cues:
        add_candidate(cue, p_cue)
    nested: list[Candidate] = []
    if lever.inner_cue_threshold is not None and candidates:
        # less sure cues inside a content found above (.inner_cues)
        low = tag_cues(feats, taggers, threshold=lever.inner_cue_threshold, doc=doc)
        for cue, p_cue in inner_cues(
            doc,
            feats,
            low,
            cues,
            content_tokens(candidates),
            threshold=cue_threshold,
            needs_subject=lever.inner_needs_subject,
        ):
            if (found_inner := add_candidate(cue, p_cue)) is not None:
                nested.append(found_inner)
    # Rule candidates compete with the tagger's in the overlap resolution;
    # where the tagger already found the same cue, the more probable wins.
    tagged = {i for c in candidates for i in c.cue}
    trailing = trailing_candidates(doc, feats)
    for t in trailing:
        # "<clause>, the ministry said on Tuesday, after ...": a tagger content
        # that is not the clause the cue closes gives way to it (.closing)
        for k, c in enumerate(candidates):
            if set(t.cue) & set(c.cue) and gives_way(
                doc, feats, c, t, fallback=CCOMP_METHOD
            ):
                candidates[k] = t
                break
    turns = transcript_candidates(doc)
    candidates = [c for c in candidates if not inside_trailing(c, trailing)]
    candidates.extend(
        c
        for c in (
            *according_to_candidates(doc, feats),
            # "S, X announced": the parser may make "announced" the clause of
            # S's verb; the sentence's outer attribution is what it reports
            *(
                c
                for c in clause_candidates(
                    doc, feats, tagged, min_words=lever.rule_min_words
                )
                if not inside_trailing(c, trailing)
            ),
            *poll_candidates(doc, feats, tagged),
            *headline_candidates(doc, feats),
            *title_label_candidates(doc),
            # a turn is its speaker's words, attributions quoted in it included
            *turns,
            # where the taggers found the cue, their source and content stand
            *(t for t in trailing if not tagged & set(t.cue)),
        )
        if not skipped.contain(doc[c.cue[0]].idx, doc[c.cue[0]].idx + 1)
    )
    # what a turn reports others saying stands beside the turn, nested in it
    inner = in_turns(candidates, turns)
    if inner:
        candidates = [c for c in candidates if all(c is not n for n in inner)]
    cut_overreach(doc, feats, candidates)
    adjoined = cut_adjoined(doc, feats, candidates, tagged=METHOD)
    adjoined += cut_for_inner(
        doc, feats, candidates, nested, relation=lever.inner_relation
    )
    reports = adjoined_reports(doc, feats, candidates)
    candidates.extend(inner for _, inner in reports)
    adjoined += reports
    adjoined += headline_pairs(candidates)
    outer_first(doc, feats, candidates)
    according_first(doc, candidates, speech=SPEECH_IN_ACCORDING)
    kept = resolve_overlaps(candidates)
    if inner:
        adjoined += cut_adjoined(doc, feats, inner, tagged=METHOD)
        outer_first(doc, feats, inner)
        kept = sorted(
            [*kept, *nested_in_turns(doc, inner, kept)], key=lambda c: c.cue[0]
        )
    share_sources(doc, feats, kept, adjoined)
    no_skipping(kept, feats)
    # After overlaps are settled: a source may be shared ("X said …, adding
    # that …" has one source for two cues), but never eat a cue or content.
    # Busy tokens: every cue and content, counted once per claim, so one
    # candidate's own content can be left out without rebuilding the set.
    claims = Counter(i for c in kept for run in (c.cue, *c.content) for i in run)
    for cand in kept:
        if not cand.source:
            own = Counter(i for run in cand.content for i in run)
            others = BusyExcept(claims, own)
            subject = (
                according_to_object(doc, feats, cand.cue)
                or owner_fallback(doc, feats, cand.cue, others)
                or subject_fallback(
                    doc,
                    feats,
                    cand.cue,
                    others,
                    through_prepositions=lever.subjects_through_prepositions,
                )
            )
            if subject and participial_phrase(doc, subject):
                continue  # "Addressing supporters at X, Y said": not who speaks
            if not any(i in others for i in subject):
                before = cand.content
                apply_subject_fallback(cand, subject)
                if cand.content is not before:
                    claims.subtract(own)
                    claims.update(i for run in cand.content for i in run)
    extend_contents(kept, feats)
    complete_phrases(doc, kept, feats)
    join_split_quotes(doc, kept, feats)
    join_next_quote(doc, kept, feats)
    join_quote_paragraphs(doc, kept, feats, skip)
    quotations_to_their_cue(kept, feats)
    whole_quotations(kept, feats)
    for cand in kept:
        cand.content = outside_source_clauses(
            doc, cand, body_runs(doc, feats, cand, skip)
        )
    busy = {i for c in kept for run in (c.cue, *c.content) for i in run}
    for cand in kept:
        grown = [
            without_floating_tail(
                doc, whole_coordination(doc, out_of_parenthesis(doc, run), busy)
            )
            for run in cand.source
        ]
        cand.source = tidy_source(grown)
    for cand in kept:
        if cand.source and sourceless_cue(doc, feats, cand.cue):
            drop_source(doc, feats, cand)
    attributions: list[Attribution] = []
    bounds = bounds_model(model_dir, lever.bounds_model) if boundaries else None
    splitter = split_model(model_dir, lever.split_model)
    for cand in kept:
        runs = without_cue_adverbials(doc, feats, cand, tidy_runs(doc, cand.content))
        runs = refine_runs(
            doc, feats, cand.cue, runs, bounds, method=cand.method, busy=busy
        )
        if not turn_or_colon(doc, cand, runs):
            runs = in_cue_sentence(doc, feats, cand.cue, runs)
        if cue_filter and not still_allowed(doc, feats, cand, runs):
            continue
        if cue_filter and not_said(
            doc[cue_head(feats, cand.cue)], [i for run in runs for i in run]
        ):
            continue
        if label_colon(doc, cand):
            continue
        for part in split_contents(doc, cand.cue, runs, splitter):
            content = [s for run in part if (s := char_span(doc, text, run))]
            n_words = sum(len(s.text.split()) for s in content)
            if n_words < lever.min_content_words and not (
                n_words and asks_for(doc, cand)
            ):
                continue
            cue_span = char_span(doc, text, cand.cue)
            source = [
                s
                for run in cand.source
                if (tidy := drop_dateline(doc, run))
                and (s := char_span(doc, text, tidy))
            ]
            if cue_span is None or (
                not source
                and lever.needs_source
                and needs_source(doc, feats, cand)
                and not (
                    lever.sourceless_passives
                    and agentless_passive(doc, feats, cand.cue)
                )
            ):
                continue
            attributions.append(
                Attribution(
                    id="",
                    kind=attribution_kind(content),
                    source=tuple(source),
                    cue=(cue_span,),
                    content=tuple(content),
                    speaker=None,
                    confidence=round(cand.confidence, 4),
                    method=cand.method,
                )
            )
    taken = [(s.start, s.end) for a in attributions for s in (*a.content, *a.cue)]
    for dash_source, dash_cue, dash_content in dash_attributions(
        text, feats.quotes, taken
    ):
        if skipped.contain(dash_cue.start, dash_cue.end):
            continue
        attributions.append(
            Attribution(
                id="",
                kind="direct",
                source=(dash_source,),
                cue=(dash_cue,),
                content=(dash_content,),
                speaker=None,
                confidence=RULE_CONFIDENCE,
                method="rule.dash.v1",
            )
        )
    attributions.sort(key=lambda a: a.cue[0].start)
    return tuple(
        dataclasses.replace(
            a,
            id=f"{id_prefix or 'a'}:a{k}",
            confidence=round(calibrate(a.method, a.kind, a.confidence), 4)
            if calibrated
            else a.confidence,
        )
        for k, a in enumerate(attributions)
    ), tuple(feats.warnings)
